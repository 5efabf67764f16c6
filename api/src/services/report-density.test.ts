// The density formulas on tiny graphs, against values computed by hand (docs/REPORTS.md has the same
// examples in words).
import { describe, expect, it } from 'vitest';
import type { ReportActor, ReportNetwork } from '@lotse/graph';
import { densityCalculator, densityChange, densityFigures } from './report-density.ts';

const X = '08000001';
const Y = '08000002';
const Z = '08000003';
const H1 = { from: 0, to: 100 };
const H2 = { from: 100, to: 200 };
const YEAR = { from: 0, to: 200 };

const org = (id: string, ags: string): ReportActor => ({
  label: 'Organization',
  id,
  kind: 'helper_circle',
  municipalities: [ags],
});
const manager = (id: string, covers: string[]): ReportActor => ({
  label: 'Manager',
  id,
  kind: 'manager',
  municipalities: covers,
});

/** A network from actors and contacts `[from, to, bucket]` by id. */
function network(actors: ReportActor[], contacts: [string, string, 0 | 1][]): ReportNetwork {
  const index = new Map(actors.map((a, i) => [a.id, i]));
  const buckets = [[], []] as number[][];
  for (const [from, to, bucket] of contacts) buckets[bucket]!.push(index.get(from)!, index.get(to)!);
  return { actors, buckets: [H1, H2], contacts: buckets.map((b) => Int32Array.from(b)) };
}

// X: o1, o2, o3 and the manager g1 (who also covers Y); Y: o4 and g1; g2 covers nothing.
// H1: o1–o2 once. H2: g1→o1 and o1→g1 (one tie, two contacts), g1–o4, g2–o2; o3 never has a contact.
const ACTORS = [
  org('o1', X),
  org('o2', X),
  org('o3', X),
  org('o4', Y),
  manager('g1', [X, Y]),
  manager('g2', []),
];
const CONTACTS: [string, string, 0 | 1][] = [
  ['o1', 'o2', 0],
  ['g1', 'o1', 1],
  ['o1', 'g1', 1],
  ['g1', 'o4', 1],
  ['g2', 'o2', 1],
];

describe('contact density', () => {
  const calculator = densityCalculator(network(ACTORS, CONTACTS), [X, Y, Z]);

  it('counts actors, ties, contacts, isolated actors, components and ties leaving a municipality', () => {
    const { municipalities } = calculator.figures(H2);
    // X: |A| = 4 (o1, o2, o3, g1), ties g1–o1 (2 contacts); o1–o2 had its contact in H1.
    // o3 has no tie at all; o2's only tie (g2) leaves X, so o2 is not isolated but alone in X.
    expect(municipalities[0]).toEqual({
      actors: 4,
      possibleTies: 6,
      ties: 1,
      density: 1 / 6,
      averageDegree: 0.5,
      contacts: 2,
      contactsPerActor: 0.5,
      isolatedActors: 1,
      components: 3, // {g1, o1}, {o2}, {o3}
      externalTies: 2, // g1–o4 (o4 is in Y), o2–g2 (g2 covers nothing)
    });
    // Y: o4 and g1, tied once.
    expect(municipalities[1]).toEqual({
      actors: 2,
      possibleTies: 1,
      ties: 1,
      density: 1,
      averageDegree: 1,
      contacts: 1,
      contactsPerActor: 0.5,
      isolatedActors: 0,
      components: 1,
      externalTies: 1, // g1–o1
    });
  });

  it('a tie counts in every period it has a contact in; a year is not the sum of its half-years', () => {
    const year = calculator.figures(YEAR).municipalities[0]!;
    // X over the year: ties o1–o2 and g1–o1; 3 contacts
    expect(year).toMatchObject({ ties: 2, contacts: 3, components: 2, isolatedActors: 1, externalTies: 2 });
    expect(year.density).toBeCloseTo(2 / 6, 12);
    expect(calculator.figures(H1).municipalities[0]).toMatchObject({
      ties: 1,
      contacts: 1,
      isolatedActors: 2, // g1 and o3 had no contact in H1
      components: 3, // {o1, o2}, {o3}, {g1}
      externalTies: 0,
    });
  });

  it('the total takes the municipalities together: a manager covering two counts once', () => {
    const { total } = calculator.figures(H2);
    // A(D) = o1, o2, o3, o4, g1; ties g1–o1, g1–o4; o2–g2 leaves the district
    expect(total).toEqual({
      actors: 5,
      possibleTies: 10,
      ties: 2,
      density: 0.2,
      averageDegree: 0.8,
      contacts: 3,
      contactsPerActor: 0.6,
      isolatedActors: 1,
      components: 3, // {g1, o1, o4}, {o2}, {o3}
      externalTies: 1,
    });
  });

  it('a municipality without actors has no density, no average, no components', () => {
    expect(calculator.figures(H2).municipalities[2]).toEqual({
      actors: 0,
      possibleTies: 0,
      ties: 0,
      density: null,
      averageDegree: null,
      contacts: 0,
      contactsPerActor: null,
      isolatedActors: 0,
      components: 0,
      externalTies: 0,
    });
    expect(
      densityFigures({ actors: 1, ties: 0, contacts: 0, isolatedActors: 1, components: 1, externalTies: 0 }),
    ).toMatchObject({ density: null, averageDegree: 0, possibleTies: 0 });
  });

  it('two managers covering the same two municipalities are tied in both', () => {
    const calc = densityCalculator(network([manager('a', [X, Y]), manager('b', [X, Y])], [['a', 'b', 0]]), [
      X,
      Y,
    ]);
    const { municipalities, total } = calc.figures(H1);
    expect(municipalities.map((m) => m.ties)).toEqual([1, 1]);
    expect(total).toMatchObject({ actors: 2, ties: 1, contacts: 1, components: 1 });
  });

  it('components of a path and a triangle, joined later', () => {
    const actors = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => org(id, X));
    const calc = densityCalculator(
      network(actors, [
        ['a', 'b', 0],
        ['b', 'c', 0],
        ['d', 'e', 0],
        ['e', 'f', 0],
        ['f', 'd', 0],
        ['c', 'd', 1],
      ]),
      [X],
    );
    expect(calc.figures(H1).municipalities[0]).toMatchObject({ ties: 5, components: 2 });
    expect(calc.figures(YEAR).municipalities[0]).toMatchObject({ ties: 6, components: 1 });
    // average degree 2·6/6 = 2, density 6/15
    expect(calc.figures(YEAR).municipalities[0]!.averageDegree).toBe(2);
    expect(calc.figures(YEAR).municipalities[0]!.density).toBeCloseTo(0.4, 12);
  });

  it('the change is current − previous, and null where either side has no value', () => {
    const calc = densityCalculator(network(ACTORS, CONTACTS), [X, Z]);
    const [x, z] = calc.figures(H2).municipalities;
    const [xBefore, zBefore] = calc.figures(H1).municipalities;
    expect(densityChange(x!, xBefore!)).toMatchObject({
      actors: 0,
      ties: 0,
      contacts: 1,
      isolatedActors: -1,
      externalTies: 2,
      density: 0,
    });
    expect(densityChange(z!, zBefore!)).toMatchObject({ actors: 0, density: null, averageDegree: null });
  });
});
