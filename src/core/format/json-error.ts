// Where a JSON text stops being valid. Browsers word JSON.parse errors
// differently and some omit the position, so the offset is found by this
// small scanner instead of by reading the message. Iterative: deep nesting
// cannot overflow the stack.

type Mode = 'value' | 'firstValueOrEnd' | 'key' | 'firstKeyOrEnd' | 'afterValue';

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** Offset of the first character that makes `text` invalid JSON (text.length when it is cut short), or null. */
export function locateJsonError(text: string): number | null {
  const stack: string[] = [];
  let mode: Mode = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
    if (i >= text.length) return mode === 'afterValue' && stack.length === 0 ? null : i;
    const ch = text[i] as string;
    if (mode === 'firstValueOrEnd' || mode === 'firstKeyOrEnd') {
      if (ch === (mode === 'firstValueOrEnd' ? ']' : '}')) {
        stack.pop();
        i++;
        mode = 'afterValue';
        continue;
      }
      mode = mode === 'firstValueOrEnd' ? 'value' : 'key';
    }
    if (mode === 'value') {
      if (ch === '{' || ch === '[') {
        stack.push(ch);
        i++;
        mode = ch === '{' ? 'firstKeyOrEnd' : 'firstValueOrEnd';
        continue;
      }
      const end = scanScalar(text, i);
      if (end.error !== undefined) return end.error;
      i = end.next;
      mode = 'afterValue';
    } else if (mode === 'key') {
      if (ch !== '"') return i;
      const end = scanString(text, i);
      if (end.error !== undefined) return end.error;
      i = end.next;
      while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
      if (text[i] !== ':') return i;
      i++;
      mode = 'value';
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) return i;
      if (ch === ',') mode = top === '{' ? 'key' : 'value';
      else if (ch === (top === '{' ? '}' : ']')) stack.pop();
      else return i;
      i++;
    }
  }
}

type Scan = { next: number; error?: undefined } | { next?: undefined; error: number };

function scanScalar(text: string, i: number): Scan {
  const ch = text[i] as string;
  if (ch === '"') return scanString(text, i);
  for (const word of ['true', 'false', 'null']) {
    if (ch !== word[0]) continue;
    for (let k = 0; k < word.length; k++) if (text[i + k] !== word[k]) return { error: Math.min(i + k, text.length) };
    return { next: i + word.length };
  }
  NUMBER.lastIndex = i;
  const m = NUMBER.exec(text);
  if (m === null) return { error: ch === '-' ? i + 1 : i };
  // A number cut off inside its fraction or exponent ("1." or "1e") fails at the next character.
  const next = i + m[0].length;
  if (text[next] === '.' || text[next] === 'e' || text[next] === 'E') return { error: Math.min(next + 1, text.length) };
  return { next };
}

function scanString(text: string, open: number): Scan {
  let i = open + 1;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '"') return { next: i + 1 };
    if (ch.charCodeAt(0) < 0x20) return { error: i };
    if (ch === '\\') {
      const esc = text[i + 1];
      if (esc === undefined) return { error: text.length };
      if (esc === 'u') {
        for (let k = 2; k < 6; k++) if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) return { error: Math.min(i + k, text.length) };
        i += 6;
        continue;
      }
      if (!ESCAPES.has(esc)) return { error: i + 1 };
      i += 2;
      continue;
    }
    i++;
  }
  return { error: text.length };
}

/** 1-based line and column of an offset (columns count UTF-16 code units, as editors do for BMP text). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
