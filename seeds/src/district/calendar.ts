// Days and half-years of the demo period (H1 2018 … H1 2020). Instants are noon UTC of a day, so a
// timestamp falls on the same calendar day in Europe/Berlin and in UTC and no report is off by one.

const DAY_MS = 86_400_000;

export interface HalfYear {
  /** e.g. '2018-H1' */
  key: string;
  /** First and last day, as day numbers (days since 1970-01-01 UTC). */
  firstDay: number;
  lastDay: number;
}

export const dayNumber = (year: number, month: number, day: number): number =>
  Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);

export const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

export const dayOfIso = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number);
  return dayNumber(y!, m!, d!);
};

/** Noon UTC of the day, in epoch milliseconds. */
export const noonOf = (day: number): number => day * DAY_MS + 12 * 3_600_000;

export const dayOfInstant = (at: number): number => Math.floor(at / DAY_MS);

export const yearOfDay = (day: number): number => new Date(day * DAY_MS).getUTCFullYear();

/** 0 = Monday … 6 = Sunday. */
export const weekdayOf = (day: number): number => (new Date(day * DAY_MS).getUTCDay() + 6) % 7;

export const HALF_YEARS: readonly HalfYear[] = [
  { key: '2018-H1', firstDay: dayNumber(2018, 1, 1), lastDay: dayNumber(2018, 6, 30) },
  { key: '2018-H2', firstDay: dayNumber(2018, 7, 1), lastDay: dayNumber(2018, 12, 31) },
  { key: '2019-H1', firstDay: dayNumber(2019, 1, 1), lastDay: dayNumber(2019, 6, 30) },
  { key: '2019-H2', firstDay: dayNumber(2019, 7, 1), lastDay: dayNumber(2019, 12, 31) },
  { key: '2020-H1', firstDay: dayNumber(2020, 1, 1), lastDay: dayNumber(2020, 6, 30) },
];

export const PERIOD_FIRST_DAY = HALF_YEARS[0]!.firstDay;
export const PERIOD_LAST_DAY = HALF_YEARS[HALF_YEARS.length - 1]!.lastDay;
