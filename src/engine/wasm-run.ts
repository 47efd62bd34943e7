// Runs SQL on DuckDB-WASM's blocking bindings as a pending query, giving the event loop a turn
// between polls so a cancel message can arrive; progress comes from DuckDB's progress bar hook.

import type { DuckDBBindings } from '@duckdb/duckdb-wasm/blocking';
import { tableFromIPC, tableToIPC, Type } from 'apache-arrow';
import { segbookError } from '../core/errors';
import type { QueryResult } from './protocol';
import type { RunContext } from './backend';
import { arrowTypeName } from './arrow';
import { concatBytes } from './ingest/byte-source';
import { duckdbErrorToSegbook } from './duckdb-errors';

/** The runtime object DuckDB-WASM calls back into (BROWSER_RUNTIME / NODE_RUNTIME). */
export interface ProgressRuntime {
  progressUpdate: (done: number, percentage: number, repetitions: number) => void;
}

const END_OF_STREAM = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]);

export function createWasmRunner(db: DuckDBBindings, runtime: ProgressRuntime) {
  const conn = db.connect().useUnsafe((_, id) => id);
  let latestPercent = -1;
  runtime.progressUpdate = (_done, percentage) => {
    latestPercent = percentage;
  };
  // one pending query at a time on the connection: later calls wait their turn
  let queue: Promise<unknown> = Promise.resolve();

  async function pending(sql: string, ctx: RunContext): Promise<Uint8Array> {
    if (ctx.signal?.aborted) throw segbookError('engine.cancelled', {}, 'cancelled', sql);
    latestPercent = -1;
    let reported = -2;
    let header = db.startPendingQuery(conn, sql, false);
    while (header === null) {
      await nextTick();
      if (ctx.signal?.aborted) {
        db.cancelPendingQuery(conn);
        try {
          db.pollPendingQuery(conn); // drains the interrupted query so the connection is clean
        } catch {
          /* "query was canceled" */
        }
        throw segbookError('engine.cancelled', {}, 'cancelled', sql);
      }
      if (ctx.onProgress && latestPercent !== reported) {
        reported = latestPercent;
        ctx.onProgress({ phase: ctx.phase ?? 'query', fraction: latestPercent >= 0 ? Math.min(1, latestPercent / 100) : null });
      }
      header = db.pollPendingQuery(conn);
    }
    const parts = [header];
    for (;;) {
      const batch = db.fetchQueryResults(conn);
      if (batch === null) continue; // not ready (streaming only)
      if (batch.byteLength === 0) break;
      parts.push(batch);
    }
    parts.push(END_OF_STREAM);
    return concatBytes(parts);
  }

  /** Runs `work` alone on the connection, after everything queued before it. */
  function exclusive<T>(work: () => T | Promise<T>): Promise<T> {
    const result = queue.then(work);
    queue = result.catch(() => undefined);
    return result;
  }

  function run(sql: string, ctx: RunContext = {}): Promise<QueryResult> {
    return exclusive(async () => {
      const started = performance.now();
      let ipc: Uint8Array;
      try {
        ipc = await pending(sql, ctx);
      } catch (e) {
        if (e instanceof Error && /multiple statements/i.test(e.message)) {
          // pending queries take one statement; scripts run whole (not cancellable)
          ipc = tableToIPC(tableFromIPC(db.runQuery(conn, sql)), 'stream');
        } else throw duckdbErrorToSegbook(e, sql);
      }
      let table = tableFromIPC(ipc);
      // Streamed results lose the dictionary batch of ENUM columns (every value decodes as NULL);
      // the whole-result path keeps it. Only ENUM results pay for the second, uncancellable run.
      if (table.schema.fields.some((f) => f.type.typeId === Type.Dictionary)) {
        ipc = tableToIPC(tableFromIPC(db.runQuery(conn, sql)), 'stream');
        table = tableFromIPC(ipc);
      }
      return {
        ipc,
        rowCount: table.numRows,
        columns: table.schema.fields.map((f) => ({ name: f.name, type: arrowTypeName(f.type) })),
        elapsedMs: performance.now() - started,
      };
    });
  }

  return { conn, run, exclusive };
}

/** A macrotask turn (setImmediate in Node; MessageChannel in workers, which setTimeout would clamp to 4 ms). */
export const nextTick: () => Promise<void> =
  typeof setImmediate === 'function'
    ? () => new Promise((resolve) => setImmediate(resolve))
    : (() => {
        const channel = new MessageChannel();
        const waiting: (() => void)[] = [];
        channel.port1.onmessage = () => waiting.shift()?.();
        return () =>
          new Promise<void>((resolve) => {
            waiting.push(resolve);
            channel.port2.postMessage(0);
          });
      })();
