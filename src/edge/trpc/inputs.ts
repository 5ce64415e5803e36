import { z } from 'zod';

/**
 * Input building blocks shared by the staff routers (SPEC §6). The edge rejects malformed input
 * early with a message naming the field; the control-plane checks again and decides everything else.
 */
export const id = () => z.guid({ error: 'must be a UUID' });

export const listInput = {
  limit: z
    .number({ error: 'must be a number' })
    .int('must be an integer')
    .min(1, 'must be at least 1')
    .max(200, 'must be at most 200')
    .default(50),
  // Opaque cursors from a previous page; null/absent = first page.
  cursor: z.string().max(1024, 'must be at most 1024 characters').nullish(),
};

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
