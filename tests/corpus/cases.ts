/**
 * The bad-input corpus: every case is something a user (or a script) might really pass,
 * and every one must end the same way — exit 2 (validate: 1 for an invalid file), nothing
 * on stdout, one short line on stderr naming the bad value, no stack trace.
 *
 * `$DIR` in argv stands for the temporary directory holding the fixture files below.
 */
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Case {
  readonly name: string;
  readonly argv: readonly string[];
  /** the exit status expected: 2 unless said (validate of an invalid file: 1) */
  readonly code?: 1 | 2;
  /** text the one stderr line must contain: the bad value, or the problem */
  readonly names: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  /** validate reports `FILE: problem` rather than `gsomia: problem` */
  readonly validate?: boolean;
}

/** The shipped GSOMIA definition: the base the file cases break one field of. */
const gsomia = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/gsomia.json', import.meta.url)), 'utf8')) as Record<
  string,
  unknown
>;
const withFields = (fields: Record<string, unknown>) => JSON.stringify({ ...gsomia, ...fields });

export type Fixture = string | Uint8Array | { readonly directory: Readonly<Record<string, string>> } | { readonly unreadable: string };

/** Fixture files, written once into a fresh temporary directory (big ones built lazily). */
export function fixtures(): Record<string, Fixture> {
  return {
    'empty.json': '',
    'null.json': 'null',
    'array.json': '[]',
    'number.json': '42',
    'object.json': '{}',
    'truncated.json': JSON.stringify(gsomia, null, 2).slice(0, 120),
    // Every byte value, in a scrambled but fixed order: not UTF-8, not JSON.
    'binary.json': Uint8Array.from({ length: 256 }, (_, i) => (i * 37 + 11) % 256),
    'deep.json': `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    'deep-in-field.json': withFields({ events: undefined }).replace(/}$/, `,"events":${'['.repeat(100_000)}${']'.repeat(100_000)}}`),
    'huge-string.json': JSON.stringify({ id: 'huge', title: 'x'.repeat(30 * 1024 * 1024) }),
    // A literal "__proto__" key: JSON.parse makes it an own property, zod must refuse it
    // as unknown, and Object.prototype must come out untouched.
    'proto.json': withFields({}).replace(/^{/, '{"__proto__":{"polluted":true},'),
    'unknown-key.json': withFields({ renewl: 'P1Y' }),
    'impossible-date.json': withFields({ entryIntoForce: '2016-11-31' }),
    'lonely-suspension.json': withFields({ events: [{ type: 'suspension', date: '2019-11-22', party: 'KR' }] }),
    'event-before-force.json': withFields({ events: [{ type: 'notice', date: '2016-01-01', party: 'KR' }] }),
    'bad-duration.json': withFields({ termination: { notice: 'P1.5M', effect: 'end-of-term' } }),
    'bad-zone.json': withFields({ timeZone: 'Mars/Base' }),
    'upper-id.json': withFields({ id: 'GSOMIA' }),
    'unknown-event.json': withFields({ events: [{ type: 'armistice', date: '2019-11-22', party: 'KR' }] }),
    'folder.json': { directory: {} },
    'unreadable.json': { unreadable: withFields({}) },
    // --holidays (SPEC §8): a list with an impossible day on its third line, a list in
    // another date form, a calendar cut short, an event with no start
    'holidays-impossible.txt': '# closures\n2019-08-15 Liberation Day\n2019-02-29\n',
    'holidays-slashes.txt': '2019/08/15\n',
    'holidays-truncated.ics': 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:2019',
    'holidays-no-start.ics':
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Nothing\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
  };
}

const onDates: [string, string, ...string[]][] = [
  ['a one-digit month', '2020-8-24'],
  ['29 February of a common year', '2021-02-29', 'February 2021 has 28 days'],
  ['30 February', '2020-02-30', 'February 2020 has 29 days'],
  ['month 13', '2020-13-01'],
  ['month 00', '2020-00-10'],
  ['31 April', '2020-04-31'],
  ['a five-digit year', '10000-01-01'],
  ['year 0000', '0000-01-01'],
  ['full-width digits', '２０２０-08-24'],
  ['a trailing space', '2020-08-24 '],
  ['a leading space', ' 2020-08-24'],
  ['a trailing newline', '2020-08-24\n', '2020-08-24\\n'],
  ['an empty string', ''],
  ['no separators', '20200824'],
  ['slashes', '2020/08/24'],
  ['a word', 'tomorrow'],
  ['a time of day', '2020-08-24T00:00:00Z'],
  ['a minus sign', '-2020-08-24'],
  ['a terminal escape', '\u001b[31m', '\\u001b[31m'],
];

const withinDurations: [string, string, ...string[]][] = [
  ['P alone', 'P'],
  ['a negative part', 'P-1D'],
  ['a time part', 'PT1H'],
  ['only zero parts', 'P0D'],
  ['a fraction', 'P1.5Y'],
  ['an absurd length', 'P99999999Y'],
  ['no P', '1Y'],
  ['an empty string', ''],
  ['lower case', 'p1y'],
  ['a repeated part', 'P1Y1Y'],
];

export const cases: readonly Case[] = [
  ...onDates.map(
    ([what, value, ...names]): Case => ({
      name: `status --on with ${what}`,
      argv: ['status', '--on', value],
      names: names.length ? names : [JSON.stringify(value), '--on'],
    }),
  ),
  { name: 'history --until 29 February of a common year', argv: ['history', '--until', '2019-02-29'], names: ['"2019-02-29"', '--until'] },
  { name: 'deadlines --from with slashes', argv: ['deadlines', '--from', '2020/08/24'], names: ['"2020/08/24"', '--from'] },
  {
    name: 'deadlines --until 31 June',
    argv: ['deadlines', '--from', '2020-01-01', '--until', '2020-06-31'],
    names: ['"2020-06-31"', '--until'],
  },
  { name: 'history --from an impossible date', argv: ['history', '--from', '2020-02-30'], names: ['"2020-02-30"', '--from'] },
  ...withinDurations.map(
    ([what, value]): Case => ({
      name: `deadlines --within with ${what}`,
      argv: ['deadlines', '--from', '2020-01-01', '--within', value],
      names: [JSON.stringify(value), '--within'],
    }),
  ),

  { name: 'an unknown option', argv: ['status', '--bogus'], names: ['--bogus'] },
  { name: 'an unknown short option', argv: ['status', '-x'], names: ['-x'] },
  { name: 'a value for a flag', argv: ['status', '--json=yes'], names: ['--json=yes'] },
  { name: 'an option of another command', argv: ['history', '--exit-code'], names: ['--exit-code'] },
  { name: '--on with nothing after it', argv: ['status', '--on'], names: ['--on'] },
  { name: '--agreement with nothing after it', argv: ['status', '--agreement'], names: ['--agreement'] },
  {
    name: 'history --from after --until',
    argv: ['history', '--from', '2021-01-01', '--until', '2020-01-01'],
    names: ['2021-01-01', '2020-01-01'],
  },
  {
    name: 'deadlines --until before --from',
    argv: ['deadlines', '--from', '2021-01-01', '--until', '2020-01-01'],
    names: ['2020-01-01', '2021-01-01'],
  },
  { name: '--until with --within', argv: ['deadlines', '--until', '2021-01-01', '--within', 'P1Y'], names: ['--until', '--within'] },
  { name: 'an unknown command word', argv: ['frobnicate'], names: ['"frobnicate"'] },
  { name: 'a misspelt command', argv: ['stauts', '--on', '2020-08-24'], names: ['"stauts"'] },
  { name: 'help for an unknown command', argv: ['help', 'frobnicate'], names: ['"frobnicate"'] },
  { name: 'an extra word after a command', argv: ['list', 'extra'], names: ['"extra"'] },
  { name: 'validate without a file', argv: ['validate'], names: ['file'] },
  { name: 'status --party XX', argv: ['status', '--party', 'XX'], names: ['"XX"', 'JP, KR'] },
  { name: 'history --party XX', argv: ['history', '--party', 'XX'], names: ['"XX"'] },
  { name: 'deadlines --party that is no party in any case', argv: ['deadlines', '--party', 'kp'], names: ['"kp"'] },
  { name: '--tz Mars/Base', argv: ['status', '--tz', 'Mars/Base'], names: ['"Mars/Base"'] },
  { name: 'an empty --tz', argv: ['status', '--tz', ''], names: ['""', 'time zone'] },
  { name: 'an unknown --agreement', argv: ['status', '--agreement', 'warsaw-pact'], names: ['"warsaw-pact"'] },
  { name: '--agreement in upper case', argv: ['status', '--agreement', 'GSOMIA'], names: ['"GSOMIA"'] },
  { name: 'an empty --agreement', argv: ['status', '--agreement', ''], names: ['""'] },
  {
    name: 'a GSOMIA_NOW that is not an instant',
    argv: ['status'],
    env: { GSOMIA_NOW: '2020-08-24' },
    names: ['"2020-08-24"', 'GSOMIA_NOW'],
  },
  {
    name: 'a GSOMIA_NOW in local time (no Z, no offset)',
    argv: ['status'],
    env: { GSOMIA_NOW: '2020-08-24T20:00:00' },
    names: ['GSOMIA_NOW', 'no Z or offset'],
  },
  {
    name: 'a GSOMIA_NOW on an impossible day',
    argv: ['status'],
    env: { GSOMIA_NOW: '2026-02-30T12:00:00Z' },
    names: ['GSOMIA_NOW', 'February 2026 has 28 days'],
  },
  {
    name: 'a GSOMIA_NOW at an impossible hour',
    argv: ['status'],
    env: { GSOMIA_NOW: '2020-08-24T25:00:00Z' },
    names: ['GSOMIA_NOW', 'no time 25:00:00'],
  },

  ...(
    [
      ['an empty file', 'empty.json', ['not valid JSON']],
      ['a file holding null', 'null.json', ['expected object', 'null']],
      ['a file holding an array', 'array.json', ['expected object', 'array']],
      ['a file holding a number', 'number.json', ['expected object', 'number']],
      ['truncated JSON', 'truncated.json', ['not valid JSON']],
      ['binary bytes', 'binary.json', ['not valid JSON']],
      ['arrays nested 100000 deep', 'deep.json', ['expected object', 'array']],
      ['arrays nested 100000 deep in a field', 'deep-in-field.json', ['events']],
      ['a __proto__ key', 'proto.json', ['"__proto__"']],
      ['an unknown key', 'unknown-key.json', ['"renewl"']],
      ['an impossible date inside', 'impossible-date.json', ['entryIntoForce', '"2016-11-31"']],
      ['a suspension with nothing pending', 'lonely-suspension.json', ['events[0]']],
      ['an event before entry into force', 'event-before-force.json', ['events[0]']],
      ['a fractional notice period', 'bad-duration.json', ['termination.notice', '"P1.5M"']],
      ['an unknown time zone', 'bad-zone.json', ['timeZone', 'Mars/Base']],
      ['an upper-case id', 'upper-id.json', ['id']],
    ] as const
  ).flatMap(([what, file, names]): Case[] => [
    { name: `--agreement with ${what}`, argv: ['status', '--on', '2020-08-24', '--agreement', `$DIR/${file}`], names: [file, ...names] },
    { name: `validate with ${what}`, argv: ['validate', `$DIR/${file}`], code: 1, validate: true, names: [file, ...names] },
  ]),
  ...[
    { name: '--agreement with an unknown event type', argv: ['status', '--agreement', '$DIR/unknown-event.json'] },
    { name: 'validate with an unknown event type', argv: ['validate', '$DIR/unknown-event.json'], code: 1 as const, validate: true },
  ].map(
    (c): Case => ({
      ...c,
      names: ['unknown-event.json', 'events[0].type', '"armistice"'],
    }),
  ),
  { name: '--agreement with an empty object', argv: ['status', '--agreement', '$DIR/object.json'], names: ['object.json', 'id', 'more'] },
  {
    name: '--agreement with a 30 MB string value',
    argv: ['status', '--agreement', '$DIR/huge-string.json'],
    names: ['huge-string.json', 'MiB'],
  },
  {
    name: 'validate with a 30 MB string value',
    argv: ['validate', '$DIR/huge-string.json'],
    code: 2,
    validate: true,
    names: ['huge-string.json', 'MiB'],
  },
  { name: '--agreement with a directory', argv: ['status', '--agreement', '$DIR/folder.json'], names: ['folder.json', 'directory'] },
  {
    name: 'validate with a directory',
    argv: ['validate', '$DIR/folder.json'],
    code: 2,
    validate: true,
    names: ['folder.json', 'directory'],
  },
  {
    name: '--agreement with a missing file',
    argv: ['status', '--agreement', '$DIR/missing.json'],
    names: ['missing.json', 'no such file'],
  },
  {
    name: 'validate with a missing file',
    argv: ['validate', '$DIR/missing.json'],
    code: 2,
    validate: true,
    names: ['missing.json', 'no such file'],
  },
  { name: '--agreement /dev/zero, a file that never ends', argv: ['status', '--agreement', '/dev/zero'], names: ['/dev/zero', '5 MiB'] },
  {
    name: 'validate /dev/urandom, endless binary bytes',
    argv: ['validate', '/dev/urandom'],
    code: 2,
    validate: true,
    names: ['/dev/urandom', '5 MiB'],
  },
  { name: '--data that is a file', argv: ['list', '--data', '$DIR/null.json'], names: ['null.json', 'not a directory'] },
  { name: '--data that does not exist', argv: ['list', '--data', '$DIR/no-such-dir'], names: ['no-such-dir', 'no such directory'] },
  {
    name: 'GSOMIA_DATA that does not exist',
    argv: ['status'],
    env: { GSOMIA_DATA: '/nonexistent/gsomia-data' },
    names: ['/nonexistent/gsomia-data'],
  },
  { name: '--holidays with a missing file', argv: ['status', '--holidays', '$DIR/missing.txt'], names: ['missing.txt', 'no such file'] },
  { name: '--holidays that is a directory', argv: ['deadlines', '--holidays', '$DIR/folder.json'], names: ['folder.json', 'directory'] },
  {
    name: '--holidays with an impossible day, named by its line',
    argv: ['status', '--holidays', '$DIR/holidays-impossible.txt'],
    names: ['holidays-impossible.txt', 'line 3', '"2019-02-29"', 'February 2019 has 28 days'],
  },
  {
    name: '--holidays with dates in another form',
    argv: ['deadlines', '--holidays', '$DIR/holidays-slashes.txt'],
    names: ['line 1', '"2019/08/15"'],
  },
  { name: '--holidays with binary bytes', argv: ['status', '--holidays', '$DIR/binary.json'], names: ['binary.json', 'line 1'] },
  {
    name: '--holidays with a calendar cut short',
    argv: ['status', '--holidays', '$DIR/holidays-truncated.ics'],
    names: ['holidays-truncated.ics', 'not a valid iCalendar file'],
  },
  {
    name: '--holidays with an event that has no start',
    argv: ['deadlines', '--holidays', '$DIR/holidays-no-start.ics'],
    names: ['holidays-no-start.ics', 'VEVENT 1 (Nothing)', 'no DTSTART'],
  },
  { name: '--holidays /dev/zero, a file that never ends', argv: ['status', '--holidays', '/dev/zero'], names: ['/dev/zero', '5 MiB'] },
  { name: '--holidays with no file', argv: ['status', '--holidays'], names: ['--holidays'] },
];

/** Cases also run through the real bin: one of each family. */
export const binCases: readonly string[] = [
  '--holidays with an impossible day, named by its line',
  '--holidays with a calendar cut short',
  'status --on with 30 February',
  'status --on with full-width digits',
  'deadlines --within with a time part',
  'an unknown option',
  'an unknown command word',
  '--until with --within',
  '--tz Mars/Base',
  '--agreement in upper case',
  '--agreement with binary bytes',
  'validate with a suspension with nothing pending',
  '--agreement with a 30 MB string value',
  '--agreement /dev/zero, a file that never ends',
];

/** The unreadable-file case is special: see corpus.test.ts. */
export const UNREADABLE = 'unreadable.json';

/** Writes the fixtures into `dir` (a fresh temporary directory). */
export function writeFixtures(dir: string): void {
  for (const [name, fixture] of Object.entries(fixtures())) {
    const path = join(dir, name);
    if (typeof fixture === 'string' || fixture instanceof Uint8Array) {
      writeFileSync(path, fixture);
    } else if ('directory' in fixture) {
      mkdirSync(path);
      for (const [inner, content] of Object.entries(fixture.directory)) writeFileSync(join(path, inner), content);
    } else {
      writeFileSync(path, fixture.unreadable);
      chmodSync(path, 0o000);
    }
  }
}

/** The argv of a case with `$DIR` replaced by the fixtures' directory. */
export function argvIn(dir: string, argv: readonly string[]): string[] {
  return argv.map((arg) => arg.replaceAll('$DIR', dir));
}
