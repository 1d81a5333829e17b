/**
 * The map's keyboard cursor: `]`/`[` (or `n`/`p`) step through the visible places west to east,
 * Enter opens the one under the cursor, Escape leaves it; each step is announced.
 */
import type { Point } from 'geojson';
import { en, type Catalogue } from '../i18n/en';
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

type CursorPlace = Pick<
  SlimProperties,
  'name_en' | 'claim_count' | 'independent_origins' | 'precision'
> & { name_ar?: string | undefined };

/** Who speaks: the interface language's words and place names (i18n's `ui`); English by default. */
interface Speaker {
  t: Catalogue;
  name(place: CursorPlace): string;
}
const ENGLISH: Speaker = { t: en, name: (place) => place.name_en };

/** The aria-live announcement for the keyboard cursor. */
export function cursorAnnouncement(
  place: CursorPlace,
  position: number,
  total: number,
  speaker: Speaker = ENGLISH,
): string {
  // Not destructured: a speaker's `name` may be a method that reads `this` (ui's is bound).
  const t = speaker.t;
  // Lower case inside the sentence; a no-op in Arabic, which has no case.
  const where = t.precision[place.precision].toLowerCase();
  const counts = t.list.counts(place.claim_count, place.independent_origins);
  return t.cursor.announce(speaker.name(place), where, counts, position, total);
}
