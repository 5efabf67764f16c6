// The CSV path must store exactly what the parameter path stores, and refuse what it cannot carry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphValidationError, recordContacts, recordConsultations, type GraphEngine } from '../index.ts';
import { openTemporaryGraph } from '../testing.ts';
import { upsertClients, upsertManagers, upsertMunicipalities, upsertOrganizations } from '../index.ts';
import { CSV_MIN_ROWS, copyStatement, csvRow } from './embedded-csv.ts';

const columns = [
  ['id', 'STRING'],
  ['n', 'INT64'],
  ['d', 'DOUBLE'],
  ['b', 'BOOLEAN'],
  ['l', 'STRING[]'],
] as const;

describe('csvRow', () => {
  it('writes text quoted behind a prefix, doubles quotes and leaves nulls empty', () => {
    expect(
      csvRow(columns, { id: 'a "b", c', n: 9_007_199_254_740_991, d: 0.5, b: false, l: ['x', 'ü'] }),
    ).toBe('"_a ""b"", c",9007199254740991,0.5,false,"[x,ü]"');
    expect(csvRow(columns, { id: '' })).toBe('"_",,,,');
  });
  it('leaves to the parameter path what CSV cannot carry fast: line breaks, empty or odd lists, huge integers', () => {
    for (const id of ['a\nb', 'a\rb']) expect(csvRow(columns, { id })).toBeUndefined();
    for (const l of [[], ['a,b'], ['a b'], ['']]) expect(csvRow(columns, { id: 'x', l })).toBeUndefined();
    expect(csvRow(columns, { id: 'x', n: 2 ** 60 })).toBeUndefined();
  });
  it('puts only plain paths into a COPY statement', () => {
    const cols = [
      ['fromId', 'STRING'],
      ['at', 'INT64'],
    ] as const;
    expect(
      copyStatement('CONTACT', cols, '/tmp/lotse-copy-a1/rows.csv', { from: 'Manager', to: 'Organization' }),
    ).toBe(
      "COPY CONTACT FROM (LOAD WITH HEADERS (c0 STRING, c1 INT64) FROM '/tmp/lotse-copy-a1/rows.csv' (header=false) RETURN substring(c0, 2, size(c0)), c1) (from='Manager', to='Organization')",
    );
    expect(() => copyStatement('CONTACT', cols, "/tmp/x' (x)/rows.csv")).toThrow(/unsafe CSV path/);
  });
});

