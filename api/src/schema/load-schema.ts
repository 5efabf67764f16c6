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
