import { Command } from '@commander-js/extra-typings';
import { readJsonFile } from '../../catalogue/json-file.js';
import { isGsomiaError, quoted } from '../../errors.js';
import { validate } from '../../index.js';
import type { ValidationIssue } from '../../model/issues.js';
import { jsonText } from '../../render/json.js';
import { examples, type Shell } from '../shell.js';

interface Report {
  readonly file: string;
  readonly valid: boolean;
  readonly id: string | null;
  readonly errors: readonly ValidationIssue[];
  readonly warnings: readonly ValidationIssue[];
}

/** One catalogue cannot hold two agreements with one id: of two files with one id, the later is invalid. */
function withDuplicateIds(reports: readonly Report[]): Report[] {
  const firstFile = new Map<string, string>();
  return reports.map((report) => {
    if (report.id === null) return report;
    const first = firstFile.get(report.id);
    if (first === undefined) {
      firstFile.set(report.id, report.file);
      return report;
    }
    return { ...report, valid: false, errors: [{ path: 'id', message: `id ${quoted(report.id)} is also defined in ${first}` }] };
  });
}

export function validateCommand(shell: Shell) {
  return new Command('validate')
    .description('check definition files; each error names the path of the bad field (exit 1 when one is invalid)')
    .argument('<file...>', 'definition files')
    .option('--json', 'print JSON')
    .addHelpText('after', examples('gsomia validate data/*.json', 'gsomia validate my-treaty.json --json'))
    .action(async (files, options) => {
      const { result } = shell;
      const read: Report[] = await Promise.all(
        files.map(async (file): Promise<Report> => {
          try {
            const validation = await validate(readJsonFile(file));
            return validation.ok
              ? { file, valid: true, id: validation.definition.id, errors: [], warnings: validation.warnings }
              : { file, valid: false, id: null, errors: validation.issues, warnings: [] };
          } catch (error) {
            if (!isGsomiaError(error)) throw error;
            // Not JSON is an invalid file (1); a file that cannot be read is bad input (2).
            result.exitCode = Math.max(result.exitCode, error.code === 'INVALID_JSON' ? 1 : 2);
            return { file, valid: false, id: null, errors: [{ path: '', message: error.message }], warnings: [] };
          }
        }),
      );
      const reports = withDuplicateIds(read);
      if (reports.some((report) => !report.valid)) result.exitCode = Math.max(result.exitCode, 1);
      if (options.json) return shell.out(jsonText({ valid: reports.every((report) => report.valid), files: reports }));
      for (const report of reports) {
        if (report.valid) shell.out(`${report.file}: valid (${report.id})\n`);
        for (const error of report.errors) result.stderr += `${report.file}: ${error.path ? `${error.path}: ` : ''}${error.message}\n`;
        for (const warning of report.warnings) result.stderr += `${report.file}: warning: ${warning.path}: ${warning.message}\n`;
      }
    });
}
