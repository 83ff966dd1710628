import { Command } from '@commander-js/extra-typings';
import { statusOn } from '../../engine/status.js';
import { resolveAgreement } from '../catalogue.js';
import { dayOption, paintFor, partyOption, todayNote, zoneFor } from '../context.js';
import { jsonText, statusJson } from '../render/json.js';
import { statusText } from '../render/status-text.js';
import { examples, type Shell } from '../shell.js';

export function statusCommand(shell: Shell) {
  return new Command('status')
    .description('in force? which term? can notice still be given, and what would it do?')
    .option('--on <date>', "the day to answer for (default: today in the agreement's zone)")
    .option('--party <code>', 'answer for one party (multilateral agreements)')
    .option('--exit-code', 'exit 1 when notice is no longer possible that day')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      examples(
        'gsomia status',
        'gsomia status --on 2020-08-24 --json',
        'gsomia status --agreement paris --party US --on 2019-11-04',
        'gsomia status --exit-code || echo "too late"',
      ),
    )
    .action(async (options, command) => {
      const { io } = shell;
      const g = shell.globals(command);
      const { plan } = await resolveAgreement(g.agreement ?? 'gsomia', g.data);
      const zone = zoneFor(g, plan);
      const status = statusOn(plan, dayOption(options.on, '--on', io, zone), partyOption(options.party, plan));
      shell.out(options.json ? jsonText(statusJson(status)) : statusText(plan, status, paintFor(io.stdout, g, io), todayNote(options.on, zone)));
      if (options.exitCode && !status.notice.possible) shell.result.exitCode = 1;
    });
}
