import { requireEmail } from '../staff-call/validation.js';
import { type BootstrapOutcome, type BootstrapPlan, type StaffAuthPorts } from './ports.js';

export interface BootstrapStaffInput {
  ownerEmail: string;
  allowedEmails: readonly string[];
  adminEmails: readonly string[];
}

/**
 * The start-up allowlist (SPEC §5), idempotent: the owner (owner and admin), the admins, the
 * allowed emails; before the control-plane serves, so nobody signs in before it exists.
 */
export function bootstrapStaff(deps: StaffAuthPorts, input: BootstrapStaffInput): Promise<BootstrapOutcome> {
  return deps.users.applyBootstrap(bootstrapPlan(input));
}

/** Merges the three lists: the strongest flag wins, each email appears once. */
export function bootstrapPlan(input: BootstrapStaffInput): BootstrapPlan {
  const ownerEmail = requireEmail('CODEXK8S_BOOTSTRAP_OWNER_EMAIL', input.ownerEmail);
  const admins = new Map<string, boolean>();
  for (const raw of input.allowedEmails)
    admins.set(requireEmail('CODEXK8S_BOOTSTRAP_ALLOWED_EMAILS', raw), false);
  for (const raw of input.adminEmails)
    admins.set(requireEmail('CODEXK8S_BOOTSTRAP_PLATFORM_ADMIN_EMAILS', raw), true);
  admins.set(ownerEmail, true);
  return { ownerEmail, users: [...admins].map(([email, isPlatformAdmin]) => ({ email, isPlatformAdmin })) };
}
