// Ragged CSVs on every engine: DuckDB's sniffer copes with them by skipping lines or guessing
// another dialect and imports a fraction of the file without a word. The engine must name the
// first bad line instead, and must still read legitimate files that look a bit odd.
// Expected lines and counts are computed from the text here (plain split: no quotes involved).

import { describe, expect, it } from 'vitest';
import type { CsvOptions, EngineApi } from '../../src/engine/protocol';
import { decodeRows } from '../../src/engine/arrow';
import { failure } from './contract';

const encode = (text: string) => new TextEncoder().encode(text);

/** First physical line (1-based) whose field count differs from line 1's; blank lines skipped. */
function firstRaggedLine(text: string, delimiter: string) {
  const lines = text.split(/\r?\n/);
  const expected = lines[0]!.split(delimiter).length;
  for (let i = 1; i < lines.length; i++) {
    const found = lines[i]!.split(delimiter).length;
    if (lines[i] !== '' && found !== expected) return { line: i + 1, expected, found };
  }
  throw new Error('fixture text is not ragged');
}

const RAGGED: Record<string, [text: string, delimiter: string]> = {
  'skips-to-last-line.csv': ['a,b,c\n1,2,3\n4,5\n6,7,8,9,10\n', ','], // read as 1 row x 5 columns before
  'wider-data.csv': ['a,b,c\n1,2,3,4\n5,6,7,8\n9,10,11,12\n', ','], // header line was skipped
  'semicolons.csv': ['a;b;c\n1;2;3\n4;5\n6;7;8;9;10\n', ';'],
  'crlf.csv': ['a,b,c\r\n1,2,3\r\n4,5\r\n6,7,8,9,10\r\n', ','],
};

const LEGITIMATE: Record<string, { text: string; header: string[]; rows: number }> = {
  'quoted.csv': { text: 'a,b\n"x,y","multi\nline"\n1,2\n', header: ['a', 'b'], rows: 2 },
  'trailing-empty-line.csv': { text: 'a,b\n1,2\n3,4\n\n', header: ['a', 'b'], rows: 2 },
  'leading-empty-line.csv': { text: '\na,b\n1,2\n3,4\n', header: ['a', 'b'], rows: 2 },
  'single-column.csv': { text: 'name\nkim\nlee\npark\n', header: ['name'], rows: 3 },
  'tabs.tsv': { text: 'a\tb\tc\n1\t2\t3\n4\t5\t6\n', header: ['a', 'b', 'c'], rows: 2 },
  'trailing-delimiter.csv': { text: 'a,b,c\n1,2,3,\n4,5,6,\n', header: ['a', 'b', 'c'], rows: 2 },
};

export function raggedContract(engine: () => EngineApi): void {
  describe('ragged CSV', () => {
    for (const [file, [text, delimiter]] of Object.entries(RAGGED)) {
      it(`names the first bad line of ${file} on sniff and on import`, async () => {
        const expected = { file, ...firstRaggedLine(text, delimiter) };
        await engine().registerFile(file, encode(text));
        const sniffed = await failure(engine().sniffFile(file));
        expect({ code: sniffed.code, params: sniffed.params }).toEqual({ code: 'file.ragged', params: expected });
        const table = `ragged_${file.replace(/\W/g, '_')}`;
        const imported = await failure(engine().importFile({ file, table, options: { format: 'csv' } }));
        expect({ code: imported.code, params: imported.params }).toEqual({ code: 'file.ragged', params: expected });
        expect((await engine().listTables()).map((t) => t.name)).not.toContain(table);
      });
    }

    it('reports the ragged line under explicit options that keep the delimiter', async () => {
      const file = 'skips-to-last-line.csv';
      const [text, delimiter] = RAGGED[file]!;
      for (const header of [true, false]) {
        const csv: CsvOptions = { encoding: 'utf-8', delimiter, quote: '"', header };
        const error = await failure(engine().importFile({ file, table: 'explicit_ragged', options: { format: 'csv', csv } }));
        expect({ code: error.code, params: error.params }).toEqual({ code: 'file.ragged', params: { file, ...firstRaggedLine(text, delimiter) } });
      }
    });

    it('imports a ragged file whole when the chosen delimiter makes it one column', async () => {
      const file = 'skips-to-last-line.csv';
      const lines = RAGGED[file]![0].split('\n').filter((l) => l !== '');
      const csv: CsvOptions = { encoding: 'utf-8', delimiter: '|', quote: '"', header: true };
      const result = await engine().importFile({ file, table: 'one_column', options: { format: 'csv', csv } });
      expect(result.columns.map((c) => c.name)).toEqual([lines[0]]);
      expect(result.rowCount).toBe(lines.length - 1);
    });

    for (const [file, { text, header, rows }] of Object.entries(LEGITIMATE)) {
      it(`still imports ${file}`, async () => {
        await engine().registerFile(file, encode(text));
        const sniff = await engine().sniffFile(file);
        expect(sniff.columns.map((c) => c.name)).toEqual(header);
        const table = `legit_${file.replace(/\W/g, '_')}`;
        const result = await engine().importFile({ file, table, options: sniff.detected });
        expect(result.columns.map((c) => c.name)).toEqual(header);
        expect(result.rowCount).toBe(rows);
        const counted = decodeRows((await engine().query(`SELECT count(*)::DOUBLE FROM ${table}`)).ipc).rows;
        expect(counted).toEqual([[rows]]);
      });
    }

    it('keeps quoted delimiters and newlines inside their field', async () => {
      const got = decodeRows((await engine().query('SELECT a, b FROM legit_quoted_csv ORDER BY a DESC')).ipc).rows;
      expect(got).toEqual([
        ['x,y', 'multi\nline'],
        ['1', '2'],
      ]);
    });
  });
}
