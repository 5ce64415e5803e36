/**
 * Where to send the browser after sign-in. Only same-origin relative paths: it must start with
 * a single "/" (not "//" or "/\", which browsers treat as another host) and carry no control
 * characters; anything else falls back to "/", so sign-in is never an open redirect.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return '/';
  // Resolving against a dummy origin catches anything that would still leave the origin.
  const resolved = new URL(value, 'http://origin.invalid');
  if (resolved.origin !== 'http://origin.invalid') return '/';
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
