import { invalidArgument, unavailable } from '../../domain/errors.js';

const connectionErrorCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A unique constraint refused the write (from the driver or as MikroORM converted it: both carry the SQLSTATE). */
export function isUniqueViolation(error: unknown): boolean {
  return codeOf(error) === '23505';
}

/** Deadlock or serialization failure: the transaction may simply be run again. */
export function isRetryableTransactionError(error: unknown): boolean {
  const code = codeOf(error);
  return code === '40P01' || code === '40001';
}

/**
 * PostgreSQL unreachable, restarting or out of connections: reported as `unavailable` so callers
 * answer "retry later" (503) rather than "internal error".
 */
export function asUnavailableWhenDisconnected(error: unknown): unknown {
  const code = codeOf(error);
  const name = (error as { name?: unknown } | null)?.name;
  const disconnected =
    (code !== undefined && (connectionErrorCodes.has(code) || code.startsWith('08'))) ||
    name === 'KnexTimeoutError' ||
    (error instanceof Error &&
      /Connection terminated|connection is closed|Client has encountered a connection error/i.test(
        error.message,
      ));
  return disconnected ? unavailable('the database is unavailable') : error;
}

/**
 * PostgreSQL refused a value of the input (SQLSTATE class 22, data exception: a number beyond
 * numeric's range, text jsonb cannot hold): the caller's data, reported as `invalid_argument`. The
 * message is fixed per code because the driver's carries the whole statement and its bindings.
 */
export function asInvalidArgumentWhenDataRefused(error: unknown, subject: string): unknown {
  const code = codeOf(error);
  if (code === undefined || !code.startsWith('22')) return error;
  return invalidArgument(
    code === '22003'
      ? `${subject} holds a number beyond the range PostgreSQL can store`
      : `${subject} holds a value PostgreSQL cannot store (SQLSTATE ${code})`,
  );
}
