// The one DuckDB engine of this tab: started once, shared by the run controller and the views.
import { toSegbookError, type SegbookError } from '../core/errors';
import { createEngine, type EngineClient } from '../engine/client';

export const engineState = $state<{
  status: 'starting' | 'ready' | 'failed';
  version: string;
  error: SegbookError | null;
}>({ status: 'starting', version: '', error: null });

// Kept out of $state: a deep proxy around the comlink client buys nothing and risks breaking it.
let readyEngine: EngineClient | null = null;

/** The engine once it is ready, else null (read `engineState.status` to react to readiness). */
export function currentEngine(): EngineClient | null {
  return engineState.status === 'ready' ? readyEngine : null;
}

let starting: Promise<EngineClient> | null = null;

/** Start the engine (once) and resolve when it is ready. */
export function getEngine(): Promise<EngineClient> {
  starting ??= createEngine().then(
    (engine: EngineClient) => {
      readyEngine = engine;
      engineState.version = engine.info.duckdbVersion;
      engineState.status = 'ready';
      return engine;
    },
    (cause: unknown) => {
      const error = cause && typeof cause === 'object' && 'error' in cause ? (cause as { error: unknown }).error : cause;
      engineState.error = toSegbookError(error, 'engine.start');
      engineState.status = 'failed';
      throw cause;
    },
  );
  return starting as Promise<EngineClient>;
}
