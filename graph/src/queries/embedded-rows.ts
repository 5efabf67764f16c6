// Kùzu's Node binding types a list-of-struct parameter from its FIRST element: a null field there
// becomes STRING, and an integral number later in a DOUBLE field is bit-reinterpreted (5 → 2.5e-323).
// So bulk statements on the embedded engine get (1) a typed witness row first, which the statement
// filters out by its empty key, (2) DOUBLE values as text, cast back in Cypher, and (3) every row with
// the witness's field order, because struct fields are read by position. See ADR 0002.
import type { PropertyType } from '../schema/catalog.ts';

type Properties = readonly (readonly [name: string, type: PropertyType])[];

const WITNESS: Record<PropertyType, unknown> = {
  STRING: 'witness',
  INT64: 0,
  DOUBLE: '0.5',
  BOOLEAN: false,
  'STRING[]': ['witness'],
};

/** The Cypher expression reading property `name` from `row` on the embedded engine. */
export function embeddedValue(name: string, type: PropertyType): string {
  return type === 'DOUBLE' ? `CAST(row.${name} AS DOUBLE)` : `row.${name}`;
}

/** Filter that drops the witness row (its key is the empty string, which no real key can be). */
export const skipWitness = (key: string) => `WITH row WHERE row.${key} <> ''`;

export function embeddedRows(
  properties: Properties,
  key: string,
  rows: Record<string, unknown>[],
  extra: Record<string, unknown> = {},
): Record<string, unknown>[] {
  const witness: Record<string, unknown> = { ...extra };
  for (const [name, type] of properties) witness[name] = WITNESS[type];
  witness[key] = '';
  const doubles = new Set(properties.filter(([, type]) => type === 'DOUBLE').map(([name]) => name));
  const order = Object.keys(witness);
  const encoded = rows.map((row) => {
    const copy: Record<string, unknown> = {};
    for (const name of order) {
      const value = row[name] ?? null;
      copy[name] = doubles.has(name) && value !== null ? String(value) : value;
    }
    return copy;
  });
  return [witness, ...encoded];
}
