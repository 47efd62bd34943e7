// The one place that says how the kernels are compiled (used by build-wasm.ts and by the test
// that checks the committed bytes are current).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import asc from 'assemblyscript/asc';

export const KERNELS_SOURCE = 'wasm/kmeans-kernels.ts';
export const KERNELS_MODULE = 'src/core/kmeans/wasm/kernels-bytes.ts';

export async function compileKernels(): Promise<Uint8Array> {
  const source = readFileSync(fileURLToPath(new URL(`../${KERNELS_SOURCE}`, import.meta.url)), 'utf8');
  // stub runtime: no allocator or GC (the JS side owns the memory); imported memory, sized by the caller;
  // no assertions (bounds are the caller's contract, tested from the TypeScript side).
  const result = await asc.compileString({ 'kmeans-kernels.ts': source }, {
    optimizeLevel: 3, shrinkLevel: 0, runtime: 'stub', noAssert: true, importMemory: true, initialMemory: 1,
    enable: ['simd'], sourceMap: false, debug: false,
  });
  if (result.error || !result.binary) throw new Error(`AssemblyScript failed: ${result.error?.message ?? ''}\n${result.stderr.toString()}`);
  return result.binary;
}
