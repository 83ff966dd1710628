import { accessSync, chmodSync, constants } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIn, scratchDir } from '../helpers/cli.js';
import { argvIn, type Case, cases, UNREADABLE, writeFixtures } from './cases.js';
import { expectRefused } from './refused.js';

const scratch = scratchDir('corpus');
beforeAll(() => writeFixtures(scratch.dir));
afterAll(() => {
  chmodSync(join(scratch.dir, UNREADABLE), 0o644);
  scratch.cleanup();
});

describe('the bad-input corpus, in-process', () => {
  it('has at least 60 cases with distinct names', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  const refuse = async (testCase: Case) => {
    const run = await runIn(argvIn(scratch.dir, testCase.argv), testCase.env ? { env: { ...testCase.env } } : {});
    expectRefused(run, testCase);
  };
  it.each(cases.map((c) => [c.name, c] as const))('refuses %s cleanly', (_name, testCase) => refuse(testCase));

  it('leaves Object.prototype untouched after reading a "__proto__" key', async () => {
    await runIn(['status', '--agreement', join(scratch.dir, 'proto.json')]);
    await runIn(['validate', join(scratch.dir, 'proto.json')]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('a definition file without read permission', () => {
  // Tests here often run as root, where chmod 000 does not stop reading. Rather than skip,
  // the test then asserts the file (a valid definition) is either read and accepted or
  // refused cleanly; as any other user it must be refused with "permission denied".
  const path = () => join(scratch.dir, UNREADABLE);
  const readable = () => {
    try {
      accessSync(path(), constants.R_OK);
      return true;
    } catch {
      return false;
    }
  };

  it('is refused with "permission denied", or read and accepted when the permission is not enforced', async () => {
    const run = await runIn(['status', '--on', '2020-08-24', '--json', '--agreement', path()]);
    if (readable()) {
      if (run.code === 0) {
        expect(run.stderr).toBe('');
        expect(JSON.parse(run.stdout).notice.deadline).toBe('2020-08-24');
      } else {
        expectRefused(run, { name: 'unreadable', argv: [], names: [UNREADABLE] });
      }
    } else {
      expectRefused(run, { name: 'unreadable', argv: [], names: [UNREADABLE, 'permission denied'] });
    }
  });

  it('makes validate exit 2 ("permission denied"), or 0 when the permission is not enforced', async () => {
    const run = await runIn(['validate', path()]);
    if (readable()) {
      expect([0, 2]).toContain(run.code);
      if (run.code === 2) expectRefused(run, { name: 'unreadable', argv: [], code: 2, validate: true, names: [UNREADABLE] });
    } else {
      expectRefused(run, { name: 'unreadable', argv: [], code: 2, validate: true, names: [UNREADABLE, 'permission denied'] });
    }
  });
});
