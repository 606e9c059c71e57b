// For the scripts run with vite-node (`npm start`, `npm run bench`, `npm run policy:eval`): `@/` is the
// project root, as in WXT's tsconfig. Vitest has its own config (vitest.config.ts) and WXT builds with
// wxt.config.ts; Vitest takes the same alias from here.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export const projectAlias = { '@': fileURLToPath(new URL('.', import.meta.url)) };

export default defineConfig({ resolve: { alias: projectAlias } });
