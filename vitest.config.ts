import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  // As in vite.config.ts: the Vega-Lite JSON schema is not in the package's exports.
  resolve: { alias: { 'vega-lite-schema': fileURLToPath(new URL('./node_modules/vega-lite/build/vega-lite-schema.json', import.meta.url)) } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          testTimeout: 60_000,
          // beforeAll hooks start DuckDB-WASM and load datasets: seconds on a busy 2-core machine
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          // After the unit project, so Chromium gets the machine to itself.
          sequence: { groupOrder: 1 },
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
