/**
 * Awkward dates and periods for the calendar tests (after tc39/proposal-temporal's
 * `polyfill/test/thorough/`): every case here has broken some date library somewhere.
 */
export const AWKWARD_DATES = [
  '0001-01-01', // first day gsomia can name
  '0001-01-31', // month end in year 1
  '0001-02-28', // year 1 is not a leap year
  '0004-02-29', // first leap day of the era
  '1900-02-28', // 1900 is divisible by 100, not by 400: no leap day
  '1900-03-01',
  '1969-12-31', // the day before day 0
  '1970-01-01', // day 0
  '1999-12-31',
  '2000-02-29', // 2000 is divisible by 400: a leap day
  '2016-02-29', // SPEC §2: + P1Y clamps to 2017-02-28
  '2016-11-23', // GSOMIA entry into force
  '2019-01-31', // SPEC §2: + P1M clamps to 2019-02-28
  '2019-02-28', // last day of a common February
  '2019-03-01', // first day after it
  '2020-01-30', // + P1M lands on 29 Feb
  '2020-01-31', // 31 Jan in a leap year
  '2020-02-28', // the day before a leap day
  '2020-02-29', // a leap day
  '2020-03-01',
  '2020-03-31', // 31 before a 30-day month
  '2020-04-30', // 30 of a short month
  '2020-05-31', // 31 before June (30)
  '2020-08-24', // GSOMIA 2020 deadline
  '2020-08-31', // 31 before September (30)
  '2020-09-30',
  '2020-10-31', // 31 before November (30)
  '2020-11-30',
  '2020-12-31', // year end
  '2100-02-28', // 2100 is not a leap year
  '2100-03-01',
  '9998-12-31',
  '9999-01-31',
  '9999-02-28',
  '9999-12-31', // last day gsomia can name
] as const;

export const PERIODS = [
  'P1D',
  'P1W',
  'P2W3D',
  'P28D',
  'P90D',
  'P1M',
  'P2M',
  'P3M',
  'P6M',
  'P11M',
  'P13M',
  'P1M1D',
  'P1Y',
  'P1Y6M',
  'P1Y1D',
  'P4Y',
  'P10Y',
  'P100Y',
  'P400Y',
] as const;
