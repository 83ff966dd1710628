import { en } from './en.js';
import type { ErrorMessages } from './errors.js';
import type { Messages } from './messages.js';

export type { Messages } from './messages.js';

/** The languages there are tables for: `--lang` and GSOMIA_LANG take these codes. */
export const LANGUAGES = ['en', 'ja', 'ko', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Whether a code names a language there is a table for: isLanguage('ja') → true, isLanguage('fr') → false. */
export function isLanguage(code: string): code is Language {
  return (LANGUAGES as readonly string[]).includes(code);
}

/**
 * The message table of a language, for the renderers' `messages` argument. English is in
 * the bundle; another language's table (with its date-fns locale) loads on first use, a
 * lazy chunk of the bin.
 * (await messagesFor('en')).relativeDays(1) → "tomorrow"; (await messagesFor('ja')).relativeDays(1) → "明日"
 */
export async function messagesFor(language: Language): Promise<Messages> {
  switch (language) {
    case 'en':
      return en;
    case 'ja':
      return (await import('./ja.js')).ja;
    case 'ko':
      return (await import('./ko.js')).ko;
    case 'zh':
      return (await import('./zh.js')).zh;
  }
}

/**
 * The error sentences of a language, by error code (./errors.ts); null for English, whose
 * errors say themselves. (await errorMessagesFor('ko'))?.seeHelp → " (gsomia --help 참조)"
 */
export async function errorMessagesFor(language: Language): Promise<ErrorMessages | null> {
  switch (language) {
    case 'en':
      return null;
    case 'ja':
      return (await import('./ja.js')).jaErrors;
    case 'ko':
      return (await import('./ko.js')).koErrors;
    case 'zh':
      return (await import('./zh.js')).zhErrors;
  }
}

/** JSON and CSV are the same in every language: their words come from this table. */
export const neutral: Messages = en;
