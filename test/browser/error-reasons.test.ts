import { describe, expect, it } from 'vitest';
import { errorReasons } from '../../src/shared/contract/error-reasons.js';
import { en } from '../../src/web/locales/en.js';
import { ru } from '../../src/web/locales/ru.js';

/**
 * Every reason code the platform can answer (src/shared/contract/error-reasons.ts) has its text in
 * both console languages, with the details it names: a new code without a text fails here, not in
 * front of a user who would get the generic sentence.
 */
describe('console texts for error reasons', () => {
  for (const [language, texts] of [
    ['en', en],
    ['ru', ru],
  ] as const) {
    it(`translates every reason code in ${language}`, () => {
      const table: Record<string, string> = texts.errorReasons;
      const missing = errorReasons.filter((reason) => !table[reason]?.trim());
      expect(missing).toEqual([]);
      expect(Object.keys(table).filter((key) => !(errorReasons as string[]).includes(key))).toEqual([]);
    });
  }

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) =>
      [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    for (const reason of errorReasons)
      expect(placeholders(ru.errorReasons[reason]), reason).toEqual(placeholders(en.errorReasons[reason]));
  });
});
