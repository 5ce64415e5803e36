import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path.js';

describe('safeReturnPath', () => {
  it.each([
    ['/projects', '/projects'],
    ['/runs?status=failed#top', '/runs?status=failed#top'],
    ['/a/../b', '/b'],
    ['/a/./b/%2e%2e/c', '/a/c'],
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
    // Dot segments that only become "//host" once normalised.
    '/.//evil.com',
    '/..//evil.com',
    '/a/..//evil.com',
    '/%2e//evil.com',
    '/%2E%2E//evil.com',
    '/a/%2e%2e//evil.com',
    '/./\\evil.com',
  ])('falls back to / for %j', (input) => {
    expect(safeReturnPath(input)).toBe('/');
  });
});

/** Pieces a hostile `next` is built from: separators, dot segments in every spelling, hosts, schemes. */
const hostilePiece = fc.constantFrom(
  '/',
  '//',
  '\\',
  '/\\',
  '.',
  '..',
  './',
  '../',
  '%2e',
  '%2E',
  '%2e%2e',
  '.%2e',
  '%2f',
  '%2F',
  '%5c',
  '%5C',
  '%252f',
  '%09',
  '%00',
  '\t',
  '\n',
  '\r',
  ' ',
  '\u3000',
  '\uff0f',
  '\u2215',
  'evil.com',
  'evil.com:443',
  '@evil.com',
  'user:pass@',
  'http:',
  'https://evil.com',
  'javascript:',
  'data:',
  ':',
  '?',
  '#',
  '&next=//evil.com',
  'a',
  'projects',
  'runs',
  '\u00e9',
  '\ud83d\ude00',
);

/** Mostly paths that start with "/" (the interesting case), sometimes anything at all. */
const candidateNext = fc.oneof(
  { weight: 4, arbitrary: fc.array(hostilePiece, { maxLength: 10 }).map((pieces) => `/${pieces.join('')}`) },
  { weight: 2, arbitrary: fc.array(hostilePiece, { maxLength: 10 }).map((pieces) => pieces.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }).map((text) => `/${text}`) },
  { weight: 1, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
  {
    weight: 1,
    arbitrary: fc.webPath().map((path) => (path.startsWith('/') ? path : `/${path}`)),
  },
);

/** The origins a `Location` header is resolved against (the edge's own, as a browser sees it). */
const origins = ['https://codex.example.test', 'http://127.0.0.1:8080'];

function resolvesOnOrigin(location: string): boolean {
  return origins.every((origin) => new URL(location, origin).origin === origin);
}

describe('safeReturnPath, property-based: every return path stays on the origin', () => {
  it('whatever `next` is, the Location resolves to the origin and starts with a single "/"', () => {
    fc.assert(
      fc.property(candidateNext, (next) => {
        const location = safeReturnPath(next);
        expect(location.startsWith('/')).toBe(true);
        expect(location.startsWith('//')).toBe(false);
        expect(resolvesOnOrigin(location)).toBe(true);
        // Normalising is done once: the answer is its own answer.
        expect(safeReturnPath(location)).toBe(location);
      }),
      { numRuns: 20_000 },
    );
  });

  it('a plain same-origin path survives as the path a browser would open', () => {
    const segment = fc.stringMatching(/^[a-z0-9_-]{1,12}$/);
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 6 }), segment, (segments, query) => {
        const path = `/${segments.join('/')}?q=${query}`;
        expect(safeReturnPath(path)).toBe(path);
      }),
      { numRuns: 2_000 },
    );
  });
});
