import { describe, expect, it } from 'vitest';
import { maxPayloadDepth, nestsDeeperThan, withStorableEscapes } from './storable-json.js';

describe('withStorableEscapes', () => {
  it.each([
    ['a NUL in a value', String.raw`{"a":"x\u0000y"}`, String.raw`{"a":"x\ufffdy"}`],
    ['a NUL in a key', String.raw`{"\u0000":1}`, String.raw`{"\ufffd":1}`],
    ['a lone high surrogate', String.raw`{"a":"\ud800x"}`, String.raw`{"a":"\ufffdx"}`],
    ['a lone low surrogate', String.raw`{"a":"\uDC00"}`, String.raw`{"a":"\ufffd"}`],
    [
      'two high surrogates, then a low one',
      String.raw`["\uD83D\uD83D\uDE00"]`,
      String.raw`["\ufffd\uD83D\uDE00"]`,
    ],
    ['a high surrogate at the end', String.raw`["\ud83d"]`, String.raw`["\ufffd"]`],
  ])('replaces %s', (_name, text, expected) => {
    const result = withStorableEscapes(text);
    expect(result).toEqual({ text: expected, replaced: text !== expected });
    expect(() => JSON.parse(result.text)).not.toThrow();
  });

  it.each([
    ['an escaped backslash followed by u0000 (text, not NUL)', String.raw`{"a":"\\u0000"}`],
    ['three backslashes: an escaped one, then a real escape of a non-NUL', String.raw`{"a":"\\\u0041"}`],
    ['a valid surrogate pair', String.raw`{"a":"\ud83d\ude00"}`],
    ['other escapes', String.raw`{"a\n":"\u0001\u00e9\"\/\u005cu0000"}`],
    ['nothing escaped', '{"a":"plain ✓"}'],
  ])('keeps %s', (_name, text) => {
    expect(withStorableEscapes(text)).toEqual({ text, replaced: false });
  });

  it('replaces a NUL that follows an escaped backslash', () => {
    const text = String.raw`{"a":"\\\u0000"}`;
    expect(withStorableEscapes(text)).toEqual({ text: String.raw`{"a":"\\\ufffd"}`, replaced: true });
    expect(JSON.parse(withStorableEscapes(text).text)).toEqual({ a: '\\\ufffd' });
  });
});

describe('nestsDeeperThan', () => {
  const nested = (depth: number) =>
    JSON.parse(`${'{"a":'.repeat(depth - 1)}{}${'}'.repeat(depth - 1)}`) as unknown;
  const arrays = (depth: number) => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`) as unknown;

  it('counts a top-level object as level 1 and allows exactly the limit', () => {
    expect(nestsDeeperThan({}, 1)).toBe(false);
    expect(nestsDeeperThan({ a: [] }, 1)).toBe(true);
    expect(nestsDeeperThan(nested(maxPayloadDepth), maxPayloadDepth)).toBe(false);
    expect(nestsDeeperThan(nested(maxPayloadDepth + 1), maxPayloadDepth)).toBe(true);
    expect(nestsDeeperThan(arrays(maxPayloadDepth + 1), maxPayloadDepth)).toBe(true);
  });

  it('finds the deep branch among wide shallow ones, and does not count scalars', () => {
    const wide = {
      list: Array.from({ length: 1000 }, (_, index) => ({ index, tags: ['x'] })),
      deep: nested(10),
    };
    expect(nestsDeeperThan(wide, 11)).toBe(false);
    expect(nestsDeeperThan(wide, 10)).toBe(true);
    expect(nestsDeeperThan('text', 0)).toBe(false);
    expect(nestsDeeperThan({ a: 'x', b: 1, c: null, d: true }, 1)).toBe(false);
  });

  it('walks 20,000 levels without overflowing the stack', () => {
    expect(nestsDeeperThan(arrays(20_000), maxPayloadDepth)).toBe(true);
    expect(nestsDeeperThan(nested(20_000), 20_000)).toBe(false);
  });
});
