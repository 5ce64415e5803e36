import { describe, expect, it } from 'vitest';
import { errorReasons } from '../../src/shared/contract/error-reasons.js';

/** The console's string tables (bundler-resolved modules, so loaded by path rather than typed imports). */
interface ConsoleTexts {
  errorReasons: Record<string, string>;
}
const localesDir = '../../src/web/locales';
const { en } = (await import(`${localesDir}/en.ts`)) as { en: ConsoleTexts };
const { ru } = (await import(`${localesDir}/ru.ts`)) as { ru: ConsoleTexts };

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
      const table = texts.errorReasons;
      const missing = errorReasons.filter((reason) => !table[reason]?.trim());
      expect(missing).toEqual([]);
      expect(Object.keys(table).filter((key) => !(errorReasons as string[]).includes(key))).toEqual([]);
    });
  }

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) =>
      [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    for (const reason of errorReasons)
      expect(placeholders(ru.errorReasons[reason] ?? ''), reason).toEqual(
        placeholders(en.errorReasons[reason] ?? ''),
      );
  });
});
