import { invalidArgument } from '../errors.js';

const emailPattern = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/;

/** Emails are compared and stored lower-cased (the column is unique case-insensitively). */
export function normalizeEmail(raw: string, field = 'email'): string {
  const email = raw.trim().toLowerCase();
  if (email.length === 0) throw invalidArgument(`${field} is required`);
  if (email.length > 320 || !emailPattern.test(email))
    throw invalidArgument(`${field} is not a valid email address`);
  return email;
}
