// One vitest run, several projects: fast unit/contract/API suites and the browser end-to-end suite.
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql 16 has no `exports` map: Node loads its CommonJS build (as Apollo Server does), Vite would
// pick the `module` build for our sources, and two graphql realms refuse each other's types.
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'graph',
          include: ['graph/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: { name: 'seeds', include: ['seeds/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 300_000 },
      },
      {
        resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
        test: { name: 'api', include: ['api/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 },
      },
      {
        // $lib as SvelteKit resolves it, for the web's pure modules that import each other through it.
        resolve: { alias: { $lib: new URL('./web/src/lib', import.meta.url).pathname } },
        test: { name: 'web', include: ['web/src/**/*.test.ts'] },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          // A page may take more than the default second on a busy 2-core machine.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
