/**
 * The names the incident layers share with the rest of the app: the two sources, every layer id,
 * the layers a pointer can hit and the feature-state keys. Selection, hover and the keyboard
 * cursor are feature-state (`promoteId: 'id'`), so they never touch the data.
 */
import type { Category } from '../data/types';

export const INCIDENT_SOURCE = 'incidents';
/** one point per place (a town's point, a line's midpoint, an area's label point) */
export const ANCHOR_SOURCE = 'incident-anchors';

export const LAYER = {
  areaFill: 'incidents-area-fill',
  areaHatch: 'incidents-area-hatch',
  areaOutline: 'incidents-area-outline',
  areaHighlight: 'incidents-area-highlight',
  line: 'incidents-line',
  lineHighlight: 'incidents-line-highlight',
  lineLabel: 'incidents-line-label',
  areaLabel: 'incidents-area-label',
  pointHalo: 'incidents-point-halo',
  point: 'incidents-point',
  pointRing: 'incidents-point-ring',
  pointGlyph: 'incidents-point-glyph',
  pointLabel: 'incidents-point-label',
} as const;

/** The hatch layer of one category; `none` (a place without one) keeps the plain id. */
export function hatchLayerId(category: Category | 'none'): string {
  return category === 'none' ? LAYER.areaHatch : `${LAYER.areaHatch}-${category}`;
}

/** The layers a pointer can hit, i.e. what `queryRenderedFeatures` is asked about. */
export const INTERACTIVE_LAYERS: readonly string[] = [
  LAYER.point,
  LAYER.pointHalo,
  LAYER.line,
  LAYER.areaFill,
];

/** Feature-state keys. `cursor` is the keyboard cursor, drawn in the focus colour. */
export type MarkKey = 'selected' | 'hovered' | 'cursor';

/**
 * The feature-state key of a place the filters leave out: every layer draws it fully transparent.
 * See showPlaces (layer-manager.ts) for why this is feature-state and not a layer filter.
 */
export const HIDDEN = 'hidden';
