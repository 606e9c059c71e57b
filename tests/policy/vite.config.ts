// For `npm run policy:eval` (vite-node): the same `@/` alias as the test projects in vitest.config.ts.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../..', import.meta.url)) } },
});
