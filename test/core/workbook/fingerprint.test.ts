import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { diffFingerprint, sampleHash, SAMPLE_BYTES } from '../../../src/core/workbook/fingerprint';
import type { SourceFingerprint } from '../../../src/core/workbook/types';

function bytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (i * 31 + seed) & 0xff;
  return out;
}

/** Reference: Node's hash of head + tail + size text, computed independently. */
function expected(data: Uint8Array): string {
  const head = data.subarray(0, Math.min(data.length, SAMPLE_BYTES));
  const tail = data.subarray(Math.max(head.length, data.length - SAMPLE_BYTES));
  return createHash('sha256').update(head).update(tail).update(String(data.length)).digest('hex');
}

describe('sampleHash', () => {
  it.each([0, 10, SAMPLE_BYTES, SAMPLE_BYTES + 5, 3 * SAMPLE_BYTES + 7])('hashes a %i-byte file as head + tail + size', async (n) => {
    const data = bytes(n, 7);
    const reads: [number, number][] = [];
    const hash = await sampleHash(n, async (start, end) => {
      reads.push([start, end]);
      return data.slice(start, end);
    });
    expect(hash).toBe(expected(data));
    expect(reads.reduce((sum, [s, e]) => sum + e - s, 0)).toBe(Math.min(n, 2 * SAMPLE_BYTES));
  });

  it('ignores bytes between the sampled head and tail (by design) and sees a change in the tail', async () => {
    const a = bytes(3 * SAMPLE_BYTES, 1);
    const b = a.slice();
    const flip = (i: number) => (b[i] = (b[i] ?? 0) ^ 0xff);
    flip(Math.floor(b.length / 2));
    const read = (d: Uint8Array) => async (s: number, e: number) => d.slice(s, e);
    expect(await sampleHash(a.length, read(a))).toBe(await sampleHash(b.length, read(b)));
    flip(b.length - 1);
    expect(await sampleHash(a.length, read(a))).not.toBe(await sampleHash(b.length, read(b)));
  });
});

describe('diffFingerprint', () => {
  const saved: SourceFingerprint = {
    size: 100,
    rowCount: 10,
    columns: [{ name: 'id', type: 'BIGINT' }, { name: 'amount', type: 'DOUBLE' }, { name: 'memo', type: 'VARCHAR' }],
    sampleHash: 'a'.repeat(64),
  };

  it('is empty for the same file', () => {
    expect(diffFingerprint(saved, structuredClone(saved))).toEqual([]);
  });

  it('lists size, rows, missing, retyped and added columns', () => {
    const actual: SourceFingerprint = {
      size: 120,
      rowCount: 12,
      columns: [{ name: 'id', type: 'VARCHAR' }, { name: 'amount', type: 'DOUBLE' }, { name: 'channel', type: 'VARCHAR' }],
      sampleHash: 'b'.repeat(64),
    };
    expect(diffFingerprint(saved, actual)).toEqual([
      { kind: 'size', saved: 100, actual: 120 },
      { kind: 'rows', saved: 10, actual: 12 },
      { kind: 'columnType', column: 'id', saved: 'BIGINT', actual: 'VARCHAR' },
      { kind: 'columnMissing', column: 'memo' },
      { kind: 'columnAdded', column: 'channel' },
    ]);
  });

  it('reports content only when nothing else explains a different hash', () => {
    expect(diffFingerprint(saved, { ...saved, sampleHash: 'c'.repeat(64) })).toEqual([{ kind: 'content' }]);
  });
});
