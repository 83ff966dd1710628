// The mini UTCDate: the same UTC getters, without the full class's three Intl formats built
// at load (they cost ICU's start-up, ~60 ms, to every answer in these languages).
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { format, type Locale } from 'date-fns';
import { type Day, isInRange } from '../../calendar/day.js';

// Days in words for the Japanese, Korean and Chinese tables, through date-fns and its
// locales. A calendar day is formatted as the UTC midnight it starts at (UTCDateMini), never as
// a local midnight, so the words are the same in every time zone. Loaded with those tables
// only: English writes its days itself (./en/words.ts).

const DAY_MS = 86_400_000;

/**
 * A day as a locale writes it, with a pattern of date-fns tokens; outside 0001–9999 the
 * `outside` words: localDay(ja, "y年M月d日（E）", …)(18498) → "2020年8月24日（月）".
 */
export function localDay(locale: Locale, pattern: string, outside: { after: string; before: string }): (value: Day) => string {
  return (value) =>
    isInRange(value) ? format(new UTCDateMini(value * DAY_MS), pattern, { locale }) : value > 0 ? outside.after : outside.before;
}

/** The parts of the end of a deadline day in UTC: its UTC day and "15:00" (with seconds when the zone's offset has them). */
export function utcClock(endsAt: number): { utcDay: Day; time: string } {
  const utcDay = Math.floor(endsAt / DAY_MS);
  const seconds = Math.floor((endsAt - utcDay * DAY_MS) / 1000);
  const pad2 = (n: number) => String(n).padStart(2, '0');
  const [hour, minute, second] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  return { utcDay, time: `${pad2(hour)}:${pad2(minute)}${second === 0 ? '' : `:${pad2(second)}`}` };
}
