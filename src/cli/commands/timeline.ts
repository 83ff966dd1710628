import { Command, Option } from '@commander-js/extra-typings';
import { type Day, FIRST_DAY, LAST_DAY, parseDay } from '../../calendar/day.js';
import { addMonthsAndDays } from '../../calendar/duration.js';
import { withAssumptions } from '../../catalogue/assumed-events.js';
import { GsomiaError } from '../../errors.js';
import { checkedParty } from '../../index.js';
import { assumedText } from '../../render/assumed.js';
import { showDay } from '../../render/dates.js';
import { MIN_TIMELINE_WIDTH, PIXELS_PER_COLUMN } from '../../render/timeline-size.js';
import { resolveAgreement } from '../agreement-option.js';
import { assumeOption } from '../assume-option.js';
import { type ProgramIO, paintFor, today as todayIn, zoneFor } from '../context.js';
import { titled } from '../language.js';
import { chooseReading, readingText } from '../reading-option.js';
import { examples, type Shell } from '../shell.js';

const MAX_WIDTH = 1000;

/** `--width N`: a whole number of columns from 40; default the terminal's width, else 80. */
export function widthOption(value: string | undefined, io: ProgramIO): number {
  if (value === undefined) {
    const columns = io.stdout.isTTY ? io.stdout.columns : undefined;
    return columns !== undefined && columns >= MIN_TIMELINE_WIDTH ? Math.min(columns, MAX_WIDTH) : 80;
  }
  const width = /^\d{1,6}$/.test(value) ? Number(value) : NaN;
  if (!(width >= MIN_TIMELINE_WIDTH && width <= MAX_WIDTH)) {
    throw new GsomiaError(
      'INVALID_WIDTH',
      `invalid --width ${JSON.stringify(value)}: expected a whole number of columns from ${MIN_TIMELINE_WIDTH} to ${MAX_WIDTH}`,
      2,
      { value: JSON.stringify(value), min: String(MIN_TIMELINE_WIDTH), max: String(MAX_WIDTH) },
    );
  }
  return width;
}

const clampDay = (day: Day) => Math.min(LAST_DAY, Math.max(FIRST_DAY, day));
const yearsFrom = (day: Day, years: number) => clampDay(addMonthsAndDays(clampDay(day), years * 12, 0));

export function timelineCommand(shell: Shell) {
  return new Command('timeline')
    .description('draw terms, notice windows, deadlines, events and the end of force on a time axis')
    .option('--from <date>', 'first day drawn (default: entry into force or 5 years ago, whichever is later)')
    .option('--until <date>', 'last day drawn (default: 2 years from today)')
    .option('--width <columns>', 'columns of text (default: the terminal width, else 80); svg: 12 pixels a column')
    .addOption(new Option('--format <format>', 'text or svg').choices(['text', 'svg'] as const).default('text' as const))
    .option('--party <code>', 'one party (multilateral agreements)')
    .addOption(assumeOption())
    .addHelpText(
      'after',
      examples(
        'gsomia timeline',
        'gsomia timeline --from 2016-01-01 --until 2024-12-31 --width 100',
        'gsomia timeline --format svg > gsomia.svg',
      ),
    )
    .action(async (options, command) => {
      const { io } = shell;
      const g = shell.globals(command);
      // A picture has no place to say what it assumes: a drawing of events that did not happen would pass for the record.
      if (options.assume !== undefined && options.format === 'svg')
        throw new GsomiaError(
          'CONFLICTING_OPTIONS',
          '--assume applies to the text timeline, not --format svg (it could not say what is assumed)',
          2,
          { a: '--assume', b: '--format svg' },
        );
      const entry = await resolveAgreement(g.agreement ?? 'gsomia', g.data);
      const chosen = chooseReading(entry.compiled, g.reading);
      const compiled = chosen.compiled;
      const width = widthOption(options.width, io);
      const party = checkedParty(compiled, options.party);
      const from = options.from === undefined ? null : parseDay(options.from, '--from date');
      const until = options.until === undefined ? null : parseDay(options.until, '--until date');
      const today = todayIn(io, zoneFor(g, compiled));
      const start = from ?? Math.max(compiled.start, yearsFrom(Math.min(today, until ?? today), -5));
      const end = until ?? Math.max(yearsFrom(today, 2), yearsFrom(start, 2));
      if (start > end) {
        throw new GsomiaError('EMPTY_WINDOW', `--from ${showDay(start)} is after --until ${showDay(end)}`, 2, {
          from: showDay(start),
          until: showDay(end),
        });
      }
      // The picture shows every event through its last day, the assumed ones among them.
      const { compiled: drawn, assumed } = withAssumptions(compiled, options.assume, end);
      // A picture is not bound to the terminal: without --width it is 100 columns' worth, 1200 pixels.
      const pixels = (options.width === undefined ? 100 : width) * PIXELS_PER_COLUMN;
      const messages = await shell.messages(g);
      const paint = paintFor(io.stdout, g, io);
      const { timelinePicture } = await import('./timeline-picture.js');
      const picture = timelinePicture(
        titled(drawn, shell.language(g)),
        { start, end, today, party },
        { format: options.format, width, pixels, paint, messages },
      );
      shell.out(
        options.format === 'svg' ? picture : assumedText(assumed, null, paint, messages) + readingText(chosen, paint, messages) + picture,
      );
    });
}
