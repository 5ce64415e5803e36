/**
 * What PostgreSQL's jsonb cannot hold although JSON allows it, and how deep a payload may nest.
 * jsonb refuses the escape `\u0000` (text cannot contain NUL) and UTF-16 surrogate escapes that do
 * not form a pair (`\ud800` alone); such strings are kept with U+FFFD in their place.
 */

/** Deliveries nested deeper than this are refused: GitHub's own payloads stay below 10. */
export const maxPayloadDepth = 64;

// Finds, in one pass, the escapes that jsonb refuses. Escaped backslashes (`\\`, any `\` + one
// character other than `u`) are consumed as a unit, so the text `\\u0000` (a backslash, then
// "u0000") is never mistaken for an escape; a valid surrogate pair is matched first and kept.
const unstorableEscape =
  /\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u(?:0000|[dD][89a-fA-F][0-9a-fA-F]{2})|\\[^u]/g;
// A quick test that rules out (nearly) every delivery before the exact pass runs.
const mayHoldUnstorableEscape = /\\u(?:0000|[dD][89a-fA-F])/;

/**
 * `text` (JSON) with every `\u0000` and every unpaired surrogate escape, in keys and values, replaced
 * by `\ufffd`; `replaced` tells whether there was any.
 */
export function withStorableEscapes(text: string): { text: string; replaced: boolean } {
  if (!mayHoldUnstorableEscape.test(text)) return { text, replaced: false };
  let replaced = false;
  const storable = text.replace(unstorableEscape, (escape) => {
    // 6 characters: a NUL or lone surrogate escape (a pair is 12, an escaped character 2)
    if (escape.length !== 6) return escape;
    replaced = true;
    return '\\ufffd';
  });
  return { text: storable, replaced };
}

/**
 * True when `value` (parsed JSON) nests objects and arrays more than `limit` levels deep (a top-level
 * object is level 1). Walks with its own stack, so no nesting overflows the call stack.
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  const containers: object[] = [value];
  const depths: number[] = [1];
  for (let container = containers.pop(); container; container = containers.pop()) {
    const depth = depths.pop() ?? 1;
    if (depth > limit) return true;
    for (const child of Object.values(container) as unknown[]) {
      if (child !== null && typeof child === 'object') {
        containers.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}
