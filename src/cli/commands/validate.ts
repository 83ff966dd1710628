import { Command } from '@commander-js/extra-typings';
import { isGsomiaError, validate } from '../../index.js';
import { readJsonFile } from '../../catalogue/json-file.js';
import { jsonText } from '../../render/json.js';
import { examples, type Shell } from '../shell.js';

export function validateCommand(shell: Shell) {
  return new Command('validate')
    .description('check definition files; each error names the path of the bad field (exit 1 when one is invalid)')
    .argument('<file...>', 'definition files')
    .option('--json', 'print JSON')
    .addHelpText('after', examples('gsomia validate data/*.json', 'gsomia validate my-treaty.json --json'))
    .action(async (files, options) => {
      const { result } = shell;
      const reports = await Promise.all(files.map(async (file) => {
        try {
          const validation = await validate(readJsonFile(file));
          return validation.ok
            ? { file, valid: true, id: validation.definition.id, errors: [] }
            : { file, valid: false, id: null, errors: validation.issues };
        } catch (error) {
          if (!isGsomiaError(error)) throw error;
          // Not JSON is an invalid file (1); a file that cannot be read is bad input (2).
          result.exitCode = Math.max(result.exitCode, error.code === 'INVALID_JSON' ? 1 : 2);
          return { file, valid: false, id: null, errors: [{ path: '', message: error.message }] };
        }
      }));
      if (reports.some((report) => !report.valid)) result.exitCode = Math.max(result.exitCode, 1);
      if (options.json) return shell.out(jsonText({ valid: reports.every((report) => report.valid), files: reports }));
      for (const report of reports) {
        if (report.valid) shell.out(`${report.file}: valid (${report.id})\n`);
        for (const error of report.errors) result.stderr += `${report.file}: ${error.path ? `${error.path}: ` : ''}${error.message}\n`;
      }
    });
}
