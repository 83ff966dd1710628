import { Command } from '@commander-js/extra-typings';
import type { FileProblems } from '../../catalogue/directory.js';
import { jsonText, listJson } from '../../render/json.js';
import { listText } from '../../render/list-text.js';
import { catalogue, reportBadFiles } from '../agreement-option.js';
import { paintFor } from '../context.js';
import { titled } from '../language.js';
import { examples, type Shell } from '../shell.js';

export function listCommand(shell: Shell) {
  return new Command('list')
    .description('the agreements in the catalogue')
    .option('--json', 'print JSON')
    .addHelpText('after', examples('gsomia list', 'gsomia list --data ./treaties --json'))
    .action(async (options, command) => {
      const g = shell.globals(command);
      const problems: FileProblems = [];
      const agreements = (await catalogue(g.data, problems)).map((entry) => entry.compiled);
      const paint = paintFor(shell.io.stdout, g, shell.io);
      const language = shell.language(g);
      shell.out(
        options.json
          ? jsonText(listJson(agreements))
          : listText(
              agreements.map((compiled) => titled(compiled, language)),
              paint,
              await shell.messages(g),
            ),
      );
      reportBadFiles(problems, shell.result);
    });
}
