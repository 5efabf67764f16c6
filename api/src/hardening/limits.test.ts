// The request limits against a small schema, through graphql-js's own `validate` with the
// specified rules, as Apollo Server runs them.
import { describe, expect, it } from 'vitest';
import {
  buildSchema,
  getIntrospectionQuery,
  parse,
  specifiedRules,
  validate,
  type GraphQLError,
  type ValidationRule,
} from 'graphql';
import { DEFAULT_LIMITS, requestLimitRules, type RequestLimits } from './limits.ts';

const schema = buildSchema(`
  type Query {
    node(id: ID!): Node
    nodes(first: Int): [Node!]!
    recent(first: Int = 20): [Node!]!
  }
  type Node {
    id: ID!
    name: String
    parent: Node
    children(first: Int): [Node!]!
  }
`);

function check(query: string, limits?: Partial<RequestLimits>): readonly GraphQLError[] {
  return validate(schema, parse(query), [...specifiedRules, ...requestLimitRules(limits)]);
}

/** Just the errors of these rules, in a shape that is easy to compare. */
function limitErrors(errors: readonly GraphQLError[]): Array<{ message: string; extensions: unknown }> {
  return errors
    .filter((error) => error.extensions['code'] === 'QUERY_TOO_COMPLEX')
    .map((error) => ({ message: error.message, extensions: error.extensions }));
}

/** `{ node(id: "1") { parent { … { id } } } }` with exactly `depth` levels of fields. */
function nested(depth: number): string {
  const parents = depth - 2;
  return `{ node(id: "1") { ${'parent { '.repeat(parents)}id${' }'.repeat(parents)} } }`;
}

