import { Command, Option } from '@commander-js/extra-typings';
import type { Day } from '../../calendar/day.js';
import { withAssumptions } from '../../catalogue/assumed-events.js';
import type { FileProblems } from '../../catalogue/directory.js';
import type { CompiledAgreement } from '../../engine/compiled-agreement.js';
import { readingDeadlines } from '../../engine/reading-differences.js';
import { GsomiaError, quoted } from '../../errors.js';
import { checkedParty, compareDeadlines, type Deadline, deadlinesBetween, listedParty } from '../../index.js';
import { assumedText, withAssumed } from '../../render/assumed.js';
import { deadlinesCsv } from '../../render/csv.js';
import { deadlinesText } from '../../render/deadlines-text.js';
import { deadlinesIcs, remindersOption } from '../../render/ics.js';
import { deadlinesJson, jsonText } from '../../render/json.js';
import { neutral } from '../../render/messages/index.js';
import { differenceLines } from '../../render/readings.js';
import { type Entry, forEachAgreement, reportBadFiles, resolveAgreement } from '../agreement-option.js';
import { assumeOption } from '../assume-option.js';
import {
  collectHolidays,
  dayOption,
  deadlineCalendar,
  HOLIDAYS_HELP,
  holidaysOption,
  paintFor,
  today,
  windowEnd,
  zoneFor,
} from '../context.js';
import { titled, titledDeadlines } from '../language.js';
import { chooseReading, readingText } from '../reading-option.js';
import { examples, type Shell } from '../shell.js';

/** Every kind of deadline, in the words the options take: notice-deadline, renewal, … */
const KINDS = Object.keys(neutral.deadlines.kind) as Deadline['kind'][];

/** `--kind notice-deadline,expiry`: the kinds to list, or null for all. */
function kindsOption(value: string | undefined): ReadonlySet<string> | null {
  if (value === undefined) return null;
  const kinds = value.split(',').map((kind) => kind.trim());
  const unknown = kinds.find((kind) => !(KINDS as readonly string[]).includes(kind));
  if (unknown !== undefined) {
    throw new GsomiaError('INVALID_KIND', `invalid --kind ${quoted(unknown)}: kinds are ${KINDS.join(', ')}`, 2, {
      value: quoted(unknown),
      kinds: KINDS.join(', '),
    });
  }
  return new Set(kinds);
}

