// Reports for network meetings (issue #7): the density report (figures per municipality and for the
// district, their change against a comparison period, a trend per half-year) and the activity report
// (consultations, referrals and contacts per half-year, the referral matrix). Aggregates only: never a
// client id or case code; reading them is not a client record read, so nothing is audited (as serviceGaps).
// Formulas: report-density.ts; suppression: report-suppression.ts; decisions: docs/adr/0010-network-report.md.
import {
  CONSULTATION_TOPICS,
  CONTACT_GROUPS,
  CONTACT_GROUP_LABELS,
  ORGANIZATION_KINDS,
  REFERRAL_GROUPS,
  REFERRAL_GROUP_LABELS,
  NEED_CATEGORIES,
  berlinDay,
  contactGroup,
  dayRangeInstants,
  daysBefore,
  daysIn,
  getMeeting,
  halfYearsEndingWith,
  halfYearsIn,
  listReportMunicipalities,
  periodActivity,
  previousPeriod,
  readReportNetwork,
  referralGroup,
  type ConsultationTopic,
  type ContactGroup,
  type DayRange,
  type GraphEngine,
  type Meeting,
  type OrganizationKind,
  type ReferralGroup,
  type ReferralSourceKind,
  type ReportMunicipality,
  type Role,
} from '@lotse/graph';
import { authorize, type Viewer } from '../auth/authorize.ts';
import { AppError, InvalidInputError, deniedError } from '../errors.ts';
import { densityCalculator, densityChange, type DensityFigures } from './report-density.ts';
import {
  minimumFor,
  suppressDensity,
  suppressedChange,
  suppressTable,
  type Balance,
  type Cell,
  type SuppressedDensityChange,
  type SuppressedDensityFigures,
} from './report-suppression.ts';

/** The longest period a report covers (and the farthest a comparison may lie from it). */
export const MAX_REPORT_DAYS = 5 * 366;
export const MAX_TREND_HALF_YEARS = 10;

export type ComparisonKind = 'previous_period' | 'custom' | 'meeting' | 'none';

export interface DensityReportQuery {
  district: string | null;
  period: DayRange;
  compare: { kind: ComparisonKind; period?: DayRange | null; meetingId?: string | null };
  trendHalfYears: number;
}

interface HalfYearView {
  halfYear: string;
  period: DayRange;
  partial: boolean;
}

export interface DensityRowView {
  current: SuppressedDensityFigures;
  previous: SuppressedDensityFigures | null;
  change: SuppressedDensityChange | null;
  trend: (HalfYearView & { figures: SuppressedDensityFigures })[];
}

export interface DensityReportView {
  district: string | null;
  period: DayRange;
  comparison: { kind: ComparisonKind; period: DayRange; meeting: Meeting | null } | null;
  trendHalfYears: HalfYearView[];
  suppressed: boolean;
  minimumCellSize: number;
  generatedAt: number;
  total: DensityRowView;
  /** The municipality as a reference (ags, name, district); the directory resolves the rest on demand. */
  municipalities: (DensityRowView & { municipality: ReportMunicipality })[];
}

export interface ActivityFiguresView {
  consultations: Cell;
  consultationsByTopic: { topic: ConsultationTopic; count: Cell }[];
  referrals: Cell;
  referralsByGroup: { group: ReferralGroup; label: string; labelEn: string; count: Cell }[];
  referralsByTargetKind: { kind: OrganizationKind; count: Cell }[];
  contacts: Cell;
  contactsByPartnerGroup: { group: ContactGroup; label: string; labelEn: string; count: Cell }[];
  contactsByPartnerKind: { kind: OrganizationKind | 'manager'; count: Cell }[];
  referralMatrix: { sourceKind: ReferralSourceKind; targetKind: OrganizationKind; count: Cell }[];
}

export interface ActivityReportQuery {
  district: string | null;
  period: DayRange;
}

export interface ActivityReportView {
  district: string | null;
  period: DayRange;
  suppressed: boolean;
  minimumCellSize: number;
  generatedAt: number;
  halfYears: { halfYear: string; period: DayRange; complete: boolean; figures: ActivityFiguresView }[];
  total: ActivityFiguresView;
}

