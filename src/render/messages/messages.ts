import type { en } from './en.js';

/**
 * The keys and typed values every language's table must give: English defines them,
 * and a table for another language is checked against this type (`satisfies Messages`).
 */
export type Messages = typeof en;
