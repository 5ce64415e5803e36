/**
 * k8s/: both overlays render with kustomize, every object validates against the Kubernetes schemas
 * offline, the NetworkPolicies admit exactly the flows of SPEC §10, and every variable a process
 * requires is set — checked with the processes' own config schemas.
 */
import { describe, expect, it } from 'vitest';
import {
  configError,
  operatorValue,
  processOfScript,
  processSchemas,
  requiredVariables,
} from './helpers/config.js';
import { parseListenAddress } from '../../src/shared/config/env-types.js';
import { schemaErrors, unknownFieldErrors } from './helpers/k8s-schema.js';
import {
  containerEnv,
  findObject,
  matchesSelector,
  renderKustomization,
  workload,
  workloads,
  type Container,
  type K8sObject,
  type Workload,
} from './helpers/manifests.js';
import { NetworkPolicyModel, type Pod } from './helpers/network-policy.js';
import { scriptRunBy } from './helpers/entrypoints.js';

const appNamespace = 'codex-k8s';
const runsNamespace = 'codex-k8s-runs';

const rendered = {
  base: renderKustomization('base'),
  staging: renderKustomization('overlays/staging'),
  production: renderKustomization('overlays/production'),
};

/** The npm script whose module the container runs with node as PID 1. */
function processOf(container: Container): string | undefined {
  return scriptRunBy([...(container.command ?? []), ...(container.args ?? [])]);
}

function podOf(item: Workload): Pod {
  const namedPorts: Record<string, number> = {};
  for (const container of item.pod.containers) {
    for (const port of container.ports ?? []) if (port.name) namedPorts[port.name] = port.containerPort;
  }
  return {
    name: `${item.object.kind}/${item.object.metadata.name}`,
    namespace: item.namespace,
    labels: item.labels,
    namedPorts,
  };
}

