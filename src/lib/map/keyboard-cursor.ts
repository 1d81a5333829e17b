/**
 * The map's keyboard cursor: `]`/`[` (or `n`/`p`) step through the visible places west to east,
 * Enter opens the one under the cursor, Escape leaves it; each step is announced.
 */
import type { Point } from 'geojson';
import { countsText } from '../data/format';
import { PRECISION_STYLE } from '../legend/scales';
import type { SlimProperties } from './layer-data';

/** The keyboard cursor's order: visible places west to east (ties north to south, then by id). */
export function cursorOrder(
  anchors: readonly { properties: { id: string }; geometry: Point }[],
  visible: ReadonlySet<string>,
): string[] {
  return anchors
    .filter((a) => visible.has(a.properties.id))
    .sort((a, b) => {
      const [ax, ay] = a.geometry.coordinates as [number, number];
      const [bx, by] = b.geometry.coordinates as [number, number];
      return ax - bx || by - ay || a.properties.id.localeCompare(b.properties.id);
    })
    .map((a) => a.properties.id);
}

/** The next (+1) or previous (−1) place, wrapping; from nowhere, the first or the last. */
export function stepCursor(
  order: readonly string[],
  current: string | null,
  dir: 1 | -1,
): string | null {
  if (order.length === 0) return null;
  const i = current === null ? -1 : order.indexOf(current);
  if (i === -1) return dir === 1 ? order[0]! : order[order.length - 1]!;
  return order[(i + dir + order.length) % order.length]!;
}

export type CursorKey = 'next' | 'previous' | 'select' | 'clear';

/** The keyboard cursor's keys; anything else (arrows, +, −) stays with MapLibre. */
export function cursorKey(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>,
): CursorKey | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  switch (event.key) {
    case ']':
    case 'n':
      return 'next';
    case '[':
    case 'p':
      return 'previous';
    case 'Enter':
      return 'select';
    case 'Escape':
      return 'clear';
    default:
      return null;
  }
}

/** The aria-live announcement for the keyboard cursor. */
export function cursorAnnouncement(
  place: Pick<SlimProperties, 'name_en' | 'claim_count' | 'independent_origins' | 'precision'>,
  position: number,
  total: number,
): string {
  const where = PRECISION_STYLE[place.precision].label.toLowerCase();
  return `${place.name_en} (${where}): ${countsText(place.claim_count, place.independent_origins)}. Place ${position} of ${total}, west to east. Enter opens it.`;
}
