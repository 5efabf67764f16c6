// The report's selection from the query string (period, comparison) and the one request that fetches
// it; shared by the page (/berichte) and its CSV downloads, so both always show the same figures.
import {
  ReportPageDocument,
  ReportPickerDocument,
  type ReportComparisonInput,
  type ReportPageQuery,
  type ReportPickerQuery,
} from '$lib/graphql/__generated__/graphql';
import {
  ALL_DISTRICTS,
  halfYearDays,
  halfYearOf,
  halfYearOfPeriod,
  halfYearsBetween,
  isHalfYear,
  previousHalfYear,
  type HalfYear,
} from '$lib/report';
import { executeGraphql } from '$lib/server/graphql';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** The first half-year the picker offers: the demo district's activity starts in 2018. */
const FIRST_HALF_YEAR: HalfYear = '2018-H1';

const isDay = (value: string | null): value is string =>
  value !== null &&
  DAY.test(value) &&
  !Number.isNaN(Date.parse(`${value}T12:00:00Z`)) &&
  new Date(`${value}T12:00:00Z`).toISOString().slice(0, 10) === value;

export type Comparison = 'vorher' | 'keiner' | `halbjahr:${string}` | `treffen:${string}`;

export interface ReportSelection {
  /** The chosen district, or null for every municipality (`kreis=alle`). */
  district: string | null;
  /** The districts the picker offers, in German alphabetical order. */
  districts: string[];
  /** Whether "every district" may be chosen: by roles that see exact figures, when there are several. */
  allOffered: boolean;
  /** The chosen half-year, or null for a custom period. */
  halfYear: HalfYear | null;
  from: string;
  to: string;
  comparison: Comparison;
  /** The half-years the picker offers, newest first. */
  halfYears: HalfYear[];
  /** The five half-years of the activity figures and trends, ending with the one holding `to`. */
  activity: { from: string; to: string };
  /** The field the visitor got wrong, if any: the report is not asked for then. */
  problem: 'kreis' | 'alle' | 'von' | 'bis' | null;
}

/**
 * The selection a query string asks for, with the defaults: the first district (the only one, in a
 * district's own Lotse), the last complete half-year, compared with the one before.
 */
export function reportSelection(
  params: URLSearchParams,
  today: string,
  districts: string[],
  exactFigures: boolean,
): ReportSelection {
  const current = halfYearOf(today);
  const latest = previousHalfYear(current);
  const halfYears = halfYearsBetween(FIRST_HALF_YEAR, current).reverse();
  const asked = params.get('halbjahr');
  const customFrom = params.get('von');
  const customTo = params.get('bis');
  let halfYear: HalfYear | null = isHalfYear(asked) && halfYears.includes(asked) ? asked : null;
  let from: string;
  let to: string;
  let problem: ReportSelection['problem'] = null;
  const askedDistrict = params.get('kreis');
  // Roles that see "< 5" get one district at a time: the API refuses the whole store to them when there
  // are several districts (a district's figures subtracted from it would give back hidden counts).
  const allOffered = exactFigures && districts.length > 1;
  let district: string | null = districts[0] ?? null;
  if (askedDistrict === ALL_DISTRICTS && (allOffered || districts.length <= 1)) district = null;
  else if (askedDistrict === ALL_DISTRICTS) problem = 'alle';
  else if (askedDistrict !== null && districts.includes(askedDistrict)) district = askedDistrict;
  else if (askedDistrict !== null) problem = 'kreis';
  if (!halfYear && (customFrom || customTo)) {
    from = customFrom ?? '';
    to = customTo ?? '';
    if (!isDay(from)) problem ??= 'von';
    else if (!isDay(to) || to < from) problem ??= 'bis';
    // A custom period that is exactly one half-year is that half-year (the picker shows it so).
    if (!problem) halfYear = halfYearOfPeriod(from, to);
  } else {
    halfYear ??= latest;
    ({ from, to } = halfYearDays(halfYear));
  }
  const raw = params.get('vergleich') ?? 'vorher';
  const comparison: Comparison =
    raw === 'keiner' ||
    (raw.startsWith('halbjahr:') && isHalfYear(raw.slice(9))) ||
    (raw.startsWith('treffen:') && raw.length > 8 && raw.length < 120)
      ? (raw as Comparison)
      : 'vorher';
  const last = isDay(to) ? halfYearOf(to) : latest;
  const first = previousHalfYear(previousHalfYear(previousHalfYear(previousHalfYear(last))));
  return {
    district,
    districts,
    allOffered,
    halfYear,
    from,
    to,
    comparison,
    halfYears,
    activity: { from: halfYearDays(first).from, to: halfYearDays(last).to },
    problem,
  };
}

export function comparisonInput(comparison: Comparison): ReportComparisonInput {
  if (comparison === 'keiner') return { kind: 'NONE' };
  if (comparison.startsWith('halbjahr:'))
    return { kind: 'CUSTOM', period: halfYearDays(comparison.slice(9) as HalfYear) };
  if (comparison.startsWith('treffen:')) return { kind: 'MEETING', meetingId: comparison.slice(8) };
  return { kind: 'PREVIOUS_PERIOD' };
}

export type ReportData = ReportPageQuery;
export type ReportMeetings = ReportPickerQuery['meetings']['edges'][number]['node'][];

export async function fetchPicker(fetch: typeof globalThis.fetch) {
  const picker = await executeGraphql(fetch, ReportPickerDocument, {});
  const districts = [...new Set(picker.municipalities.map((m) => m.district).filter((d) => d !== ''))].sort(
    (a, b) => a.localeCompare(b, 'de'),
  );
  return { today: picker.today, meetings: picker.meetings.edges.map((e) => e.node), districts };
}

export async function fetchReport(
  fetch: typeof globalThis.fetch,
  selection: ReportSelection,
): Promise<ReportData> {
  return executeGraphql(fetch, ReportPageDocument, {
    district: selection.district,
    period: { from: selection.from, to: selection.to },
    compare: comparisonInput(selection.comparison),
    activityPeriod: selection.activity,
  });
}
