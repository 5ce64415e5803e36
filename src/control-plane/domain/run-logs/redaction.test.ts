import { describe, expect, it } from 'vitest';
import { RedactionRules, StreamRedactor } from './redaction.js';

const repositoryToken = 'repo-token-0123456789abcdef';
const planted = 'ghp_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
const rules = new RedactionRules([repositoryToken, 'internal-token-secret', 'abc']);

/** Feeds `pieces` through one stream redactor and returns everything it emitted. */
function stream(pieces: string[]): string {
  const redactor = new StreamRedactor(rules);
  return pieces.map((piece) => redactor.push(piece)).join('') + redactor.end();
}

describe('run log redaction (SPEC §12)', () => {
  it('replaces configured secrets, the repository token and token-shaped strings with ***', () => {
    expect(rules.redact(`clone with ${repositoryToken} and internal-token-secret`)).toBe(
      'clone with *** and ***',
    );
    expect(rules.redact(`GITHUB_TOKEN=${planted} done`)).toBe('GITHUB_TOKEN=*** done');
    for (const prefix of ['gho_', 'ghu_', 'ghs_', 'github_pat_'])
      expect(rules.redact(`t=${prefix}0123456789abcdefABCDEF_x;`)).toBe('t=***;');
    expect(rules.redact('Authorization: Bearer eyJhbGciOi.J9.abc-_def== next')).toBe(
      'Authorization: Bearer *** next',
    );
    // Too short to be matched literally without blanking ordinary words; prefixes alone are no token.
    expect(rules.redact('abc ghp_ is the prefix')).toBe('abc ghp_ is the prefix');
  });

  it('catches a secret split across two writes, at every split point', () => {
    for (const secret of [repositoryToken, planted]) {
      const line = `before ${secret} after\n`;
      for (let split = 1; split < line.length; split++) {
        const out = stream([line.slice(0, split), line.slice(split)]);
        expect(out, `split at ${split}`).toBe('before *** after\n');
      }
    }
  });

  it('emits complete lines at once and holds only the tail of an unterminated line', () => {
    const redactor = new StreamRedactor(rules);
    expect(redactor.push('one\ntwo\nthree')).toBe('one\ntwo\n');
    expect(redactor.holding).toBe(true);
    const long = 'x'.repeat(1000);
    const emitted = redactor.push(long);
    expect(emitted).toBe(`three${'x'.repeat(1000 - rules.window)}`);
    expect(redactor.end()).toBe('x'.repeat(rules.window));
  });

  it('holds a bearer token that may still grow, however long, and never emits part of it', () => {
    const token = 'A'.repeat(600);
    expect(stream(['Bearer ', token.slice(0, 300), token.slice(300), ' ok\n'])).toBe('Bearer *** ok\n');
  });

  it('never splits a surrogate pair when holding back', () => {
    const redactor = new StreamRedactor(rules);
    const text = `${'y'.repeat(rules.window)}😀${'z'.repeat(rules.window - 1)}`;
    const out = redactor.push(text) + redactor.end();
    expect(out).toBe(text);
  });
});