export function deadlinesCommand(shell: Shell) {
  return new Command('deadlines')
    .description('upcoming deadlines, soonest first (default: the next year from today)')
    .option('--from <date>', 'first day of the window (default: today)')
    .option('--until <date>', 'last day of the window')
    .option('--within <duration>', 'length of the window, e.g. P6M (default P1Y)')
    .option('--all', 'every agreement in the catalogue')
    .option('--party <code>', 'one party (multilateral agreements)')
    .option('--kind <kinds>', `only these kinds, comma-separated: ${KINDS.join(', ')}`)
    .option('--exit-code', 'exit 1 when at least one deadline is listed')
    .option('--quiet', 'print nothing: the exit status is the answer, as with --exit-code (errors still go to stderr)')
    .option('--holidays <file>', HOLIDAYS_HELP, collectHolidays, [] as string[])
    .option('--json', 'print JSON (same as --format json)')
    .addOption(
      new Option(
        '--format <format>',
        'output: text, json, ics (an iCalendar file), csv, or github (one GitHub Actions ::warning annotation a deadline)',
      ).choices(['text', 'json', 'ics', 'csv', 'github'] as const),
    )
    .addOption(assumeOption())
    .option('--remind <durations>', 'ics: alarms before each deadline, e.g. P30D,P7D,P1D, or none (default P30D,P7D)')
    .addHelpText(
      'after',
      examples(
        'gsomia deadlines',
        'gsomia deadlines --from 2026-11-28 --within P2Y',
        'gsomia deadlines --all --data ./treaties --json',
        'gsomia deadlines --within P5Y --format ics > gsomia.ics',
        'gsomia deadlines --all --format ics --remind P30D,P1D > treaties.ics',
        'gsomia deadlines --all --format csv > deadlines.csv',
        'gsomia deadlines --within P30D --kind notice-deadline --format github --exit-code',
        'gsomia deadlines --from 2027-08-24 --assume notice:2027-08-24:KR',
      ),
    )
    .action(async (options, command) => {
      const { io } = shell;
      if (options.json && options.format !== undefined && options.format !== 'json') {
        throw new GsomiaError('CONFLICTING_OPTIONS', `give --json or --format ${options.format}, not both`, 2, {
          a: '--json',
          b: `--format ${options.format}`,
        });
      }
      const format = options.json ? 'json' : (options.format ?? 'text');
      if (options.remind !== undefined && format !== 'ics')
        throw new GsomiaError('CONFLICTING_OPTIONS', '--remind applies only to --format ics', 2, { a: '--remind', only: '--format ics' });
      const reminders = remindersOption(options.remind);
      const kinds = kindsOption(options.kind);
      if (options.assume !== undefined && options.all)
        throw new GsomiaError('CONFLICTING_OPTIONS', '--assume applies to one agreement, not --all', 2, { a: '--assume', b: '--all' });
      // A calendar or a spreadsheet row has no place to say it is hypothetical: imported, it would pass for the record.
      if (options.assume !== undefined && (format === 'ics' || format === 'csv'))
        throw new GsomiaError('CONFLICTING_OPTIONS', `--assume applies to text, json and github output, not --format ${format}`, 2, {
          a: '--assume',
          b: `--format ${format}`,
        });
      const g = shell.globals(command);
      const resolved = options.all ? null : await resolveAgreement(g.agreement ?? 'gsomia', g.data);
      const chosen = resolved === null ? null : chooseReading(resolved.compiled, g.reading);
      const entry = resolved === null || chosen === null ? null : { ...resolved, compiled: chosen.compiled };
      const zone = zoneFor(g, entry?.compiled ?? null);
      let from = dayOption(options.from, '--from', io, zone);
      const hypothesis = entry === null ? null : withAssumptions(entry.compiled, options.assume, from);
      const assumed = hypothesis?.assumed ?? [];
      const single = entry === null || hypothesis === null ? null : { ...entry, compiled: hypothesis.compiled };
      let until = windowEnd(from, options.until, options.within);
      // Across a catalogue, "today" is each agreement's own (its deadline day ends at its
      // own midnight), unless --tz or --from gives one day for all; the window reported is
      // then the span of theirs. One reading of the clock per zone.
      const ownToday = options.all && g.tz === undefined && options.from === undefined;
      const windows = new Map<string, { from: Day; until: Day }>();
      const windowFor = (compiled: CompiledAgreement) => {
        if (!ownToday) return { from, until };
        let window = windows.get(compiled.timeZone);
        if (window === undefined) {
          const start = today(io, compiled.timeZone);
          window = { from: start, until: windowEnd(start, options.until, options.within) };
          windows.set(compiled.timeZone, window);
        }
        return window;
      };
      const calendar = deadlineCalendar(io, await holidaysOption(options.holidays));
      const deadlines: Deadline[] = [];
      // Plans are kept only where the calendar quotes their clauses: a scan of a large
      // catalogue otherwise lets each one go as soon as its deadlines are listed.
      const agreements = new Map<string, CompiledAgreement>();
      const titles = new Map<string, string>();
      let partyListed = false;
      // Asked once: a scan collects 10,000 agreements, and the language reads the environment.
      const language = shell.language(g);
      const collect = ({ compiled }: Entry) => {
        // With --all, --party picks the agreements that party is in.
        if (options.all && options.party !== undefined && listedParty(compiled, options.party) === null) return;
        partyListed = true;
        const window = windowFor(compiled);
        const found = deadlinesBetween(compiled, window.from, window.until, checkedParty(compiled, options.party), calendar);
        if (format === 'ics' && found.length > 0) agreements.set(compiled.id, compiled);
        if (language !== 'en') {
          const title = titled(compiled, language).name;
          if (title !== compiled.name) titles.set(compiled.id, title);
        }
        for (const deadline of found) deadlines.push(deadline);
      };
      const problems: FileProblems = [];
      // A scan that starts over (in file-name order) forgets what it was given so far.
      const restart = () => {
        deadlines.length = 0;
        agreements.clear();
        titles.clear();
        partyListed = false;
      };
      if (single) collect(single);
      else await forEachAgreement(g.data, collect, { problems, restart });
      if (windows.size > 0) {
        from = Math.min(...[...windows.values()].map((window) => window.from));
        until = Math.max(...[...windows.values()].map((window) => window.until));
      }
      if (options.party !== undefined && !partyListed)
        throw new GsomiaError('UNKNOWN_PARTY', `unknown party "${options.party}": no agreement in the catalogue lists it`, 2, {
          party: `"${options.party}"`,
        });
      const listed = (kinds === null ? deadlines : deadlines.filter((deadline) => kinds.has(deadline.kind))).sort(compareDeadlines);
      const messages = await shell.messages(g);
      const calendarName = single ? messages.calendar.name({ name: titled(single.compiled, language).name }) : messages.calendar.allName;
      // Text, calendars and annotations name each agreement in the language; JSON and CSV keep the English.
      const shown = titles.size === 0 ? listed : titledDeadlines(listed, (id) => titles.get(id));
      const paint = paintFor(io.stdout, g, io);
      // Other readings are compared with the record as it is: not under --reading or --assume.
      const otherReadings = () => {
        if (resolved === null || chosen?.reading !== null || assumed.length > 0) return '';
        const window = { from, until, party: checkedParty(resolved.compiled, options.party) };
        const keep = (deadline: Deadline) => kinds === null || kinds.has(deadline.kind);
        return differenceLines(readingDeadlines(resolved.compiled, listed, window, calendar, keep), paint, messages);
      };
      if (options.quiet) {
        // the exit status alone answers
      } else if (format === 'github') {
        shell.out((await import('../../render/github.js')).deadlinesGithub(shown, assumed, from, messages));
      } else {
        shell.out(
          format === 'ics'
            ? deadlinesIcs(shown, agreements, { name: calendarName, from, reminders, messages })
            : format === 'csv'
              ? deadlinesCsv(listed)
              : format === 'json'
                ? jsonText(withAssumed(deadlinesJson(from, until, listed), assumed))
                : assumedText(assumed, from, paint, messages) +
                  (chosen === null ? '' : readingText(chosen, paint, messages)) +
                  deadlinesText(from, until, shown, paint, messages) +
                  otherReadings(),
        );
      }
      if ((options.exitCode || options.quiet) && listed.length > 0) shell.result.exitCode = 1;
      reportBadFiles(problems, shell.result);
    });
}
