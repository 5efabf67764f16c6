// Bulk relationship loads on the embedded engine through a private CSV file (ADR 0002).
//
// Kùzu's `COPY … FROM (UNWIND $rows …)` converts every parameter struct in the Node binding: about
// 15,000 rows/s and hundreds of MB per 100,000 rows. Its CSV reader is several times faster and streams.
// CSV cannot tell an empty string from null, so every text is written quoted behind a one-character
// prefix that the COPY's `LOAD WITH HEADERS … RETURN substring(…)` removes again; null is an empty
// field. A quoted line break would force Kùzu's slow serial reader, so a row with a line break in a text
// (or a list element outside a plain set, or an empty list) keeps the parameter path: `csvRow` decides.
// Both paths store the same values — embedded-csv.test.ts reads them back.
//
// The file path is part of the COPY text (Kùzu binds no parameter for a file): it is our own temporary
// path, never input, and `copyStatement` refuses any path with a character outside a plain set.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphSession } from '../engine.ts';
import type { PropertyType } from '../schema/catalog.ts';

export type Columns = readonly (readonly [name: string, type: PropertyType])[];

/** Fewer rows than this are not worth a file. */
export const CSV_MIN_ROWS = 1000;

const LIST_ELEMENT = /^[\p{L}\p{N}_.-]+$/u;
const LINE_BREAK = /[\r\n]/;
const PLAIN_PATH = /^[\w/.-]+$/;

function field(value: unknown, type: PropertyType): string | undefined {
  if (value === null || value === undefined) return '';
  switch (type) {
    case 'STRING':
      return typeof value === 'string' && !LINE_BREAK.test(value)
        ? `"_${value.replaceAll('"', '""')}"`
        : undefined;
    case 'INT64':
      return Number.isSafeInteger(value) ? String(value) : undefined;
    case 'DOUBLE':
      return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
    case 'BOOLEAN':
      return typeof value === 'boolean' ? String(value) : undefined;
    case 'STRING[]':
      // An empty list takes the parameter path, which stores it as null like every other empty list.
      return Array.isArray(value) &&
        value.length > 0 &&
        value.every((v) => typeof v === 'string' && LIST_ELEMENT.test(v))
        ? `"[${value.join(',')}]"`
        : undefined;
  }
}

/** The CSV line for `row` in `columns` order, or undefined when some value cannot be written exactly. */
export function csvRow(columns: Columns, row: Record<string, unknown>): string | undefined {
  const fields: string[] = [];
  for (const [name, type] of columns) {
    const encoded = field(row[name], type);
    if (encoded === undefined) return undefined;
    fields.push(encoded);
  }
  return fields.join(',');
}

/** Splits rows into CSV lines and the rows that must keep the parameter path. */
export function splitForCsv(columns: Columns, rows: Record<string, unknown>[]) {
  const lines: string[] = [];
  const rest: Record<string, unknown>[] = [];
  for (const row of rows) {
    const line = csvRow(columns, row);
    if (line === undefined) rest.push(row);
    else lines.push(line);
  }
  return { lines, rest };
}

/**
 * `COPY <table> FROM (LOAD WITH HEADERS (…) FROM '<path>' … RETURN …)` for files written by `csvRow`
 * with the same columns; the path must be plain (see the header).
 */
export function copyStatement(
  table: string,
  columns: Columns,
  path: string,
  options: Record<string, string> = {},
): string {
  if (!PLAIN_PATH.test(path)) throw new Error(`unsafe CSV path for COPY: ${JSON.stringify(path)}`);
  const headers = columns.map(([, type], i) => `c${i} ${type}`).join(', ');
  const values = columns
    .map(([, type], i) => (type === 'STRING' ? `substring(c${i}, 2, size(c${i}))` : `c${i}`))
    .join(', ');
  const extra = Object.entries(options)
    .map(([k, v]) => `${k}='${v}'`)
    .join(', ');
  return `COPY ${table} FROM (LOAD WITH HEADERS (${headers}) FROM '${path}' (header=false) RETURN ${values})${extra ? ` (${extra})` : ''}`;
}

/** Whether temporary files land in a directory whose path `copyStatement` accepts. */
export const csvPathUsable = () => PLAIN_PATH.test(join(tmpdir(), 'lotse-copy-XXXXXX', 'rows.csv'));

/**
 * Writes `lines` to a private temporary file (directory mode 0700, file 0600), runs `load(path)`, and
 * removes the file whatever happens: it holds ids and times of client events.
 */
export async function withCsvFile<T>(lines: string[], load: (path: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'lotse-copy-'));
  try {
    const path = join(dir, 'rows.csv');
    await writeFile(path, `${lines.join('\n')}\n`, { mode: 0o600 });
    return await load(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Bulk-loads `rows` into `table` on the embedded engine: through a CSV file when the batch is large and
 * a row can be written exactly, through `viaParameters` (a `COPY … FROM (UNWIND …)`) otherwise.
 * `options` are COPY options such as the from/to pair of a relationship table with several pairs.
 */
export async function copyRows(
  session: GraphSession,
  table: string,
  columns: Columns,
  rows: Record<string, unknown>[],
  options: Record<string, string>,
  viaParameters: (rest: Record<string, unknown>[]) => Promise<unknown>,
): Promise<void> {
  const { lines, rest } =
    rows.length >= CSV_MIN_ROWS && csvPathUsable() ? splitForCsv(columns, rows) : { lines: [], rest: rows };
  if (lines.length > 0)
    await withCsvFile(lines, (path) => session.write(copyStatement(table, columns, path, options)));
  if (rest.length > 0) await viaParameters(rest);
}
