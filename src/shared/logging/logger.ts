import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * JSON-lines logger. Secrets are redacted by key wherever they appear in a logged object,
 * as a second line of defence: code should never hand them to the logger in the first place.
 */
export function createLogger(service: string, level: string): Logger {
  return pino({
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [
        'token',
        '*.token',
        'password',
        '*.password',
        'secret',
        '*.secret',
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-hub-signature-256"]',
        'res.headers["set-cookie"]',
      ],
      censor: '[redacted]',
    },
  });
}
