// Reads the schema-first SDL (every *.graphql file beside this one) and derives what the SDL implies
// at run time: the Date scalar and the enums' internal values.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GraphQLScalarType, Kind, parse, type DocumentNode } from 'graphql';

const schemaDir = fileURLToPath(new URL('.', import.meta.url));

export function loadTypeDefs(): DocumentNode[] {
  return readdirSync(schemaDir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => parse(readFileSync(join(schemaDir, name), 'utf8')));
}

/**
 * Clients see enum values in UPPER_CASE; resolvers and the graph use the model's lower_snake ids.
 * The same rule drives codegen.ts (`enumValues`), so generated types and run time agree.
 */
export function enumInternalValues(
  typeDefs: readonly DocumentNode[],
): Record<string, Record<string, string>> {
  const mapping: Record<string, Record<string, string>> = {};
  for (const document of typeDefs) {
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.ENUM_TYPE_DEFINITION) continue;
      mapping[definition.name.value] = Object.fromEntries(
        (definition.values ?? []).map((value) => [value.name.value, value.name.value.toLowerCase()]),
      );
    }
  }
  return mapping;
}

const isoDay = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const dayMessage = 'Datum als JJJJ-MM-TT erwartet / expected a date as YYYY-MM-DD';

function toDay(value: unknown): string {
  if (typeof value === 'string' && isoDay.test(value)) return value;
  throw new TypeError(dayMessage);
}

export const dateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day as ISO 8601 `YYYY-MM-DD`.',
  serialize: toDay,
  parseValue: toDay,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING) return toDay(ast.value);
    throw new TypeError(dayMessage);
  },
});

const instantMessage =
  'Zeitpunkt nach ISO 8601 mit Zeitzone erwartet / expected an ISO 8601 instant with time zone';
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

function toEpochMs(value: unknown): number {
  if (typeof value === 'string' && isoInstant.test(value)) {
    const ms = Date.parse(value);
    if (Number.isFinite(ms) && ms >= 0) return ms;
  }
  throw new TypeError(instantMessage);
}

/** Instants travel as ISO 8601 strings and are epoch milliseconds inside (DESIGN.md). */
export const dateTimeScalar = new GraphQLScalarType<number, string>({
  name: 'DateTime',
  description: 'An instant as ISO 8601 with time zone.',
  serialize(value) {
    if (typeof value === 'number' && Number.isFinite(value)) return new Date(value).toISOString();
    throw new TypeError('DateTime: expected epoch milliseconds');
  },
  parseValue: toEpochMs,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING) return toEpochMs(ast.value);
    throw new TypeError(instantMessage);
  },
});
