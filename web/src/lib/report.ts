// The report page's pure parts: half-years and their days, class breaks of the choropleth, the small
// trend line, sorting rows with suppressed cells, CSV text and a standalone SVG of the choropleth.
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** The `kreis` value of /berichte that asks for every municipality of every district. */
export const ALL_DISTRICTS = 'alle';

/**
 * A download's name: `lotse-<table>-<district>-<from>-<to>.<extension>`, in plain ASCII (umlauts spelt out),
 * so files of several districts and periods can be told apart and any system keeps the name.
 */
export function reportFileName(
  name: string,
  district: string | null,
  period: { from: string; to: string },
  extension: string,
): string {
  const place = (district ?? ALL_DISTRICTS)
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe')
    .replace(/Ü/g, 'Ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `lotse-${name}-${place || ALL_DISTRICTS}-${period.from}-${period.to}.${extension}`;
}

/** A calendar half-year, `2020-H1` (January–June) or `2020-H2` (July–December). */
export type HalfYear = `${number}-H${1 | 2}`;

const HALF_YEAR = /^(\d{4})-H([12])$/;

export function isHalfYear(value: string | null | undefined): value is HalfYear {
  return HALF_YEAR.test(value ?? '');
}

/** The days a half-year covers, both included. */
export function halfYearDays(halfYear: HalfYear): { from: string; to: string } {
  const [, year, half] = HALF_YEAR.exec(halfYear)!;
  return half === '1'
    ? { from: `${year}-01-01`, to: `${year}-06-30` }
    : { from: `${year}-07-01`, to: `${year}-12-31` };
}

/** The half-year a day (YYYY-MM-DD) lies in. */
export function halfYearOf(day: string): HalfYear {
  return `${Number(day.slice(0, 4))}-H${Number(day.slice(5, 7)) <= 6 ? 1 : 2}` as HalfYear;
}

export function previousHalfYear(halfYear: HalfYear): HalfYear {
  const [, year, half] = HALF_YEAR.exec(halfYear)!;
  return (half === '2' ? `${year}-H1` : `${Number(year) - 1}-H2`) as HalfYear;
}

/** The half-years from `first` to `last`, both included, oldest first. */
export function halfYearsBetween(first: HalfYear, last: HalfYear): HalfYear[] {
  const out: HalfYear[] = [];
  for (let h = last; h >= first && out.length < 200; h = previousHalfYear(h)) out.unshift(h);
  return out;
}

/** The period a half-year's days make, when `from`–`to` is exactly one; otherwise null. */
export function halfYearOfPeriod(from: string, to: string): HalfYear | null {
  const candidate = halfYearOf(from);
  const days = halfYearDays(candidate);
  return days.from === from && days.to === to ? candidate : null;
}

// ── Sorting the municipality table ──────────────────────────────────────────────────────────────

/** A number, a suppressed small count (shown as "< 5"), or nothing to show (no value). */
export type Cell = { value: number | null; suppressed: boolean };

/**
 * Sorts rows by a cell, the direction chosen; rows without a value go last either way, and a
 * suppressed cell sorts as if it were just below the minimum cell size (it lies between 0 and it).
 */
export function sortRows<T>(
  rows: readonly T[],
  cell: (row: T) => Cell | null | undefined,
  direction: 'ascending' | 'descending',
  minimumCellSize: number,
  name: (row: T) => string,
): T[] {
  const key = (row: T): number | null => {
    const c = cell(row);
    if (!c) return null;
    if (c.suppressed) return minimumCellSize - 0.5;
    return c.value;
  };
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (x === null && y === null) return name(a).localeCompare(name(b), 'de');
    if (x === null) return 1;
    if (y === null) return -1;
    return x === y ? name(a).localeCompare(name(b), 'de') : sign * (x - y);
  });
}

// ── The choropleth's classes ────────────────────────────────────────────────────────────────────

/** Five shades of one hue, light to dark, each with enough contrast against the next. */
export const CLASS_COLOURS = ['#e8f1f8', '#b9d4e9', '#7fb0d6', '#3f7fb5', '#0b4f6c'] as const;
export const NO_VALUE_COLOUR = '#f3f4f6';

export interface ClassBreaks {
  /** Upper bounds of the classes but the last, ascending; a value v is in the first class i with v ≤ bounds[i]. */
  bounds: number[];
  colours: readonly string[];
}

/**
 * Classes by quantiles of the values (at most five; fewer when few distinct values exist), so each
 * colour marks about as many municipalities. Equal values always share a class.
 */
