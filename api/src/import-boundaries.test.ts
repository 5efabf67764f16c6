// The operators' outline import: the same rules as the upload, on the graph the environment names.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  applySchema,
  listAuditEvents,
  listMunicipalities,
  openGraph,
  upsertMunicipalities,
} from '@lotse/graph';
import { runImportBoundaries } from './import-boundaries.ts';
import { EHINGEN } from './testing/fixture.ts';

describe('npm run import:boundaries', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lotse-boundaries-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const config = { engine: 'embedded' as const, path: join(dir, 'db') };
  const square = [
    [
      [9.7, 48.2],
      [9.8, 48.2],
      [9.8, 48.3],
      [9.7, 48.3],
      [9.7, 48.2],
    ],
  ];
  const file = (name: string, body: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(body));
    return path;
  };

  it('stores official outlines, reports unknown AGS, refuses a bad file and audits as the operator', async () => {
    const engine = await openGraph(config);
    await applySchema(engine);
    await upsertMunicipalities(engine, [{ ...EHINGEN, boundaryApproximate: true }]);
    await engine.close();

    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    const bad = file('bad.geojson', {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { AGS: '123' }, geometry: { type: 'Polygon', coordinates: square } },
      ],
    });
    expect(await runImportBoundaries([bad], { config, log })).toBe(1);
    expect(lines.join('\n')).toMatch(/nothing stored[\s\S]*features\[0\]\.properties\.AGS/);

    const good = file('good.geojson', {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { AGS: EHINGEN.ags },
          geometry: { type: 'Polygon', coordinates: square },
        },
        {
          type: 'Feature',
          properties: { AGS: '09162000' },
          geometry: { type: 'Polygon', coordinates: square },
        },
      ],
    });
    expect(await runImportBoundaries([good], { config, log })).toBe(0);
    expect(lines.at(-2)).toMatch(/1 ersetzt \/ replaced, 1 unbekannt \/ unknown/);
    expect(await runImportBoundaries([], { config, log })).toBe(2);

    const after = await openGraph(config);
    try {
      const [ehingen] = await listMunicipalities(after);
      expect(ehingen).toMatchObject({ boundaryApproximate: false });
      expect(JSON.parse(ehingen!.boundary!)).toEqual({ type: 'Polygon', coordinates: square });
      const [event] = await listAuditEvents(after, { limit: 1 });
      expect(event).toMatchObject({ operation: 'boundary.import', role: 'admin', caseIds: [EHINGEN.ags] });
      expect(event!.actor).toMatch(/^cli:/);
    } finally {
      await after.close();
    }
  });
});
