// Periods of Berlin calendar days (both days included) as reports use them: their instants, their length,
// the period before them, and the calendar half-years they touch. Pure; days are ISO `YYYY-MM-DD` strings.
import { berlinInstant } from './opening-hours.ts';

/** Berlin calendar days, `from` and `to` both included (YYYY-MM-DD). */
export interface DayRange {
  from: string;
  to: string;
}

/** Half-open interval `[from, to)` of epoch milliseconds. */
export interface InstantRange {
  from: number;
  to: number;
}

const DAY_MS = 86_400_000;

const parts = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};

const dayNumber = (iso: string) => {
  const { year, month, day } = parts(iso);
  return Date.UTC(year, month - 1, day) / DAY_MS;
};

const isoOf = (date: Date) => date.toISOString().slice(0, 10);

/** The day `n` days after `iso` (before, when negative). */
export function addDays(iso: string, n: number): string {
  const { year, month, day } = parts(iso);
  return isoOf(new Date(Date.UTC(year, month - 1, day + n)));
}

/** Days of a range, both ends included (1 for a single day). */
export const daysIn = (range: DayRange): number => dayNumber(range.to) - dayNumber(range.from) + 1;

/** Whether `iso` is a real calendar day (2019-02-30 is not). */
export const isCalendarDay = (iso: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(iso) && isoOf(new Date(`${iso}T00:00:00Z`)) === iso;

/** The instants of a range of Berlin days: from the first midnight to the midnight after the last day. */
export function dayRangeInstants(range: DayRange): InstantRange {
  return {
    from: berlinInstant(parts(range.from), '00:00'),
    to: berlinInstant(parts(addDays(range.to, 1)), '00:00'),
  };
}

const lastDayOfMonth = (year: number, month: number) => isoOf(new Date(Date.UTC(year, month, 0)));

/**
 * Whole calendar months: `from` is the first of a month and `to` the last day of a month. Returns the
 * number of months, or null when the range is not made of whole months.
 */
export function wholeMonths(range: DayRange): number | null {
  const start = parts(range.from);
  const end = parts(range.to);
  if (start.day !== 1 || range.to !== lastDayOfMonth(end.year, end.month)) return null;
  const months = (end.year - start.year) * 12 + (end.month - start.month) + 1;
  return months > 0 ? months : null;
}

/**
 * The period before `range` that a report compares with: for whole calendar months (a month, a quarter,
 * a half-year, a year) the same number of months before it — the previous calendar half-year of a
 * half-year; otherwise the same number of days, ending the day before `from`.
 */
export function previousPeriod(range: DayRange): DayRange {
  const months = wholeMonths(range);
  const to = addDays(range.from, -1);
  if (months !== null) {
    const { year, month } = parts(range.from);
    return { from: isoOf(new Date(Date.UTC(year, month - 1 - months, 1))), to };
  }
  return { from: addDays(range.from, -daysIn(range)), to };
}

/** The period of `days` days that ends the day before `day` (what the network looked like before it). */
export const daysBefore = (day: string, days: number): DayRange => ({
  from: addDays(day, -days),
  to: addDays(day, -1),
});

export interface HalfYear extends DayRange {
  /** `2019-H2`. */
  label: string;
}

/** The calendar half-year that contains `iso`. */
export function halfYearOf(iso: string): HalfYear {
  const { year, month } = parts(iso);
  return month <= 6
    ? { label: `${year}-H1`, from: `${year}-01-01`, to: `${year}-06-30` }
    : { label: `${year}-H2`, from: `${year}-07-01`, to: `${year}-12-31` };
}

/** `count` calendar half-years ending with the one that contains `iso`, oldest first. */
export function halfYearsEndingWith(iso: string, count: number): HalfYear[] {
  const halfYears: HalfYear[] = [];
  let current = halfYearOf(iso);
  for (let i = 0; i < count; i++) {
    halfYears.unshift(current);
    current = halfYearOf(addDays(current.from, -1));
  }
  return halfYears;
}

export interface HalfYearPart extends HalfYear {
  /** The part of the half-year inside the range (the whole half-year when `complete`). */
  part: DayRange;
  complete: boolean;
}

/** The calendar half-years a range touches, oldest first, each with the part of it inside the range. */
export function halfYearsIn(range: DayRange): HalfYearPart[] {
  const result: HalfYearPart[] = [];
  for (let halfYear = halfYearOf(range.from); halfYear.from <= range.to;) {
    const part = {
      from: halfYear.from < range.from ? range.from : halfYear.from,
      to: halfYear.to > range.to ? range.to : halfYear.to,
    };
    result.push({ ...halfYear, part, complete: part.from === halfYear.from && part.to === halfYear.to });
    halfYear = halfYearOf(addDays(halfYear.to, 1));
  }
  return result;
}
