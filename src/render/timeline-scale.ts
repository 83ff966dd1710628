import { civilFromDay, type Day, dayFromCivil } from '../calendar/day.js';

// Where days go across a picture, and which years get a label: the text timeline and the
// SVG one share these, so both pictures put a day in the same place.

/**
 * Maps days onto `columns` columns: a day's column, and the day a column stands for
 * (its middle), so fills and markers agree however many days a column holds.
 * A leap year on 366 columns: column(2020-01-02) → 1, dayAt(1) → 2020-01-02.
 */
export function scaleOf(from: Day, until: Day, columns: number) {
  const span = until - from + 1;
  return {
    column: (day: Day) => Math.min(columns - 1, Math.max(0, Math.floor(((day - from) * columns) / span))),
    /** the column holding the end of a day: where a mark for "through this day" goes */
    endColumn: (day: Day) => Math.min(columns - 1, Math.max(0, Math.ceil(((day - from + 1) * columns) / span) - 1)),
    dayAt: (column: number) => from + Math.floor(((column + 0.5) * span) / columns),
    /** the first and last day a column holds (last < first when a column holds none) */
    daysOf: (column: number): [Day, Day] => [
      from + Math.ceil((column * span) / columns),
      from + Math.ceil(((column + 1) * span) / columns) - 1,
    ],
    visible: (day: Day) => day >= from && day <= until,
  };
}

/**
 * Years step for axis labels: each label (4 digits and a gap) needs `minColumns` columns.
 * Nine years on 73 columns, 6 a label → 1; a thousand years → 100.
 */
export function yearStep(from: Day, until: Day, columns: number, minColumns: number): number {
  const perYear = (columns * 365.2425) / (until - from + 1);
  return [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000, 2000, 5000].find((step) => step * perYear >= minColumns) ?? 10000;
}

/**
 * The first days of the labelled years inside the window: [day, year] pairs.
 * 2015-06-01 … 2017-12-31, step 1 → [[2016-01-01, 2016], [2017-01-01, 2017]].
 */
export function yearTicks(from: Day, until: Day, step: number): [Day, number][] {
  const ticks: [Day, number][] = [];
  const first = civilFromDay(from);
  let year = Math.ceil((first.month === 1 && first.day === 1 ? first.year : first.year + 1) / step) * step;
  for (; year <= 9999; year += step) {
    const day = dayFromCivil(year, 1, 1);
    if (day > until) break;
    ticks.push([day, year]);
  }
  return ticks;
}

/**
 * The first days of the months inside the window, with their labels (YYYY-MM), for ranges
 * too short for year labels: 2020-08-01 … 2020-09-30 → [[2020-09-01, "2020-09"]].
 */
export function monthTicks(from: Day, until: Day): [Day, string][] {
  const ticks: [Day, string][] = [];
  const first = civilFromDay(from);
  let [year, month] = first.day === 1 ? [first.year, first.month] : [first.year, first.month + 1];
  for (;;) {
    if (month > 12) [year, month] = [year + 1, 1];
    if (year > 9999) break;
    const day = dayFromCivil(year, month, 1);
    if (day > until) break;
    ticks.push([day, `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`]);
    month += 1;
  }
  return ticks;
}
