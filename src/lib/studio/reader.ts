/** The studio reader's text: plain runs and the place names the gazetteer recognised in it. */
import type { RecognisedName } from '../data/studio-api';

export interface Segment {
  start: number;
  text: string;
  name?: RecognisedName;
}

/**
 * The text cut into runs that concatenate back to it exactly, a name as its own run; names that
 * overlap an earlier one, or lie outside the text, are left out.
 */
export function segments(text: string, names: readonly RecognisedName[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const name of [...names].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (name.start < at || name.end > text.length || name.end <= name.start) continue;
    if (name.start > at) out.push({ start: at, text: text.slice(at, name.start) });
    out.push({ start: name.start, text: text.slice(name.start, name.end), name });
    at = name.end;
  }
  if (at < text.length) out.push({ start: at, text: text.slice(at) });
  return out;
}

/** Each distinct name once, in the order it first appears, with how often it does. */
export function distinctNames(
  names: readonly RecognisedName[],
): { name: RecognisedName; count: number }[] {
  const byText = new Map<string, { name: RecognisedName; count: number }>();
  for (const n of [...names].sort((a, b) => a.start - b.start)) {
    const seen = byText.get(n.text);
    if (seen) seen.count++;
    else byText.set(n.text, { name: n, count: 1 });
  }
  return [...byText.values()];
}

/** The UTF-16 offset of a DOM position inside `root`, counting only its text. */
export function offsetIn(root: Node, node: Node, offset: number): number {
  const range = root.ownerDocument!.createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}
