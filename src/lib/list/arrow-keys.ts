/**
 * Where ArrowUp/ArrowDown go in the place list: between the buttons of the rendered rows (a place
 * and the claims of an open one), and on past the rendered window to a row not in the DOM yet.
 * Pure, so the walk is tested without a browser.
 */

export type ArrowMove =
  /** focus the rendered button at this position */
  | { focus: number }
  /** bring row `reveal` into view and render it, then focus its first or last button */
  | { reveal: number; edge: 'first' | 'last' };

/**
 * The move from the focused button. `rowOfButton[i]` is the row index of the i-th rendered
 * button (in document order), `from` the focused one's position among them and `rowCount` the
 * length of the whole list. Null: not an arrow key, a button outside the list, or the list's end.
 */
export function arrowMove(
  key: string,
  rowOfButton: readonly number[],
  from: number,
  rowCount: number,
): ArrowMove | null {
  if (key !== 'ArrowDown' && key !== 'ArrowUp') return null;
  const row = rowOfButton[from];
  if (row === undefined) return null;
  const dir = key === 'ArrowDown' ? 1 : -1;
  const next = rowOfButton[from + dir];
  // A rendered neighbour in this row or the adjacent one; farther means rows between are missing.
  if (next !== undefined && Math.abs(next - row) <= 1) return { focus: from + dir };
  const target = row + dir;
  if (target < 0 || target >= rowCount) return null;
  return { reveal: target, edge: dir === 1 ? 'first' : 'last' };
}
