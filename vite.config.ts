import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';

const duckdbDist = fileURLToPath(new URL('./node_modules/@duckdb/duckdb-wasm/dist/', import.meta.url));

export default defineConfig({
  plugins: [svelte()],
  resolve: {
    alias: {
      // Not in the package's `exports`; we run the blocking engine inside our own comlink worker.
      '@duckdb/duckdb-wasm/browser-blocking': `${duckdbDist}duckdb-browser-blocking.mjs`,
      // Also not exported; the JSON editor validates specs against it (loaded on first use).
      'vega-lite-schema': fileURLToPath(new URL('./node_modules/vega-lite/build/vega-lite-schema.json', import.meta.url)),
    },
  },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm', 'parquet-wasm'] }, // else the dev server reloads once when the worker is found
  worker: { format: 'es', rolldownOptions: { checks: { eval: false } } },
  // bundlerTimings off: the worker transform is slow by nature (DuckDB's JS) and the note is noise in CI logs.
  build: { target: 'es2022', chunkSizeWarningLimit: 2000, rolldownOptions: { checks: { bundlerTimings: false } } },
  preview: { port: 4173, strictPort: true },
});
