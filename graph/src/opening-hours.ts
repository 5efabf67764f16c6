// Opening hours in Europe/Berlin wall-clock time: the weekly schedule, with exceptions (holidays, extra
// or shortened days) replacing a day's hours. Works across the daylight-saving changes: a range is
// turned into instants day by day with the offset that day has.
import { WEEKDAYS, type OpeningHours } from './model.ts';

export const SERVICE_TIME_ZONE = 'Europe/Berlin';

export interface LocalDay {
  year: number;
  month: number;
  day: number;
}

export interface Opening {
  /** Instant (ms) the opening starts; before `from` when the service is open at `from`. */
  start: number;
  end: number;
}

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: SERVICE_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

type WallClock = LocalDay & { hour: number; minute: number; second: number };

// Intl's formatToParts costs microseconds a call, and ranking a few dozen services asks the same few
// instants and day times again and again: both conversions are remembered (bounded).
const MEMO_LIMIT = 10_000;
function remember<K, V>(memo: Map<K, V>, key: K, compute: () => V): V {
  let value = memo.get(key);
  if (value === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    value = compute();
    memo.set(key, value);
  }
  return value;
}
const wallClocks = new Map<number, WallClock>();
const instants = new Map<string, number>();

/** Wall-clock time in Berlin at an instant. */
export function berlinWallClock(at: number): WallClock {
  return remember(wallClocks, at, () => computeWallClock(at));
}

function computeWallClock(at: number): WallClock {
  const values: Record<string, number> = {};
  for (const part of parts.formatToParts(new Date(at)))
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  return {
    year: values.year!,
    month: values.month!,
    day: values.day!,
    hour: values.hour!,
    minute: values.minute!,
    second: values.second!,
  };
}

const HOUR = 3_600_000;

/** Offset of Berlin from UTC at an instant, in ms (+1 h in winter, +2 h in summer). */
function offsetAt(at: number): number {
  const w = computeWallClock(at);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(at / 1000) * 1000;
}

/**
 * The instant of a Berlin wall-clock time. A time inside the spring-forward gap (02:00–03:00 on the last
 * Sunday of March) maps to the same wall time an hour later; in the autumn hour that happens twice, the
 * first is taken.
 */
export function berlinInstant(day: LocalDay, hhmm: string): number {
  return remember(instants, `${day.year}-${day.month}-${day.day} ${hhmm}`, () => computeInstant(day, hhmm));
}

function computeInstant(day: LocalDay, hhmm: string): number {
  const [hour, minute] = hhmm.split(':').map(Number) as [number, number];
  const wall = Date.UTC(day.year, day.month - 1, day.day, hour, minute);
  // Berlin is UTC+2 in summer and UTC+1 in winter: the instant is one of two, whichever has that offset.
  const summer = wall - 2 * HOUR;
  if (offsetAt(summer) === 2 * HOUR) return summer;
  return wall - HOUR;
}

const isoDay = (d: LocalDay) =>
  `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

function addDays(d: LocalDay, n: number): LocalDay {
  const date = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const weekday = (d: LocalDay) =>
  WEEKDAYS[(new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() + 6) % 7]!;

/** The Berlin calendar day at an instant: its date (YYYY-MM-DD) and weekday. */
export function berlinDay(at: number): { date: string; weekday: (typeof WEEKDAYS)[number] } {
  const wall = berlinWallClock(at);
  return { date: isoDay(wall), weekday: weekday(wall) };
}

/** The hours of one local day: an exception for that date replaces the weekly schedule. */
export function hoursOn(hours: OpeningHours, day: LocalDay): { from: string; to: string }[] {
  const date = isoDay(day);
  const exception = hours.exceptions.find((e) => e.date === date);
  if (exception)
    return exception.closed ? [] : [...exception.ranges].sort((a, b) => a.from.localeCompare(b.from));
  const name = weekday(day);
  return hours.weekly
    .filter((w) => w.day === name)
    .map(({ from, to }) => ({ from, to }))
    .sort((a, b) => a.from.localeCompare(b.from));
}

/** Days looked ahead at most (a year covers every weekly schedule and every exception). */
const MAX_DAYS = 370;

/**
 * The first opening that has not ended at `from` and starts before `until` — the current one when the
 * service is open at `from` — or null. Says nothing about appointment-only or closed services: callers
 * check those.
 */
export function nextOpening(hours: OpeningHours, from: number, until: number): Opening | null {
  if (until <= from || (hours.weekly.length === 0 && hours.exceptions.length === 0)) return null;
  const first = berlinWallClock(from);
  const last = berlinWallClock(until);
  const lastDate = isoDay(last);
  let day: LocalDay = { year: first.year, month: first.month, day: first.day };
  for (let i = 0; i <= MAX_DAYS && isoDay(day) <= lastDate; i++, day = addDays(day, 1)) {
    for (const range of hoursOn(hours, day)) {
      const start = berlinInstant(day, range.from);
      const end = berlinInstant(day, range.to);
      if (start >= until) return null;
      if (end > from) return { start, end };
    }
  }
  return null;
}

/** Whether the service keeps office hours at `at`. */
export const openAt = (hours: OpeningHours, at: number): boolean => {
  const opening = nextOpening(hours, at, at + 1);
  return opening !== null && opening.start <= at;
};
