// Turning file names and user text into cell names that work as bare SQL identifiers.

import { MAX_CELL_NAME_LENGTH, isValidCellName } from '../sql/quote';
import { isReservedWord } from '../sql/keywords';

const DATA_EXTENSIONS = /(\.(csv|tsv|txt|xlsx|xls|parquet|json|jsonl|ndjson|gz|zip|bz2|zst))+$/i;

/** 'Online Retail.csv' -> 'online_retail'; '고객 목록.xlsx' -> '고객_목록'; '2024 orders' -> '_2024_orders'. */
export function sanitizeCellName(base: string): string {
  let name = base.trim().replace(DATA_EXTENSIONS, '');
  // Decompose accents away for Latin text, then recompose so Hangul syllables stay whole.
  name = name.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC');
  name = name.replace(/[A-Z]/g, (c) => c.toLowerCase());
  name = name.replace(/[^\p{L}\p{N}_]+/gu, '_').replace(/_+/g, '_').replace(/^_+|_+$/g, '');
  if (name === '') name = 'data';
  if (/^\p{N}/u.test(name)) name = `_${name}`;
  name = [...name].slice(0, MAX_CELL_NAME_LENGTH - 4).join('');
  if (isReservedWord(name)) name = `${name}_`;
  return name;
}

/** A valid cell name based on `base` that differs case-insensitively from every name in `taken`. */
export function uniqueCellName(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const stem = sanitizeCellName(base);
  if (!used.has(stem.toLowerCase()) && isValidCellName(stem)) return stem;
  for (let n = 2; ; n++) {
    const candidate = `${stem}_${n}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
