// Neo4j's own parser and semantic analysis check every statement the Neo4j adapter can send.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isNotParamError, lintCypherQuery, testData } from '@neo4j-cypher/language-support';
import { REGISTERED_MODULES, allStatements } from './statements.ts';

// The package's registry of Neo4j 5 built-in functions and procedures, so a misspelt function is an error too.
const { functions, procedures } = testData.mockSchema;

function neo4jErrors(statement: string): string[] {
  return lintCypherQuery(statement, { functions, procedures })
    .diagnostics.filter(
      (d) => d.severity === 1 && isNotParamError(d as Parameters<typeof isNotParamError>[0]),
    )
    .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );

describe('Neo4j parser check', () => {
  beforeAll(() => {
    // The semantic analysis loads lazily (a few seconds); warm it outside the first test's budget.
    neo4jErrors('RETURN 1');
  }, 60_000);

  it('rejects broken Cypher, so a clean result means something', () => {
    expect(neo4jErrors('MATCH (n) RETURN m')).not.toEqual([]);
    expect(neo4jErrors('MATCHH (n) RETURN n')).not.toEqual([]);
    expect(neo4jErrors('RETURN radianz(1.0)')).not.toEqual([]);
  });

  // ≈ 0.2–0.35 s per statement on the shared 2-core machine, and there are ≈ 250: 42 s alone, over 80 s
  // while other suites run. The limit guards against a hang, not a speed.
  it(
    'every Neo4j statement of @lotse/graph parses and passes semantic analysis',
    { timeout: 240_000 },
    () => {
      const statements = allStatements('neo4j');
      expect(statements.length).toBeGreaterThan(60);
      const failures = statements
        .map((statement) => ({ statement, errors: neo4jErrors(statement) }))
        .filter((f) => f.errors.length > 0);
      expect(failures).toEqual([]);
    },
  );

  it('every query module is registered, so no statement escapes the check', () => {
    const root = join(import.meta.dirname, 'queries');
    const modules = filesUnder(root)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => relative(root, f));
    expect(modules.filter((m) => !REGISTERED_MODULES.includes(m))).toEqual([]);
  });

  it('the embedded variants are generated too (run by the contract suite)', () => {
    expect(allStatements('embedded').some((s) => s.startsWith('COPY '))).toBe(true);
  });
});
