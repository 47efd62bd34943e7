// DuckDB 1.4 keyword lists, from `SELECT * FROM duckdb_keywords()`.
// 'reserved' and 'type_function' words cannot be used as a bare table name,
// so a cell name may not be one of them. 'column_name' words can name a table
// but are still quoted when Segbook writes them, to be safe.

const RESERVED = `all analyse analyze and any array as asc asymmetric both case cast check collate column
constraint create default deferrable desc describe distinct do else end except false fetch for foreign
from group having in initially intersect into lambda lateral leading limit not null offset on only or
order pivot pivot_longer pivot_wider placing primary qualify references returning select show some
summarize symmetric table then to trailing true union unique unpivot using variadic when where window with`;

const TYPE_FUNCTION = `anti asof at authorization binary by collation columns concurrently cross freeze full
generated glob ilike inner is isnull join left like map natural notnull outer overlaps positional right
semi similar struct tablesample try_cast unpack verbose`;

const COLUMN_NAME = `between bigint bit boolean char character coalesce dec decimal exists extract float
grouping grouping_id inout int integer interval national nchar none nullif numeric out overlay position
precision real row setof smallint substring time timestamp treat trim values varchar xmlattributes
xmlconcat xmlelement xmlexists xmlforest xmlnamespaces xmlparse xmlpi xmlroot xmlserialize xmltable`;

const words = (list: string): string[] => list.split(/\s+/).filter((w) => w !== '');

/** Words that cannot be a bare table name in DuckDB (lower case). */
export const RESERVED_WORDS: ReadonlySet<string> = new Set([...words(RESERVED), ...words(TYPE_FUNCTION)]);

/** Every keyword Segbook quotes when it writes an identifier (lower case). */
export const QUOTED_KEYWORDS: ReadonlySet<string> = new Set([...RESERVED_WORDS, ...words(COLUMN_NAME)]);

export function isReservedWord(word: string): boolean {
  return RESERVED_WORDS.has(word.toLowerCase());
}
