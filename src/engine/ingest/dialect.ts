// A plain delimiter guess used when DuckDB's sniffer fails or collapses a file into one column
// (it does so on small files with a ragged row), so the import can then name the ragged line.

const CANDIDATES = [',', ';', '\t', '|'];

export function guessDelimiter(sampleText: string): { delimiter: string; columns: number } | null {
  const lines = sampleText.split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 100);
  let best: { delimiter: string; columns: number; score: number } | null = null;
  for (const delimiter of CANDIDATES) {
    const counts = lines.map((l) => countFields(l, delimiter));
    const header = counts[0] ?? 1;
    if (header < 2) continue;
    const agreeing = counts.filter((c) => c === header).length / counts.length;
    const score = agreeing * 1000 + header;
    if (!best || score > best.score) best = { delimiter, columns: header, score };
  }
  return best && { delimiter: best.delimiter, columns: best.columns };
}

function countFields(line: string, delimiter: string): number {
  let fields = 1;
  let inQuotes = false;
  for (const ch of line) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === delimiter && !inQuotes) fields++;
  }
  return fields;
}