describe('a large batch through the CSV file on the embedded engine', () => {
  let engine: GraphEngine;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ engine, dispose } = await openTemporaryGraph());
    await upsertMunicipalities(engine, [
      {
        ags: '99000001',
        name: 'Testort',
        district: 'Testkreis',
        state: 'BW',
        lat: 48.3,
        lon: 9.7,
        population: 1,
      },
    ]);
    await upsertOrganizations(engine, [
      { id: 'o1', name: 'Beratung', kind: 'counselling_provider', municipalityAgs: '99000001' },
    ]);
    await upsertManagers(engine, [
      { id: 'm1', name: 'IM 1', organizationId: 'o1', coversAgs: ['99000001'] },
      { id: 'm2', name: 'IM 2', organizationId: 'o1', coversAgs: ['99000001'] },
    ]);
    await upsertClients(engine, [
      {
        id: 'c1',
        caseCode: 'TEST-1',
        managerId: 'm1',
        municipalityAgs: '99000001',
        household: 'family',
        householdSize: 3,
        minors: 1,
        openedOn: '2019-01-01',
      },
    ]);
  });
  afterAll(async () => dispose?.());

  // Rows CSV can carry and rows it cannot, mixed in one batch: every value must come back as given.
  const topics = [
    undefined,
    'Wohnung für Familie Ö.',
    'قال "مرحبا", ja',
    '',
    ' ',
    'zwei\nZeilen',
    'C:\\Pfad\\"x"',
    "x'}) DETACH DELETE n //",
  ];
  const contacts = Array.from({ length: 3 * CSV_MIN_ROWS }, (_, i) => ({
    id: `k${i}`,
    fromLabel: 'Manager' as const,
    fromId: i % 2 ? 'm1' : 'm2',
    toLabel: i % 3 ? ('Organization' as const) : ('Manager' as const),
    toId: i % 3 ? 'o1' : i % 2 ? 'm2' : 'm1',
    at: Date.UTC(2019, 0, 1) + i,
    channel: 'phone' as const,
    topic: topics[i % topics.length],
  }));

  it('stores every value exactly, whichever path a row took', async () => {
    // Watch the statements (not replace them) to see that both paths ran.
    const statements: string[] = [];
    const watched: GraphEngine = {
      ...engine,
      dialect: engine.dialect,
      batch: (work) =>
        engine.batch((session) =>
          work({
            read: (q, p) => session.read(q, p),
            transaction: (w) => session.transaction(w),
            write: (q, p) => (statements.push(q), session.write(q, p)),
          }),
        ),
    };
    expect(await recordContacts(watched, contacts)).toEqual({ created: contacts.length, skipped: 0 });
    expect(statements.filter((q) => q.includes('LOAD WITH HEADERS'))).toHaveLength(2); // both pairs
    expect(statements.filter((q) => q.includes('UNWIND $rows'))).toHaveLength(2); // rows with line breaks
    const stored = await engine.read<{
      id: string;
      from: string;
      to: string;
      at: number;
      topic: string | null;
    }>(
      'MATCH (a)-[c:CONTACT]->(b) RETURN c.id AS id, a.id AS from, b.id AS to, c.at AS at, c.topic AS topic',
    );
    const byId = new Map(stored.map((r) => [r.id, r]));
    expect(byId.size).toBe(contacts.length);
    for (const c of contacts)
      expect(byId.get(c.id)).toEqual({
        id: c.id,
        from: c.fromId,
        to: c.toId,
        at: c.at,
        topic: c.topic ?? '', // the model's default
      });
    // re-running the same batch stores nothing twice
    expect(await recordContacts(engine, contacts)).toEqual({ created: 0, skipped: contacts.length });
  });

  it('lists come back as lists', async () => {
    const rows = Array.from({ length: CSV_MIN_ROWS }, (_, i) => ({
      id: `b${i}`,
      managerId: 'm1',
      clientId: 'c1',
      at: Date.UTC(2019, 0, 1) + i,
      topics: i % 2 ? (['housing', 'children'] as const) : (['other'] as const),
      household: 'family' as const,
    }));
    await recordConsultations(
      engine,
      rows.map((r) => ({ ...r, topics: [...r.topics] })),
    );
    const stored = await engine.read<{ id: string; topics: string[] }>(
      "MATCH ()-[b:COUNSELLED]->() WHERE b.id IN ['b0', 'b1'] RETURN b.id AS id, b.topics AS topics ORDER BY id",
    );
    expect(stored).toEqual([
      { id: 'b0', topics: ['other'] },
      { id: 'b1', topics: ['housing', 'children'] },
    ]);
  });

  it('new nodes and their links in a large batch come back as given', async () => {
    const clients = Array.from({ length: CSV_MIN_ROWS }, (_, i) => ({
      id: `csv-c${i}`,
      caseCode: `CSV-${i}`,
      managerId: i % 2 ? 'm1' : 'm2',
      municipalityAgs: '99000001',
      household: 'family' as const,
      householdSize: 1 + (i % 6),
      minors: i % 3,
      languages: i % 2 ? ['ar', 'de'] : ['uk'],
      openedOn: '2019-02-01',
    }));
    expect(await upsertClients(engine, clients)).toEqual({ created: CSV_MIN_ROWS, updated: 0 });
    const stored = await engine.read(
      `MATCH (c:Client)-[:MANAGED_BY]->(m:Manager), (c)-[:LIVES_IN]->(g:Municipality)
       WHERE c.id IN ['csv-c0', 'csv-c1']
       RETURN c.id AS id, c.caseCode AS caseCode, c.householdSize AS size, c.languages AS languages, m.id AS manager, g.ags AS ags
       ORDER BY id`,
    );
    expect(stored).toEqual([
      { id: 'csv-c0', caseCode: 'CSV-0', size: 1, languages: ['uk'], manager: 'm2', ags: '99000001' },
      { id: 'csv-c1', caseCode: 'CSV-1', size: 2, languages: ['ar', 'de'], manager: 'm1', ags: '99000001' },
    ]);
  });

  it('a bad row in a large batch stores nothing', async () => {
    const before = await engine.read<{ n: number }>('MATCH ()-[c:CONTACT]->() RETURN count(c) AS n');
    const bad = contacts.map((c, i) => ({ ...c, id: `bad${i}`, toId: i === 500 ? 'nobody' : c.toId }));
    await expect(recordContacts(engine, bad)).rejects.toBeInstanceOf(GraphValidationError);
    expect(await engine.read('MATCH ()-[c:CONTACT]->() RETURN count(c) AS n')).toEqual(before);
  });
});
