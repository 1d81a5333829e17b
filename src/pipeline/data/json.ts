/**
 * Reading a curated JSON file strictly: its bytes must be UTF-8 (a replacing decoder would
 * publish U+FFFD in place of what the curator wrote), with no byte order mark (JSON has none),
 * and no object may hold a key twice (JSON.parse silently keeps the last). Each problem is named
 * by where it is: the byte offset, or the line and column.
 */
import { dataError, type DataError } from './errors.ts';

type Key = string | number;

/** A key written twice in one object: its path, and where each copy starts. */
export interface DuplicateKey {
  path: Key[];
  first: { line: number; column: number };
  second: { line: number; column: number };
}

/** A parsed file: its value (and any duplicate keys), or the reason it could not be read. */
export type ParsedFile =
  { ok: true; value: unknown; duplicates: DuplicateKey[] } | { ok: false; error: DataError };

function lineColumn(text: string, at: number): { line: number; column: number } {
  const before = text.slice(0, at);
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
}

/** The offset of the first byte that is not part of a well-formed UTF-8 sequence. */
export function invalidUtf8Offset(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const extra =
      lead >= 0xc2 && lead <= 0xdf
        ? 1
        : lead >= 0xe0 && lead <= 0xef
          ? 2
          : lead >= 0xf0 && lead <= 0xf4
            ? 3
            : 0;
    if (extra === 0) return i;
    // the second byte's range excludes overlong forms, surrogates and code points past U+10FFFF
    const [lo, hi] =
      lead === 0xe0
        ? [0xa0, 0xbf]
        : lead === 0xed
          ? [0x80, 0x9f]
          : lead === 0xf0
            ? [0x90, 0xbf]
            : lead === 0xf4
              ? [0x80, 0x8f]
              : [0x80, 0xbf];
    const second = bytes[i + 1];
    if (second === undefined || second < lo || second > hi) return i;
    for (let k = 2; k <= extra; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += extra + 1;
  }
  return undefined;
}

const BOM_FIX =
  'Save the file as "UTF-8" rather than "UTF-8 with BOM" (JSON does not allow a byte order mark).';

/** The file's text, or why its bytes are not a JSON file's. */
function decodeJsonBytes(
  bytes: Uint8Array,
  file: string,
): { ok: true; text: string } | { ok: false; error: DataError } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {
      ok: false,
      error: dataError(file, null, '', 'starts with a byte order mark (U+FEFF).', BOM_FIX),
    };
  }
  const bad = invalidUtf8Offset(bytes);
  if (bad !== undefined) {
    const line = bytes.subarray(0, bad).filter((b) => b === 0x0a).length + 1;
    const hex = (bytes[bad] as number).toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      error: dataError(
        file,
        null,
        '',
        `is not valid UTF-8: the byte 0x${hex} at offset ${bad} (line ${line}) is not part of a UTF-8 character.`,
        'Re-save the file as UTF-8 (it was probably saved as Latin-1 or Windows-1252), then check the text at that place.',
      ),
    };
  }
  return {
    ok: true,
    text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
  };
}

/**
 * Where JSON.parse failed. V8 gives "at position N" for most errors but only the offending
 * character for "Unexpected token", so find that character's first appearance outside a string.
 */
function errorOffset(text: string, message: string): number | undefined {
  const pos = /position (\d+)/.exec(message);
  if (pos) return Number(pos[1]);
  const token = /Unexpected token '(.)'/.exec(message)?.[1];
  if (token === undefined) return undefined;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === token) return i;
  }
  return undefined;
}

interface Frame {
  object: boolean;
  /** in an object: the keys seen, with where each starts; in an array: unused */
  keys: Map<string, number>;
  /** the current key (object) or index (array) */
  at: Key;
  expectingKey: boolean;
}

/** Every key written twice in one object. `text` must already parse as JSON. */
export function findDuplicateKeys(text: string): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const top = stack.at(-1);
    if (ch === '"') {
      const start = i;
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
      if (top?.object && top.expectingKey) {
        const key = JSON.parse(text.slice(start, i + 1)) as string;
        const first = top.keys.get(key);
        if (first !== undefined) {
          out.push({
            path: [...stack.slice(0, -1).map((f) => f.at), key],
            first: lineColumn(text, first),
            second: lineColumn(text, start),
          });
        } else top.keys.set(key, start);
        top.at = key;
        top.expectingKey = false;
      }
    } else if (ch === '{' || ch === '[') {
      stack.push({
        object: ch === '{',
        keys: new Map(),
        at: ch === '{' ? '' : 0,
        expectingKey: ch === '{',
      });
    } else if (ch === '}' || ch === ']') {
      stack.pop();
    } else if (ch === ',' && top) {
      if (top.object) top.expectingKey = true;
      else top.at = (top.at as number) + 1;
    }
  }
  return out;
}

/** Parses JSON, turning a syntax error's position into a line and column. */
export function parseJson(text: string, file: string): ParsedFile {
  if (text.startsWith('\uFEFF')) {
    return {
      ok: false,
      error: dataError(file, null, '', 'starts with a byte order mark (U+FEFF).', BOM_FIX),
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (e) {
    const message = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ');
    const at = errorOffset(text, message);
    let where = '';
    if (at !== undefined) {
      const { line, column } = lineColumn(text, at);
      where = ` at line ${line}, column ${column}`;
    }
    return {
      ok: false,
      error: dataError(
        file,
        null,
        '',
        `is not valid JSON${where}: ${message}`,
        'Fix the syntax there (JSON has no comments or trailing commas; strings take double quotes).',
      ),
    };
  }
  return { ok: true, value, duplicates: findDuplicateKeys(text) };
}

/** The message for a duplicate key, once the record it is in has been named. */
export function duplicateKeyProblem(d: DuplicateKey): { message: string; fix: string } {
  const key = String(d.path.at(-1));
  return {
    message: `has "${key}" twice (line ${d.first.line}, column ${d.first.column} and line ${d.second.line}, column ${d.second.column}); JSON keeps only the last, so the first is silently lost.`,
    fix: `Keep one "${key}" (merge what the two say) and delete the other.`,
  };
}

/** Reads and parses one curated file: bytes, then text, then JSON. */
export function readJsonBytes(bytes: Uint8Array, file: string): ParsedFile {
  const decoded = decodeJsonBytes(bytes, file);
  return decoded.ok ? parseJson(decoded.text, file) : decoded;
}