export interface ReportService {
  densityReport(query: DensityReportQuery): Promise<DensityReportView>;
  activityReport(query: ActivityReportQuery): Promise<ActivityReportView>;
}

const fieldError = (field: string, message: string) => new InvalidInputError([{ field, message }]);

/** A period of at most MAX_REPORT_DAYS, from ≤ to (the resolvers check days and order; this the length). */
function checkLength(period: DayRange, field: string) {
  if (daysIn(period) > MAX_REPORT_DAYS)
    throw fieldError(
      `${field}.to`,
      `höchstens ${MAX_REPORT_DAYS} Tage (5 Jahre) / at most ${MAX_REPORT_DAYS} days (5 years)`,
    );
}

export function createReportService(deps: {
  engine: GraphEngine;
  viewer: Viewer;
  minimumCellSize: number;
  clock: () => number;
}): ReportService {
  const { engine, viewer } = deps;
  const allowed = (): Role => {
    const decision = authorize(viewer, 'aggregate.read');
    if (!decision.allowed || viewer.kind !== 'account')
      throw deniedError(decision.allowed ? 'UNAUTHENTICATED' : decision.code, 'Kein Zugriff / no access');
    return viewer.role;
  };

  async function comparisonOf(query: DensityReportQuery) {
    const { compare, period } = query;
    switch (compare.kind) {
      case 'none':
        return null;
      case 'previous_period':
        return { kind: compare.kind, period: previousPeriod(period), meeting: null };
      case 'custom': {
        if (!compare.period)
          throw fieldError('compare.period', 'mit CUSTOM ist ein Zeitraum nötig / CUSTOM needs a period');
        checkLength(compare.period, 'compare.period');
        return { kind: compare.kind, period: compare.period, meeting: null };
      }
      case 'meeting': {
        if (!compare.meetingId)
          throw fieldError(
            'compare.meetingId',
            'mit MEETING ist ein Treffen nötig / MEETING needs a meeting',
          );
        const meeting = await getMeeting(engine, compare.meetingId);
        if (!meeting)
          throw new AppError(
            'NOT_FOUND',
            `Nicht gefunden / not found: Netzwerktreffen / meeting ${compare.meetingId}`,
            { id: compare.meetingId, field: 'compare.meetingId' },
          );
        return { kind: compare.kind, period: daysBefore(meeting.date, daysIn(period)), meeting };
      }
    }
  }

  /**
   * The municipalities of a district (all when null), by name; a district without any is a field error.
   * A role whose small counts are hidden (`minimum` set) must name a district when there are several:
   * the whole store's figures minus one district's would give back the other districts' hidden counts.
   */
  async function municipalitiesOf(district: string | null, minimum: number | null) {
    // Read here rather than from the directory snapshot: no outlines, and no reload of every service.
    const all = await listReportMunicipalities(engine);
    if (district === null && minimum !== null && new Set(all.map((m) => m.district)).size > 1)
      throw fieldError(
        'district',
        'Ihre Rolle sieht Berichte je Landkreis: bitte einen Landkreis wählen / your role sees reports per district: please choose one',
      );
    const municipalities = all
      .filter((m) => district === null || m.district === district)
      .sort((a, b) => a.name.localeCompare(b.name, 'de') || a.ags.localeCompare(b.ags));
    if (district !== null && municipalities.length === 0)
      throw fieldError(
        'district',
        `kein Landkreis „${district}“ mit Gemeinden / no district “${district}” with municipalities`,
      );
    return municipalities;
  }

  return {
    async densityReport(query) {
      const role = allowed();
      const minimum = minimumFor(role, deps.minimumCellSize);
      checkLength(query.period, 'period');
      const municipalities = await municipalitiesOf(query.district, minimum);
      const comparison = await comparisonOf(query);
      const today = berlinDay(deps.clock()).date;
      const trendHalfYears = halfYearsEndingWith(query.period.to, query.trendHalfYears).map((h) => ({
        halfYear: h.label,
        period: { from: h.from, to: h.to },
        partial: h.to >= today,
      }));

      const current = dayRangeInstants(query.period);
      const previous = comparison ? dayRangeInstants(comparison.period) : null;
      const trend = trendHalfYears.map((h) => dayRangeInstants(h.period));
      const network = await readReportNetwork(engine, [current, ...(previous ? [previous] : []), ...trend]);
      const calculator = densityCalculator(
        network,
        municipalities.map((m) => m.ags),
      );
      const currentFigures = calculator.figures(current);
      const previousFigures = previous ? calculator.figures(previous) : null;
      const trendFigures = trend.map((window) => calculator.figures(window));

      const row = (pick: (figures: typeof currentFigures) => DensityFigures): DensityRowView => {
        const now = suppressDensity(pick(currentFigures), minimum);
        const before = previousFigures ? pick(previousFigures) : null;
        const beforeCells = before ? suppressDensity(before, minimum) : null;
        return {
          current: now,
          previous: beforeCells,
          change:
            before && beforeCells
              ? suppressedChange(now, beforeCells, densityChange(pick(currentFigures), before))
              : null,
          trend: trendHalfYears.map((h, i) => ({
            ...h,
            figures: suppressDensity(pick(trendFigures[i]!), minimum),
          })),
        };
      };
      return {
        district: query.district,
        period: query.period,
        comparison,
        trendHalfYears,
        suppressed: minimum !== null,
        minimumCellSize: deps.minimumCellSize,
        generatedAt: Date.now(),
        total: row((f) => f.total),
        municipalities: municipalities.map((municipality, m) => ({
          municipality,
          ...row((f) => f.municipalities[m]!),
        })),
      };
    },

    async activityReport({ district, period }) {
      const role = allowed();
      const minimum = minimumFor(role, deps.minimumCellSize);
      checkLength(period, 'period');
      await municipalitiesOf(district, minimum);
      const parts = halfYearsIn(period);
      const activity = await periodActivity(
        engine,
        parts.map((h) => dayRangeInstants(h.part)),
        { district },
      );
      const table = activityTable(activity.map(countsOf));
      const hidden = suppressTable(table.values, table.balances, minimum);
      const cells = table.values.map((value, i) =>
        hidden[i] ? { value: null, suppressed: true } : { value, suppressed: false },
      );
      return {
        district,
        period,
        suppressed: minimum !== null,
        minimumCellSize: deps.minimumCellSize,
        generatedAt: Date.now(),
        halfYears: parts.map((h, i) => ({
          halfYear: h.label,
          period: h.part,
          complete: h.complete,
          figures: figuresView(table.layout, cells, i),
        })),
        total: figuresView(table.layout, cells, parts.length),
      };
    },
  };
}

