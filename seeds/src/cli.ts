// Loads the demo district: `tsx seeds/src/cli.ts [--if-empty] [--seed N]`.
// Opens the graph configured by the environment (NEO4J_URI or the embedded file), applies the schema,
// loads, prints a short summary and closes. `--if-empty` skips when municipalities are stored already,
// so start scripts can call it on every start.
import { pathToFileURL } from 'node:url';
import { applySchema, countGraph, openGraph, type GraphConfig } from '@lotse/graph';
import { DEFAULT_DEMO_SEED } from './demo-district.ts';
import { loadDemoDistrict } from './load-demo.ts';

interface CliOptions {
  ifEmpty: boolean;
  seed: number;
}

export function parseCliArgs(args: string[]): CliOptions {
  const options: CliOptions = { ifEmpty: false, seed: DEFAULT_DEMO_SEED };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--if-empty') options.ifEmpty = true;
    else if (arg === '--seed' || arg.startsWith('--seed=')) {
      const value = arg.includes('=') ? arg.slice('--seed='.length) : args[++i];
      const seed = Number(value);
      if (!Number.isInteger(seed) || seed < 0)
        throw new Error(
          `--seed braucht eine ganze Zahl ≥ 0 / --seed needs a whole number ≥ 0, got ${value ?? 'nothing'}`,
        );
      options.seed = seed;
    } else
      throw new Error(`Unbekannte Option / unknown option: ${arg} (erlaubt / allowed: --if-empty, --seed N)`);
  }
  return options;
}

export interface RunCliOptions {
  /** Which graph to open; by default the environment decides (openGraph()). */
  config?: GraphConfig;
  log?: (line: string) => void;
}

/** Runs the command; resolves to the process exit code. */
export async function runCli(
  args: string[],
  { config, log = console.log }: RunCliOptions = {},
): Promise<number> {
  const options = parseCliArgs(args);
  const engine = await openGraph(config);
  try {
    await applySchema(engine);
    if (options.ifEmpty) {
      const { nodes } = await countGraph(engine);
      if ((nodes.Municipality ?? 0) > 0) {
        log(
          `Demo-Landkreis übersprungen: Graph enthält schon ${nodes.Municipality} Gemeinden / ` +
            `demo district skipped: graph already holds ${nodes.Municipality} municipalities (${engine.description}).`,
        );
        return 0;
      }
    }
    const started = performance.now();
    const r = await loadDemoDistrict(engine, { seed: options.seed });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const nodes = (x: { created: number; updated: number }) =>
      `${x.created} neu/new, ${x.updated} aktualisiert/updated`;
    const events = (x: { created: number; skipped: number }) =>
      `${x.created} neu/new, ${x.skipped} vorhanden/present`;
    log(
      [
        `Demo-Landkreis Alb-Donau geladen / demo district loaded (seed ${r.seed}) in ${seconds} s → ${engine.description}`,
        `  Gemeinden / municipalities:     ${nodes(r.municipalities)}`,
        `  Organisationen / organisations: ${nodes(r.organizations)}`,
        `  Angebote / services:            ${nodes(r.services)}`,
        `  Integrationsmanager/innen:      ${nodes(r.managers)}`,
        `  Fälle / clients:                ${nodes(r.clients)}`,
        `  Netzwerktreffen / meetings:     ${nodes(r.meetings)}`,
        `  Kontakte / contacts:            ${events(r.contacts)}`,
        `  Beratungen / consultations:     ${events(r.consultations)}`,
        `  Weiterleitungen / referrals:    ${events(r.referrals)}`,
      ].join('\n'),
    );
    return 0;
  } finally {
    await engine.close();
  }
}

// Run only when executed, not when imported by the tests.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(
        `Demo-Landkreis nicht geladen / demo district not loaded: ${(error as Error).message ?? error}`,
      );
      process.exitCode = 1;
    },
  );
}
