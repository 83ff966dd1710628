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

/**
 * The agreement as text in a language names it: its title in that language when the
 * definition gives one (`titles`), else the English name. JSON and CSV keep the English.
 * titled(gsomia, 'zh').name → "日韩军事情报保护协定"; titled(gsomia, 'en') → gsomia itself
 */
export function titled<
  T extends { readonly name: string; readonly definition: { readonly titles?: Partial<Record<string, string>> | undefined } },
>(compiled: T, language: Language): T {
  const title = language === 'en' ? undefined : compiled.definition.titles?.[language];
  return title === undefined ? compiled : { ...compiled, name: title };
}

/** Deadlines named as `titled` names their agreements: titledDeadlines(list, byId, 'ja'). */
export function titledDeadlines<D extends { readonly agreement: string; readonly name: string }>(
  deadlines: readonly D[],
  titleOf: (id: string) => string | undefined,
): D[] {
  return deadlines.map((deadline) => {
    const title = titleOf(deadline.agreement);
    return title === undefined ? deadline : { ...deadline, name: title };
  });
}
