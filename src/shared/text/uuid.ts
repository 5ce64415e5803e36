/**
 * The one UUID check of both processes: 8-4-4-4-12 hexadecimal digits, any case, any version
 * (the ids PostgreSQL's gen_random_uuid() and the derived-project ids are both UUIDs of this shape).
 */
export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(text: string): boolean {
  return uuidPattern.test(text);
}
