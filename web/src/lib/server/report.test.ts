// What /berichte and its CSV downloads make of a query string: district, period, comparison, problems.
import { describe, expect, it } from 'vitest';
import { reportSelection } from './report';

const TODAY = '2020-07-15';
const DISTRICTS = ['Alb-Donau-Kreis', 'Biberach'];
const select = (query: string, districts = DISTRICTS, exactFigures = true) =>
  reportSelection(new URLSearchParams(query), TODAY, districts, exactFigures);

describe('the report selection', () => {
  it('defaults to the first district, the last complete half-year and the one before as comparison', () => {
    const s = select('');
    expect([s.district, s.halfYear, s.from, s.to, s.comparison, s.problem]).toEqual([
      'Alb-Donau-Kreis',
      '2020-H1',
      '2020-01-01',
      '2020-06-30',
      'vorher',
      null,
    ]);
    expect(s.districts).toEqual(DISTRICTS);
    // five half-years of activity, ending with the chosen one
    expect(s.activity).toEqual({ from: '2018-01-01', to: '2020-06-30' });
  });

  it('takes a listed district, or every district with kreis=alle', () => {
    expect(select('kreis=Biberach').district).toBe('Biberach');
    expect(select('kreis=alle').district).toBeNull();
    expect(select('kreis=alle').problem).toBeNull();
    expect(select('').allOffered).toBe(true);
  });

  it('offers every district only to roles with exact figures, and only when there are several', () => {
    const viewer = select('kreis=alle', DISTRICTS, false);
    expect([viewer.allOffered, viewer.problem]).toEqual([false, 'alle']);
    expect(select('kreis=Biberach', DISTRICTS, false).district).toBe('Biberach');
    // with one district, "all" is that district: nothing to subtract, nothing to refuse
    const one = select('kreis=alle', ['Alb-Donau-Kreis'], false);
    expect([one.allOffered, one.district, one.problem]).toEqual([false, null, null]);
    expect(select('', ['Alb-Donau-Kreis'], true).allOffered).toBe(false);
  });

  it('names an unknown district as the problem, before any problem of the period', () => {
    expect(select('kreis=Atlantis').problem).toBe('kreis');
    expect(select('kreis=Atlantis&von=2020-02-01&bis=2020-01-01').problem).toBe('kreis');
    expect(select('kreis=Biberach&von=2020-02-01&bis=2020-01-01').problem).toBe('bis');
  });

  it('has no district to choose when the store has none', () => {
    const s = select('', []);
    expect([s.district, s.problem]).toEqual([null, null]);
  });

  it('reads a custom period, and a custom period that is a half-year as that half-year', () => {
    const custom = select('von=2020-02-01&bis=2020-03-31');
    expect([custom.halfYear, custom.from, custom.to]).toEqual([null, '2020-02-01', '2020-03-31']);
    expect(select('von=2019-07-01&bis=2019-12-31').halfYear).toBe('2019-H2');
    expect(select('von=2020-02-30&bis=2020-03-31').problem).toBe('von');
  });

  it('keeps a known comparison and falls back to the previous period otherwise', () => {
    expect(select('vergleich=halbjahr:2019-H2').comparison).toBe('halbjahr:2019-H2');
    expect(select('vergleich=treffen:meeting-1').comparison).toBe('treffen:meeting-1');
    expect(select('vergleich=keiner').comparison).toBe('keiner');
    expect(select('vergleich=irgendwas').comparison).toBe('vorher');
  });
});
