/**
 * Which deliveries start a run (SPEC §11): a label, a command or an event, from a trusted sender.
 * A project keeps its own choices in `projects.settings.triggers`; what it leaves out follows the
 * platform's defaults (CODEXK8S_TRIGGER_*).
 */

/** `*` in `events` matches every delivery with a repository; in `trustedAssociations` it trusts everyone. */
export const anything = '*';

/** The values GitHub gives `author_association`. */
export const authorAssociations = [
  'OWNER',
  'MEMBER',
  'COLLABORATOR',
  'CONTRIBUTOR',
  'FIRST_TIME_CONTRIBUTOR',
  'FIRST_TIMER',
  'MANNEQUIN',
  'NONE',
] as const;

export interface TriggerPolicy {
  /** An `issues`/`pull_request` `labeled` delivery whose label starts with this starts a run. */
  labelPrefix: string;
  /** A comment or review whose first line starts with this (then a space or the line's end) starts a run. */
  command: string;
  /** `event` or `event.action` entries, or `*`. */
  events: readonly string[];
  /** `author_association` values trusted for commands and events, or `*`. */
  trustedAssociations: readonly string[];
}

/** A project's own choices; a field left out follows the platform default. */
export type TriggerOverrides = Partial<TriggerPolicy>;

export const triggerPolicyFields = ['labelPrefix', 'command', 'events', 'trustedAssociations'] as const;

/** The policy a project's deliveries are judged by: its own choices over the platform's defaults. */
export function effectiveTriggerPolicy(defaults: TriggerPolicy, overrides: TriggerOverrides): TriggerPolicy {
  return {
    labelPrefix: overrides.labelPrefix ?? defaults.labelPrefix,
    command: overrides.command ?? defaults.command,
    events: overrides.events ?? defaults.events,
    trustedAssociations: overrides.trustedAssociations ?? defaults.trustedAssociations,
  };
}
