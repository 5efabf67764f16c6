// Operators' command for official outlines: `npm run import:boundaries -- file.geojson`. Opens the graph the
// environment configures (as the API does), runs the same import as POST /admin/boundaries (all or nothing,
// problems named by feature) and audits it as the operator `cli:<user>` with the admin role. A running API
// shows the new outlines once its directory snapshot is renewed (LOTSE_DIRECTORY_TTL_SECONDS, default 30 s).
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { pathToFileURL } from 'node:url';
import { applySchema, openGraph, type GraphConfig } from '@lotse/graph';
import { InvalidInputError } from './errors.ts';
import { createAuditLog, createAuditTrail } from './services/audit.ts';
import { createBoundaryService } from './services/boundaries.ts';

export interface ImportBoundariesOptions {
  config?: GraphConfig;
  log?: (line: string) => void;
}

/** Runs the command; resolves to the process exit code. */
export async function runImportBoundaries(
  args: string[],
  { config, log = console.log }: ImportBoundariesOptions = {},
): Promise<number> {
  if (args.length !== 1 || args[0]!.startsWith('-')) {
    log(
      'Aufruf / usage: npm run import:boundaries -- gemeinden.geojson (GeoJSON, EPSG:4326, properties.AGS)',
    );
    return 2;
  }
  let input: unknown;
  try {
    input = JSON.parse(await readFile(args[0]!, 'utf8'));
  } catch (error) {
    log(`Datei nicht lesbar / cannot read the file: ${(error as Error).message}`);
    return 1;
  }
  const engine = await openGraph(config);
  const auditLog = createAuditLog(engine);
  try {
    await applySchema(engine);
    const viewer = {
      kind: 'account' as const,
      username: `cli:${userInfo().username}`.slice(0, 64),
      role: 'admin' as const,
      managerId: null,
    };
    const service = createBoundaryService({
      engine,
      viewer,
      audit: createAuditTrail(auditLog, viewer, `cli-${Date.now()}`),
    });
    const result = await service.importBoundaries(input);
    log(
      `Gemeindegrenzen importiert / outlines imported (${engine.description}): ${result.features} Features, ` +
        `${result.updated.length} ersetzt / replaced, ${result.unknown.length} unbekannt / unknown` +
        (result.skippedWater
          ? `, ${result.skippedWater} Wasserflächen ausgelassen / water areas left out`
          : ''),
    );
    if (result.unknown.length)
      log(
        `  unbekannte AGS / unknown AGS: ${result.unknown.slice(0, 20).join(', ')}${result.unknown.length > 20 ? ' …' : ''}`,
      );
    return 0;
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    log('Nichts gespeichert / nothing stored:');
    for (const issue of error.issues) log(`  ${issue.field}: ${issue.message}`);
    return 1;
  } finally {
    await auditLog.settled();
    await engine.close();
  }
}

// Run only when executed, not when imported by the tests.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runImportBoundaries(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`Import fehlgeschlagen / import failed: ${(error as Error).message ?? error}`);
      process.exitCode = 1;
    },
  );
}
