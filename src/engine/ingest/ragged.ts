// Finds the first record whose field count differs from the header's. DuckDB's sniffer gives up
// on small ragged files without naming the line, so we scan ourselves when DuckDB fails.

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
  };
}

export function findRaggedLine(text: string, delimiter: string, quote: string): RaggedLine | null {
  const scanner = createRaggedScanner(delimiter, quote);
  return scanner.push(text) ?? scanner.finish();
}
