/**
 * Offline validation of rendered Kubernetes objects:
 * - `kubernetes-models` validates each object against the Kubernetes OpenAPI schema of its kind
 *   (types, required fields, enums, formats), with validators compiled into the package;
 * - a strict walk over `@kubernetes/client-node`'s generated model metadata rejects unknown fields
 *   (a misspelt `readinessprobe` is valid JSON Schema but silently ignored by the API server).
 */
import * as clientNode from '@kubernetes/client-node';
import * as models from 'kubernetes-models';
import { type K8sObject } from './manifests.js';

interface ModelClass {
  apiVersion: string;
  kind: string;
  new (data: unknown): { validate(): void };
}

function isModelClass(value: unknown): value is ModelClass {
  return (
    typeof value === 'function' &&
    typeof (value as { apiVersion?: unknown }).apiVersion === 'string' &&
    typeof (value as { kind?: unknown }).kind === 'string' &&
    typeof (value as { prototype?: { validate?: unknown } }).prototype?.validate === 'function'
  );
}

/** `apiVersion/kind` → model class, collected from every API group the package exports. */
const modelClasses: Map<string, ModelClass> = (() => {
  const map = new Map<string, ModelClass>();
  const visit = (namespace: unknown, depth: number) => {
    if (depth > 3 || namespace === null || typeof namespace !== 'object') return;
    for (const value of Object.values(namespace as Record<string, unknown>)) {
      if (isModelClass(value)) map.set(`${value.apiVersion}/${value.kind}`, value);
      else visit(value, depth + 1);
    }
  };
  visit(models, 0);
  return map;
})();

export function schemaErrors(object: K8sObject): string[] {
  const modelClass = modelClasses.get(`${object.apiVersion}/${object.kind}`);
  if (!modelClass)
    return [`no schema for ${object.apiVersion} ${object.kind} (unknown or removed API version)`];
  try {
    new modelClass(object).validate();
    return [];
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}

interface AttributeType {
  baseName: string;
  type: string;
}

type GeneratedModel = { getAttributeTypeMap(): AttributeType[] };

function generatedModel(typeName: string): GeneratedModel | undefined {
  const candidate = (clientNode as unknown as Record<string, unknown>)[typeName];
  if (
    typeof candidate === 'function' &&
    typeof (candidate as Partial<GeneratedModel>).getAttributeTypeMap === 'function'
  ) {
    return candidate as unknown as GeneratedModel;
  }
  return undefined;
}

/** `apps/v1` + `Deployment` → `V1Deployment`, `autoscaling/v2` + `HorizontalPodAutoscaler` → `V2HorizontalPodAutoscaler`. */
function topLevelTypeName(object: K8sObject): string {
  const version = object.apiVersion.split('/').pop() ?? '';
  return `${version.charAt(0).toUpperCase()}${version.slice(1)}${object.kind}`;
}

function walk(value: unknown, typeName: string, path: string, errors: string[]): void {
  if (value === null || value === undefined) return;
  const array = /^Array<(.+)>$/.exec(typeName);
  if (array) {
    if (Array.isArray(value))
      value.forEach((item, index) => walk(item, array[1] ?? '', `${path}[${index}]`, errors));
    return;
  }
  const dictionary = /^\{ \[key: string\]: (.+); \}$/.exec(typeName);
  if (dictionary) {
    for (const [key, item] of Object.entries(value as Record<string, unknown>))
      walk(item, dictionary[1] ?? '', `${path}.${key}`, errors);
    return;
  }
  const model = generatedModel(typeName);
  if (!model || typeof value !== 'object' || Array.isArray(value)) return;
  const attributes = new Map(
    model.getAttributeTypeMap().map((attribute) => [attribute.baseName, attribute.type]),
  );
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const type = attributes.get(key);
    if (type === undefined) errors.push(`${path}.${key}: unknown field`);
    else walk(item, type, `${path}.${key}`, errors);
  }
}

export function unknownFieldErrors(object: K8sObject): string[] {
  const typeName = topLevelTypeName(object);
  if (!generatedModel(typeName)) return [`no field metadata for ${typeName}`];
  const errors: string[] = [];
  walk(object, typeName, object.kind, errors);
  return errors;
}
