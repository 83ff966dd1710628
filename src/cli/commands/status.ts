import { Command } from '@commander-js/extra-typings';
import { explainStatus } from '../../engine/explain.js';
import { checkedParty, statusOn } from '../../index.js';
import { explanationText } from '../../render/explain-text.js';
import { explanationJson, jsonText, statusJson } from '../../render/json.js';
import { messagesFor } from '../../render/messages/index.js';
import { statusText } from '../../render/status-text.js';
import { resolveAgreement } from '../agreement-option.js';
import { collectHolidays, dayOption, deadlineCalendar, HOLIDAYS_HELP, holidaysOption, paintFor, zoneFor } from '../context.js';
import { examples, type Shell } from '../shell.js';

export function statusCommand(shell: Shell) {
  return new Command('status')
    .description('in force? which term? can notice still be given, and what would it do?')
    .option('--on <date>', "the day to answer for (default: today in the agreement's zone)")
    .option('--party <code>', 'answer for one party (multilateral agreements)')
    .option('--exit-code', 'exit 1 when notice is no longer possible that day')
    .option('--holidays <file>', HOLIDAYS_HELP, collectHolidays, [] as string[])
    .option('--json', 'print JSON')
    .option('--explain', 'show the reasoning step by step, with the real dates')
    .addHelpText(
      'after',
      examples(
        'gsomia status',
        'gsomia status --on 2020-08-24 --json',
        'gsomia status --on 2020-08-24 --explain',
        'gsomia status --on 2019-08-01 --holidays kr-holidays.ics',
        'gsomia status --agreement paris --party US --on 2019-11-04',
        'gsomia status --exit-code || echo "too late"',
      ),
    )
    .action(async (options, command) => {
      const { io } = shell;
      const g = shell.globals(command);
      const { compiled } = await resolveAgreement(g.agreement ?? 'gsomia', g.data);
      const zone = zoneFor(g, compiled);
      const calendar = deadlineCalendar(io, await holidaysOption(options.holidays));
      const status = statusOn(compiled, dayOption(options.on, '--on', io, zone), checkedParty(compiled, options.party), calendar);
      const steps = options.explain ? explainStatus(compiled, status) : null;
      if (options.json) shell.out(jsonText(steps ? { ...statusJson(status), explanation: explanationJson(steps) } : statusJson(status)));
      else {
        const paint = paintFor(io.stdout, g, io);
        const messages = messagesFor('en');
        // The heading says where "today" was judged when no --on gave the day.
        shell.out(statusText(compiled, status, paint, options.on === undefined ? zone : null, messages));
        if (steps) shell.out(`\n${explanationText(steps, paint, messages, io.stdout.isTTY ? (io.stdout.columns ?? null) : null)}`);
      }
      if (options.exitCode && !status.notice.possible) shell.result.exitCode = 1;
    });
}
