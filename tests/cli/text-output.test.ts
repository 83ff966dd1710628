import { describe, expect, it } from 'vitest';
import { runIn } from '../helpers/cli.js';

// Snapshots pin the text *layout* only: the facts in it are asserted in the JSON tests
// (status, history, deadlines). A changed snapshot is reviewed, not blindly updated.
describe('text output', () => {
  it.each([
    [['status', '--on', '2020-08-24']],
    [['status', '--on', '2020-08-25']],
    [['status', '--on', '2023-03-21']],
    [['history', '--until', '2026-11-28']],
    [['deadlines', '--from', '2026-11-28']],
    [['deadlines', '--from', '2020-08-25', '--within', 'P1M']],
  ])('lays out %j', async (argv) => {
    const run = await runIn(argv);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatchSnapshot();
  });

  it('says which day "today" is when --on is not given', async () => {
    const { stdout } = await runIn(['status'], { now: new Date('2020-08-24T20:00:00Z') });
    expect(stdout).toContain('2020-08-25');
    expect(stdout).toContain('Asia/Tokyo');
  });

  it('carries no colour codes when stdout is not a terminal', async () => {
    const { stdout } = await runIn(['status', '--on', '2020-08-24']);
    expect(stdout).not.toContain('\u001b[');
  });

  it('colours with --color even when stdout is not a terminal', async () => {
    const { stdout } = await runIn(['deadlines', '--from', '2026-11-28', '--color']);
    expect(stdout).toContain('\u001b[');
  });

  it('honours NO_COLOR over FORCE_COLOR', async () => {
    const { stdout } = await runIn(['deadlines', '--from', '2026-11-28'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(stdout).not.toContain('\u001b[');
  });
});
