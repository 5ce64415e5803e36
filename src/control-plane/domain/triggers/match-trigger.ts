import { anything, type TriggerPolicy } from './trigger-policy.js';

export type TriggerKind = 'label' | 'command' | 'event';

/** Why a delivery started a run: the run payload's `trigger` and `instruction`. */
export interface MatchedTrigger {
  kind: TriggerKind;
  /** The label, the command, or `event` / `event.action`. */
  value: string;
  /** The rest of the command's line (trimmed, possibly empty); null for labels and events. */
  instruction: string | null;
}

/** What of a delivery the policy looks at. */
export interface TriggerFacts {
  event: string;
  action: string | null;
  /** Deliveries without a repository (app installs, org events) never start a run. */
  hasRepository: boolean;
  /** `label.name` of a `labeled` delivery. */
  labelName: string | null;
  /** The comment's or review's body. */
  body: string | null;
}

const labelEvents = new Set(['issues', 'pull_request']);
const commandEvents = new Set(['issue_comment', 'pull_request_review_comment', 'pull_request_review']);
const commandActions = new Set(['created', 'submitted']);

/**
 * The command's line: the body's first line once leading blank lines and spaces are skipped (a
 * reply often starts with a line break). Null when the line does not start with the command
 * followed by whitespace or its end (`/codex` matches `/codex fix it`, not `/codexify`).
 */
export function commandInstruction(body: string, command: string): string | null {
  const text = body.trimStart();
  const end = text.search(/\r?\n/);
  const line = end === -1 ? text : text.slice(0, end);
  if (!line.startsWith(command)) return null;
  const rest = line.slice(command.length);
  if (rest.length > 0 && !/^\s/.test(rest)) return null;
  return rest.trim();
}

/** The trigger a delivery matches, tried in this order: label, command, event; null when none. */
export function matchTrigger(policy: TriggerPolicy, facts: TriggerFacts): MatchedTrigger | null {
  if (!facts.hasRepository) return null;
  if (
    labelEvents.has(facts.event) &&
    facts.action === 'labeled' &&
    facts.labelName !== null &&
    facts.labelName.startsWith(policy.labelPrefix)
  )
    return { kind: 'label', value: facts.labelName, instruction: null };
  if (
    commandEvents.has(facts.event) &&
    facts.action !== null &&
    commandActions.has(facts.action) &&
    facts.body !== null
  ) {
    const instruction = commandInstruction(facts.body, policy.command);
    if (instruction !== null) return { kind: 'command', value: policy.command, instruction };
  }
  const qualified = facts.action === null ? facts.event : `${facts.event}.${facts.action}`;
  if (
    policy.events.includes(anything) ||
    policy.events.includes(facts.event) ||
    policy.events.includes(qualified)
  )
    return { kind: 'event', value: qualified, instruction: null };
  return null;
}
