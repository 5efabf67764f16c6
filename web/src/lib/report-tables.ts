// The report's tables defined once: their columns (label and value), so the page and the CSV downloads
// show the same figures under the same headings.
import type {
  ReportActivityFiguresFragment,
  ReportDensityFiguresFragment,
  ReportPageQuery,
} from '$lib/graphql/__generated__/graphql';
import { actorKindLabel, consultationTopicLabel, getLocale, isNetworkActorKind } from '$lib/i18n';
import { m } from '$lib/paraglide/messages.js';
import type { Cell } from '$lib/report';

/** `2020-H1` as the page says it: "1. Halbjahr 2020" / "H1 2020". */
export const halfYearLabel = (halfYear: string): string =>
  m.report_half_year({ half: halfYear.slice(-1), year: halfYear.slice(0, 4) });

export type MunicipalityRow = ReportPageQuery['densityReport']['municipalities'][number];

export interface Column<T> {
  key: string;
  label: () => string;
  cell: (row: T) => Cell | null;
  /** Decimal places shown (ratios); counts have none. */
  digits: number;
}

const figure =
  (pick: (f: ReportDensityFiguresFragment) => Cell) =>
  (row: { current: ReportDensityFiguresFragment }): Cell =>
    pick(row.current);

type DensityRow = {
  current: ReportDensityFiguresFragment;
  change?: { density: Cell; contactsPerActor: Cell } | null;
};

/** The figures of the municipality table, in the order of docs/REPORTS.md. */
export const DENSITY_COLUMNS: Column<DensityRow>[] = [
  { key: 'actors', label: m.report_col_actors, cell: figure((f) => f.actors), digits: 0 },
  { key: 'ties', label: m.report_col_ties, cell: figure((f) => f.ties), digits: 0 },
  { key: 'contacts', label: m.report_col_contacts, cell: figure((f) => f.contacts), digits: 0 },
  { key: 'density', label: m.report_col_density, cell: figure((f) => f.density), digits: 3 },
  { key: 'degree', label: m.report_col_degree, cell: figure((f) => f.averageDegree), digits: 1 },
  {
    key: 'perActor',
    label: m.report_col_contacts_per_actor,
    cell: figure((f) => f.contactsPerActor),
    digits: 1,
  },
  { key: 'isolated', label: m.report_col_isolated, cell: figure((f) => f.isolatedActors), digits: 0 },
  { key: 'components', label: m.report_col_components, cell: figure((f) => f.components), digits: 0 },
  { key: 'external', label: m.report_col_external, cell: figure((f) => f.externalTies), digits: 0 },
  {
    key: 'changeDensity',
    label: m.report_col_change_density,
    cell: (row) => row.change?.density ?? null,
    digits: 3,
  },
  {
    key: 'changePerActor',
    label: m.report_col_change_contacts,
    cell: (row) => row.change?.contactsPerActor ?? null,
    digits: 1,
  },
];

