// The API's clock for demo data of a past period (LOTSE_TODAY).
import { berlinInstant, berlinWallClock } from '@lotse/graph';

/**
 * LOTSE_TODAY (YYYY-MM-DD): the day suggestions treat as today, at the current Berlin time of day (demo
 * data of a past period). The day is a Berlin day: late in the evening UTC is already tomorrow in Berlin,
 * so the time of day is read in Berlin and put on that date there. Sessions, audit events and stored
 * records always use the real clock.
 */
export function clockFromEnv(
  value = process.env.LOTSE_TODAY,
  now: () => number = Date.now,
): (() => number) | undefined {
  if (value === undefined || value === '') return undefined;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const start = day ? Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : Number.NaN;
  if (!Number.isFinite(start) || new Date(start).toISOString().slice(0, 10) !== value)
    throw new Error(
      `LOTSE_TODAY muss ein Datum JJJJ-MM-TT sein / LOTSE_TODAY must be a date YYYY-MM-DD, got "${value}"`,
    );
  const date = { year: Number(day![1]), month: Number(day![2]), day: Number(day![3]) };
  return () => {
    const at = now();
    const wall = berlinWallClock(at);
    const hhmm = `${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}`;
    return berlinInstant(date, hhmm) + (at % 60_000);
  };
}
