import { describe, expect, it } from 'vitest';
import type { OpeningHours } from './model.ts';
import { berlinInstant, nextOpening, openAt } from './opening-hours.ts';

const utc = (iso: string) => Date.parse(iso);
const DAY = 86_400_000;
const hours = (overrides: Partial<OpeningHours> = {}): OpeningHours => ({
  weekly: [],
  exceptions: [],
  appointmentOnly: false,
  ...overrides,
});
const mondays = hours({ weekly: [{ day: 'mon', from: '09:00', to: '12:00' }] });

describe('opening hours in Berlin time', () => {
  it('turns wall-clock times into instants with the offset of that day', () => {
    expect(berlinInstant({ year: 2026, month: 1, day: 12 }, '09:00')).toBe(utc('2026-01-12T08:00:00Z'));
    expect(berlinInstant({ year: 2026, month: 7, day: 13 }, '09:00')).toBe(utc('2026-07-13T07:00:00Z'));
    // Spring forward (29 March 2026, 02:00 → 03:00): 02:30 does not exist and becomes 03:30 summer time.
    expect(berlinInstant({ year: 2026, month: 3, day: 29 }, '02:30')).toBe(utc('2026-03-29T01:30:00Z'));
    expect(berlinInstant({ year: 2026, month: 3, day: 29 }, '10:00')).toBe(utc('2026-03-29T08:00:00Z'));
    // Fall back (25 October 2026): 02:30 happens twice; the first (summer time) is taken.
    expect(berlinInstant({ year: 2026, month: 10, day: 25 }, '02:30')).toBe(utc('2026-10-25T00:30:00Z'));
    expect(berlinInstant({ year: 2026, month: 10, day: 25 }, '10:00')).toBe(utc('2026-10-25T09:00:00Z'));
  });

  it('finds the next opening across the daylight-saving changes', () => {
    // From Friday before the spring change to Monday after it: 09:00 is now 07:00 UTC.
    expect(nextOpening(mondays, utc('2026-03-27T12:00:00Z'), utc('2026-04-10T00:00:00Z'))).toEqual({
      start: utc('2026-03-30T07:00:00Z'),
      end: utc('2026-03-30T10:00:00Z'),
    });
    // And back in autumn: 09:00 is 08:00 UTC again.
    expect(nextOpening(mondays, utc('2026-10-23T12:00:00Z'), utc('2026-11-10T00:00:00Z'))).toEqual({
      start: utc('2026-10-26T08:00:00Z'),
      end: utc('2026-10-26T11:00:00Z'),
    });
    // Hours on the Sunday of the change itself.
    const sundays = hours({ weekly: [{ day: 'sun', from: '10:00', to: '12:00' }] });
    expect(nextOpening(sundays, utc('2026-03-28T12:00:00Z'), utc('2026-04-01T00:00:00Z'))?.start).toBe(
      utc('2026-03-29T08:00:00Z'),
    );
    expect(nextOpening(sundays, utc('2026-10-24T12:00:00Z'), utc('2026-10-30T00:00:00Z'))?.start).toBe(
      utc('2026-10-25T09:00:00Z'),
    );
  });

  it('uses the Berlin day, not the UTC day, near midnight', () => {
    // 23:30 UTC on Sunday 11 January is already Monday 00:30 in Berlin.
    const lateMonday = hours({ weekly: [{ day: 'mon', from: '00:00', to: '01:00' }] });
    const at = utc('2026-01-11T23:30:00Z');
    expect(openAt(lateMonday, at)).toBe(true);
    expect(openAt(mondays, at)).toBe(false);
  });

  it('lets exceptions close a day (holidays) or replace its hours', () => {
    const fridays = hours({
      weekly: [{ day: 'fri', from: '09:00', to: '16:00' }],
      exceptions: [
        { date: '2026-12-25', closed: true, ranges: [], note: '1. Weihnachtstag' },
        { date: '2027-01-01', closed: true, ranges: [], note: 'Neujahr' },
        { date: '2026-12-24', closed: false, ranges: [{ from: '09:00', to: '11:00' }], note: 'Heiligabend' },
      ],
    });
    // Thursday 24 December (no weekly hours) opens as the exception says.
    expect(nextOpening(fridays, utc('2026-12-24T06:00:00Z'), utc('2027-01-31T00:00:00Z'))).toEqual({
      start: utc('2026-12-24T08:00:00Z'),
      end: utc('2026-12-24T10:00:00Z'),
    });
    // After that, both holiday Fridays are skipped: the next opening is Friday 8 January.
    expect(nextOpening(fridays, utc('2026-12-24T12:00:00Z'), utc('2027-01-31T00:00:00Z'))?.start).toBe(
      utc('2027-01-08T08:00:00Z'),
    );
  });

  it('reports the current opening when open, and nothing outside the window', () => {
    const at = utc('2026-01-12T09:30:00Z'); // Monday 10:30 in Berlin
    expect(nextOpening(mondays, at, at + DAY)).toEqual({
      start: utc('2026-01-12T08:00:00Z'),
      end: utc('2026-01-12T11:00:00Z'),
    });
    expect(openAt(mondays, at)).toBe(true);
    // Monday 12:00 has just closed; the next Monday is outside a three-day window.
    expect(nextOpening(mondays, utc('2026-01-12T11:00:00Z'), utc('2026-01-15T11:00:00Z'))).toBeNull();
    expect(nextOpening(hours(), at, at + 30 * DAY)).toBeNull();
  });
});
