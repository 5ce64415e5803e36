/**
 * zod building blocks for environment variables. Every value arrives as a string (or undefined);
 * these turn it into the typed value with a message that says what was expected.
 */
import { z } from 'zod';
import { isEmail } from '../text/email.js';

const durationUnits: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Parses `500ms`, `5s`, `10m`, `1h`, `30d` (and sums like `1h30m`) into milliseconds; undefined when malformed. */
export function parseDurationMs(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^(\d+(ms|s|m|h|d))+$/.test(trimmed)) return undefined;
  let total = 0;
  for (const match of trimmed.matchAll(/(\d+)(ms|s|m|h|d)/g)) {
    total += Number(match[1]) * (durationUnits[match[2] ?? ''] ?? 0);
  }
  return total;
}

/** A duration with a default; yields milliseconds. */
export function duration(defaultValue: string) {
  return z
    .string()
    .default(defaultValue)
    .transform((value, ctx) => {
      const ms = parseDurationMs(value);
      if (ms === undefined || ms <= 0) {
        ctx.addIssue({
          code: 'custom',
          message: 'expected a positive duration such as 500ms, 5s, 10m, 1h or 30d',
        });
        return z.NEVER;
      }
      return ms;
    });
}

/** A duration with a default where `0` turns the feature off (yields 0); milliseconds otherwise. */
export function durationOrOff(defaultValue: string) {
  return z
    .string()
    .default(defaultValue)
    .transform((value, ctx) => {
      if (value.trim() === '0') return 0;
      const ms = parseDurationMs(value);
      if (ms === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'expected 0 (off) or a duration such as 30s, 5m or 1h',
        });
        return z.NEVER;
      }
      return ms;
    });
}

/** `true`/`false` (also `1`/`0`, `yes`/`no`), with a default. */
export function boolean(defaultValue: boolean) {
  return z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === '') return defaultValue;
      const normalized = value.trim().toLowerCase();
      if (['true', '1', 'yes'].includes(normalized)) return true;
      if (['false', '0', 'no'].includes(normalized)) return false;
      ctx.addIssue({ code: 'custom', message: 'expected true or false' });
      return z.NEVER;
    });
}

/** A positive integer, with a default. */
export function positiveInt(defaultValue: number) {
  return z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === '') return defaultValue;
      if (!/^\d+$/.test(value.trim()) || Number(value) <= 0) {
        ctx.addIssue({ code: 'custom', message: 'expected a positive integer' });
        return z.NEVER;
      }
      return Number(value);
    });
}

/** A non-negative integer, with a default. */
export function nonNegativeInt(defaultValue: number) {
  return z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === '') return defaultValue;
      if (!/^\d+$/.test(value.trim())) {
        ctx.addIssue({ code: 'custom', message: 'expected a non-negative integer' });
        return z.NEVER;
      }
      return Number(value);
    });
}

/** A required secret-like string of at least `minLength` characters. */
export function requiredString(minLength = 1) {
  return z
    .string({ error: 'is required' })
    .min(minLength, minLength > 1 ? `must be at least ${minLength} characters` : 'is required');
}

export interface ListenAddress {
  host: string;
  port: number;
}

/** Parses a listen address: `:8080` (all interfaces), `127.0.0.1:8080`, `[::1]:8080`. */
export function parseListenAddress(text: string): ListenAddress | undefined {
  const match = /^(?:\[([^\]]+)\]|([^:]*)):(\d{1,5})$/.exec(text.trim());
  if (!match) return undefined;
  const port = Number(match[3]);
  if (port > 65535) return undefined;
  const host = match[1] ?? match[2] ?? '';
  return { host: host === '' ? '0.0.0.0' : host, port };
}

const listenAddressMessage = 'expected host:port, e.g. :8080 or 127.0.0.1:8080';

export function listenAddress(defaultValue: string) {
  return z
    .string()
    .default(defaultValue)
    .transform((value, ctx) => {
      const address = parseListenAddress(value);
      if (!address) {
        ctx.addIssue({ code: 'custom', message: listenAddressMessage });
        return z.NEVER;
      }
      return address;
    });
}

/** A listen address that may be left unset (empty): undefined then. */
export function optionalListenAddress() {
  return z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === '') return undefined;
      const address = parseListenAddress(value);
      if (!address) {
        ctx.addIssue({ code: 'custom', message: listenAddressMessage });
        return z.NEVER;
      }
      return address;
    });
}

export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** An http(s) URL; plain http only for loopback hosts (tests and local runs). Trailing slash removed. */
export function httpsUrl(defaultValue?: string) {
  const base =
    defaultValue === undefined ? z.string({ error: 'is required' }) : z.string().default(defaultValue);
  return base.transform((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'expected an absolute URL' });
      return z.NEVER;
    }
    const insecureAllowed = url.protocol === 'http:' && isLoopbackHost(url.hostname);
    if (url.protocol !== 'https:' && !insecureAllowed) {
      ctx.addIssue({ code: 'custom', message: 'must be https (plain http only for loopback hosts)' });
      return z.NEVER;
    }
    return value.replace(/\/+$/, '');
  });
}

/** Any absolute http(s) URL (e.g. the public base URL, which a proxy may terminate). */
export function absoluteUrl() {
  return z.string({ error: 'is required' }).transform((value, ctx) => {
    try {
      const url = new URL(value);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
    } catch {
      ctx.addIssue({ code: 'custom', message: 'expected an absolute http(s) URL' });
      return z.NEVER;
    }
    return value.replace(/\/+$/, '');
  });
}

/** Comma-separated, trimmed, empty entries dropped. */
export function commaList(defaultValue = '') {
  return z
    .string()
    .default(defaultValue)
    .transform((value) =>
      value
        .split(',')
        .map((entry) => entry.trim())
        .filter((entry) => entry.length > 0),
    );
}

export { isEmail };

/** Comma-separated emails, lower-cased; a malformed one fails with its position. */
export function emailList() {
  return commaList().transform((emails, ctx) => {
    const bad = emails.findIndex((email) => !isEmail(email));
    if (bad >= 0) {
      ctx.addIssue({ code: 'custom', message: `entry ${bad + 1} is not a valid email address` });
      return z.NEVER;
    }
    return emails.map((email) => email.toLowerCase());
  });
}

/**
 * NODE_ENV, trimmed and lower-cased: `Production` or ` PRODUCTION ` means production too, so every
 * comparison with it is case-insensitive (a check that only knew `production` let dev sign-in through).
 */
export function nodeEnv() {
  return z
    .string()
    .default('development')
    .transform((value) => value.trim().toLowerCase());
}

export const logLevel = z
  .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  .default('info');
