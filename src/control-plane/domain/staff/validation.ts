import { invalidArgument } from '../errors.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const emailPattern = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/;
export const maxEmailLength = 320;

/** The edge validates too; the control-plane re-checks because it is the authority (and gRPC has other callers). */
export function requireUuid(field: string, value: string | undefined): string {
  if (!value || !uuidPattern.test(value)) throw invalidArgument(`${field}: must be a UUID`);
  return value.toLowerCase();
}

export function optionalUuid(field: string, value: string | undefined): string | null {
  return value ? requireUuid(field, value) : null;
}

/** Emails are stored lower-cased (unique case-insensitively). */
export function requireEmail(field: string, value: string | undefined): string {
  const email = (value ?? '').trim().toLowerCase();
  if (email.length === 0 || email.length > maxEmailLength || !emailPattern.test(email)) {
    throw invalidArgument(`${field}: must be an email address of at most ${maxEmailLength} characters`);
  }
  return email;
}