describe.each(Object.entries(rendered))('k8s %s', (name, objects) => {
  it('renders the expected objects', () => {
    const kinds = new Set(objects.map((object) => object.kind));
    for (const kind of [
      'Namespace',
      'ConfigMap',
      'Secret',
      'ServiceAccount',
      'Role',
      'RoleBinding',
      'Deployment',
      'Service',
      'HorizontalPodAutoscaler',
      'Ingress',
      'Job',
      'NetworkPolicy',
    ]) {
      expect(kinds, `${name} renders a ${kind}`).toContain(kind);
    }
    for (const deployment of ['codex-k8s-edge', 'codex-k8s-control-plane'])
      findObject(objects, 'Deployment', deployment, appNamespace);
    findObject(objects, 'Job', 'codex-k8s-migrate', appNamespace);
  });

  it('validates every object against the Kubernetes schemas, with no unknown fields', () => {
    const problems = objects.flatMap((object) =>
      [...schemaErrors(object), ...unknownFieldErrors(object)].map(
        (problem) => `${object.kind} ${object.metadata.namespace ?? ''}/${object.metadata.name}: ${problem}`,
      ),
    );
    expect(problems).toEqual([]);
  });

  it('runs the modules of start:* and migrate with node itself as PID 1, from the one image', () => {
    const edge = workload(objects, 'Deployment', 'codex-k8s-edge').pod.containers;
    const controlPlane = workload(objects, 'Deployment', 'codex-k8s-control-plane').pod.containers;
    const migrate = workload(objects, 'Job', 'codex-k8s-migrate').pod.containers;
    for (const container of [...edge, ...controlPlane, ...migrate])
      expect(container.command?.[0], `${container.name}: node is PID 1, not npm or a shell`).toBe('node');
    expect(edge.map(processOf)).toEqual(['start:edge']);
    expect(controlPlane.map(processOf)).toEqual(['start:control-plane']);
    expect(migrate.map(processOf)).toEqual(['migrate']);
    const images = new Set([...edge, ...controlPlane, ...migrate].map((container) => container.image));
    expect(images.size).toBe(1);
    expect([...images][0]).toMatch(/^[\w./-]+:[\w.-]+$/);
  });

  it('sets every variable each process requires, and the processes accept the result', () => {
    for (const item of workloads(objects)) {
      for (const container of item.pod.containers) {
        const script = processOf(container);
        const { env, fromSecret } = containerEnv(objects, item.namespace, container);
        if (script === 'migrate') {
          expect(env.DATABASE_URL, 'migrate gets DATABASE_URL').toBeDefined();
          expect(processSchemas['control-plane'].shape.DATABASE_URL.safeParse(env.DATABASE_URL).success).toBe(
            true,
          );
          continue;
        }
        const process = script ? processOfScript[script] : undefined;
        if (!process) continue;
        for (const variable of requiredVariables(processSchemas[process])) {
          expect(env[variable], `${name}: ${process} sets ${variable}`).toBeDefined();
        }
        // Secret values are the operator's: the template's placeholders are replaced by well-formed ones.
        const filled = { ...env };
        for (const variable of fromSecret) filled[variable] = operatorValue(variable, filled[variable]);
        expect(configError(process, filled), `${name}: ${process} config`).toBeUndefined();
        // The template itself must not start: a forgotten placeholder names its variable.
        if (fromSecret.size > 0) expect(configError(process, env)).toMatch(/invalid configuration: [A-Z_]+/);
      }
    }
  });

  it('keeps secrets in the Secret and production-safe settings in the ConfigMap', () => {
    const edge = workload(objects, 'Deployment', 'codex-k8s-edge');
    const controlPlane = workload(objects, 'Deployment', 'codex-k8s-control-plane');
    const edgeEnv = containerEnv(objects, appNamespace, edge.pod.containers[0] as Container);
    const controlPlaneEnv = containerEnv(objects, appNamespace, controlPlane.pod.containers[0] as Container);
    for (const secret of [
      'CODEXK8S_INTERNAL_TOKEN',
      'CODEXK8S_JWT_SIGNING_KEY',
      'CODEXK8S_GITHUB_WEBHOOK_SECRET',
      'CODEXK8S_GITHUB_OAUTH_CLIENT_SECRET',
    ]) {
      expect(edgeEnv.fromSecret.has(secret), `edge ${secret} from the Secret`).toBe(true);
    }
    for (const secret of [
      'DATABASE_URL',
      'CODEXK8S_INTERNAL_TOKEN',
      'CODEXK8S_TOKEN_ENCRYPTION_KEY',
      'CODEXK8S_GITHUB_WEBHOOK_SECRET',
    ]) {
      expect(controlPlaneEnv.fromSecret.has(secret), `control-plane ${secret} from the Secret`).toBe(true);
    }
    // least privilege: the edge never sees the database or the token encryption key
    expect(edgeEnv.env.DATABASE_URL).toBeUndefined();
    expect(edgeEnv.env.CODEXK8S_TOKEN_ENCRYPTION_KEY).toBeUndefined();
    expect(edgeEnv.env.CODEXK8S_DEV_LOGIN).toBe('false');
    expect(edgeEnv.env.NODE_ENV).toBe('production');
    expect(edgeEnv.env.CODEXK8S_COOKIE_SECURE).toBe('true');
    expect(edgeEnv.env.CODEXK8S_PUBLIC_BASE_URL).toMatch(/^https:\/\//);
    expect(controlPlaneEnv.env.CODEXK8S_RUN_LAUNCHER).toBe('kubernetes');
    expect(controlPlaneEnv.env.CODEXK8S_MIGRATE_ON_START).toBe('false');
    expect(controlPlaneEnv.env.CODEXK8S_WORKER_K8S_NAMESPACE).toBe(runsNamespace);
    // the edge reaches the control-plane through its Service, on the gRPC port it exposes
    const [host, port] = (edgeEnv.env.CODEXK8S_CONTROL_PLANE_GRPC_TARGET ?? '').split(':');
    const service = findObject(objects, 'Service', host ?? '', appNamespace);
    expect((service.spec as { ports: Array<{ port: number }> }).ports.map((entry) => entry.port)).toContain(
      Number(port),
    );
  });

  it('hardens every pod: non-root, read-only root file system, no privilege escalation, ALL capabilities dropped', () => {
    for (const item of workloads(objects)) {
      const label = `${item.object.kind} ${item.object.metadata.name}`;
      expect(item.pod.securityContext?.seccompProfile?.type, label).toBe('RuntimeDefault');
      for (const container of [...item.pod.containers, ...(item.pod.initContainers ?? [])]) {
        const context = container.securityContext;
        expect(context?.runAsNonRoot ?? item.pod.securityContext?.runAsNonRoot, label).toBe(true);
        expect(
          context?.runAsUser ?? item.pod.securityContext?.runAsUser,
          `${label} numeric non-root uid`,
        ).toBeGreaterThan(0);
        expect(context?.readOnlyRootFilesystem, label).toBe(true);
        expect(context?.allowPrivilegeEscalation, label).toBe(false);
        expect(context?.capabilities?.drop, label).toContain('ALL');
        expect(context?.capabilities?.add ?? [], label).toEqual([]);
        expect(container.resources?.requests?.cpu, `${label} cpu request`).toBeDefined();
        expect(container.resources?.requests?.memory, `${label} memory request`).toBeDefined();
        expect(container.resources?.limits?.memory, `${label} memory limit`).toBeDefined();
      }
    }
  });

  it('probes both processes on their health endpoints and scales each with an HPA', () => {
    for (const [deployment, port] of [
      ['codex-k8s-edge', 8080],
      ['codex-k8s-control-plane', 8081],
    ] as const) {
      const item = workload(objects, 'Deployment', deployment);
      const container = item.pod.containers[0] as Container;
      const portNumber = (value: number | string | undefined) =>
        typeof value === 'number'
          ? value
          : container.ports?.find((entry) => entry.name === value)?.containerPort;
      expect(container.readinessProbe?.httpGet?.path).toBe('/health/readyz');
      expect(portNumber(container.readinessProbe?.httpGet?.port)).toBe(port);
      expect(container.livenessProbe?.httpGet?.path).toBe('/health/livez');
      expect(portNumber(container.livenessProbe?.httpGet?.port)).toBe(port);
      const hpa = objects.find(
        (object) =>
          object.kind === 'HorizontalPodAutoscaler' &&
          (object.spec as { scaleTargetRef: { kind: string; name: string } }).scaleTargetRef.name ===
            deployment,
      );
      expect(hpa, `${deployment} has an HPA`).toBeDefined();
      const spec = hpa?.spec as {
        minReplicas: number;
        maxReplicas: number;
        scaleTargetRef: { kind: string };
      };
      expect(spec.scaleTargetRef.kind).toBe('Deployment');
      expect(spec.maxReplicas).toBeGreaterThanOrEqual(spec.minReplicas);
    }
  });

  it('routes the Ingress to the edge pods, and every Service selects the pods of its workload', () => {
    const ingress = findObject(objects, 'Ingress', 'codex-k8s-edge', appNamespace);
    const backend = (
      ingress.spec as {
        rules: Array<{
          http: {
            paths: Array<{
              backend: { service: { name: string; port: { name?: string; number?: number } } };
            }>;
          };
        }>;
      }
    ).rules[0]?.http.paths[0]?.backend.service;
    const service = findObject(objects, 'Service', backend?.name ?? '', appNamespace);
    const serviceSpec = service.spec as {
      selector: Record<string, string>;
      ports: Array<{ name: string; port: number; targetPort: string | number }>;
    };
    const edge = workload(objects, 'Deployment', 'codex-k8s-edge');
    expect(matchesSelector(edge.labels, { matchLabels: serviceSpec.selector })).toBe(true);
    const servicePort = serviceSpec.ports.find(
      (entry) => entry.name === backend?.port.name || entry.port === backend?.port.number,
    );
    const container = edge.pod.containers[0] as Container;
    const target = container.ports?.find(
      (entry) => entry.name === servicePort?.targetPort || entry.containerPort === servicePort?.targetPort,
    );
    expect(target?.containerPort).toBe(8080);

    for (const svc of objects.filter((object) => object.kind === 'Service')) {
      const selector = (svc.spec as { selector: Record<string, string> }).selector;
      const selected = workloads(objects).filter(
        (item) =>
          item.namespace === svc.metadata.namespace &&
          matchesSelector(item.labels, { matchLabels: selector }),
      );
      expect(
        selected.map((item) => item.object.kind),
        `Service ${svc.metadata.name} selects one workload`,
      ).toHaveLength(1);
    }
  });

  it("serves the edge's /metrics on a port of its own that no Service or Ingress routes", () => {
    const edge = workload(objects, 'Deployment', 'codex-k8s-edge');
    const container = edge.pod.containers[0] as Container;
    const { env } = containerEnv(objects, appNamespace, container);
    const metrics = parseListenAddress(env.CODEXK8S_METRICS_ADDR ?? '');
    const http = parseListenAddress(env.CODEXK8S_HTTP_ADDR ?? '');
    expect(metrics, 'the edge sets CODEXK8S_METRICS_ADDR').toBeDefined();
    expect(metrics?.port).not.toBe(http?.port);
    expect(container.ports?.find((entry) => entry.name === 'metrics')?.containerPort).toBe(metrics?.port);
    const annotations = (
      edge.object.spec as { template: { metadata: { annotations?: Record<string, string> } } }
    ).template.metadata.annotations;
    expect(annotations?.['prometheus.io/port']).toBe(String(metrics?.port));

    // Every port of every Service that selects the edge pods leads somewhere else.
    const containerPortOf = (target: number | string) =>
      typeof target === 'number'
        ? target
        : container.ports?.find((entry) => entry.name === target)?.containerPort;
    const edgeServices = objects.filter(
      (object) =>
        object.kind === 'Service' &&
        object.metadata.namespace === appNamespace &&
        matchesSelector(edge.labels, {
          matchLabels: (object.spec as { selector: Record<string, string> }).selector,
        }),
    );
    expect(edgeServices.length).toBeGreaterThan(0);
    for (const service of edgeServices) {
      for (const port of (service.spec as { ports: Array<{ targetPort?: number | string; port: number }> })
        .ports)
        expect(containerPortOf(port.targetPort ?? port.port), `Service ${service.metadata.name}`).not.toBe(
          metrics?.port,
        );
    }
    // And no Ingress names a backend other than those Services.
    const serviceNames = new Set(edgeServices.map((service) => service.metadata.name));
    for (const ingress of objects.filter((object) => object.kind === 'Ingress')) {
      type Backend = { service?: { name: string } };
      const spec = ingress.spec as {
        defaultBackend?: Backend;
        rules?: Array<{ http?: { paths: Array<{ backend: Backend }> } }>;
      };
      const backends = [
        ...(spec.defaultBackend ? [spec.defaultBackend] : []),
        ...(spec.rules ?? []).flatMap((rule) => rule.http?.paths.map((entry) => entry.backend) ?? []),
      ];
      expect(backends.length).toBeGreaterThan(0);
      for (const backend of backends) expect(serviceNames.has(backend.service?.name ?? '')).toBe(true);
    }
  });

  it('lets the control-plane manage Jobs in the runs namespace and nothing more', () => {
    const controlPlane = workload(objects, 'Deployment', 'codex-k8s-control-plane');
    const serviceAccount = controlPlane.pod.serviceAccountName;
    findObject(objects, 'ServiceAccount', serviceAccount ?? '', appNamespace);
    const bindings = objects.filter(
      (object) =>
        object.kind === 'RoleBinding' &&
        (object.subjects as Array<{ kind: string; name: string; namespace: string }>).some(
          (subject) =>
            subject.kind === 'ServiceAccount' &&
            subject.name === serviceAccount &&
            subject.namespace === appNamespace,
        ),
    );
    expect(bindings.map((binding) => binding.metadata.namespace)).toEqual([runsNamespace]);
    const roleRef = bindings[0]?.roleRef as { kind: string; name: string };
    expect(roleRef.kind).toBe('Role');
    const role = findObject(objects, 'Role', roleRef.name, runsNamespace);
    const rules = role.rules as Array<{ apiGroups: string[]; resources: string[]; verbs: string[] }>;
    const jobs = rules.find((rule) => rule.apiGroups.includes('batch') && rule.resources.includes('jobs'));
    expect(jobs?.verbs).toEqual(expect.arrayContaining(['create', 'get', 'list', 'watch', 'delete']));
    expect(rules.flatMap((rule) => rule.verbs)).not.toContain('*');
    expect(rules.flatMap((rule) => rule.resources)).not.toContain('secrets');
    expect(
      objects.some((object) => object.kind === 'ClusterRoleBinding' || object.kind === 'ClusterRole'),
    ).toBe(false);
    // the edge and the migrate Job carry no API token
    expect(workload(objects, 'Deployment', 'codex-k8s-edge').pod.automountServiceAccountToken).toBe(false);
    expect(workload(objects, 'Job', 'codex-k8s-migrate').pod.automountServiceAccountToken).toBe(false);
  });

  it('NetworkPolicies admit only edge → control-plane (9090, 8081), control-plane/migrate → postgres (5432), anyone → edge HTTP (8080) and monitoring → edge metrics (9464)', () => {
    const policies = new NetworkPolicyModel(objects);
    const pods = {
      edge: podOf(workload(objects, 'Deployment', 'codex-k8s-edge')),
      controlPlane: podOf(workload(objects, 'Deployment', 'codex-k8s-control-plane')),
      migrate: podOf(workload(objects, 'Job', 'codex-k8s-migrate')),
      postgres: podOf(workload(objects, 'StatefulSet', 'codex-k8s-postgres')),
      // a pod someone else runs in the namespace, an ingress controller elsewhere, a run Job's pod
      stranger: { name: 'stranger', namespace: appNamespace, labels: { app: 'debug-shell' } },
      ingressController: {
        name: 'ingress-nginx',
        namespace: 'ingress-nginx',
        labels: { 'app.kubernetes.io/name': 'ingress-nginx' },
      },
      runJob: {
        name: 'run',
        namespace: runsNamespace,
        labels: { 'codexk8s.io/run-id': 'r1', 'job-name': 'codex-k8s-run-r1' },
      },
      prometheus: {
        name: 'prometheus',
        namespace: 'monitoring',
        labels: { 'app.kubernetes.io/name': 'prometheus' },
      },
    } satisfies Record<string, Pod>;
    const ports = [5432, 8080, 8081, 9090, 9464, 22];
    const expected = (source: keyof typeof pods, destination: keyof typeof pods, port: number): boolean => {
      if (destination === 'controlPlane') return source === 'edge' && (port === 9090 || port === 8081);
      if (destination === 'postgres')
        return (source === 'controlPlane' || source === 'migrate') && port === 5432;
      if (destination === 'edge') return port === 8080 || (port === 9464 && source === 'prometheus');
      return false;
    };
    const mismatches: string[] = [];
    for (const source of Object.keys(pods) as Array<keyof typeof pods>) {
      for (const destination of [
        'controlPlane',
        'postgres',
        'edge',
        'migrate',
        'stranger',
        'runJob',
      ] as const) {
        if (source === destination) continue;
        for (const port of ports) {
          const actual = policies.allows(pods[source], pods[destination], port);
          if (actual !== expected(source, destination, port))
            mismatches.push(`${source} → ${destination}:${port} ${actual ? 'allowed' : 'denied'}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('k8s overlays', () => {
  const config = (objects: K8sObject[]) => {
    const map = objects.find(
      (object) => object.kind === 'ConfigMap' && object.metadata.name.startsWith('codex-k8s-config'),
    );
    return (map?.data ?? {}) as Record<string, string>;
  };
  const image = (objects: K8sObject[]) =>
    workload(objects, 'Deployment', 'codex-k8s-edge').pod.containers[0]?.image;
  const host = (objects: K8sObject[]) =>
    (
      findObject(objects, 'Ingress', 'codex-k8s-edge', appNamespace).spec as {
        rules: Array<{ host: string }>;
      }
    ).rules[0]?.host;

  it('give staging and production their own image tag, public URL and host', () => {
    expect(image(rendered.staging)).not.toBe(image(rendered.production));
    expect(config(rendered.staging).CODEXK8S_PUBLIC_BASE_URL).toBe(`https://${host(rendered.staging)}`);
    expect(config(rendered.production).CODEXK8S_PUBLIC_BASE_URL).toBe(`https://${host(rendered.production)}`);
    expect(host(rendered.staging)).not.toBe(host(rendered.production));
  });

  it('serve production over TLS with disruption budgets', () => {
    const ingress = findObject(rendered.production, 'Ingress', 'codex-k8s-edge', appNamespace);
    const tls = (ingress.spec as { tls?: Array<{ hosts: string[] }> }).tls;
    expect(tls?.[0]?.hosts).toContain(host(rendered.production));
    const budgets = rendered.production.filter((object) => object.kind === 'PodDisruptionBudget');
    expect(budgets.map((budget) => budget.metadata.name).sort()).toEqual([
      'codex-k8s-control-plane',
      'codex-k8s-edge',
    ]);
  });
});