// ── The activity report as one table of counts bound by published sums ─────────────────────────────

const SOURCE_KINDS: readonly ReferralSourceKind[] = [...ORGANIZATION_KINDS, 'unknown'];
const PARTNER_KINDS: readonly (OrganizationKind | 'manager')[] = ['manager', ...ORGANIZATION_KINDS];

/** The counts of one period in a fixed layout. */
interface PeriodCounts {
  consultations: number;
  topics: number[];
  referrals: number;
  referralGroups: number[];
  targetKinds: number[];
  contacts: number;
  contactGroups: number[];
  partnerKinds: number[];
  /** source × target, source-major. */
  matrix: number[];
}

function countsOf(activity: Awaited<ReturnType<typeof periodActivity>>[number]): PeriodCounts {
  const targetKinds = ORGANIZATION_KINDS.map(() => 0);
  for (const row of activity.referrals.byTarget)
    targetKinds[ORGANIZATION_KINDS.indexOf(row.organizationKind)]! += row.referrals;
  const partnerKinds = PARTNER_KINDS.map(() => 0);
  for (const row of activity.contacts.byPartner) {
    const kind = row.partnerLabel === 'Manager' ? 'manager' : row.partnerKind;
    if (kind) partnerKinds[PARTNER_KINDS.indexOf(kind)]! += row.contacts;
  }
  const matrix = SOURCE_KINDS.flatMap(() => ORGANIZATION_KINDS.map(() => 0));
  for (const cell of activity.referralMatrix)
    matrix[
      SOURCE_KINDS.indexOf(cell.sourceKind) * ORGANIZATION_KINDS.length +
        ORGANIZATION_KINDS.indexOf(cell.targetKind)
    ]! += cell.referrals;
  return {
    consultations: activity.consultations.total,
    topics: CONSULTATION_TOPICS.map((t) => activity.consultations.byPrimaryTopic[t]),
    referrals: activity.referrals.total,
    referralGroups: REFERRAL_GROUPS.map((g) => activity.referrals.byGroup[g]),
    targetKinds,
    contacts: activity.contacts.total,
    contactGroups: CONTACT_GROUPS.map((g) => activity.contacts.byGroup[g]),
    partnerKinds,
    matrix,
  };
}

