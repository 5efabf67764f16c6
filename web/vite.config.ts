// Vite for the web: SvelteKit, Paraglide's message compiler, and, in `vite dev` and `vite preview`, a proxy from /graphql to the API.
// (The built server proxies /graphql itself, in src/hooks.server.ts.)
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

const apiOrigin = process.env.API_ORIGIN ?? 'http://127.0.0.1:4000';
const proxy = { '/graphql': { target: apiOrigin, changeOrigin: false } };

export default defineConfig({
  plugins: [
    sveltekit(),
    // UI texts: messages/*.json compiled into src/lib/paraglide (also `npm run i18n`, for checks).
    paraglideVitePlugin({
      project: './project.inlang',
      outdir: './src/lib/paraglide',
      strategy: ['cookie', 'baseLocale'],
    }),
  ],
  server: { proxy },
  preview: { proxy },
});
