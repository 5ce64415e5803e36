import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { deliveryFacts } from './delivery-facts.js';

interface WebhookDefinition {
  name: string;
  examples: Record<string, unknown>[];
}
const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as WebhookDefinition[];
const example = (event: string, action?: string): Record<string, unknown> =>
  structuredClone(
    examples
      .find((definition) => definition.name === event)
      ?.examples.find((candidate) => action === undefined || candidate['action'] === action) ?? {},
  );

describe('deliveryFacts on real GitHub payloads', () => {
  it('push: the commit the ref moved to, the branch, the head commit', () => {
    const payload: Record<string, unknown> = { ...example('push'), ref: 'refs/heads/main' };
    expect(deliveryFacts('push', payload)).toMatchObject({
      labelName: null,
      body: null,
      association: null,
      subject: {
        kind: 'commit',
        number: null,
        head_sha: payload['after'],
        ref: 'refs/heads/main',
        branch: 'main',
        title: 'Adding a .gitignore file',
      },
    });
    const deleted = deliveryFacts('push', { ...payload, after: '0'.repeat(40), ref: 'refs/tags/v1' });
    expect(deleted.subject).toMatchObject({ head_sha: null, ref: 'refs/tags/v1', branch: null });
  });

  it('pull_request labeled: number, title, head sha and branch, the label, the author association', () => {
    const payload = example('pull_request', 'labeled');
    const pullRequest = payload['pull_request'] as { head: { sha: string }; html_url: string };
    expect(deliveryFacts('pull_request', payload)).toEqual({
      labelName: 'bug',
      body: null,
      association: 'OWNER',
      subject: {
        kind: 'pull_request',
        number: 2,
        title: 'Update the README with new information.',
        html_url: pullRequest.html_url,
        head_sha: pullRequest.head.sha,
        ref: 'changes',
        branch: 'changes',
      },
    });
  });

  it("issue_comment: the comment's body and association; an issue that is a pull request says so", () => {
    const payload = example('issue_comment', 'created');
    const facts = deliveryFacts('issue_comment', payload);
    expect(facts).toMatchObject({
      body: "You are totally right! I'll get this fixed right away.",
      association: 'OWNER',
      subject: { kind: 'issue', number: 1, title: 'Spelling error in the README file' },
    });
    (payload['issue'] as Record<string, unknown>)['pull_request'] = { url: 'x' };
    (payload['comment'] as Record<string, unknown>)['author_association'] = 'NONE';
    expect(deliveryFacts('issue_comment', payload)).toMatchObject({
      association: 'NONE',
      subject: { kind: 'pull_request', number: 1 },
    });
  });

  it("pull_request_review: the review's body and association over the pull request's", () => {
    const payload = example('pull_request_review', 'submitted');
    Object.assign(payload['review'] as object, { body: '/codex review', author_association: 'CONTRIBUTOR' });
    expect(deliveryFacts('pull_request_review', payload)).toMatchObject({
      body: '/codex review',
      association: 'CONTRIBUTOR',
      subject: { kind: 'pull_request', number: 2 },
    });
  });

  it('reads leniently: fields of unexpected types count as absent', () => {
    expect(
      deliveryFacts('issues', {
        label: { name: 1 },
        issue: { number: '7', title: null, author_association: 5, pull_request: [] },
        comment: 'text',
      }),
    ).toEqual({
      labelName: null,
      body: null,
      association: null,
      subject: {
        kind: 'issue',
        number: null,
        title: null,
        html_url: null,
        head_sha: null,
        ref: null,
        branch: null,
      },
    });
    expect(deliveryFacts('release', {}).subject.kind).toBe('none');
  });
});
