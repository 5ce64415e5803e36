import { describe, expect, it } from 'vitest';
import { allowedOriginsOf, crossSiteRefusal } from './same-origin.js';

describe('allowedOriginsOf', () => {
  it('is the public origin only for a public base URL', () => {
    expect([...allowedOriginsOf('https://codex.example.com')]).toEqual(['https://codex.example.com']);
    expect([...allowedOriginsOf('https://codex.example.com:8443/console')]).toEqual([
      'https://codex.example.com:8443',
    ]);
  });

  it('adds the other loopback names on the same scheme and port for a loopback base URL', () => {
    expect([...allowedOriginsOf('http://127.0.0.1:8080')].sort()).toEqual([
      'http://127.0.0.1:8080',
      'http://[::1]:8080',
      'http://localhost:8080',
    ]);
    expect([...allowedOriginsOf('http://localhost')].sort()).toEqual([
      'http://127.0.0.1',
      'http://[::1]',
      'http://localhost',
    ]);
  });
});

describe('crossSiteRefusal', () => {
  const allowed = allowedOriginsOf('http://127.0.0.1:8080');

  it.each([
    ['the same origin', { origin: 'http://127.0.0.1:8080' }],
    ['a loopback alias on the same port', { origin: 'http://localhost:8080' }],
    ['the same origin spelled with upper case', { origin: 'HTTP://LOCALHOST:8080' }],
    ['no Origin (a non-browser client)', {}],
    ['no Origin, same-origin fetch metadata', { 'sec-fetch-site': 'same-origin' }],
  ])('allows %s', (_name, headers) => {
    expect(crossSiteRefusal(headers, allowed)).toBeUndefined();
  });

  it.each([
    ['a foreign origin', { origin: 'https://evil.example' }],
    ['a loopback alias on another port', { origin: 'http://localhost:9999' }],
    ['another scheme', { origin: 'https://127.0.0.1:8080' }],
    ['an opaque origin', { origin: 'null' }],
    ['a malformed origin', { origin: 'not a url' }],
    ['no Origin but cross-site fetch metadata', { 'sec-fetch-site': 'cross-site' }],
  ])('refuses %s, saying which origin may', (_name, headers) => {
    expect(crossSiteRefusal(headers, allowed)).toMatch(/refused/);
  });
});
