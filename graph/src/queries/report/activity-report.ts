// The activity figures of a report per period (usually the half-years of the report's range): consultations,
// referrals and professional contacts as activity-totals.ts counts them (the brochure's rules, groups.ts),
// and the referral matrix. No Cypher of its own.
import type { GraphEngine } from '../../engine.ts';
import type { InstantRange } from '../../periods.ts';
import {
  activityTotals,
  WHOLE_STORE,
  type ActivityScope,
  type ActivityTotals,
} from '../stats/activity-totals.ts';
import { referralMatrices, type ReferralMatrixCell } from './referral-matrix.ts';

export interface PeriodActivity extends ActivityTotals {
  referralMatrix: ReferralMatrixCell[];
}

/** The figures of each period, in the order given, for the whole store or one district. */
export async function periodActivity(
  engine: GraphEngine,
  periods: InstantRange[],
  scope: ActivityScope = WHOLE_STORE,
): Promise<PeriodActivity[]> {
  const [totals, matrices] = await Promise.all([
    Promise.all(periods.map((period) => activityTotals(engine, period, scope))),
    referralMatrices(engine, periods, scope),
  ]);
  return totals.map((t, i) => ({ ...t, referralMatrix: matrices[i]! }));
}
