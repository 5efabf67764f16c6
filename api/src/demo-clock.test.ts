import { describe, expect, it } from 'vitest';
import { berlinDay } from '@lotse/graph';
import { clockFromEnv } from './demo-clock.ts';

describe('the demo clock (LOTSE_TODAY)', () => {
  it('keeps the Berlin day when it is already tomorrow in UTC terms, and the Berlin time of day', () => {
    // 22:30 UTC on 21 November 2026 is 23:30 in Berlin; 22:30 UTC in July would be past midnight there.
    const clock = clockFromEnv('2020-07-15', () => Date.UTC(2026, 10, 21, 22, 30, 15));
    const at = clock!();
    expect(berlinDay(at)).toEqual({ date: '2020-07-15', weekday: 'wed' });
    // 23:30 Berlin summer time is 21:30 UTC.
    expect(new Date(at).toISOString()).toBe('2020-07-15T21:30:15.000Z');
  });

  it('is the real clock when unset, and refuses a date that does not exist', () => {
    expect(clockFromEnv('')).toBeUndefined();
    expect(() => clockFromEnv('2020-02-30')).toThrow(/LOTSE_TODAY/);
  });
});
