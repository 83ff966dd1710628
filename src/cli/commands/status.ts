import { Command } from '@commander-js/extra-typings';
import { withAssumptions } from '../../catalogue/assumed-events.js';
import { explainStatus } from '../../engine/explain.js';
import { readingStatuses } from '../../engine/reading-differences.js';
import { readingsOf } from '../../engine/readings.js';
import { checkedParty, statusOn } from '../../index.js';
import { assumedText, withAssumed } from '../../render/assumed.js';
import { explanationText } from '../../render/explain-text.js';
import { explanationJson, jsonText, statusJson } from '../../render/json.js';
import { differenceLines, statusReadingsJson } from '../../render/readings.js';
import { statusText } from '../../render/status-text.js';
import { resolveAgreement } from '../agreement-option.js';
import { assumeOption } from '../assume-option.js';
import { collectHolidays, dayOption, deadlineCalendar, HOLIDAYS_HELP, holidaysOption, paintFor, zoneFor } from '../context.js';
import { titled } from '../language.js';
import { answeredUnder, chooseReading, explainsText, readingText } from '../reading-option.js';
import { examples, type Shell } from '../shell.js';

export function statusCommand(shell: Shell) {
  return new Command('status')
    .description('in force? which term? can notice still be given, and what would it do?')
    .option('--on <date>', "the day to answer for (default: today in the agreement's zone)")
    .option('--party <code>', 'answer for one party (multilateral agreements)')
    .option('--exit-code', 'exit 1 when notice is no longer possible that day')
    .option('--quiet', 'print nothing: the exit status is the answer, as with --exit-code (errors still go to stderr)')
    .option('--holidays <file>', HOLIDAYS_HELP, collectHolidays, [] as string[])
    .option('--json', 'print JSON')
    .option('--explain', 'show the reasoning step by step, with the real dates')
    .addOption(assumeOption())
    .addHelpText(
      'after',
      examples(
        'gsomia status',
        'gsomia status --on 2020-08-24 --json',
        'gsomia status --on 2020-08-24 --explain',
        'gsomia status --on 2019-08-01 --holidays kr-holidays.ics',
        'gsomia status --agreement paris --party US --on 2019-11-04',
        'gsomia status --exit-code || echo "too late"',
        'gsomia status --quiet && echo "notice still possible"',
        'gsomia status --on 2020-11-23 --assume notice:2020-08-24:KR',
      ),
    )
    .action(async (options, command) => {
      const { io } = shell;
      const g = shell.globals(command);
      const entry = await resolveAgreement(g.agreement ?? 'gsomia', g.data);
      const chosen = chooseReading(entry.compiled, g.reading);
      const zone = zoneFor(g, chosen.compiled);
      const on = dayOption(options.on, '--on', io, zone);
      const { compiled, assumed } = withAssumptions(chosen.compiled, options.assume, on);
      const calendar = deadlineCalendar(io, await holidaysOption(options.holidays));
      const status = statusOn(compiled, on, checkedParty(compiled, options.party), calendar);
      const steps = options.explain ? explainStatus(compiled, status) : null;
      // Other readings are compared with the record as it is: not under --reading or --assume (nor for --quiet).
      const compared = !options.quiet && chosen.reading === null && assumed.length === 0;
      const others = compared ? readingStatuses(compiled, status, calendar) : [];
      if (options.quiet) {
        // the exit status alone answers
      } else if (options.json) {
        const readings = statusReadingsJson(readingsOf(entry.compiled).length > 0, answeredUnder(entry.compiled, chosen), others);
        const answer = { ...statusJson(status), ...readings };
        const json = steps ? { ...answer, explanation: explanationJson(steps) } : answer;
        shell.out(jsonText(withAssumed(json, assumed)));
      } else {
        const paint = paintFor(io.stdout, g, io);
        const messages = await shell.messages(g);
        shell.out(assumedText(assumed, status.on, paint, messages));
        shell.out(readingText(chosen, paint, messages));
        // The heading says where "today" was judged when no --on gave the day.
        const shown = titled(compiled, shell.language(g));
        shell.out(statusText(shown, status, paint, options.on === undefined ? zone : null, messages));
        shell.out(differenceLines(others, paint, messages));
        if (steps) {
          const columns = io.stdout.isTTY ? (io.stdout.columns ?? null) : null;
          shell.out(`\n${explainsText(entry.compiled, chosen, paint, messages)}${explanationText(steps, paint, messages, columns)}`);
        }
      }
      if ((options.exitCode || options.quiet) && !status.notice.possible) shell.result.exitCode = 1;
    });
}
