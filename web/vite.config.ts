// Vite for the web: SvelteKit plus, in `vite dev` and `vite preview`, a proxy from /graphql to the API.
// (The built server proxies /graphql itself, in src/hooks.server.ts.)
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

const apiOrigin = process.env.API_ORIGIN ?? 'http://127.0.0.1:4000';
const proxy = { '/graphql': { target: apiOrigin, changeOrigin: false } };

export default defineConfig({
  plugins: [sveltekit()],
  server: { proxy },
  preview: { proxy },
});