/** Where each count of a period sits in the flat table (offsets within the period's block). */
interface Layout {
  size: number;
  consultations: number;
  topics: number;
  referrals: number;
  referralGroups: number;
  targetKinds: number;
  contacts: number;
  contactGroups: number;
  partnerKinds: number;
  matrix: number;
}

const LAYOUT: Layout = (() => {
  let at = 0;
  const take = (n: number) => ((at += n), at - n);
  const layout = {
    consultations: take(1),
    topics: take(CONSULTATION_TOPICS.length),
    referrals: take(1),
    referralGroups: take(REFERRAL_GROUPS.length),
    targetKinds: take(ORGANIZATION_KINDS.length),
    contacts: take(1),
    contactGroups: take(CONTACT_GROUPS.length),
    partnerKinds: take(PARTNER_KINDS.length),
    matrix: take(SOURCE_KINDS.length * ORGANIZATION_KINDS.length),
  };
  return { ...layout, size: at };
})();

const range = (start: number, length: number) => Array.from({ length }, (_, i) => start + i);

/**
 * Which groups of referral targets and which kinds add up to the same referrals, derived from the
 * grouping rule itself (groups.ts): a kind whose referrals may land in several groups (the category
 * decides) ties those groups together. Each set is one published sum: Σ groups = Σ kinds.
 */
function referralGroupBalances(): { groups: number[]; kinds: number[] }[] {
  const sets: { groups: Set<ReferralGroup>; kinds: Set<OrganizationKind> }[] = [];
  for (const kind of ORGANIZATION_KINDS) {
    const groups = new Set(NEED_CATEGORIES.map((category) => referralGroup(kind, category)));
    const overlapping = sets.filter((s) => [...groups].some((g) => s.groups.has(g)));
    const merged = { groups, kinds: new Set<OrganizationKind>([kind]) };
    for (const s of overlapping) {
      s.groups.forEach((g) => merged.groups.add(g));
      s.kinds.forEach((k) => merged.kinds.add(k));
      sets.splice(sets.indexOf(s), 1);
    }
    sets.push(merged);
  }
  return sets.map((s) => ({
    groups: [...s.groups].map((g) => REFERRAL_GROUPS.indexOf(g)),
    kinds: [...s.kinds].map((k) => ORGANIZATION_KINDS.indexOf(k)),
  }));
}

/** The same for contact partners: each group is the sum of the partner kinds it takes. */
function contactGroupBalances(): { group: number; kinds: number[] }[] {
  return CONTACT_GROUPS.map((group, g) => ({
    group: g,
    kinds: PARTNER_KINDS.flatMap((kind, k) =>
      contactGroup(kind === 'manager' ? 'Manager' : 'Organization', kind === 'manager' ? null : kind) ===
      group
        ? [k]
        : [],
    ),
  }));
}

const REFERRAL_BALANCES = referralGroupBalances();
const CONTACT_BALANCES = contactGroupBalances();

