// Which text encoding a file uses, from a sample of its first bytes.
// Korean CSVs from Excel are CP949 (WHATWG 'euc-kr' decodes it) or UTF-16LE ("Unicode text").

import type { TextEncoding } from '../../core/workbook/import-options';

/** null means the sample is not text in any encoding we read. */
export function detectEncoding(sample: Uint8Array): TextEncoding | null {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8';
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be';
  const utf16 = utf16ByNulPattern(sample);
  if (utf16) return utf16;
  if (looksBinary(sample)) return null;
  if (decodesStrictly(sample, 'utf-8')) return 'utf-8';
  if (looksLikeCp949(sample)) return 'euc-kr';
  return null;
}

/** ASCII text in UTF-16 has a NUL in every other byte. */
function utf16ByNulPattern(sample: Uint8Array): TextEncoding | null {
  const n = Math.min(sample.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

function looksBinary(sample: Uint8Array): boolean {
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > sample.length * 0.02;
}

function decodesStrictly(sample: Uint8Array, encoding: string): boolean {
  try {
    // stream: true so a multi-byte character cut at the end of the sample is not an error
    new TextDecoder(encoding, { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function looksLikeCp949(sample: Uint8Array): boolean {
  const text = new TextDecoder('euc-kr').decode(sample, { stream: true });
  let replaced = 0;
  let hangul = 0;
  for (const ch of text) {
    if (ch === '\ufffd') replaced++;
    else if (ch >= '\uac00' && ch <= '\ud7a3') hangul++;
  }
  return hangul > 0 && replaced <= Math.max(1, text.length * 0.001);
}