describe('requestLimitRules', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_LIMITS).toEqual({ maxDepth: 8, maxAliases: 15, maxCost: 1000 });
    expect(requestLimitRules()).toHaveLength(3);
  });

  it('passes a query within all limits', () => {
    const query = `
      query Overview {
        node(id: "1") { id name parent { id children(first: 5) { id name } } }
        first: nodes(first: 10) { id }
      }`;
    expect(check(query)).toEqual([]);
  });

  it('passes depth 8 and refuses depth 9 with code, limit and numbers', () => {
    expect(check(nested(8))).toEqual([]);

    const errors = check(nested(9));
    expect(limitErrors(errors)).toEqual([
      {
        message: 'Anfrage zu tief verschachtelt (9 > 8) / query too deep (9 > 8)',
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: 8, actual: 9 },
      },
    ]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.locations).toEqual([{ line: 1, column: 1 }]);
  });

  it('expands fragments and inline fragments when measuring depth', () => {
    const query = `
      fragment Deep on Node { parent { parent { parent { id } } } }
      { node(id: "1") { ... on Node { parent { ...Deep } } } }`;
    // node, parent, then Deep's three parents and id: 6 levels; inline fragments add none.
    expect(limitErrors(check(query, { maxDepth: 5 }))).toEqual([
      expect.objectContaining({
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: 5, actual: 6 },
      }),
    ]);
    expect(check(query, { maxDepth: 6 })).toEqual([]);
  });

  it('does not count __typename as depth', () => {
    expect(check('{ node(id: "1") { __typename } }', { maxDepth: 1 })).toEqual([]);
    expect(
      check(`{ node(id: "1") { parent { __typename ${'parent { '.repeat(5)}id${' }'.repeat(5)} } } }`),
    ).toEqual([]);
    expect(limitErrors(check('{ node(id: "1") { id } }', { maxDepth: 1 }))[0]?.extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'depth',
      max: 1,
      actual: 2,
    });
  });

  it('counts introspection fields like any other', () => {
    expect(limitErrors(check('{ __schema { queryType { name } } }', { maxDepth: 2 }))[0]?.extensions).toEqual(
      {
        code: 'QUERY_TOO_COMPLEX',
        limit: 'depth',
        max: 2,
        actual: 3,
      },
    );
    // Worth knowing when wiring the rules: the standard introspection query (GraphiQL, codegen)
    // is 15 deep, so it only passes with a higher maxDepth.
    const introspection = validate(schema, parse(getIntrospectionQuery()), requestLimitRules());
    expect(introspection.map((error) => error.extensions)).toEqual([
      { code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: 8, actual: 15 },
    ]);
  });

  it('does not loop on fragment cycles and leaves reporting them to graphql-js', () => {
    const query = `
      fragment A on Node { parent { ...B } }
      fragment B on Node { children(first: 2) { ...A } }
      fragment Self on Node { id parent { ...Self } }
      { node(id: "1") { ...A ...Self } }`;
    const errors = check(query);
    expect(errors.map((error) => error.message)).toEqual([
      'Cannot spread fragment "A" within itself via "B".',
      'Cannot spread fragment "Self" within itself.',
    ]);
    expect(limitErrors(errors)).toEqual([]);
  });

  it('measures each fragment once, so a fragment fan-out cannot stall validation', () => {
    // F0 spreads F1 twice, F1 spreads F2 twice, …: 2^40 paths when expanded naively.
    const levels = 40;
    const fragments = Array.from(
      { length: levels },
      (_, level) =>
        `fragment F${level} on Node { parent { ...F${level + 1} } children(first: 1) { ...F${level + 1} } }`,
    );
    const query = `${fragments.join('\n')}\nfragment F${levels} on Node { id }\n{ node(id: "1") { ...F0 } }`;
    const errors = validate(schema, parse(query), requestLimitRules());
    // Depth: node, then one field per level, then id. Cost: 1 + cost(F0), cost(Fn) = 2 + 2·cost(Fn+1).
    const fragmentCost = Array.from({ length: levels }).reduce<number>((cost) => 2 + 2 * cost, 1);
    expect(errors.map((error) => error.extensions)).toEqual([
      { code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: 8, actual: levels + 2 },
      { code: 'QUERY_TOO_COMPLEX', limit: 'cost', max: 1000, actual: 1 + fragmentCost },
    ]);
  });

  it('passes 15 aliases and refuses 16, pointing at the sixteenth', () => {
    const aliases = (count: number): string =>
      `{ ${Array.from({ length: count }, (_, index) => `n${index}: node(id: "${index}") { id }`).join(' ')} }`;
    expect(check(aliases(15))).toEqual([]);

    const errors = check(aliases(16));
    expect(limitErrors(errors)).toEqual([
      {
        message: 'Zu viele Aliase (16 > 15) / too many aliases (16 > 15)',
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'aliases', max: 15, actual: 16 },
      },
    ]);
    expect(errors[0]?.nodes?.[0]?.loc?.startToken.value).toBe('n15');
  });

  it('refuses nested pages of 100 that exceed the cost limit', () => {
    const query = '{ nodes(first: 100) { id name children(first: 100) { id name } } }';
    // 1 + 100 × (id + name + children(1 + 100 × 2)) = 1 + 100 × 203
    expect(limitErrors(check(query))).toEqual([
      {
        message: 'Anfrage zu aufwendig (20301 > 1000) / query too expensive (20301 > 1000)',
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'cost', max: 1000, actual: 20301 },
      },
    ]);
    // One level of the same page size stays well within: 1 + 100 × 2.
    expect(check('{ nodes(first: 100) { id name } }')).toEqual([]);
  });

  it('assumes 100 for a variable page size and uses the schema default when first is omitted', () => {
    // The variable's default (5) is ignored: a client may send any value. 1 + 100 × (1 + (1 + 3 × 1)).
    const byVariable = 'query ($n: Int = 5) { nodes(first: $n) { id children(first: 3) { id } } }';
    expect(limitErrors(check(byVariable, { maxCost: 500 }))[0]?.extensions).toMatchObject({ actual: 501 });
    expect(check(byVariable, { maxCost: 501 })).toEqual([]);

    // recent(first: Int = 20): 1 + 20 × 2.
    expect(limitErrors(check('{ recent { id name } }', { maxCost: 40 }))[0]?.extensions).toMatchObject({
      limit: 'cost',
      actual: 41,
    });
    // A list field without any `first` is counted once: node + children + id + name.
    expect(limitErrors(check('{ node(id: "1") { children { id name } } }', { maxCost: 3 }))).toEqual([
      expect.objectContaining({
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'cost', max: 3, actual: 4 },
      }),
    ]);
  });

  it('measures every operation of a document on its own', () => {
    const query = `
      query Shallow { node(id: "1") { id } }
      query Deep { node(id: "1") { parent { parent { id } } } }`;
    expect(limitErrors(check(query, { maxDepth: 3 }))).toEqual([
      expect.objectContaining({
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: 3, actual: 4 },
      }),
    ]);
  });

  it('takes custom limits and keeps the defaults for the others', () => {
    const twoAliases = '{ a: node(id: "1") { id } b: node(id: "2") { id } }';
    expect(limitErrors(check(twoAliases, { maxAliases: 1 }))[0]?.extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'aliases',
      max: 1,
      actual: 2,
    });
    expect(check(nested(8), { maxAliases: 1 })).toEqual([]);
    expect(limitErrors(check(nested(9), { maxAliases: 1 }))[0]?.extensions).toMatchObject({ max: 8 });
    expect(check(nested(9), { maxDepth: 9 })).toEqual([]);
  });

  it('refuses limits that are not non-negative integers', () => {
    expect(() => requestLimitRules({ maxDepth: -1 })).toThrow('maxDepth');
    expect(() => requestLimitRules({ maxCost: Number.NaN })).toThrow('maxCost');
    const rules: ValidationRule[] = requestLimitRules({ maxAliases: 0 });
    expect(rules).toHaveLength(3);
  });
});
