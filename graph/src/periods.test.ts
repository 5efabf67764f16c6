import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayRangeInstants,
  daysBefore,
  daysIn,
  halfYearsEndingWith,
  halfYearsIn,
  isCalendarDay,
  previousPeriod,
  wholeMonths,
} from './periods.ts';

const utc = (iso: string) => Date.parse(iso);

describe('periods of Berlin days', () => {
  it('a period runs from the first Berlin midnight to the midnight after its last day', () => {
    // Winter: midnight is 23:00 UTC the day before; summer: 22:00 UTC.
    expect(dayRangeInstants({ from: '2020-01-01', to: '2020-06-30' })).toEqual({
      from: utc('2019-12-31T23:00:00Z'),
      to: utc('2020-06-30T22:00:00Z'),
    });
  });

  it('counts days with both ends included and knows calendar days', () => {
    expect(daysIn({ from: '2020-01-01', to: '2020-01-01' })).toBe(1);
    expect(daysIn({ from: '2020-01-01', to: '2020-12-31' })).toBe(366);
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
    expect(isCalendarDay('2019-02-29')).toBe(false);
    expect(isCalendarDay('2020-02-29')).toBe(true);
  });

  it('the period before a calendar half-year is the previous calendar half-year', () => {
    expect(previousPeriod({ from: '2020-01-01', to: '2020-06-30' })).toEqual({
      from: '2019-07-01',
      to: '2019-12-31',
    });
    expect(previousPeriod({ from: '2019-07-01', to: '2019-12-31' })).toEqual({
      from: '2019-01-01',
      to: '2019-06-30',
    });
    // whole months in general: a year, a month
    expect(previousPeriod({ from: '2019-07-01', to: '2020-06-30' })).toEqual({
      from: '2018-07-01',
      to: '2019-06-30',
    });
    expect(previousPeriod({ from: '2020-03-01', to: '2020-03-31' })).toEqual({
      from: '2020-02-01',
      to: '2020-02-29',
    });
    expect(wholeMonths({ from: '2020-01-01', to: '2020-06-30' })).toBe(6);
    expect(wholeMonths({ from: '2020-01-02', to: '2020-06-30' })).toBeNull();
  });

  it('otherwise the period before has the same number of days and ends the day before', () => {
    expect(previousPeriod({ from: '2020-03-10', to: '2020-03-19' })).toEqual({
      from: '2020-02-29',
      to: '2020-03-09',
    });
    expect(daysBefore('2020-03-10', 10)).toEqual({ from: '2020-02-29', to: '2020-03-09' });
  });

  it('lists the half-years ending with the one that contains a day', () => {
    expect(halfYearsEndingWith('2020-06-30', 5).map((h) => h.label)).toEqual([
      '2018-H1',
      '2018-H2',
      '2019-H1',
      '2019-H2',
      '2020-H1',
    ]);
    expect(halfYearsEndingWith('2020-07-01', 1)).toEqual([
      { label: '2020-H2', from: '2020-07-01', to: '2020-12-31' },
    ]);
  });

  it('splits a period into the half-years it touches, the first and last clipped', () => {
    expect(halfYearsIn({ from: '2018-01-01', to: '2020-06-30' }).map((h) => h.label)).toEqual([
      '2018-H1',
      '2018-H2',
      '2019-H1',
      '2019-H2',
      '2020-H1',
    ]);
    const parts = halfYearsIn({ from: '2019-05-01', to: '2019-08-15' });
    expect(parts).toEqual([
      {
        label: '2019-H1',
        from: '2019-01-01',
        to: '2019-06-30',
        part: { from: '2019-05-01', to: '2019-06-30' },
        complete: false,
      },
      {
        label: '2019-H2',
        from: '2019-07-01',
        to: '2019-12-31',
        part: { from: '2019-07-01', to: '2019-08-15' },
        complete: false,
      },
    ]);
  });
});
