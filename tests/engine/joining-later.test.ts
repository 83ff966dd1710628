import { describe, expect, it } from 'vitest';
import { partiesJoiningLater } from '../../src/engine/joining-later.js';
import { cataloguePlan, compiledOf } from '../helpers/agreement.js';

// A party whose first act in the record is an accession joined after entry into force;
// one whose first act is a notice was a party from the start (its notice says so).

describe('partiesJoiningLater', () => {
  it('leaves out the United States in the Paris Agreement: its first act is the notice of 2019-11-04', () => {
    expect([...partiesJoiningLater(cataloguePlan('paris'))]).not.toContain('US');
  });

  it('names a party whose first act is an accession, and only it', () => {
    const compiled = compiledOf({
      kind: 'multilateral',
      parties: ['AA', 'BB', 'CC'],
      duration: { initial: null, then: 'indefinite' },
      termination: { notice: 'P1Y', effect: 'after-notice' },
      events: [
        { type: 'notice', date: '2018-01-10', party: 'AA' },
        { type: 'accession', date: '2018-03-01', party: 'BB' },
        { type: 'accession', date: '2019-03-01', party: 'AA' },
      ],
    });
    expect([...partiesJoiningLater(compiled)]).toEqual(['BB']);
  });
});