/** The periods' counts, then their sum (the total), in one flat table with every published sum. */
export function activityTable(periods: PeriodCounts[]): {
  values: number[];
  balances: Balance[];
  layout: Layout;
} {
  const L = LAYOUT;
  const blocks = [...periods];
  const total: PeriodCounts = {
    consultations: 0,
    topics: CONSULTATION_TOPICS.map(() => 0),
    referrals: 0,
    referralGroups: REFERRAL_GROUPS.map(() => 0),
    targetKinds: ORGANIZATION_KINDS.map(() => 0),
    contacts: 0,
    contactGroups: CONTACT_GROUPS.map(() => 0),
    partnerKinds: PARTNER_KINDS.map(() => 0),
    matrix: SOURCE_KINDS.flatMap(() => ORGANIZATION_KINDS.map(() => 0)),
  };
  for (const p of periods) {
    total.consultations += p.consultations;
    total.referrals += p.referrals;
    total.contacts += p.contacts;
    for (const key of [
      'topics',
      'referralGroups',
      'targetKinds',
      'contactGroups',
      'partnerKinds',
      'matrix',
    ] as const)
      p[key].forEach((v, i) => (total[key][i]! += v));
  }
  blocks.push(total);
  const values = blocks.flatMap((b) => [
    b.consultations,
    ...b.topics,
    b.referrals,
    ...b.referralGroups,
    ...b.targetKinds,
    b.contacts,
    ...b.contactGroups,
    ...b.partnerKinds,
    ...b.matrix,
  ]);
  const balances: Balance[] = [];
  blocks.forEach((_, i) => {
    const o = i * L.size;
    const at = (offset: number, indices: number[]) => indices.map((k) => o + offset + k);
    balances.push({ left: [o + L.consultations], right: range(o + L.topics, CONSULTATION_TOPICS.length) });
    balances.push({ left: [o + L.referrals], right: range(o + L.referralGroups, REFERRAL_GROUPS.length) });
    balances.push({ left: [o + L.referrals], right: range(o + L.targetKinds, ORGANIZATION_KINDS.length) });
    for (const b of REFERRAL_BALANCES)
      balances.push({ left: at(L.referralGroups, b.groups), right: at(L.targetKinds, b.kinds) });
    balances.push({ left: [o + L.contacts], right: range(o + L.contactGroups, CONTACT_GROUPS.length) });
    balances.push({ left: [o + L.contacts], right: range(o + L.partnerKinds, PARTNER_KINDS.length) });
    for (const b of CONTACT_BALANCES)
      balances.push({ left: [o + L.contactGroups + b.group], right: at(L.partnerKinds, b.kinds) });
    // each target kind's column of the matrix adds up to the referrals to that kind
    ORGANIZATION_KINDS.forEach((_kind, t) =>
      balances.push({
        left: [o + L.targetKinds + t],
        right: SOURCE_KINDS.map((_s, s) => o + L.matrix + s * ORGANIZATION_KINDS.length + t),
      }),
    );
  });
  // every count of the total is the sum of the same count over the periods
  const last = periods.length * L.size;
  for (let k = 0; k < L.size; k++)
    balances.push({ left: [last + k], right: periods.map((_, i) => i * L.size + k) });
  return { values, balances, layout: L };
}

function figuresView(L: Layout, cells: Cell[], block: number): ActivityFiguresView {
  const o = block * L.size;
  const cell = (offset: number, k = 0) => cells[o + offset + k]!;
  return {
    consultations: cell(L.consultations),
    consultationsByTopic: CONSULTATION_TOPICS.map((topic, k) => ({ topic, count: cell(L.topics, k) })),
    referrals: cell(L.referrals),
    referralsByGroup: REFERRAL_GROUPS.map((group, k) => ({
      group,
      label: REFERRAL_GROUP_LABELS[group].de,
      labelEn: REFERRAL_GROUP_LABELS[group].en,
      count: cell(L.referralGroups, k),
    })),
    referralsByTargetKind: ORGANIZATION_KINDS.map((kind, k) => ({ kind, count: cell(L.targetKinds, k) })),
    contacts: cell(L.contacts),
    contactsByPartnerGroup: CONTACT_GROUPS.map((group, k) => ({
      group,
      label: CONTACT_GROUP_LABELS[group].de,
      labelEn: CONTACT_GROUP_LABELS[group].en,
      count: cell(L.contactGroups, k),
    })),
    contactsByPartnerKind: PARTNER_KINDS.map((kind, k) => ({ kind, count: cell(L.partnerKinds, k) })),
    referralMatrix: SOURCE_KINDS.flatMap((sourceKind, s) =>
      ORGANIZATION_KINDS.map((targetKind, t) => ({
        sourceKind,
        targetKind,
        count: cell(L.matrix, s * ORGANIZATION_KINDS.length + t),
      })),
    ),
  };
}
