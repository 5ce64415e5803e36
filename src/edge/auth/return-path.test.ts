import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path.js';

describe('safeReturnPath', () => {
  it.each([
    ['/projects', '/projects'],
    ['/runs?status=failed#top', '/runs?status=failed#top'],
    ['/a/../b', '/b'],
  ])('keeps the same-origin path %s', (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it.each([
    undefined,
    '',
    'projects',
    '//evil.example/x',
    '/\\evil.example',
    '/\t/evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    ['/a'],
    `/${'x'.repeat(3000)}`,
  ])('falls back to / for %j', (input) => {
    expect(safeReturnPath(input)).toBe('/');
  });
});
