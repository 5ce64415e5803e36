import { invalidArgument } from '../errors.js';

const projectSlugPattern = /^[a-z0-9][a-z0-9._-]{0,99}$/;
const maxProjectNameLength = 200;

/** A project's slug as given (trimmed), or a refusal naming `slug`. */
export function requireProjectSlug(value: string): string {
  const slug = value.trim();
  if (!projectSlugPattern.test(slug)) {
    throw invalidArgument(
      'slug: lower-case letters, digits, ".", "_" or "-", starting with a letter or digit, at most 100 characters',
    );
  }
  return slug;
}

/** A project's display name (trimmed), or a refusal naming `name`. */
export function requireProjectName(value: string): string {
  const name = value.trim();
  if (name.length === 0 || name.length > maxProjectNameLength)
    throw invalidArgument(`name: must be 1 to ${maxProjectNameLength} characters`);
  return name;
}
