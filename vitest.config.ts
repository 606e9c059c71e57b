import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Three suites:
// - unit: pure logic (core/) in Node, no DOM;
// - dom:  detectors, components and stores in happy-dom, with WXT's fake browser;
// - e2e:  the built extension in Debian's headless Chromium (and Firefox) via playwright-core.
// `@/` is the project root, as in WXT's tsconfig; each inline project needs it (they do not inherit).
const resolve = { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } };

export default defineConfig({
  test: {
    globals: true,
    projects: [
      {
        resolve,
        test: { name: 'unit', environment: 'node', include: ['tests/core/**/*.test.ts'] },
      },
      {
        resolve,
        plugins: [WxtVitest(), preact()],
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['tests/dom/**/*.test.{ts,tsx}'],
        },
      },
      {
        resolve,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts', 'tests/bench/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
