/** The origin paths are resolved against: any origin would do, only "did it stay here" matters. */
const probeOrigin = 'http://origin.invalid';

/**
 * Where to send the browser after sign-in: a same-origin path, or "/" for anything else, so
 * sign-in is never an open redirect.
 *
 * The path is normalised first, as a browser would (dot segments, `%2e`, tabs), and checked after:
 * `/.//evil.com` only becomes `//evil.com`, a network-path reference to another host, once its
 * dot segment is removed. What is returned resolves, against any origin, to exactly the URL that
 * was checked.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return '/';
  if (!value.startsWith('/')) return '/';
  // Browsers read "\" as "/" and drop tabs and newlines: such input was never a plain path.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return '/';
  let resolved: URL;
  try {
    resolved = new URL(value, probeOrigin);
  } catch {
    return '/';
  }
  if (resolved.origin !== probeOrigin) return '/';
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  // "//host" and "/\host" name another host; only a single leading slash is a path.
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return '/';
  if (new URL(path, probeOrigin).href !== resolved.href) return '/';
  return path;
}
