import { expect } from 'vitest';
import { linesOf, type Run } from '../helpers/cli.js';
import type { Case } from './cases.js';

/** The contract for bad input: the code, nothing on stdout, one short line naming it. */
export function expectRefused(run: Run, testCase: Case): void {
  expect(run.code, `exit status; stderr: ${run.stderr}`).toBe(testCase.code ?? 2);
  expect(run.stdout).toBe('');
  const lines = linesOf(run.stderr);
  expect(lines, run.stderr).toHaveLength(1);
  const [line = ''] = lines;
  expect(line.length, line).toBeLessThanOrEqual(200);
  expect(line).toMatch(testCase.validate ? /^\/?\S+: / : /^gsomia: /);
  for (const named of testCase.names) expect(line).toContain(named);
  expect(line).not.toMatch(/internal error/);
  expect(run.stderr).not.toMatch(/^\s+at |\bat .+:\d+:\d+\)?$/m);
  // Terminal control bytes never reach the terminal raw.
  expect(line).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
}
