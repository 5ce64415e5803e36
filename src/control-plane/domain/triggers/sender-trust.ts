import { type ProjectRole } from '../../../shared/contract/project-role.js';
import { type TriggerKind } from './match-trigger.js';
import { anything } from './trigger-policy.js';

/** What is known about who sent a delivery. */
export interface SenderFacts {
  /** `author_association` of what the sender wrote (see the webhook's delivery facts); null when none. */
  association: string | null;
  /**
   * The roles in the delivery's project of the users whose GitHub login is the sender's (logins are
   * matched case-insensitively; empty for a stranger or a delivery without a project).
   */
  memberRoles: readonly ProjectRole[];
}

/**
 * SPEC §11: a label is trusted (GitHub lets only people with triage access apply one); a command or
 * an event needs a trusted `author_association`, or a sender who is a `read_write` or `admin` member
 * of the delivery's project.
 */
export function senderIsTrusted(
  kind: TriggerKind,
  trustedAssociations: readonly string[],
  sender: SenderFacts,
): boolean {
  if (kind === 'label') return true;
  if (trustedAssociations.includes(anything)) return true;
  if (sender.association !== null && trustedAssociations.includes(sender.association.toUpperCase()))
    return true;
  return sender.memberRoles.some((role) => role === 'read_write' || role === 'admin');
}
