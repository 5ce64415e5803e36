/**
 * Rendering and reading the k8s/ manifests for the shipping tests: `kubectl kustomize` (the same
 * renderer operators use), then plain-object helpers over the rendered documents.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { projectRoot } from '../../support/processes.js';

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  [field: string]: unknown;
}

export interface Container {
  name: string;
  image?: string;
  command?: string[];
  args?: string[];
  ports?: Array<{ name?: string; containerPort: number; protocol?: string }>;
  env?: Array<{
    name: string;
    value?: string;
    valueFrom?: {
      configMapKeyRef?: { name: string; key: string };
      secretKeyRef?: { name: string; key: string };
    };
  }>;
  envFrom?: Array<{ configMapRef?: { name: string }; secretRef?: { name: string }; prefix?: string }>;
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  startupProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: {
    runAsNonRoot?: boolean;
    runAsUser?: number;
    readOnlyRootFilesystem?: boolean;
    allowPrivilegeEscalation?: boolean;
    capabilities?: { drop?: string[]; add?: string[] };
  };
  volumeMounts?: Array<{ name: string; mountPath: string }>;
}

export interface Probe {
  httpGet?: { path: string; port: number | string };
  exec?: { command: string[] };
}

export interface PodSpec {
  serviceAccountName?: string;
  automountServiceAccountToken?: boolean;
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number; seccompProfile?: { type: string } };
  containers: Container[];
  initContainers?: Container[];
  volumes?: Array<{ name: string; emptyDir?: object }>;
}

export interface Workload {
  object: K8sObject;
  namespace: string;
  labels: Record<string, string>;
  pod: PodSpec;
}

/** Which tool renders kustomizations here: standalone kustomize if present, else `kubectl kustomize`. */
function renderCommand(dir: string): [string, string[]] {
  try {
    execFileSync('kustomize', ['version'], { stdio: 'ignore' });
    return ['kustomize', ['build', dir]];
  } catch {
    return ['kubectl', ['kustomize', dir]];
  }
}

/** Renders a kustomization under k8s/ (e.g. `overlays/production`) into its objects. */
export function renderKustomization(relativeDir: string): K8sObject[] {
  const dir = path.join(projectRoot, 'k8s', relativeDir);
  const [command, args] = renderCommand(dir);
  const output = execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return parseAllDocuments(output)
    .map((document) => {
      if (document.errors.length > 0)
        throw new Error(`rendered YAML does not parse: ${document.errors[0]?.message}`);
      return document.toJS() as K8sObject | null;
    })
    .filter((object): object is K8sObject => object !== null);
}

export function findObject(objects: K8sObject[], kind: string, name: string, namespace?: string): K8sObject {
  const found = objects.find(
    (object) =>
      object.kind === kind &&
      object.metadata.name === name &&
      (namespace === undefined || object.metadata.namespace === namespace),
  );
  if (!found) throw new Error(`no ${kind} ${namespace ?? '*'}/${name} in the rendered manifests`);
  return found;
}

/** Deployments, StatefulSets and Jobs with their pod templates. */
export function workloads(objects: K8sObject[]): Workload[] {
  const result: Workload[] = [];
  for (const object of objects) {
    if (!['Deployment', 'StatefulSet', 'Job', 'DaemonSet'].includes(object.kind)) continue;
    const spec = object.spec as {
      template: { metadata?: { labels?: Record<string, string> }; spec: PodSpec };
    };
    result.push({
      object,
      namespace: object.metadata.namespace ?? 'default',
      labels: spec.template.metadata?.labels ?? {},
      pod: spec.template.spec,
    });
  }
  return result;
}

export function workload(objects: K8sObject[], kind: string, name: string): Workload {
  const found = workloads(objects).find(
    (candidate) => candidate.object.kind === kind && candidate.object.metadata.name === name,
  );
  if (!found) throw new Error(`no ${kind} ${name}`);
  return found;
}

function configData(
  objects: K8sObject[],
  kind: 'ConfigMap' | 'Secret',
  name: string,
  namespace: string,
): Record<string, string> {
  const object = findObject(objects, kind, name, namespace);
  const data: Record<string, string> = {};
  for (const [key, value] of Object.entries((object.data as Record<string, string> | undefined) ?? {})) {
    data[key] = kind === 'Secret' ? Buffer.from(value, 'base64').toString('utf8') : value;
  }
  Object.assign(data, (object.stringData as Record<string, string> | undefined) ?? {});
  return data;
}

export interface ResolvedEnv {
  env: Record<string, string>;
  /** Variables whose value comes from a Secret (the operator fills those in). */
  fromSecret: Set<string>;
}

/**
 * The environment a container starts with, resolved the way the kubelet does: envFrom sources in
 * order, then `env` entries (which win). A reference to a missing ConfigMap/Secret or key throws,
 * as it would stop the pod from starting.
 */
export function containerEnv(objects: K8sObject[], namespace: string, container: Container): ResolvedEnv {
  const env: Record<string, string> = {};
  const fromSecret = new Set<string>();
  for (const source of container.envFrom ?? []) {
    const prefix = source.prefix ?? '';
    if (source.configMapRef) {
      for (const [key, value] of Object.entries(
        configData(objects, 'ConfigMap', source.configMapRef.name, namespace),
      )) {
        env[prefix + key] = value;
        fromSecret.delete(prefix + key);
      }
    }
    if (source.secretRef) {
      for (const [key, value] of Object.entries(
        configData(objects, 'Secret', source.secretRef.name, namespace),
      )) {
        env[prefix + key] = value;
        fromSecret.add(prefix + key);
      }
    }
  }
  for (const entry of container.env ?? []) {
    const configRef = entry.valueFrom?.configMapKeyRef;
    const secretRef = entry.valueFrom?.secretKeyRef;
    let value: string | undefined = entry.value;
    if (configRef) value = configData(objects, 'ConfigMap', configRef.name, namespace)[configRef.key];
    if (secretRef) value = configData(objects, 'Secret', secretRef.name, namespace)[secretRef.key];
    if (value === undefined) throw new Error(`${container.name}: ${entry.name} refers to a missing key`);
    env[entry.name] = value;
    if (secretRef) fromSecret.add(entry.name);
    else fromSecret.delete(entry.name);
  }
  return { env, fromSecret };
}

export function matchesSelector(
  labels: Record<string, string>,
  selector:
    | {
        matchLabels?: Record<string, string>;
        matchExpressions?: Array<{ key: string; operator: string; values?: string[] }>;
      }
    | undefined,
): boolean {
  if (!selector) return true;
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    if (labels[key] !== value) return false;
  }
  for (const expression of selector.matchExpressions ?? []) {
    const value = labels[expression.key];
    const values = expression.values ?? [];
    switch (expression.operator) {
      case 'In':
        if (value === undefined || !values.includes(value)) return false;
        break;
      case 'NotIn':
        if (value !== undefined && values.includes(value)) return false;
        break;
      case 'Exists':
        if (value === undefined) return false;
        break;
      case 'DoesNotExist':
        if (value !== undefined) return false;
        break;
      default:
        throw new Error(`unknown selector operator ${expression.operator}`);
    }
  }
  return true;
}
