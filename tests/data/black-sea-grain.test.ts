import { describe, expect, it } from 'vitest';
import { addDuration, parseDuration } from '../../src/calendar/duration.js';
import { historyUntil } from '../../src/engine/history.js';
import { mainReadingOf, readingsOf } from '../../src/engine/readings.js';
import { statusOn } from '../../src/engine/status.js';
import { catalogueJson, cataloguePlan, day, show } from '../helpers/agreement.js';

const grain = cataloguePlan('black-sea-grain');

// Para. 5(H) (quoted by de maribus 2023-04-11): 120 days, renewed automatically; renewed
// from 2022-11-19; the 2023-03-18 dispute (TVP World); "ceased to be in force today",
// 2023-07-17 (Peskov). By hand: 2022-07-22 + 120 days = 2022-11-19; + 240 = 2023-03-19;
// + 360 = 2023-07-17.
describe('Black Sea Grain Initiative (reference: 120 days from 2022-07-22, renewed, ceased 2023-07-17)', () => {
  it('renews from 2022-11-19 and from 2023-03-19, its second period ending on the disputed 2023-03-18', () => {
    const { terms } = historyUntil(grain, day('2023-07-16'));
    expect(terms.map((t) => [t.number, show(t.start), show(t.end), t.outcome])).toEqual([
      [1, '2022-07-22', '2022-11-18', 'renewed'],
      [2, '2022-11-19', '2023-03-18', 'renewed'],
      [3, '2023-03-19', '2023-07-16', 'current'],
    ]);
  });

  it('is in force on 2023-07-16 and out from 2023-07-17, the day Russia said it ceased', () => {
    expect(statusOn(grain, day('2023-07-16')).inForce).toBe(true);
    const status = statusOn(grain, day('2023-07-17'));
    expect([status.inForce, show(status.endedOn), status.endReason]).toEqual([false, '2023-07-17', 'termination']);
    const { terms } = historyUntil(grain, day('2024-01-01'));
    expect(terms.at(-1)?.outcome).toBe('terminated');
  });

  it("reaches the same end under Russia's count: 60 days to 2023-05-18, then 60 more to 2023-07-17", () => {
    const sixty = parseDuration('P60D');
    const russiaEnd = addDuration(addDuration(day('2023-03-19'), sixty), sixty);
    expect([show(addDuration(day('2023-03-19'), sixty)), show(russiaEnd)]).toEqual(['2023-05-18', '2023-07-17']);
    expect(show(statusOn(grain, day('2023-07-17')).endedOn)).toBe(show(russiaEnd));
  });

  it('keeps the 120-day / 60-day disagreement and the 2022 suspension in its note', () => {
    const { note } = catalogueJson('black-sea-grain') as { note: string };
    const facts = ['Ukraine said 120 days, Russia 60 days', '2022-10-29', '2022-11-02', 'names no notice period'];
    for (const fact of facts) expect(note).toContain(fact);
  });
});

// Russia's count (TVP World 2023-03-18: 60 days, to May 18; CGTN 2023-05-17: 60 more days;
// Peskov 2023-07-17). By hand: 2023-03-19 + 60 days = 2023-05-18, the first day of the next
// period; 2023-05-18 + 60 days = 2023-07-17, the day Russia said it ceased.
describe("Black Sea Grain Initiative, Russia's 60-day reading", () => {
  const russia = readingsOf(grain).find((reading) => reading.id === 'russia-60-days')!.compiled;

  it('names the 120-day count as the main reading', () => {
    expect(mainReadingOf(grain)?.id).toBe('120-days');
  });

  it('runs its third period 2023-03-19 … 2023-05-17 and its fourth 2023-05-18 … 2023-07-16', () => {
    const { terms } = historyUntil(russia, day('2023-07-16'));
    expect(terms.slice(2).map((t) => [t.number, show(t.start), show(t.end)])).toEqual([
      [3, '2023-03-19', '2023-05-17'],
      [4, '2023-05-18', '2023-07-16'],
    ]);
  });

  it('on 2023-04-01, before the 2023-05-17 extension was known, expires on 2023-05-18', () => {
    expect(show(statusOn(russia, day('2023-04-01')).scheduledEnd?.on)).toBe('2023-05-18');
  });

  it('is out from 2023-07-17, as under the main reading', () => {
    expect(statusOn(russia, day('2023-07-16')).inForce).toBe(true);
    const status = statusOn(russia, day('2023-07-17'));
    expect([status.inForce, show(status.endedOn)]).toEqual([false, '2023-07-17']);
  });
});
