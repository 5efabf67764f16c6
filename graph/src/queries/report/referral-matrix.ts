// Referrals of a period by where they came from and where they went: the kind of organisation that employs
// the referring manager (the referral's `by`; `unknown` when that is no manager or one without employer)
// × the kind of organisation that offers the referred service. Both engines run the same texts.
import type { GraphEngine } from '../../engine.ts';
import { ORGANIZATION_KINDS, type OrganizationKind } from '../../model.ts';
import type { InstantRange } from '../../periods.ts';
import { WHOLE_STORE, type ActivityScope } from '../stats/activity-totals.ts';

// With a district, only the referrals of clients living there (as activity-totals.ts counts them).
export const referralMatrixCypher = {
  referrals: `MATCH (:Client)-[r:REFERRED_TO]->(:Service)<-[:OFFERS]-(o:Organization)
WHERE r.at >= $from AND r.at < $to
RETURN r.by AS referredBy, o.kind AS targetKind, count(r) AS referrals`,
  referralsInDistrict: `MATCH (home:Municipality)<-[:LIVES_IN]-(:Client)-[r:REFERRED_TO]->(:Service)<-[:OFFERS]-(o:Organization)
WHERE home.district = $district AND r.at >= $from AND r.at < $to
RETURN r.by AS referredBy, o.kind AS targetKind, count(r) AS referrals`,
  employers: `MATCH (g:Manager)-[:EMPLOYED_BY]->(e:Organization)
RETURN g.id AS managerId, e.kind AS employerKind`,
};

export type ReferralSourceKind = OrganizationKind | 'unknown';

export interface ReferralMatrixCell {
  sourceKind: ReferralSourceKind;
  targetKind: OrganizationKind;
  referrals: number;
}

const isKind = (value: unknown): value is OrganizationKind =>
  typeof value === 'string' && (ORGANIZATION_KINDS as readonly string[]).includes(value);

/** The non-empty cells of each period's matrix, in the order of the periods. */
export async function referralMatrices(
  engine: GraphEngine,
  periods: InstantRange[],
  scope: ActivityScope = WHOLE_STORE,
): Promise<ReferralMatrixCell[][]> {
  const employers = new Map(
    (await engine.read<{ managerId: string; employerKind: unknown }>(referralMatrixCypher.employers)).map(
      (row) => [row.managerId, isKind(row.employerKind) ? row.employerKind : ('unknown' as const)],
    ),
  );
  return Promise.all(
    periods.map(async (period) => {
      const rows = await engine.read<{ referredBy: string; targetKind: unknown; referrals: number }>(
        scope.district === null ? referralMatrixCypher.referrals : referralMatrixCypher.referralsInDistrict,
        scope.district === null
          ? { from: period.from, to: period.to }
          : { from: period.from, to: period.to, district: scope.district },
      );
      const cells = new Map<string, ReferralMatrixCell>();
      for (const row of rows) {
        if (!isKind(row.targetKind)) continue;
        const sourceKind = employers.get(row.referredBy) ?? 'unknown';
        const key = `${sourceKind}\n${row.targetKind}`;
        const cell = cells.get(key);
        if (cell) cell.referrals += Number(row.referrals);
        else cells.set(key, { sourceKind, targetKind: row.targetKind, referrals: Number(row.referrals) });
      }
      return [...cells.values()].sort(
        (a, b) => a.sourceKind.localeCompare(b.sourceKind) || a.targetKind.localeCompare(b.targetKind),
      );
    }),
  );
}
