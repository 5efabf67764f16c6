// The activity-total statements: Neo4j accepts its texts, and the engine variants differ only as documented.
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import {
  consultationsByPrimaryTopicCypher,
  contactsFromManagersCypher,
  embeddedStatements,
  neo4jStatements,
  statements,
} from './activity-totals.ts';

describe('activity-total statements', () => {
  it('pass Neo4j’s parser and semantic analysis', () => {
    for (const text of neo4jStatements) {
      const { diagnostics } = lintCypherQuery(text, { parameters: { from: 0, to: 1, district: '' } });
      expect(
        diagnostics.map((d) => d.message),
        text,
      ).toEqual([]);
    }
  });

  it('list every text the module can send', () => {
    for (const text of [...neo4jStatements, ...embeddedStatements]) expect(statements).toContain(text);
  });

  it('take values only as parameters', () => {
    for (const text of statements) expect(text).not.toMatch(/'[^']*'|\b\d{4,}\b/);
  });

  it('index lists from 0 on Neo4j and from 1 on the embedded engine', () => {
    expect(consultationsByPrimaryTopicCypher.neo4j).toContain('c.topics[0]');
    expect(consultationsByPrimaryTopicCypher.embedded).toContain('c.topics[1]');
    expect(consultationsByPrimaryTopicCypher.embedded.replace('topics[1]', 'topics[0]')).toBe(
      consultationsByPrimaryTopicCypher.neo4j,
    );
  });

  it('read a node’s label with labels() on Neo4j and label() on the embedded engine', () => {
    expect(contactsFromManagersCypher.embedded.replace('label(p)', 'labels(p)[0]')).toBe(
      contactsFromManagersCypher.neo4j,
    );
  });
});
