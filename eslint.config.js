// Lint for the whole workspace. The import rules enforce the package boundaries of DESIGN.md:
// web → api only over HTTP; api → @lotse/graph (never seeds); seeds → graph; graph imports nothing of ours.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

const boundary = (message, patterns) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/__generated__/**',
      'web/.svelte-kit/**',
      'web/build/**',
      'web/src/lib/paraglide/**',
      'data/**',
      '**/.scratch/**',
      'test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    files: ['graph/**'],
    rules: boundary('@lotse/graph talks to databases and imports nothing of ours.', [
      '@lotse/api',
      '@lotse/api/*',
      '@lotse/web',
      '@lotse/web/*',
      '@lotse/seeds',
      '@lotse/seeds/*',
      '**/api/src/**',
      '**/web/src/**',
      '**/seeds/src/**',
    ]),
  },
  {
    files: ['seeds/**'],
    rules: boundary('Seeds use @lotse/graph only.', [
      '@lotse/api',
      '@lotse/api/*',
      '@lotse/web',
      '@lotse/web/*',
      '**/api/src/**',
      '**/web/src/**',
      '**/graph/src/**',
    ]),
  },
  {
    files: ['api/**'],
    rules: boundary('The API reaches the graph through @lotse/graph only, and never the web or seeds.', [
      '@lotse/web',
      '@lotse/web/*',
      '@lotse/seeds',
      '@lotse/seeds/*',
      '**/web/src/**',
      '**/seeds/src/**',
      '**/graph/src/**',
      'kuzu',
      'neo4j-driver',
    ]),
  },
  {
    files: ['web/**'],
    rules: boundary('The web app talks to the API over HTTP only (generated types are fine).', [
      '@lotse/api',
      '@lotse/api/*',
      '@lotse/graph',
      '@lotse/graph/*',
      '@lotse/seeds',
      '@lotse/seeds/*',
      '**/api/src/**',
      '**/graph/src/**',
      '**/seeds/src/**',
      'kuzu',
      'neo4j-driver',
    ]),
  },
);
