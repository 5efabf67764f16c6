// The suppression rule: which roles, which cells, and why a hidden count stays hidden.
import { describe, expect, it } from 'vitest';
import { densityFigures } from './report-density.ts';
import {
  countCell,
  minimumFor,
  suppressDensity,
  suppressTable,
  suppressedChange,
} from './report-suppression.ts';
import { densityChange } from './report-density.ts';

describe('small-cell suppression', () => {
  it('applies to viewers and managers; coordinators and admins see exact figures', () => {
    expect(minimumFor('viewer', 5)).toBe(5);
    expect(minimumFor('manager', 5)).toBe(5);
    expect(minimumFor('coordinator', 5)).toBeNull();
    expect(minimumFor('admin', 5)).toBeNull();
  });

  it('hides every count from 0 to 4, shows 5 and above', () => {
    expect([0, 1, 4, 5, 6].map((n) => countCell(n, 5))).toEqual([
      { value: null, suppressed: true },
      { value: null, suppressed: true },
      { value: null, suppressed: true },
      { value: 5, suppressed: false },
      { value: 6, suppressed: false },
    ]);
    expect(countCell(0, null)).toEqual({ value: 0, suppressed: false });
  });

  it('hides a ratio when a count it is made of is hidden, so the count cannot be computed back', () => {
    const figures = densityFigures({
      actors: 12,
      ties: 3,
      contacts: 40,
      isolatedActors: 5,
      components: 6,
      externalTies: 9,
    });
    const cells = suppressDensity(figures, 5);
    expect(cells.ties.suppressed).toBe(true);
    expect(cells.density).toEqual({ value: null, suppressed: true }); // 3/66 × 66 = 3
    expect(cells.averageDegree).toEqual({ value: null, suppressed: true }); // 0.5 × 12 / 2 = 3
    expect(cells.contactsPerActor).toEqual({ value: 40 / 12, suppressed: false });
    expect(cells.possibleTies).toEqual({ value: 66, suppressed: false });
    // three actors: |A| hidden, and so are the possible ties (3) and every ratio over |A|
    const few = suppressDensity(
      densityFigures({ actors: 3, ties: 0, contacts: 9, isolatedActors: 0, components: 0, externalTies: 7 }),
      5,
    );
    expect([few.possibleTies, few.contactsPerActor, few.density].every((c) => c.suppressed)).toBe(true);
    const before = densityFigures({
      actors: 12,
      ties: 8,
      contacts: 40,
      isolatedActors: 5,
      components: 6,
      externalTies: 9,
    });
    const change = suppressedChange(cells, suppressDensity(before, 5), densityChange(figures, before));
    expect(change.ties.suppressed).toBe(true);
    expect(change.contacts).toEqual({ value: 0, suppressed: false });
  });

  it('a published sum never has exactly one hidden term: the next smallest is hidden with it', () => {
    // total 20 = 12 + 6 + 2: 2 alone would be 20 − 12 − 6
    expect(suppressTable([20, 12, 6, 2], [{ left: [0], right: [1, 2, 3] }], 5)).toEqual([
      false,
      false,
      true,
      true,
    ]);
    // two sums sharing a part: hiding in one opens the other, which closes in turn
    const values = [20, 12, 6, 2, 30, 6, 24];
    const balances = [
      { left: [0], right: [1, 2, 3] },
      { left: [4], right: [5, 6] },
      { left: [2], right: [5] }, // the same count published twice
    ];
    expect(suppressTable(values, balances, 5)).toEqual([false, false, true, true, false, true, true]);
    // nothing hidden without a minimum
    expect(suppressTable([1, 1], [{ left: [0], right: [1] }], null)).toEqual([false, false]);
  });
});
