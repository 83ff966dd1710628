import { describe, expect, it } from 'vitest';
import { parseDay } from '../../src/calendar/day.js';
import { cataloguePlan, compiledOf } from '../helpers/agreement.js';

const day = (text: string) => parseDay(text);

// The course's notice lists (noticesOf, settledNoticesOf), read where the replay leaves them.
describe('the notice lists of a course', () => {
  const { course } = cataloguePlan('gsomia');

  it('hold GSOMIA’s one notice, KR’s of 2019-08-23, and as it finally stands: retracted on 2023-03-21', () => {
    expect(course.notices.map((notice) => [notice.party, notice.received])).toEqual([['KR', day('2019-08-23')]]);
    expect(course.settledNotices).toHaveLength(1);
    expect(course.settledNotices[0]).toMatchObject({
      party: 'KR',
      received: day('2019-08-23'),
      state: 'retracted',
      from: day('2023-03-21'),
    });
    expect(course.settledNotices[0]?.stages.map((stage) => stage.state)).toEqual(['pending', 'suspended', 'retracted']);
  });

  it('are empty for an agreement without notices, two lists of their own', () => {
    const { course: none } = compiledOf();
    expect(none.notices).toEqual([]);
    expect(none.settledNotices).toEqual([]);
    expect(none.notices).not.toBe(none.settledNotices);
  });
});
