#!/usr/bin/env node
// Fails when the committed GraphQL codegen output differs from what codegen.ts produces now.
// Generates in memory (nothing is written), formats like the `prettier --write` hook does,
// and compares with the files on disk, including stale files left in the output folders.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import * as prettier from 'prettier';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const configFilePath = join(root, 'codegen.ts');

async function formatLikeHook(absolutePath, content) {
  const { ignored } = await prettier.getFileInfo(absolutePath, {
    ignorePath: [join(root, '.gitignore'), join(root, '.prettierignore')],
  });
  if (ignored) return content;
  const options = (await prettier.resolveConfig(absolutePath)) ?? {};
  return prettier.format(content, { ...options, filepath: absolutePath });
}

function filesUnder(directory) {
  if (!existsSync(directory)) return [];
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The first line where two texts differ, for a readable hint. */
function firstDifference(expected, actual) {
  const want = expected.split('\n');
  const have = actual.split('\n');
  for (let i = 0; i < Math.max(want.length, have.length); i++) {
    if (want[i] !== have[i]) {
      return `line ${i + 1}:\n      committed: ${JSON.stringify(have[i] ?? '<end of file>')}\n      expected:  ${JSON.stringify(want[i] ?? '<end of file>')}`;
    }
  }
  return 'contents differ';
}

const { config } = await loadCodegenConfig({ configFilePath });
const outputs = await generate({ ...config, cwd: root, silent: true, hooks: {} }, false);

const problems = [];
const expectedFiles = new Set();
for (const output of outputs) {
  const absolutePath = resolve(root, output.filename);
  expectedFiles.add(absolutePath);
  const name = relative(root, absolutePath);
  if (!existsSync(absolutePath)) {
    problems.push(`${name}: missing`);
    continue;
  }
  const expected = await formatLikeHook(absolutePath, output.content);
  const actual = readFileSync(absolutePath, 'utf8');
  if (expected !== actual) problems.push(`${name}: out of date at ${firstDifference(expected, actual)}`);
}

const outputFolders = Object.keys(config.generates).map((target) =>
  resolve(root, target.endsWith('/') ? target : dirname(target)),
);
for (const folder of new Set(outputFolders)) {
  for (const file of filesUnder(folder)) {
    if (!expectedFiles.has(file)) problems.push(`${relative(root, file)}: not produced by codegen (stale?)`);
  }
}

if (problems.length > 0) {
  console.error(
    'GraphQL codegen drift: the committed generated files do not match the schema and documents.',
  );
  for (const problem of problems) console.error(`  - ${problem}`);
  console.error('Run `npm run codegen` and commit the result.');
  process.exit(1);
}
console.log(`GraphQL codegen is up to date (${outputs.length} files).`);
