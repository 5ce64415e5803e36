/** Cookie and sign-in helpers for tests that talk to a running edge over HTTP. */

export interface SetCookie {
  name: string;
  value: string;
  /** Lower-cased attribute names; flags (HttpOnly, Secure) map to true. */
  attributes: Record<string, string | true>;
}

export function parseSetCookie(line: string): SetCookie {
  const [pair = '', ...rest] = line.split(';');
  const separator = pair.indexOf('=');
  const attributes: Record<string, string | true> = {};
  for (const part of rest) {
    const [key = '', ...value] = part.trim().split('=');
    attributes[key.toLowerCase()] = value.length > 0 ? value.join('=') : true;
  }
  return { name: pair.slice(0, separator).trim(), value: pair.slice(separator + 1).trim(), attributes };
}

/** All Set-Cookie headers of a response, parsed. */
export function setCookies(response: Response): SetCookie[] {
  return response.headers.getSetCookie().map(parseSetCookie);
}

export function findSetCookie(response: Response, name: string): SetCookie | undefined {
  return setCookies(response).find((cookie) => cookie.name === name);
}

export const staffCookieName = 'codexk8s_staff_jwt';

/** Signs in through POST /api/v1/auth/dev-login (the edge must run with CODEXK8S_DEV_LOGIN=true); returns the Cookie header. */
export async function devLogin(edgeUrl: string, email: string): Promise<string> {
  const response = await fetch(`${edgeUrl}/api/v1/auth/dev-login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  if (response.status !== 200)
    throw new Error(`dev login of ${email} answered ${response.status}: ${await response.text()}`);
  const cookie = findSetCookie(response, staffCookieName);
  if (!cookie) throw new Error('dev login set no session cookie');
  return `${cookie.name}=${cookie.value}`;
}

export interface TrpcAnswer<T> {
  status: number;
  data?: T;
  errorCode?: string;
}

/** A tRPC query over plain HTTP (no transformer), e.g. `auth.me`. */
export async function trpcQuery<T = unknown>(
  edgeUrl: string,
  path: string,
  headers: Record<string, string> = {},
  input?: unknown,
): Promise<TrpcAnswer<T>> {
  const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const response = await fetch(`${edgeUrl}/api/trpc/${path}${query}`, { headers });
  const body = (await response.json()) as { result?: { data?: T }; error?: { data?: { code?: string } } };
  return { status: response.status, data: body.result?.data, errorCode: body.error?.data?.code };
}
