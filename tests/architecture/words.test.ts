import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { englishPhrases, stringLiterals } from './english-words.js';

// Issue 13, words in one place: every sentence and label the renderers print comes from
// the message table (src/render/messages/), and the engine writes none. A phrase written
// anywhere else in src/render, src/engine or src/calendar fails here, naming the file and
// the phrase.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** Where phrases belong, or are not words for people to read in their language. */
const ALLOWED: Record<string, readonly string[] | 'all'> = {
  // the tables themselves
  'src/render/messages': 'all',
  // validation messages of definition files: errors, which stay English (SPEC §3)
  'src/engine/event-problems.ts': 'all',
  'src/engine/validate.ts': 'all',
  'src/engine/warnings.ts': 'all',
  'src/engine/notice-windows.ts': [
    'notice on \u0000 is before the earliest day notice may be given, \u0000',
    'notice on \u0000 is outside the windows for notice: the next one opens on \u0000',
  ],
  // a calendar's product identifier (RFC 5545 PRODID) must not change with the language;
  // the other is the name of a bad option value in an error message
  'src/render/ics.ts': ['PRODID:-//gsomia//treaty deadlines//EN', '--remind duration'],
  // GitHub Actions workflow commands: syntax the runner reads, not words
  'src/render/github.ts': ['::notice title=\u0000::\u0000', '::warning title=\u0000::\u0000'],
  // font family names
  'src/render/timeline-svg.ts': ["system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif"],
  // why a date, duration or instant is invalid: errors, which stay English (SPEC §3); the
  // calendar writes no other words (durations and spans are the table's to say)
  'src/calendar/day.ts': [
    'day \u0000 is outside 0001-01-01 … 9999-12-31',
    'expected a calendar date YYYY-MM-DD (years 0001–9999)',
    'years run from 0001 to 9999',
    'there is no month \u0000',
  ],
  'src/calendar/duration.ts': [
    'durations are in whole days, months and years: no time part (T…)',
    'durations cannot be negative',
    'expected an ISO 8601 date duration such as P90D, P6M, P1Y or P1Y6M',
    'a duration needs at least one non-zero part',
    'longer than 9998 years',
  ],
  'src/calendar/instant.ts': [
    'it has no Z or offset, so it would be read in the machine’s time zone',
    'expected an ISO instant with Z or an offset, such as 2020-08-24T20:00:00Z',
    'there is no time \u0000 in a day',
    'there is no offset \u0000',
    'not an instant: \u0000',
  ],
  'src/calendar/month-day.ts': [
    'expected a day of the year --MM-DD such as --12-31',
    'there is no month \u0000',
    'no day 00',
    'at most \u0000 days',
    'not a day of the year: "\u0000" (\u0000)',
  ],
};

function allowedIn(file: string): readonly string[] | 'all' {
  const key = Object.keys(ALLOWED).find((prefix) => file === prefix || file.startsWith(`${prefix}/`));
  return key === undefined ? [] : (ALLOWED[key] as readonly string[] | 'all');
}

describe('the lint for phrases outside the message table', () => {
  it('finds a phrase planted in a string, a template literal and a template inside a template', () => {
    expect(englishPhrases("const a = 'no longer in force';")).toEqual(['no longer in force']);
    expect(englishPhrases('const b = `${name} renews: term ${k} begins`;')).toEqual(['\u0000 renews: term \u0000 begins']);
    expect(englishPhrases('const c = `${x ? `out from ${d}` : ""}`;')).toEqual(['out from \u0000']);
    expect(englishPhrases('lines.push(paint.bold("Notice deadline"));')).toEqual(['Notice deadline']);
  });

  it('passes over comments, single words, codes, markup and regular expressions', () => {
    const source = [
      '// a comment with many words',
      '/** and a doc comment */',
      "const kind = 'notice-deadline';",
      "const flag = '--json', code = 'P90D', ics = 'BEGIN:VEVENT';",
      'const tag = `<rect width="${w}" height="14" fill="${c}"/>`;',
      'const quoted = /[",\\r\\n]/.test(value) ? "x" : "y";',
      'const words = messages.status.heading({ name, on });',
    ].join('\n');
    expect(englishPhrases(source)).toEqual([]);
    expect(stringLiterals(source)).toContain('x');
  });

  it('finds no phrase in src/render, src/engine or src/calendar outside the table', () => {
    const found: string[] = [];
    for (const path of ['src/render', 'src/engine', 'src/calendar'].flatMap((dir) => sourceFiles(join(ROOT, dir)))) {
      const file = relative(ROOT, path);
      const allowed = allowedIn(file);
      if (allowed === 'all') continue;
      for (const phrase of englishPhrases(readFileSync(path, 'utf8'))) {
        if (!allowed.includes(phrase)) found.push(`${file}: ${JSON.stringify(phrase)}`);
      }
    }
    expect(found).toEqual([]);
  });
});
