import { TRPCClientError } from '@trpc/client';
import i18n, { type TFunction } from 'i18next';

/** Error codes the staff API answers with (SPEC §6) plus the transport's own failures. */
const KNOWN_CODES = [
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PRECONDITION_FAILED',
  'TOO_MANY_REQUESTS',
  'SERVICE_UNAVAILABLE',
  'BAD_GATEWAY',
  'TIMEOUT',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ApiErrorCode = (typeof KNOWN_CODES)[number] | 'NETWORK' | 'UNKNOWN';

interface ErrorDataShape {
  code?: string;
  httpStatus?: number;
  /** Why the platform refused, as a stable code (the edge's data.reason), and its safe details. */
  reason?: string;
  details?: Record<string, unknown>;
}

function dataOf(error: TRPCClientError<never>): ErrorDataShape | undefined {
  const data: unknown = error.data;
  return typeof data === 'object' && data !== null ? (data as ErrorDataShape) : undefined;
}

export function apiErrorCode(error: unknown): ApiErrorCode {
  if (error instanceof TRPCClientError) {
    const code = dataOf(error as TRPCClientError<never>)?.code;
    if (code && (KNOWN_CODES as readonly string[]).includes(code)) return code as ApiErrorCode;
    // No tRPC shape at all: the request never reached a tRPC handler (offline, proxy page, ...).
    if (!code) return 'NETWORK';
    return 'UNKNOWN';
  }
  if (error instanceof TypeError) return 'NETWORK';
  return 'UNKNOWN';
}

/** The refusal's stable reason code and details, when the platform sent one. */
export function apiErrorReason(error: unknown): { reason: string; details: Record<string, unknown> } | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data = dataOf(error as TRPCClientError<never>);
  if (typeof data?.reason !== 'string') return null;
  const details = typeof data.details === 'object' && data.details !== null ? data.details : {};
  return { reason: data.reason, details };
}

export function isUnauthorized(error: unknown): boolean {
  return apiErrorCode(error) === 'UNAUTHORIZED';
}

/** Client errors will not get better by retrying; server and network errors might. */
export function isRetryable(error: unknown): boolean {
  const code = apiErrorCode(error);
  return code === 'NETWORK' || code === 'SERVICE_UNAVAILABLE' || code === 'TIMEOUT' || code === 'UNKNOWN';
}

export interface DescribedError {
  title: string;
  detail: string | null;
}

/**
 * Codes whose server message adds nothing for staff (transport trouble, internals): the translated
 * sentence says it all. The others carry a specific reason (which field, which rule) worth showing.
 */
const WITHOUT_DETAIL = new Set<ApiErrorCode>([
  'NETWORK',
  'INTERNAL_SERVER_ERROR',
  'SERVICE_UNAVAILABLE',
  'TIMEOUT',
  'UNAUTHORIZED',
]);

/**
 * An API error in words: what happened (translated, from the code) and, when the server said
 * something more specific (a validation message naming the field, a refusal reason), that too.
 */
export function describeError(t: TFunction, error: unknown): DescribedError {
  const code = apiErrorCode(error);
  const message = error instanceof Error ? error.message.trim() : '';
  const refusal = apiErrorReason(error);
  const reasonKey = refusal ? `errorReasons.${refusal.reason}` : null;
  if (refusal && reasonKey && i18n.exists(reasonKey)) {
    // The reason says it all, in the reader's language; only a malformed field keeps the server's
    // words (they name the rule the value broke).
    const title = t(reasonKey as 'errorReasons.user_not_found', refusal.details);
    return { title, detail: refusal.reason === 'invalid_field' && message ? message : null };
  }
  const title = t(`errors.${code}`);
  const generic =
    message === '' || message === code || /^(fetch failed|failed to fetch|unexpected token)/i.test(message);
  return { title, detail: generic || WITHOUT_DETAIL.has(code) ? null : message };
}