/** A cell as the page shows it: "< 5" when suppressed, "–" without a value, a signed number for changes. */
export function showCell(cell: Cell | null, digits: number, minimum: number, signed = false): string {
  if (!cell || (cell.value === null && !cell.suppressed)) return m.report_no_value();
  if (cell.suppressed || cell.value === null) return m.report_suppressed_cell({ min: minimum });
  const text = new Intl.NumberFormat(getLocale(), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(cell.value);
  return text;
}

/** A cell as the CSV holds it: the number itself (rounded as shown), "< 5", or empty. */
export function csvCell(cell: Cell | null, digits: number, minimum: number): string | number | null {
  if (!cell || (cell.value === null && !cell.suppressed)) return null;
  if (cell.suppressed || cell.value === null) return m.report_suppressed_cell({ min: minimum });
  return Number(cell.value.toFixed(digits));
}

export function densityTable(report: ReportPageQuery['densityReport']) {
  const min = report.minimumCellSize;
  const header = [m.report_col_municipality(), 'AGS', ...DENSITY_COLUMNS.map((c) => c.label())];
  const rows = [
    ...report.municipalities.map((row) => [
      row.municipality.name,
      row.municipality.ags,
      ...DENSITY_COLUMNS.map((c) => csvCell(c.cell(row), c.digits, min)),
    ]),
    [m.report_total(), '', ...DENSITY_COLUMNS.map((c) => csvCell(c.cell(report.total), c.digits, min))],
  ];
  return { header, rows };
}

/**
 * The referral matrix: source kinds as rows, target kinds as columns. Rows and columns without one
 * shown referral are left out (`hidden` says whether one of them held a suppressed cell).
 */
export function referralMatrix(figures: ReportActivityFiguresFragment) {
  const kindLabel = (kind: string) =>
    kind === 'UNKNOWN' ? m.report_matrix_unknown() : isNetworkActorKind(kind) ? actorKindLabel(kind) : kind;
  const shown = (cell: { count: Cell }) => !cell.count.suppressed && (cell.count.value ?? 0) > 0;
  const sources = [...new Set(figures.referralMatrix.filter(shown).map((c) => c.sourceKind))];
  const targets = [...new Set(figures.referralMatrix.filter(shown).map((c) => c.targetKind))];
  const at = new Map(figures.referralMatrix.map((c) => [`${c.sourceKind}|${c.targetKind}`, c.count]));
  const hidden = figures.referralMatrix.some(
    (c) => c.count.suppressed && !(sources.includes(c.sourceKind) && targets.includes(c.targetKind)),
  );
  return {
    sources: sources.map((kind) => ({ kind, label: kindLabel(kind) })),
    targets: targets.map((kind) => ({ kind, label: kindLabel(kind) })),
    cell: (source: string, target: string): Cell =>
      at.get(`${source}|${target}`) ?? { value: 0, suppressed: false },
    hidden,
  };
}

export function matrixTable(figures: ReportActivityFiguresFragment, minimum: number) {
  const matrix = referralMatrix(figures);
  return {
    header: [m.report_matrix_source(), ...matrix.sources.map((s) => s.label)],
    rows: matrix.targets.map((t) => [
      t.label,
      ...matrix.sources.map((s) => csvCell(matrix.cell(s.kind, t.kind), 0, minimum)),
    ]),
  };
}

/** One of the brochure's figures: categories (rows) × half-years (series). */
export interface SeriesFigure {
  key: 'consultations' | 'referrals' | 'contacts';
  title: string;
  categories: { key: string; label: string }[];
  series: { label: string; values: Cell[] }[];
  totals: Cell[];
}

export function brochureFigures(
  halfYears: ReportPageQuery['halfYears'],
  halfYearLabel: (halfYear: string) => string,
): SeriesFigure[] {
  const english = getLocale() === 'en';
  const groupLabel = (g: { label: string; labelEn: string }) => (english ? g.labelEn : g.label);
  const build = (
    key: SeriesFigure['key'],
    title: string,
    rows: (f: ReportActivityFiguresFragment) => { key: string; label: string; count: Cell }[],
  ): SeriesFigure => {
    const first = rows(halfYears.total);
    return {
      key,
      title,
      categories: first.map((r) => ({ key: r.key, label: r.label })),
      series: halfYears.halfYears.map((h) => ({
        label: halfYearLabel(h.halfYear),
        values: rows(h.figures).map((r) => r.count),
      })),
      totals: first.map((r) => r.count),
    };
  };
  return [
    build('consultations', m.report_facts_consultations(), (f) =>
      f.consultationsByTopic.map((t) => ({
        key: t.topic,
        label: consultationTopicLabel(t.topic),
        count: t.count,
      })),
    ),
    build('referrals', m.report_facts_referrals(), (f) =>
      f.referralsByGroup.map((g) => ({ key: g.group, label: groupLabel(g), count: g.count })),
    ),
    build('contacts', m.report_facts_contacts(), (f) =>
      f.contactsByPartnerGroup.map((g) => ({ key: g.group, label: groupLabel(g), count: g.count })),
    ),
  ];
}

export function figureTable(figure: SeriesFigure, minimum: number) {
  return {
    header: ['', ...figure.series.map((s) => s.label), m.report_matrix_sum()],
    rows: figure.categories.map((c, i) => [
      c.label,
      ...figure.series.map((s) => csvCell(s.values[i] ?? null, 0, minimum)),
      csvCell(figure.totals[i] ?? null, 0, minimum),
    ]),
  };
}
