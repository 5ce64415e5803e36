/** Why a string with one is refused: PostgreSQL's text and jsonb cannot store U+0000. */
export const nulCharacterMessage = 'must not contain a NUL character (\\u0000)';

/** A value still to look at, linked to where it sits, so a path is only built for the string found. */
interface Pending {
  value: unknown;
  key: string | number;
  parent: Pending | undefined;
}

function pathTo(found: Pending): Array<string | number> {
  const path: Array<string | number> = [];
  for (let at: Pending | undefined = found; at?.parent !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * Where the first string holding a NUL character (U+0000) sits in a value (parsed JSON, a decoded
 * proto message), as the path of keys and indexes to it; undefined when there is none. Walks
 * without recursion, so any nesting depth is safe; byte buffers are data, not text, and skipped.
 */
export function pathOfNulCharacter(value: unknown): Array<string | number> | undefined {
  const stack: Pending[] = [{ value, key: '', parent: undefined }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const current = next.value;
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return pathTo(next);
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--)
        stack.push({ value: current[index], key: index, parent: next });
    } else if (typeof current === 'object' && current !== null && !ArrayBuffer.isView(current)) {
      const entries = Object.entries(current);
      for (let index = entries.length - 1; index >= 0; index--) {
        const [key, item] = entries[index]!;
        stack.push({ value: item, key, parent: next });
      }
    }
  }
  return undefined;
}
