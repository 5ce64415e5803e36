/** The one email check of both processes (configuration, sign-in, the allowlist, members). */
const emailPattern = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/;

/** The longest email the platform stores (SPEC §6; the users_email_check constraint). */
export const maxEmailLength = 320;

export function isEmail(text: string): boolean {
  return text.length <= maxEmailLength && emailPattern.test(text);
}
