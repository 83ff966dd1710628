import { en } from './en.js';
import type { Messages } from './messages.js';

export type { Messages } from './messages.js';

/** The languages there are tables for. */
export const LANGUAGES = ['en'] as const;
export type Language = (typeof LANGUAGES)[number];

const TABLES: Record<Language, Messages> = { en };

/**
 * The message table of a language, for the renderers' `messages` argument.
 * messagesFor('en').relativeDays(1) → "tomorrow"
 */
export function messagesFor(language: Language): Messages {
  return TABLES[language];
}

/** JSON and CSV are the same in every language: their words come from this table. */
export const neutral: Messages = en;
