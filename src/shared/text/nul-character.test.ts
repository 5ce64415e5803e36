import { describe, expect, it } from 'vitest';
import { pathOfNulCharacter } from './nul-character.js';

describe('pathOfNulCharacter', () => {
  it('names the path of the first string holding U+0000', () => {
    expect(pathOfNulCharacter('a\u0000b')).toEqual([]);
    expect(pathOfNulCharacter({ slug: 'ok', name: 'a\u0000b' })).toEqual(['name']);
    expect(pathOfNulCharacter({ items: ['x', { note: '\u0000' }] })).toEqual(['items', 1, 'note']);
    expect(pathOfNulCharacter({ first: '\u0000', second: '\u0000' })).toEqual(['first']);
  });

  it('finds nothing in clean values, numbers, nulls and byte buffers', () => {
    expect(pathOfNulCharacter({ name: 'Ada', count: 3, none: null, list: [true, 'é'] })).toBeUndefined();
    expect(pathOfNulCharacter(undefined)).toBeUndefined();
    expect(pathOfNulCharacter({ payload: Buffer.from('a\u0000b') })).toBeUndefined();
  });

  it('walks any nesting depth without overflowing the stack', () => {
    let deep: unknown = 'end\u0000';
    for (let level = 0; level < 200_000; level++) deep = [deep];
    expect(pathOfNulCharacter(deep)).toHaveLength(200_000);
  });
});
