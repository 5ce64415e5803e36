import { z } from 'zod';
import { uuidPattern } from '../../shared/text/uuid.js';

/**
 * Input building blocks shared by the staff routers (SPEC §6). The edge rejects malformed input
 * early with a message naming the field; the control-plane checks again and decides everything else.
 * Optional fields parse to what the proto sends for "not given" ("" or 0), so a router hands its
 * input to the control-plane as it is.
 */
export const id = () => z.string({ error: 'must be a UUID' }).regex(uuidPattern, 'must be a UUID');

/** An optional text input: absent or null is "" (the proto's "not given"). */
export const orEmpty = (schema: z.ZodType<string>) => schema.nullish().transform((value) => value ?? '');

/** A page request: `limit ≤ max` (default `defaultLimit`) and an opaque cursor from a previous page. */
export const pageInput = (max: number, defaultLimit: number) => ({
  limit: z
    .number({ error: 'must be a number' })
    .int('must be an integer')
    .min(1, 'must be at least 1')
    .max(max, `must be at most ${max}`)
    .default(defaultLimit),
  // Opaque cursors from a previous page; null/absent = first page.
  cursor: orEmpty(z.string().max(1024, 'must be at most 1024 characters')),
});

/** The staff lists' page request (SPEC §6: limit ≤ 200, default 50). */
export const listInput = pageInput(200, 50);

/** What a live stream resumes after (tRPC's `lastEventId`, from SSE's Last-Event-ID): 0 for the start. */
export const resumeAfter = (what: string) =>
  z
    .string()
    .regex(/^\d{1,15}$/, `must be ${what}`)
    .nullish()
    .transform((value) => (value ? Number(value) : 0));

export const boundedText = (max: number) =>
  z
    .string({ error: 'must be a string' })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`);

export const email = () =>
  z
    .string({ error: 'must be a string' })
    .trim()
    .max(320, 'must be at most 320 characters')
    .pipe(z.email({ error: 'must be an email address' }));
