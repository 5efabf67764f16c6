// Dates and times as a counselling room in Germany reads them: form fields hold Berlin wall-clock time,
// the API takes instants. Done on the server, so forms default to the right day without JavaScript.
const ZONE = 'Europe/Berlin';

const parts = (at: number) =>
  Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(at))
      .map((p) => [p.type, p.value]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute', string>;

/** The Berlin day (`YYYY-MM-DD`) and time (`HH:MM`) of an instant. */
export function berlinWallClock(at: number): { date: string; time: string } {
  const p = parts(at);
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/**
 * The instant of a Berlin wall-clock time, or null when the fields are no valid day and time. In the hour
 * the clocks go back, the earlier of the two instants.
 */
export function berlinInstant(date: string, time: string): number | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as number[];
  const asUtc = Date.UTC(year!, month! - 1, day!, hour!, minute!);
  if (new Date(asUtc).getUTCDate() !== day) return null;
  // Berlin is UTC+1 or UTC+2: try both offsets and keep the one whose Berlin reading is the input.
  for (const offsetHours of [2, 1]) {
    const at = asUtc - offsetHours * 3_600_000;
    const back = berlinWallClock(at);
    if (back.date === date && back.time === time) return at;
  }
  // A time skipped when the clocks go forward does not exist in Berlin.
  return null;
}
