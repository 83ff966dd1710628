import { describe, expect, it } from 'vitest';
import { listedParty } from '../../src/engine/parties.js';
import { cataloguePlan } from '../helpers/agreement.js';

// --party and the library's `party` take a party's code in any case; the agreement's own
// spelling is what answers carry. GSOMIA's parties are JP and KR.

describe('listedParty', () => {
  const gsomia = cataloguePlan('gsomia');

  it.each([
    ['KR', 'KR'],
    ['kr', 'KR'],
    ['Jp', 'JP'],
  ])('gives %s as the agreement spells it: %s', (given, listed) => {
    expect(listedParty(gsomia, given)).toBe(listed);
  });

  it.each(['US', 'K', 'KRX', ''])('gives null for %j, a code GSOMIA does not list', (given) => {
    expect(listedParty(gsomia, given)).toBeNull();
  });
});
