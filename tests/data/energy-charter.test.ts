import { describe, expect, it } from 'vitest';
import { statusOn } from '../../src/engine/status.js';
import { cataloguePlan, day, show } from '../helpers/agreement.js';
import { jsonOf, runIn } from '../helpers/cli.js';

const ect = cataloguePlan('energy-charter');

// treaties-v2.md (Dutch treaty database 006200; ECT Secretariat): receipt + 1 year + 1 day;
// Art. 47(3): twenty years' protection for existing investments.
describe('Energy Charter Treaty (reference: in force 1998-04-16; withdrawals receipt + 1 year + 1 day)', () => {
  it.each([
    ['IT', '2014-12-31', '2016-01-01'],
    ['FR', '2022-12-07', '2023-12-08'],
    ['DE', '2022-12-19', '2023-12-20'],
    ['LU', '2023-06-16', '2024-06-17'],
    ['GB', '2024-04-26', '2025-04-27'],
  ])('takes %s out: notice %s, first day out %s', (party, received, out) => {
    const pending = statusOn(ect, day(received), party).pending;
    expect(pending.map((n) => [show(n.received), show(n.effectiveOn)])).toEqual([[received, out]]);
    expect(statusOn(ect, day(out) - 1, party).inForce).toBe(true);
    expect(show(statusOn(ect, day(out), party).endedOn)).toBe(out);
  });

  it("keeps Italy's investments protected through 2035-12-31, twenty years after it left on 2016-01-01", () => {
    const status = statusOn(ect, day('2020-01-01'), 'IT');
    expect(status.survives?.until === undefined ? null : show(status.survives.until)).toBe('2035-12-31');
    expect(status.survives?.what).toContain('Art. 47(3)');
  });

  it('stays in force for the Treaty as a whole', () => {
    expect(statusOn(ect, day('2025-04-27')).inForce).toBe(true);
  });
});

describe('the command line says what survives a withdrawal', () => {
  it('status --party IT: survivesUntil 2035-12-31 in JSON and a Survives line in text', async () => {
    const argv = ['status', '--agreement', 'energy-charter', '--party', 'IT', '--on', '2020-01-01'];
    const json = jsonOf(await runIn([...argv, '--json']));
    expect(json.survivesUntil).toBe('2035-12-31');
    expect(json.survives).toContain('Art. 47(3)');
    expect((await runIn(argv)).stdout).toMatch(/^Survives {5}.*\(Art\. 47\(3\)\) through 2035-12-31$/m);
  });
});
