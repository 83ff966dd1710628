import { type Duration, durationParts } from '../../calendar/duration.js';

// Durations and spans in words for the tables that write a count before its unit with
// nothing or a space between parts (Japanese 1年6か月, Korean 1년 6개월, Chinese 1年6个月):
// one function each, the units and the separator given by the table.

export interface CountUnits {
  readonly years: string;
  readonly months: string;
  readonly weeks: string;
  readonly days: string;
}

/**
 * A duration as its parts, each count followed by its unit; none at all as 0 days.
 * durationWords({ years: '年', months: 'か月', weeks: '週間', days: '日' }, '')(P1Y6M) → "1年6か月"
 */
export function durationWords(units: CountUnits, separator: string): (value: Duration) => string {
  return (value) =>
    Object.entries(durationParts(value))
      .filter(([, count]) => count !== 0)
      .map(([unit, count]) => `${count}${units[unit as keyof CountUnits]}`)
      .join(separator) || `0${units.days}`;
}

/**
 * A span of months and days in years, months and days; none at all as 0 days.
 * spanWords(ja units, '')({ months: 18, days: 0 }) → "1年6か月"; ({ months: 36 }) → "3年"
 */
export function spanWords(units: CountUnits, separator: string): (value: { months: number; days: number }) => string {
  return (value) => {
    const years = Math.floor(value.months / 12);
    const parts: [number, string][] = [
      [years, units.years],
      [value.months - years * 12, units.months],
      [value.days, units.days],
    ];
    const words = parts.filter(([count]) => count !== 0).map(([count, unit]) => `${count}${unit}`);
    return words.length === 0 ? `0${units.days}` : words.join(separator);
  };
}
