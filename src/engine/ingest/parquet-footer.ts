// Rows per row group of a Parquet file, read from its footer (Thrift compact protocol), so the
// WASM engine can import one row group at a time: progress, cancel between groups, and only one
// group's Arrow data in memory at once. parquet-wasm only exposes this metadata asynchronously
// through Blob handles, and only the row counts are needed.

const STOP = 0;
const TRUE = 1;
const FALSE = 2;
const BYTE = 3;
const I16 = 4;
const I32 = 5;
const I64 = 6;
const DOUBLE = 7;
const BINARY = 8;
const LIST = 9;
const SET = 10;
const MAP = 11;
const STRUCT = 12;
const UUID = 13;

const FILE_ROW_GROUPS = 4; // FileMetaData.row_groups: list<RowGroup>
const ROW_GROUP_NUM_ROWS = 3; // RowGroup.num_rows: i64

/** Row count of each row group, in file order. Throws a plain Error when the footer is not Parquet. */
export function parquetRowGroupRows(file: Uint8Array): number[] {
  const n = file.byteLength;
  const magic = String.fromCharCode(...file.subarray(Math.max(0, n - 4)));
  if (n < 12 || magic !== 'PAR1') throw new Error('no Parquet footer');
  const length = new DataView(file.buffer, file.byteOffset + n - 8, 4).getUint32(0, true);
  if (length > n - 12) throw new Error('Parquet footer length out of range');
  const reader = compactReader(file.subarray(n - 8 - length, n - 8));
  const groups: number[] = [];
  reader.struct((field, type) => {
    if (field !== FILE_ROW_GROUPS || type !== LIST) return reader.skip(type);
    reader.list(() => {
      let rows = 0;
      reader.struct((f, t) => (f === ROW_GROUP_NUM_ROWS && t === I64 ? (rows = reader.zigzag()) : reader.skip(t)));
      groups.push(rows);
    });
  });
  return groups;
}

function compactReader(bytes: Uint8Array) {
  let at = 0;
  const byte = (): number => {
    if (at >= bytes.byteLength) throw new Error('Parquet footer ends early');
    return bytes[at++]!;
  };
  // numbers, not bit operations: i64 values beyond 2^31 must survive (exact up to 2^53)
  const varint = (): number => {
    let value = 0;
    for (let scale = 1; ; scale *= 128) {
      const b = byte();
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
    }
  };
  const zigzag = (): number => {
    const v = varint();
    return v % 2 === 0 ? v / 2 : -(v + 1) / 2;
  };

  /** Calls `onField` for each field; it must consume the value (skip it when not wanted). */
  function struct(onField: (field: number, type: number) => void): void {
    let field = 0;
    for (;;) {
      const header = byte();
      const type = header & 0x0f;
      if (type === STOP) return;
      const delta = header >> 4;
      field = delta === 0 ? zigzag() : field + delta;
      onField(field, type);
    }
  }

  function list(onElement: (type: number) => void): void {
    const header = byte();
    const size = header >> 4 === 15 ? varint() : header >> 4;
    for (let i = 0; i < size; i++) onElement(header & 0x0f);
  }

  function skip(type: number): void {
    switch (type) {
      case TRUE:
      case FALSE:
        return; // a struct field's boolean lives in its header (list elements are read as BYTE)
      case BYTE:
        at += 1;
        return;
      case I16:
      case I32:
      case I64:
        varint();
        return;
      case DOUBLE:
        at += 8;
        return;
      case UUID:
        at += 16;
        return;
      case BINARY: {
        const length = varint(); // before `at +=`: the read moves `at`
        at += length;
        return;
      }
      case LIST:
      case SET:
        return list((t) => skip(element(t)));
      case MAP: {
        const size = varint();
        if (size === 0) return;
        const types = byte();
        for (let i = 0; i < size; i++) {
          skip(element(types >> 4));
          skip(element(types & 0x0f));
        }
        return;
      }
      case STRUCT:
        return struct((_, t) => skip(t));
      default:
        throw new Error(`unknown Thrift compact type ${type}`);
    }
  }

  /** Inside lists and maps a boolean takes a byte of its own. */
  const element = (type: number) => (type === TRUE || type === FALSE ? BYTE : type);

  return { struct, list, skip, zigzag };
}
