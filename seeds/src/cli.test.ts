// The demo loader's command line: its options, and that --if-empty leaves a populated graph alone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applySchema, countGraph, openGraph, upsertMunicipalities } from '@lotse/graph';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCliArgs, runCli } from './cli.ts';

describe('the seed command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lotse-seed-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('defaults to seed 2018 and loading unconditionally', () => {
    expect(parseCliArgs([])).toEqual({ ifEmpty: false, seed: 2018 });
  });

  it('accepts --if-empty and --seed in both spellings', () => {
    expect(parseCliArgs(['--if-empty', '--seed', '7'])).toEqual({ ifEmpty: true, seed: 7 });
    expect(parseCliArgs(['--seed=42'])).toEqual({ ifEmpty: false, seed: 42 });
  });

  it('rejects an unknown option or a seed that is not a whole number', () => {
    expect(() => parseCliArgs(['--bogus'])).toThrow(/unknown option/);
    expect(() => parseCliArgs(['--seed', 'abc'])).toThrow(/whole number/);
    expect(() => parseCliArgs(['--seed'])).toThrow(/whole number/);
  });

  it('with --if-empty leaves a graph alone that already holds a municipality', async () => {
    const config = { engine: 'embedded' as const, path: join(dir, 'db') };
    const engine = await openGraph(config);
    await applySchema(engine);
    await upsertMunicipalities(engine, [
      {
        ags: '08425033',
        name: 'Ehingen (Donau)',
        district: 'Alb-Donau-Kreis',
        state: 'Baden-Württemberg',
        lat: 48.283,
        lon: 9.723,
        population: 26400,
      },
    ]);
    await engine.close();

    const lines: string[] = [];
    expect(await runCli(['--if-empty'], { config, log: (line) => lines.push(line) })).toBe(0);
    expect(lines.join('\n')).toMatch(/skipped/);

    const after = await openGraph(config);
    try {
      const { nodes } = await countGraph(after);
      expect(nodes.Municipality).toBe(1);
      expect(nodes.Organization).toBe(0);
    } finally {
      await after.close();
    }
  });
});
