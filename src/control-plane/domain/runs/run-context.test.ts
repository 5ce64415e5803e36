import { describe, expect, it } from 'vitest';
import { runContextOf } from './run-context.js';

describe('runContextOf', () => {
  it('reads a pull request run: trigger, subject, branch, sha and the links built from the repository URL', () => {
    const context = runContextOf({
      triggerKind: 'label',
      triggerValue: 'run:fix',
      context: {
        subject: {
          kind: 'pull_request',
          number: 42,
          title: 'Fix the parser',
          html_url: 'https://github.com/acme/app/pull/42',
          head_sha: 'abc1234def',
          ref: 'feature/parser',
          branch: 'feature/parser',
        },
        instruction: null,
        repository_url: 'https://github.com/acme/app',
        sender_url: 'https://github.com/octocat',
      },
    });
    expect(context).toEqual({
      trigger: { kind: 'label', value: 'run:fix' },
      instruction: null,
      subject: { kind: 'pull_request', number: 42, title: 'Fix the parser' },
      branch: 'feature/parser',
      headSha: 'abc1234def',
      links: {
        repository: 'https://github.com/acme/app',
        subject: 'https://github.com/acme/app/pull/42',
        branch: 'https://github.com/acme/app/tree/feature/parser',
        commit: 'https://github.com/acme/app/commit/abc1234def',
        sender: 'https://github.com/octocat',
      },
    });
  });

  it('reads what is malformed or missing as absent: no javascript: links, no odd kinds, no runs from before triggers', () => {
    const context = runContextOf({
      triggerKind: 'weird',
      triggerValue: 'x',
      context: {
        subject: {
          kind: 'galaxy',
          number: '7',
          title: 5,
          html_url: 'javascript:alert(1)',
          head_sha: 'not a sha',
        },
        repository_url: 'javascript:alert(1)',
        sender_url: 12,
      },
    });
    expect(context).toEqual({
      trigger: null,
      instruction: null,
      subject: { kind: 'none', number: null, title: null },
      branch: null,
      headSha: null,
      links: { repository: null, subject: null, branch: null, commit: null, sender: null },
    });
    expect(runContextOf({ triggerKind: '', triggerValue: '', context: null }).trigger).toBeNull();
  });

  it('escapes a branch name in its link but keeps its slashes', () => {
    const context = runContextOf({
      triggerKind: 'event',
      triggerValue: 'push',
      context: {
        subject: { kind: 'commit', branch: 'fix/a b#c' },
        repository_url: 'https://ghe.example.com/acme/app',
      },
    });
    expect(context.links.branch).toBe('https://ghe.example.com/acme/app/tree/fix/a%20b%23c');
  });
});
