import { describe, expect, it } from 'vitest';
import { statusOn } from '../../src/engine/status.js';
import { catalogueJson, cataloguePlan, day, show } from '../helpers/agreement.js';

const echr = cataloguePlan('echr');
const russia = (date: string) => statusOn(echr, day(date), 'RU');

// Committee of Ministers resolution of 2022-03-23: Russia, expelled from the Council of
// Europe on 2022-03-16, ceases to be a party on 2022-09-16 (Article 58, six months).
describe('European Convention on Human Rights, Russia (reference: expelled 2022-03-16, not a party from 2022-09-16)', () => {
  it('counts six months from the expulsion of 2022-03-16 to 2022-09-16', () => {
    const { pending } = russia('2022-03-16');
    expect(pending.map((n) => [n.party, show(n.received), show(n.effectiveOn)])).toEqual([['RU', '2022-03-16', '2022-09-16']]);
  });

  it('keeps Russia a party on 2022-09-15 and not from 2022-09-16', () => {
    expect(russia('2022-09-15').inForce).toBe(true);
    const status = russia('2022-09-16');
    expect([status.inForce, show(status.endedOn), status.phase]).toEqual([false, '2022-09-16', 'not-a-party']);
  });

  it('stays in force for the Convention as a whole', () => {
    expect(statusOn(echr, day('2022-09-16')).inForce).toBe(true);
  });

  it('says that Russia gave no notice and which dates are unverified', () => {
    const { note } = catalogueJson('echr') as { note: string };
    expect(note).toContain('Russia gave no notice of denunciation');
    expect(note).toContain('unverified');
  });
});
