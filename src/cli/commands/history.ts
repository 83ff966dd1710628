import { Command } from '@commander-js/extra-typings';
import { withAssumptions } from '../../catalogue/assumed-events.js';
import { explainHistory } from '../../engine/explain.js';
import { readingHistories } from '../../engine/reading-differences.js';
import { GsomiaError } from '../../errors.js';
import { checkedParty, formatDay, historyUntil, parseDay } from '../../index.js';
import { assumedText, withAssumed } from '../../render/assumed.js';
import { explanationText } from '../../render/explain-text.js';
import { historyText } from '../../render/history-text.js';
import { explanationJson, historyJson, jsonText } from '../../render/json.js';
import { differenceLines } from '../../render/readings.js';
import { resolveAgreement } from '../agreement-option.js';
import { assumeOption } from '../assume-option.js';
import { dayOption, paintFor, zoneFor } from '../context.js';
import { titled } from '../language.js';
import { chooseReading, explainsText, readingText } from '../reading-option.js';
import { examples, type Shell } from '../shell.js';

export function historyCommand(shell: Shell) {
  return new Command('history')
    .description('every term so far with its notice deadline and outcome, and the events')
    .option('--until <date>', 'last day to cover (default: today)')
    .option('--from <date>', 'leave out terms that ended before this day')
    .option('--party <code>', 'one party (multilateral agreements)')
    .option('--json', 'print JSON')
    .option('--explain', 'show how every term and deadline was derived and what became of each notice')
    .addOption(assumeOption())
    .addHelpText(
      'after',
      examples('gsomia history', 'gsomia history --until 2026-11-28 --json', 'gsomia history --agreement paris --party US'),
    )
    .action(async (options, command) => {
      const { io } = shell;
      const g = shell.globals(command);
      const entry = await resolveAgreement(g.agreement ?? 'gsomia', g.data);
      const chosen = chooseReading(entry.compiled, g.reading);
      const until = dayOption(options.until, '--until', io, zoneFor(g, chosen.compiled));
      const { compiled, assumed } = withAssumptions(chosen.compiled, options.assume, until);
      const from = options.from === undefined ? null : parseDay(options.from, '--from date');
      if (from !== null && from > until) {
        throw new GsomiaError('EMPTY_WINDOW', `--from ${options.from} is after --until ${options.until ?? '(today)'}`, 2, {
          from: options.from ?? '',
          until: options.until ?? formatDay(until),
        });
      }
      const history = historyUntil(compiled, until, checkedParty(compiled, options.party), from);
      const steps = options.explain ? explainHistory(compiled, history) : null;
      if (options.json) {
        const json = steps ? { ...historyJson(history), explanation: explanationJson(steps) } : historyJson(history);
        shell.out(jsonText(withAssumed(json, assumed)));
      } else {
        const paint = paintFor(io.stdout, g, io);
        const messages = await shell.messages(g);
        shell.out(assumedText(assumed, until, paint, messages));
        shell.out(readingText(chosen, paint, messages));
        shell.out(historyText(titled(compiled, shell.language(g)), history, paint, messages));
        // Other readings are compared with the record as it is: not under --reading or --assume.
        if (chosen.reading === null && assumed.length === 0)
          shell.out(differenceLines(readingHistories(compiled, history), paint, messages));
        if (steps) {
          const columns = io.stdout.isTTY ? (io.stdout.columns ?? null) : null;
          shell.out(`\n${explainsText(entry.compiled, chosen, paint, messages)}${explanationText(steps, paint, messages, columns)}`);
        }
      }
    });
}
