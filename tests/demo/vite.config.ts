// vite-node's config for `npm start` (tests/demo/start.ts): `@/` is the project root, as in the app and the tests.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../..', import.meta.url)) } },
});
