import { GsomiaError, quoted } from '../errors.js';
import { isLanguage, LANGUAGES, type Language } from '../render/messages/index.js';

// `--lang CODE` (or GSOMIA_LANG; the option wins): the language of every text answer and
// error line. JSON and CSV are the same in every language.

/**
 * The language asked for, checked: an unknown code is a usage error naming the codes.
 * languageOf({ lang: 'ja' }, {}) → 'ja'; languageOf({}, { GSOMIA_LANG: 'ko' }) → 'ko'; languageOf({}, {}) → 'en'
 */
export function languageOf(globals: { lang?: string | undefined }, env: Readonly<Record<string, string | undefined>>): Language {
  const code = globals.lang ?? (env.GSOMIA_LANG || undefined) ?? 'en';
  if (isLanguage(code)) return code;
  const from = globals.lang === undefined ? 'GSOMIA_LANG' : '--lang';
  throw new GsomiaError('UNKNOWN_LANGUAGE', `unknown language ${quoted(code)} in ${from}: the languages are ${LANGUAGES.join(', ')}`);
}

/**
 * The language for error lines, read from the words themselves (as jsonRequested reads
 * `--json`), so that even a usage error commander finds is said in it. An unknown code
 * gives English, which the error about it is written in.
 * requestedLanguage(['status', '--lang', 'ja', '--onn'], {}) → 'ja'
 */
export function requestedLanguage(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Language {
  const end = argv.indexOf('--');
  const words = end === -1 ? argv : argv.slice(0, end);
  let code: string | undefined;
  words.forEach((word, i) => {
    if (word === '--lang') code = words[i + 1];
    else if (word.startsWith('--lang=')) code = word.slice('--lang='.length);
  });
  const chosen = code ?? (env.GSOMIA_LANG || 'en');
  return isLanguage(chosen) ? chosen : 'en';
}
