/**
 * How the schemas word their problems. A valibot issue carries one message string; ours carries
 * two parts, what is wrong and what would fix it, joined by a separator that never occurs in
 * either (JSON.stringify escapes control characters in quoted values). `problemOf` splits them.
 */

/** ASCII unit separator between the message and the fix. */
const FIX_SEPARATOR = '\u001F';
/** Stands for the field's path in a message, filled in once the issue knows where it is. */
export const FIELD_PLACEHOLDER = '\u0001';

export function say(message: string, fix: string): string {
  return `${message}${FIX_SEPARATOR}${fix}`;
}

export function split(raw: string): { message: string; fix: string } {
  const at = raw.indexOf(FIX_SEPARATOR);
  if (at < 0) return { message: raw, fix: 'See docs/data.md.' };
  return { message: raw.slice(0, at), fix: raw.slice(at + 1) };
}

export function truncate(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** A value as a message names it: `a string "x"`, `an array`, `null`, `Infinity`. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'string') return `a string ${JSON.stringify(truncate(value, 40))}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

export function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Edit distance, for "did you mean" on unknown field names and enum values. */
function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

export function closest(word: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const option of options) {
    const d = levenshtein(word.toLowerCase(), option.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [option, d];
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
