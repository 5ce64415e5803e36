/** Where to go after sign-in; kept across the GitHub round trip, which always lands on `/`. */
const NEXT_KEY = 'codexk8s.next';

/** Only same-origin, in-app paths: never an open redirect, never back to the sign-in page. */
export function safeNext(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  if (value === '/login' || value.startsWith('/login?') || value.startsWith('/api/')) return null;
  return value;
}

export function rememberNext(next: string | null): void {
  if (next) sessionStorage.setItem(NEXT_KEY, next);
  else sessionStorage.removeItem(NEXT_KEY);
}

export function takeRememberedNext(): string | null {
  const value = safeNext(sessionStorage.getItem(NEXT_KEY));
  sessionStorage.removeItem(NEXT_KEY);
  return value;
}

export function currentPath(): string {
  return `${window.location.pathname}${window.location.search}${window.location.hash}`;
}

export function signInPath(next: string | null): string {
  const safe = safeNext(next);
  return safe ? `/login?next=${encodeURIComponent(safe)}` : '/login';
}
