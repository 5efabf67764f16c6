// Small-cell suppression for reports (DESIGN.md, roles and privacy; issue #7): viewers and managers never
// receive a count below the minimum cell size (LOTSE_MIN_CELL_SIZE, default 5) — 0 included — nor anything
// that gives one back: a ratio of a hidden count, a change involving one, or a hidden part of a published sum
// (secondary suppression). Coordinators and admins see exact figures. Pure.
import type { Role } from '@lotse/graph';
import type { DensityChange, DensityFigures } from './report-density.ts';

export const DEFAULT_MIN_CELL_SIZE = 5;

/** A count as sent: `value` is null when suppressed (then "< minimum" is shown) or when there is none. */
export interface Cell {
  value: number | null;
  suppressed: boolean;
}

/** The minimum cell size that applies to a role, or null for exact figures. */
export function minimumFor(role: Role, minimumCellSize: number): number | null {
  return role === 'viewer' || role === 'manager' ? minimumCellSize : null;
}

const hidden: Cell = Object.freeze({ value: null, suppressed: true }) as Cell;
// Reports of a state hold ≈ 100,000 cells, most of them small counts: those are shared, not allocated anew.
const SHARED = Array.from(
  { length: 1024 },
  (_, value) => Object.freeze({ value, suppressed: false }) as Cell,
);
const shown = (value: number | null): Cell =>
  value !== null && Number.isInteger(value) && value >= 0 && value < SHARED.length
    ? SHARED[value]!
    : { value, suppressed: false };

/** A count cell: suppressed when below the minimum. */
export const countCell = (value: number, minimum: number | null): Cell =>
  minimum !== null && value < minimum ? hidden : shown(value);

export type SuppressedDensityFigures = { [K in keyof DensityFigures]: Cell };
export type SuppressedDensityChange = { [K in keyof DensityChange]: Cell };

/**
 * The figures as a role may see them. Counts below the minimum are hidden; `possibleTies` follows `actors`
 * (it gives |A| back); a ratio is hidden when a count it is made of is (ratio × denominator would give
 * the count back): density and average degree from ties and actors, contacts per actor from contacts and
 * actors. An undefined ratio (fewer than two actors) is hidden too when its counts are, since "undefined"
 * itself tells that |A| < 2.
 */
export function suppressDensity(figures: DensityFigures, minimum: number | null): SuppressedDensityFigures {
  const actors = countCell(figures.actors, minimum);
  const ties = countCell(figures.ties, minimum);
  const contacts = countCell(figures.contacts, minimum);
  const ratio = (value: number | null, ...parts: Cell[]) =>
    parts.some((p) => p.suppressed) ? hidden : shown(value);
  return {
    actors,
    possibleTies: actors.suppressed ? hidden : shown(figures.possibleTies),
    ties,
    density: ratio(figures.density, ties, actors),
    averageDegree: ratio(figures.averageDegree, ties, actors),
    contacts,
    contactsPerActor: ratio(figures.contactsPerActor, contacts, actors),
    isolatedActors: countCell(figures.isolatedActors, minimum),
    components: countCell(figures.components, minimum),
    externalTies: countCell(figures.externalTies, minimum),
  };
}

/** The change of each figure: hidden when either side is hidden, null when either side has no value. */
export function suppressedChange(
  current: SuppressedDensityFigures,
  previous: SuppressedDensityFigures,
  change: DensityChange,
): SuppressedDensityChange {
  const result = {} as SuppressedDensityChange;
  for (const key of Object.keys(change) as (keyof DensityChange)[])
    result[key] = current[key].suppressed || previous[key].suppressed ? hidden : shown(change[key]);
  return result;
}

/** A published sum: Σ `left` = Σ `right` (indices into the table's values), e.g. a total and its parts. */
export interface Balance {
  left: number[];
  right: number[];
}

/**
 * Primary and secondary suppression over a table of counts bound by published sums. First every value below
 * the minimum is hidden; then, while some sum has exactly one hidden term (it could be computed from the
 * others), the smallest shown term of that sum is hidden too — a part rather than a total, since totals are
 * the largest. This closes every single sum; it is not a full audit of what combinations of sums could
 * reveal. Returns which values are hidden; without a minimum, none.
 */
export function suppressTable(
  values: readonly number[],
  balances: readonly Balance[],
  minimum: number | null,
): boolean[] {
  const suppressed = values.map((v) => minimum !== null && v < minimum);
  if (minimum === null) return suppressed;
  for (let changed = true; changed;) {
    changed = false;
    for (const { left, right } of balances) {
      const terms = [...left, ...right];
      let hiddenTerms = 0;
      for (const t of terms) if (suppressed[t]) hiddenTerms++;
      if (hiddenTerms !== 1) continue;
      let pick = -1;
      for (const t of terms)
        if (
          !suppressed[t] &&
          (pick < 0 || values[t]! < values[pick]! || (values[t] === values[pick] && t < pick))
        )
          pick = t;
      if (pick < 0) continue;
      suppressed[pick] = true;
      changed = true;
    }
  }
  return suppressed;
}
