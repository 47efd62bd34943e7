// Finds the first record whose field count differs from the header's. DuckDB's sniffer gives up
// on small ragged files without naming the line (or worse, silently skips the lines before the
// ragged one and reads the rest as headerless data), so we scan ourselves when DuckDB's view of
// the file disagrees with its first line.

export interface RaggedLine {
  line: number; // 1-based physical line where the record starts
  expected: number;
  found: number;
}

export function createRaggedScanner(delimiter: string, quote: string) {
  let line = 1;
  let recordLine = 1;
  let fields = 1;
  let chars = 0; // characters in the current record, to skip blank lines
  let inQuotes = false;
  let expected = -1;
  let result: RaggedLine | null = null;

  function endRecord(): void {
    if (chars > 0) {
      if (expected < 0) expected = fields;
      else if (fields !== expected && !result) result = { line: recordLine, expected, found: fields };
    }
    fields = 1;
    chars = 0;
    recordLine = line;
  }

  return {
    /** Feed text; returns the first ragged record once found. */
    push(text: string): RaggedLine | null {
      for (let i = 0; i < text.length && !result; i++) {
        const ch = text[i]!;
        if (ch === '\n') line++;
        if (inQuotes) {
          if (ch === quote) inQuotes = false; // a doubled quote re-enters on the next char
          continue;
        }
        if (ch === quote && quote !== '') inQuotes = true;
        else if (ch === delimiter) fields++;
        else if (ch === '\n') {
          endRecord();
          continue;
        } else if (ch === '\r') continue;
        chars++;
      }
      return result;
    },
    finish(): RaggedLine | null {
      if (!result && !inQuotes) endRecord();
      return result;
    },
    /** Field count of the first record, once it has ended (-1 before). */
    firstRecordFields: () => expected,
  };
}

/** Fields on the first non-blank record of `text` (the header line when the file has one). */
export function firstRecordFields(text: string, delimiter: string, quote: string): number | null {
  const scanner = createRaggedScanner(delimiter, quote);
  const end = text.indexOf('\n');
  // the first record usually ends on the first line; feed more only for quoted newlines or blank lines
  scanner.push(end < 0 ? text : text.slice(0, end + 1));
  if (scanner.firstRecordFields() < 0 && end >= 0) scanner.push(text.slice(end + 1));
  if (scanner.firstRecordFields() < 0) scanner.finish();
  const fields = scanner.firstRecordFields();
  return fields < 0 ? null : fields;
}

export function findRaggedLine(text: string, delimiter: string, quote: string): RaggedLine | null {
  const scanner = createRaggedScanner(delimiter, quote);
  return scanner.push(text) ?? scanner.finish();
}
