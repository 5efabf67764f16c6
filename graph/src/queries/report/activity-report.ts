// The activity figures of a report per period (usually the half-years of the report's range): consultations,
// referrals and professional contacts as activity-totals.ts counts them (the brochure's rules, groups.ts),
// and the referral matrix. No Cypher of its own.
import type { GraphEngine } from '../../engine.ts';
import type { InstantRange } from '../../periods.ts';
import { activityTotals, type ActivityTotals } from '../stats/activity-totals.ts';
import { referralMatrices, type ReferralMatrixCell } from './referral-matrix.ts';

export interface PeriodActivity extends ActivityTotals {
  referralMatrix: ReferralMatrixCell[];
}

/** The figures of each period, in the order given. */
export async function periodActivity(
  engine: GraphEngine,
  periods: InstantRange[],
): Promise<PeriodActivity[]> {
  const [totals, matrices] = await Promise.all([
    Promise.all(periods.map((period) => activityTotals(engine, period))),
    referralMatrices(engine, periods),
  ]);
  return totals.map((t, i) => ({ ...t, referralMatrix: matrices[i]! }));
}
