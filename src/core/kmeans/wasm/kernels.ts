// Loads the k-means WebAssembly kernels (wasm/kmeans-kernels.ts) and lays out their memory.
// A workspace is an instance with its own memory, sized once up front (growing a memory later
// would detach every typed-array view the TypeScript side holds), and handed on when released.
// The module is compiled once per thread (3 KB: the synchronous compile is allowed on a page).

import { KERNELS_WASM_BASE64 } from './kernels-bytes';

/** Signatures of the kernels: pointers are byte offsets into the workspace memory. */
export interface Kernels {
  assignLloyd(x: number, s: number, d: number, c: number, k: number, labels: number, dist2: number, sums: number, sumsOdd: number, counts: number, from: number, to: number): number;
  // prettier-ignore
  assignHamerly(x: number, s: number, d: number, c: number, k: number, labels: number, dist2: number, sums: number, sumsOdd: number, counts: number,
    upper: number, lower: number, drift: number, lowerDrift: number, halfGap: number, margin: number, from: number, to: number): number;
  primeBounds(labels: number, dist2: number, upper: number, lower: number, drift: number, lowerDrift: number, n: number): void;
  assignedDistances(x: number, s: number, c: number, labels: number, dist2: number, from: number, to: number): number;
  seedDistances(x: number, s: number, n: number, cand: number, count: number, closest: number, out: number, totals: number, from: number, to: number): void;
  pairDistanceSums(x: number, s: number, n: number, labels: number, k: number, sums: number, from: number, to: number): void;
  columnStats(x: number, s: number, n: number, out: number): number;
  columnDeviations(x: number, s: number, n: number, means: number, out: number): void;
}

/** The largest memory a workspace may take: WebAssembly's 32-bit limit, less a margin for the runtime. */
const MAX_BYTES = 4 * 1024 ** 3 - 64 * 1024 ** 2;
const PAGE = 65_536;
/** Read-ahead slack after every buffer: the row kernels load a row's first four lane pairs at once. */
const SLACK = 64;

let compiled: WebAssembly.Module | null = null;

function kernelModule(): WebAssembly.Module {
  compiled ??= new WebAssembly.Module(Uint8Array.from(atob(KERNELS_WASM_BASE64), (ch) => ch.charCodeAt(0)));
  return compiled;
}

export type BufferSpec = Record<string, readonly ['f64' | 'i32', number]>;
type ViewOf<T extends BufferSpec, K extends keyof T> = T[K][0] extends 'i32' ? Int32Array : Float64Array;

export interface Workspace<T extends BufferSpec> {
  kernels: Kernels;
  /** Byte offset of each buffer, to pass to the kernels. 0 is never a buffer (it means "none"). */
  at: { [K in keyof T]: number };
  /** A typed-array view of each buffer, zero-filled. */
  view: { [K in keyof T]: ViewOf<T, K> };
  /** Hands the memory on to the next workspace: every view of this one is then invalid. */
  release(): void;
}

/** Thrown when the buffers do not fit in one WebAssembly memory (callers turn it into kmeans.tooLarge). */
export class WorkspaceTooLarge extends Error {
  constructor(readonly bytes: number) {
    super(`k-means needs ${Math.ceil(bytes / 1024 ** 2)} MB of working memory, more than WebAssembly can address`);
  }
}

/**
 * The memory of the last released workspace, kept for the next one that fits in it: a fit, a
 * scan over k and the silhouette each need one, and a fresh memory costs page faults and
 * garbage collection of the previous one (measured: a 0.2-0.5 s first iteration at 1M rows).
 * A worker runs one job, so this holds at most one job's largest memory.
 */
let spare: { instance: WebAssembly.Instance; memory: WebAssembly.Memory } | null = null;

export function createWorkspace<T extends BufferSpec>(spec: T): Workspace<T> {
  const at = {} as Record<string, number>;
  let next = 16;
  for (const [name, [type, length]] of Object.entries(spec)) {
    at[name] = next;
    next += Math.ceil((length * (type === 'f64' ? 8 : 4) + SLACK) / 16) * 16;
  }
  if (next > MAX_BYTES) throw new WorkspaceTooLarge(next);
  let instance: WebAssembly.Instance, memory: WebAssembly.Memory;
  if (spare && spare.memory.buffer.byteLength >= next) {
    ({ instance, memory } = spare);
    spare = null;
    new Uint8Array(memory.buffer, 0, next).fill(0);
  } else {
    spare = null;
    try {
      memory = new WebAssembly.Memory({ initial: Math.ceil(next / PAGE) });
    } catch {
      throw new WorkspaceTooLarge(next); // the browser could not reserve it
    }
    instance = new WebAssembly.Instance(kernelModule(), { env: { memory } });
  }
  const view = {} as Record<string, Float64Array | Int32Array>;
  for (const [name, [type, length]] of Object.entries(spec))
    view[name] = type === 'f64' ? new Float64Array(memory.buffer, at[name], length) : new Int32Array(memory.buffer, at[name], length);
  const kernels = instance.exports as unknown as Kernels;
  return { kernels, at: at as Workspace<T>['at'], view: view as Workspace<T>['view'], release: () => void (spare = { instance, memory }) };
}
