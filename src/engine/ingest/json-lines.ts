// DuckDB-WASM's offline JSON path (insertJSONFromPath) reads one JSON array of objects;
// NDJSON is rewritten into that shape.

export function isNdjson(head: Uint8Array): boolean {
  for (const b of head) {
    if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0xef || b === 0xbb || b === 0xbf) continue;
    return b !== 0x5b; // '['
  }
  return false;
}

export function ndjsonToArray(bytes: Uint8Array): Uint8Array {
  const text = new TextDecoder().decode(bytes);
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  return new TextEncoder().encode(`[${lines.join(',\n')}]`);
}
