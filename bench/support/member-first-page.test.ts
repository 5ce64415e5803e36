import { describe, expect, it } from 'vitest';
import { noRunFilter } from '../../src/control-plane/domain/runs/ports.js';
import { withActor } from '../../src/control-plane/persistence/stores/caller-reads.js';
import {
  memberWalkLength,
  walkNewestRuns,
} from '../../src/control-plane/persistence/stores/run-list-statements.js';
import { memberFirstPageStatement } from './member-first-page.js';

/** SQL compared without its layout: the bench writes its copy readably. */
const withoutWhitespace = (sql: string) => sql.replace(/\s+/g, '');

describe("the bare path's statement", () => {
  it("is the product's runs.list statement for a member's first page", () => {
    for (const limit of [1, 50, 200]) {
      const product = withActor(
        walkNewestRuns('member', noRunFilter, null, limit, memberWalkLength(limit)),
        'member',
        'page.created_at desc, page.id desc',
      );
      let placeholder = 0;
      const productText = product.sql.replace(/\?/g, () => `$${++placeholder}`);
      const bench = memberFirstPageStatement('member', limit);
      expect(withoutWhitespace(bench.text)).toBe(withoutWhitespace(productText));
      expect(bench.values).toEqual(product.bindings);
    }
  });
});
