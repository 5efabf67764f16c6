#!/usr/bin/env node
// `npm test`: every check and every test a change must pass — static checks (types, svelte-check,
// lint, format, codegen drift), then unit, contract, API and end-to-end tests in one vitest run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const run = (label, command, args) => {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit' });
  console.log(`  (${label}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (result.status !== 0) {
    console.error(`✖ ${label} fehlgeschlagen / failed`);
    process.exit(result.status ?? 1);
  }
};

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `✖ Chromium fehlt unter ${chromium} / Chromium missing: apt-get install -y chromium (or set CHROMIUM_PATH). ` +
      'Die End-to-End-Tests brauchen einen echten Browser / end-to-end tests need a real browser.',
  );
  process.exit(1);
}

run('Statische Prüfungen / static checks', 'npm', ['run', 'check']);
mkdirSync('test-results', { recursive: true });
const report = 'test-results/vitest.json';
run('Tests (Unit, Vertrag, API, End-to-End)', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]);
// One plain closing line, whatever the runner prints above it.
const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = JSON.parse(
  readFileSync(report, 'utf8'),
);
console.log(
  `\nTests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped`,
);