export function classBreaks(values: readonly number[], classes = CLASS_COLOURS.length): ClassBreaks {
  const sorted = [...new Set(values.filter((v) => Number.isFinite(v)))].sort((a, b) => a - b);
  if (sorted.length <= 1) return { bounds: [], colours: CLASS_COLOURS.slice(-1) };
  const count = Math.min(classes, sorted.length);
  const all = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const bounds: number[] = [];
  for (let i = 1; i < count; i++) {
    const q = all[Math.min(all.length - 1, Math.floor((i * all.length) / count) - 1)]!;
    if (!bounds.includes(q) && q < sorted.at(-1)!) bounds.push(q);
  }
  // Fewer classes spread over the scale, ending at its darkest shade, so a lone class is not nearly white.
  const k = bounds.length + 1;
  const colours = Array.from(
    { length: k },
    (_, i) => CLASS_COLOURS[Math.round(((i + 1) * CLASS_COLOURS.length) / k) - 1]!,
  );
  return { bounds, colours };
}

export function classOf(value: number | null, breaks: ClassBreaks): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const i = breaks.bounds.findIndex((bound) => value <= bound);
  return i === -1 ? breaks.bounds.length : i;
}

export function colourOf(value: number | null, breaks: ClassBreaks): string {
  const i = classOf(value, breaks);
  return i === null ? NO_VALUE_COLOUR : breaks.colours[i]!;
}

// ── The trend line ──────────────────────────────────────────────────────────────────────────────

/**
 * An SVG path through the values (null leaves a gap), `width` × `height` with one pixel of margin;
 * the y scale runs from 0 to the largest value, so equal lines in two rows mean equal values.
 */
export function sparklinePath(
  values: readonly (number | null)[],
  width: number,
  height: number,
  max?: number,
): string {
  const top = max ?? Math.max(0, ...values.filter((v): v is number => v !== null));
  const step = values.length > 1 ? (width - 2) / (values.length - 1) : 0;
  const y = (v: number) => (top > 0 ? height - 1 - ((height - 2) * v) / top : height - 1);
  let path = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    path += `${pen ? 'L' : 'M'}${(1 + i * step).toFixed(1)},${y(v).toFixed(1)}`;
    pen = true;
  });
  return path;
}

// ── CSV ─────────────────────────────────────────────────────────────────────────────────────────

/**
 * CSV as German spreadsheet programs open it: semicolons, CRLF, a byte-order mark so umlauts survive,
 * and every field quoted when it holds a separator, quote or line break. A field that starts like a
 * formula (=, +, -, @) is prefixed with an apostrophe, so a name from the directory never runs as one.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  const field = (value: string | number | null): string => {
    if (value === null) return '';
    let text = typeof value === 'number' ? String(value).replace('.', ',') : value;
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `\uFEFF${[header, ...rows].map((row) => row.map(field).join(';')).join('\r\n')}\r\n`;
}

// ── A standalone SVG of the choropleth (export and print; Leaflet draws the interactive one) ────

export interface ChoroplethArea {
  name: string;
  geometry: Polygon | MultiPolygon;
  colour: string;
  /** Shown as the area's tooltip in the SVG. */
  title: string;
}

/** Web Mercator y for a latitude, in the same unit as longitude degrees. */
const mercatorY = (lat: number) => (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI;

const escapeXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** The areas as an SVG document `width` wide, in Web Mercator as the map shows them, with a legend. */
export function choroplethSvg(
  areas: readonly ChoroplethArea[],
  legend: readonly { colour: string; label: string }[],
  caption: string,
  width = 800,
): string {
  const rings = (g: Polygon | MultiPolygon): Position[][] =>
    g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  const points = areas.flatMap((a) => rings(a.geometry).flat());
  const xs = points.map((p) => p[0]!);
  const ys = points.map((p) => mercatorY(p[1]!));
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = (width - 20) / Math.max(1e-9, x1 - x0);
  const mapHeight = Math.ceil((y1 - y0) * scale) + 20;
  const legendTop = mapHeight + 10;
  const height = legendTop + legend.length * 22 + 40;
  const project = (p: Position) =>
    `${(10 + (p[0]! - x0) * scale).toFixed(1)},${(10 + (y1 - mercatorY(p[1]!)) * scale).toFixed(1)}`;
  const shapes = areas
    .map((a) => {
      const d = rings(a.geometry)
        .map((ring) => `M${ring.map(project).join('L')}Z`)
        .join('');
      return `<path d="${d}" fill="${a.colour}" stroke="#52606d" stroke-width="0.8" fill-rule="evenodd"><title>${escapeXml(a.title)}</title></path>`;
    })
    .join('');
  const keys = legend
    .map(
      (item, i) =>
        `<rect x="10" y="${legendTop + i * 22}" width="18" height="14" fill="${item.colour}" stroke="#52606d" stroke-width="0.5"/>` +
        `<text x="36" y="${legendTop + i * 22 + 12}">${escapeXml(item.label)}</text>`,
    )
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="13">` +
    `<rect width="100%" height="100%" fill="#fff"/>${shapes}${keys}` +
    `<text x="10" y="${height - 12}" fill="#52606d">${escapeXml(caption)}</text></svg>`
  );
}
