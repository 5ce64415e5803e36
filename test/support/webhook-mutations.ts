/**
 * fast-check arbitraries of webhook deliveries a hostile or broken sender could sign: real GitHub
 * payloads (@octokit/webhooks-examples) with fields deleted, retyped and filled with odd unicode,
 * numbers and nesting no JavaScript value can hold (spliced in as text), byte-level damage, random
 * JSON and random bytes. Every body is valid input for the signature: the fuzz signs it.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';

interface WebhookDefinition {
  name: string;
  examples: Record<string, unknown>[];
}

export interface FuzzDelivery {
  event: string;
  body: Uint8Array;
  /** Send the same delivery id again after the first answer (GitHub's redelivery). */
  redeliver: boolean;
}

const examples = (
  createRequire(import.meta.url)('@octokit/webhooks-examples') as WebhookDefinition[]
).flatMap((definition) => definition.examples.map((payload) => ({ event: definition.name, payload })));

/** Single UTF-16 code units: NUL, lone surrogates, quotes and backslashes come up often. */
const codeUnit = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)) },
  { weight: 1, arbitrary: fc.constantFrom('\u0000', '\ud800', '\udbff', '\udc00', '\udfff', '\\', '"') },
);

const oddString = fc.oneof(
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    '\ud800',
    'x\udfff',
    '\ud83d\ude00',
    '\ud83d\ud83d\ude00',
    '\\u0000',
    '\\\u0000',
    '\ufeff',
    '\u202eevil',
    'e\u0301\u0301\u0301',
    '\u2028\u2029',
    '',
    'x'.repeat(5_000),
  ),
  fc.string({ unit: codeUnit, maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

/** JSON text no JavaScript value serializes to: numbers beyond doubles and numeric, deep nesting. */
const rawJsonText = fc.oneof(
  fc.constantFrom(
    '1e400',
    '-1e400',
    '1e1000000',
    '1e-100000',
    '-0',
    '1E+2',
    '123456789012345678901234567890',
    `0.${'1'.repeat(17_000)}`,
    '9'.repeat(400),
  ),
  fc
    .record({ depth: fc.oneof(fc.integer({ min: 1, max: 70 }), fc.constant(20_000)), arrays: fc.boolean() })
    .map(({ depth, arrays }) =>
      arrays ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}0${'}'.repeat(depth)}`,
    ),
);

/** Stands for raw text inside a value until serialization (see `serialize`). */
class RawJson {
  constructor(readonly text: string) {}
}

const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  oddString,
  fc.integer(),
  fc.double(),
  fc.constantFrom(2 ** 53, -(2 ** 53) - 2, Number.MAX_SAFE_INTEGER, -1, 1.5, 0),
  fc.boolean(),
  fc.constant(null),
  fc.array(oddString, { maxLength: 3 }),
  fc.dictionary(oddString, oddString, { maxKeys: 3 }),
  rawJsonText.map((text) => new RawJson(text)),
);

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'add'; at: number; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: anyValue }),
  fc.record({ kind: fc.constant('add' as const), at: fc.nat(), key: oddString, value: anyValue }),
);

type Container = Record<string, unknown> | unknown[];

/** Every object and array inside `root` (root first), with the keys it holds. */
function containersOf(root: Container): { container: Container; keys: string[] }[] {
  const found: { container: Container; keys: string[] }[] = [];
  const pending: Container[] = [root];
  for (let container = pending.pop(); container; container = pending.pop()) {
    const keys = Object.keys(container);
    found.push({ container, keys });
    for (const key of keys) {
      const child = (container as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object' && !(child instanceof RawJson))
        pending.push(child as Container);
    }
  }
  return found;
}

/** The `at`-th (key, container) pair of the payload, cycling: any field of any depth can be hit. */
function apply(payload: Record<string, unknown>, change: Mutation): void {
  const containers = containersOf(payload);
  const slots = containers.flatMap(({ container, keys }) => keys.map((key) => ({ container, key })));
  if (change.kind === 'add') {
    const { container } = containers[change.at % containers.length]!;
    if (Array.isArray(container)) container.push(change.value);
    else container[change.key] = change.value;
    return;
  }
  const slot = slots[change.at % Math.max(slots.length, 1)];
  if (!slot) return;
  const record = slot.container as Record<string, unknown>;
  if (change.kind === 'delete') {
    if (Array.isArray(slot.container)) slot.container.splice(Number(slot.key), 1);
    else delete record[slot.key];
  } else {
    record[slot.key] = change.value;
  }
}

/** JSON.stringify, with each RawJson spliced in as its text. */
function serialize(value: unknown): string {
  const raw: string[] = [];
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (!(item instanceof RawJson)) return item;
    raw.push(item.text);
    return `\u0001raw:${raw.length - 1}\u0001`;
  });
  return text.replace(/"\\u0001raw:(\d+)\\u0001"/g, (_match, index: string) => raw[Number(index)]!);
}

const encoder = new TextEncoder();

const mutatedExample = fc
  .record({
    example: fc.constantFrom(...examples),
    mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
  })
  .map(({ example, mutations }) => {
    const payload = structuredClone(example.payload);
    for (const change of mutations) apply(payload, change);
    return { event: example.event, body: encoder.encode(serialize(payload)) };
  });

type ByteDamage =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'insert'; at: number; byte: number }
  | { kind: 'cut'; at: number; length: number };

const byteDamage: fc.Arbitrary<ByteDamage> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), byte: fc.nat(255) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
);

const damagedExample = fc
  .record({
    example: fc.constantFrom(...examples),
    damage: fc.array(byteDamage, { minLength: 1, maxLength: 3 }),
  })
  .map(({ example, damage }) => {
    const bytes = [...encoder.encode(JSON.stringify(example.payload))];
    for (const change of damage) {
      const at = change.at % (bytes.length + 1);
      if (change.kind === 'flip') bytes[at] = (bytes[at] ?? 0) ^ change.byte;
      else if (change.kind === 'insert') bytes.splice(at, 0, change.byte);
      else bytes.splice(at, change.length);
    }
    return { event: example.event, body: Uint8Array.from(bytes) };
  });

const randomJson = fc
  .record({
    event: fc.constantFrom('issues', 'push', 'pull_request', 'issue_comment'),
    value: fc.jsonValue(),
  })
  .map(({ event, value }) => ({ event, body: encoder.encode(JSON.stringify(value) ?? 'null') }));

const randomBytes = fc
  .record({ event: fc.constantFrom('issues', 'push'), body: fc.uint8Array({ minLength: 1, maxLength: 512 }) })
  .map(({ event, body }) => ({ event, body }));

/** Any event name the edge lets through (`^[a-z_]{1,64}$`), mostly GitHub's own. */
const eventName = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom('ping', 'push', 'issues', 'pull_request') },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z_]{1,64}$/) },
);

export const fuzzDelivery: fc.Arbitrary<FuzzDelivery> = fc
  .record({
    delivery: fc.oneof(
      { weight: 6, arbitrary: mutatedExample },
      { weight: 2, arbitrary: damagedExample },
      { weight: 1, arbitrary: randomJson },
      { weight: 1, arbitrary: randomBytes },
    ),
    event: eventName,
    redeliver: fc.boolean(),
  })
  .map(({ delivery, event, redeliver }) => ({
    event: event ?? delivery.event,
    body: delivery.body,
    redeliver,
  }));
