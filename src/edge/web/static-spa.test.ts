import { describe, expect, it } from 'vitest';
import { isTraversalAttempt } from './static-spa.js';

describe('isTraversalAttempt', () => {
  it.each([
    '/',
    '/projects',
    '/runs/7d1f0c1e-0000-4000-8000-000000000000',
    '/assets/index-Bp-CpzYm.css',
    '/login?next=%2Fruns',
    '/users/a%20b',
    '/..hidden-but-not-a-segment',
  ])('lets %s through', (path) => {
    expect(isTraversalAttempt(path)).toBe(false);
  });

  it.each([
    '/../etc/passwd',
    '/assets/../../x',
    '/./x',
    '/%2e%2e/x',
    '/%2E%2e%2Fx',
    '/%252e%252e%252fx',
    '/%25252e%25252e%25252fx',
    '/..%5cx',
    '/a\\..\\x',
    '/%c0%ae%c0%ae/x',
    '/x%00.js',
    '/%2525252525252e',
  ])('refuses %s', (path) => {
    expect(isTraversalAttempt(path)).toBe(true);
  });
});
