import { isEmail, maxEmailLength } from '../../../shared/text/email.js';
import { isUuid } from '../../../shared/text/uuid.js';
import { invalidArgument } from '../errors.js';

/** The edge validates too; the control-plane re-checks because it is the authority (and gRPC has other callers). */
export function requireUuid(field: string, value: string | undefined): string {
  if (!value || !isUuid(value)) throw invalidArgument(`${field}: must be a UUID`);
  return value.toLowerCase();
}

export function optionalUuid(field: string, value: string | undefined): string | null {
  return value ? requireUuid(field, value) : null;
}

/** Emails are stored lower-cased (unique case-insensitively). */
export function requireEmail(field: string, value: string | undefined): string {
  const email = (value ?? '').trim().toLowerCase();
  if (!isEmail(email))
    throw invalidArgument(`${field}: must be an email address of at most ${maxEmailLength} characters`);
  return email;
}

/** One of the values a field allows (a role, a status), or a refusal listing them. */
export function requireOneOf<Value extends string>(
  field: string,
  values: readonly Value[],
  value: string,
): Value {
  const match = values.find((candidate) => candidate === value);
  if (match === undefined) throw invalidArgument(`${field}: must be one of ${values.join(', ')}`);
  return match;
}
