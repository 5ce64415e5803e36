import { invalidArgument } from '../errors.js';
import { anything, authorAssociations, type TriggerOverrides } from './trigger-policy.js';

/** GitHub refuses label names longer than 50 characters. */
export const maxLabelPrefixLength = 50;
export const maxCommandLength = 64;
export const maxListEntries = 64;

const eventEntry = /^[a-z_]{1,64}(\.[a-z_]{1,64})?$/;
const knownAssociations = new Set<string>(authorAssociations);

function wordProblem(value: string, max: number): string | null {
  if (value.length === 0) return 'must not be empty';
  if (value.length > max) return `must be at most ${max} characters`;
  if (/\s/.test(value)) return 'must not contain whitespace';
  return null;
}

/** Why a label prefix cannot be used, or null. */
export const labelPrefixProblem = (value: string) => wordProblem(value, maxLabelPrefixLength);

/** Why a command cannot be used, or null. */
export const commandProblem = (value: string) => wordProblem(value, maxCommandLength);

/** Why an events list cannot be used, or null (an empty list starts nothing by event). */
export function eventsProblem(values: readonly string[]): string | null {
  if (values.length > maxListEntries) return `must have at most ${maxListEntries} entries`;
  const bad = values.find((value) => value !== anything && !eventEntry.test(value));
  return bad === undefined ? null : `"${bad}" is not an event, event.action or *`;
}

/** Why a trusted-associations list cannot be used, or null (an empty list trusts only project members). */
export function trustedAssociationsProblem(values: readonly string[]): string | null {
  if (values.length > maxListEntries) return `must have at most ${maxListEntries} entries`;
  const bad = values.find((value) => value !== anything && !knownAssociations.has(value.toUpperCase()));
  return bad === undefined ? null : `"${bad}" is not one of ${authorAssociations.join(', ')} or *`;
}

/** Lists are kept without repeats, associations upper-cased as GitHub sends them. */
export const normalizedEvents = (values: readonly string[]) => [...new Set(values)];
export const normalizedAssociations = (values: readonly string[]) => [
  ...new Set(values.map((value) => value.toUpperCase())),
];

/** What projects.triggers.set may be given: each field a value, or absent/null for the platform default. */
export interface TriggerOverridesInput {
  labelPrefix?: string | null;
  command?: string | null;
  events?: readonly string[] | null;
  trustedAssociations?: readonly string[] | null;
}

/** The input checked and normalized; a bad field is refused invalid_argument naming it. */
export function checkedTriggerOverrides(input: TriggerOverridesInput): TriggerOverrides {
  const overrides: TriggerOverrides = {};
  const refuse = (field: string, problem: string | null) => {
    if (problem !== null) throw invalidArgument(`${field}: ${problem}`);
  };
  if (input.labelPrefix != null) {
    refuse('labelPrefix', labelPrefixProblem(input.labelPrefix));
    overrides.labelPrefix = input.labelPrefix;
  }
  if (input.command != null) {
    refuse('command', commandProblem(input.command));
    overrides.command = input.command;
  }
  if (input.events != null) {
    refuse('events', eventsProblem(input.events));
    overrides.events = normalizedEvents(input.events);
  }
  if (input.trustedAssociations != null) {
    refuse('trustedAssociations', trustedAssociationsProblem(input.trustedAssociations));
    overrides.trustedAssociations = normalizedAssociations(input.trustedAssociations);
  }
  return overrides;
}

/** The JSON kept in `projects.settings.triggers` (snake_case like the rest of the settings). */
export interface StoredTriggerSettings {
  label_prefix?: string;
  command?: string;
  events?: string[];
  trusted_associations?: string[];
}

export function storedTriggerSettings(overrides: TriggerOverrides): StoredTriggerSettings {
  const stored: StoredTriggerSettings = {};
  if (overrides.labelPrefix !== undefined) stored.label_prefix = overrides.labelPrefix;
  if (overrides.command !== undefined) stored.command = overrides.command;
  if (overrides.events !== undefined) stored.events = [...overrides.events];
  if (overrides.trustedAssociations !== undefined)
    stored.trusted_associations = [...overrides.trustedAssociations];
  return stored;
}

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((entry) => typeof entry === 'string');

/**
 * A project's choices as stored. The settings are jsonb anyone with SQL access may edit, so a field
 * that would not pass projects.triggers.set is ignored (the platform default applies) rather than
 * trusted or failing every delivery of the project.
 */
export function triggerOverridesFromSettings(stored: unknown): TriggerOverrides {
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) return {};
  const settings = stored as Record<string, unknown>;
  const overrides: TriggerOverrides = {};
  const { label_prefix: labelPrefix, command, events, trusted_associations: associations } = settings;
  if (typeof labelPrefix === 'string' && labelPrefixProblem(labelPrefix) === null)
    overrides.labelPrefix = labelPrefix;
  if (typeof command === 'string' && commandProblem(command) === null) overrides.command = command;
  if (isStringList(events) && eventsProblem(events) === null) overrides.events = normalizedEvents(events);
  if (isStringList(associations) && trustedAssociationsProblem(associations) === null)
    overrides.trustedAssociations = normalizedAssociations(associations);
  return overrides;
}
