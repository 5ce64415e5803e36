import type { TFunction } from 'i18next';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Validators of the console's forms (Mantine's `validate`), each with its message in the reader's
 * language. Values are checked trimmed, as they are sent. The server checks again and decides.
 */
export const validators = (t: TFunction) => ({
  email: (value: string) => (EMAIL.test(value.trim()) ? null : t('validation.email')),
  required: (value: string) => (value.trim() ? null : t('validation.required')),
  matching: (pattern: RegExp, message: string) => (value: string) =>
    pattern.test(value.trim()) ? null : message,
});
