// Types for the vite.config.ts alias to duckdb-browser-blocking.mjs (not in the package's exports).
declare module '@duckdb/duckdb-wasm/browser-blocking' {
  import type { DuckDBBindings, DuckDBBundles, DuckDBRuntime, Logger } from '@duckdb/duckdb-wasm/blocking';
  export { VoidLogger, DuckDBDataProtocol } from '@duckdb/duckdb-wasm/blocking';
  export function createDuckDB(bundles: DuckDBBundles, logger: Logger, runtime: DuckDBRuntime): Promise<DuckDBBindings>;
  export const BROWSER_RUNTIME: DuckDBRuntime;
}
