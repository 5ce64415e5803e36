import type { en } from '../locales/en';

// Keys are checked at compile time: a typo or a missing English string fails typecheck.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
