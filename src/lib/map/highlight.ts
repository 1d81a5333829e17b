/**
 * A briefing step's places, picked out on the map for a room: a two-tone ring round each of them
 * (a warm accent under an ink line, visible on land, water and the hatched areas alike) and every
 * other mark dimmed. The rings are layers of their own on the incident source; the dimming wraps
 * the opacity of the incident layers and is undone exactly by clearHighlight.
 */
import type { ExpressionSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { radiusExpression } from '../legend/scales';
import { ANCHOR_SOURCE, INCIDENT_SOURCE } from './layer-ids';
import { mapOutputs } from './presentation-labels';

const HIGHLIGHT_LAYER = {
  outlineHalo: 'briefing-highlight-outline-halo',
  outline: 'briefing-highlight-outline',
  ringHalo: 'briefing-highlight-ring-halo',
  ring: 'briefing-highlight-ring',
} as const;

/** Every highlight layer, bottom to top. */
export const HIGHLIGHT_LAYERS: readonly string[] = Object.values(HIGHLIGHT_LAYER);

/** What the other places' marks keep of their opacity while a step is shown. */
export const DIMMED_OPACITY = 0.3;

/** The step card's accent, so the card and the places it speaks of read as one. */
const ACCENT = '#ffd24d';
const INK = '#111111';
/** Ring layers go under the basemap's labels, so place names stay legible over them. */
const BELOW = 'label-river';

export type HighlightMap = Pick<
  MapLibreMap,
  | 'getSource'
  | 'getLayer'
  | 'addLayer'
  | 'removeLayer'
  | 'setFilter'
  | 'getLayersOrder'
  | 'getPaintProperty'
  | 'setPaintProperty'
>;

/** A paint property name, as MapLibre's typings spell it. */
type PaintName = Parameters<MapLibreMap['getPaintProperty']>[1];

const OPACITY_PAINT: Record<string, readonly PaintName[]> = {
  circle: ['circle-opacity', 'circle-stroke-opacity'],
  fill: ['fill-opacity'],
  line: ['line-opacity'],
  symbol: ['text-opacity'],
};

function among(ids: readonly string[]): ExpressionSpecification {
  return ['in', ['get', 'id'], ['literal', [...ids]]];
}

function shapeIs(...shapes: string[]): ExpressionSpecification {
  return ['in', ['get', 'shape'], ['literal', shapes]];
}

/** The band width of a line place (as the incident layers draw it), 0 for an area. */
const LINE_GAP: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['zoom'],
  3,
  ['case', shapeIs('line'), 7, 0],
  6,
  ['case', shapeIs('line'), 11, 0],
  9,
  ['case', shapeIs('line'), 18, 0],
];

/** The ring layers for `ids`, bottom to top. */
export function highlightLayers(ids: readonly string[], maxClaims: number): LayerSpecification[] {
  const ringRadius: ExpressionSpecification = ['+', radiusExpression(maxClaims), 7];
  const outline = (id: string, color: string, width: number): LayerSpecification => ({
    id,
    type: 'line',
    source: INCIDENT_SOURCE,
    filter: ['all', shapeIs('area', 'line'), among(ids)],
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': color, 'line-width': width, 'line-gap-width': LINE_GAP },
  });
  const ring = (id: string, color: string, width: number): LayerSpecification => ({
    id,
    type: 'circle',
    source: INCIDENT_SOURCE,
    filter: ['all', shapeIs('point'), among(ids)],
    paint: {
      'circle-radius': ringRadius,
      'circle-color': 'rgba(0, 0, 0, 0)',
      'circle-stroke-color': color,
      'circle-stroke-width': width,
    },
  });
  return [
    outline(HIGHLIGHT_LAYER.outlineHalo, ACCENT, 7),
    outline(HIGHLIGHT_LAYER.outline, INK, 2.5),
    ring(HIGHLIGHT_LAYER.ringHalo, ACCENT, 7),
    ring(HIGHLIGHT_LAYER.ring, INK, 2.5),
  ];
}

/** An opacity that keeps its value for the step's places and is dimmed for the rest. */
export function dimmedOpacity(value: unknown, ids: readonly string[]): unknown {
  return mapOutputs(value ?? 1, (out) => ['case', among(ids), out, ['*', DIMMED_OPACITY, out]]);
}

interface Applied {
  ids: string[];
  /** per incident layer and opacity property: what it had and what we set */
  dims: Map<string, { original: unknown; dimmed: unknown }>;
}

const applied = new WeakMap<HighlightMap, Applied>();

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Rings `ids` and dims every other place. Idempotent, and safe to call again after the style
 * changed (a layer added since is dimmed too); a no-op until the incident source exists.
 */
export function highlightPlaces(
  map: HighlightMap,
  ids: readonly string[],
  maxClaims: number,
): void {
  if (!map.getSource(INCIDENT_SOURCE)) return;
  const entry = applied.get(map) ?? { ids: [], dims: new Map() };
  applied.set(map, entry);
  const changed = !same(entry.ids, ids);
  entry.ids = [...ids];
  const before = map.getLayer(BELOW) ? BELOW : undefined;
  for (const spec of highlightLayers(ids, maxClaims)) {
    if (!map.getLayer(spec.id)) map.addLayer(spec, before);
    else if (changed && 'filter' in spec && spec.filter) map.setFilter(spec.id, spec.filter);
  }
  for (const id of map.getLayersOrder()) {
    const layer = map.getLayer(id);
    if (!layer || !('source' in layer) || HIGHLIGHT_LAYERS.includes(id)) continue;
    if (layer.source !== INCIDENT_SOURCE && layer.source !== ANCHOR_SOURCE) continue;
    for (const prop of OPACITY_PAINT[layer.type] ?? []) {
      const key = `${id}\u0000${prop}`;
      const current: unknown = map.getPaintProperty(id, prop);
      const dim = entry.dims.get(key);
      if (dim && same(current, dim.dimmed) && !changed) continue;
      const original = dim && same(current, dim.dimmed) ? dim.original : current;
      const dimmed = dimmedOpacity(original, ids);
      entry.dims.set(key, { original, dimmed });
      map.setPaintProperty(id, prop, dimmed as never);
    }
  }
}

/** Removes the rings and gives every mark back the opacity it had. */
export function clearHighlight(map: HighlightMap): void {
  const entry = applied.get(map);
  applied.delete(map);
  // After map.remove(), or before the incident layers exist, there is nothing of ours to undo.
  if (!map.getSource(INCIDENT_SOURCE)) return;
  for (const id of [...HIGHLIGHT_LAYERS].reverse()) if (map.getLayer(id)) map.removeLayer(id);
  if (!entry) return;
  for (const [key, { original, dimmed }] of entry.dims) {
    const [id, prop] = key.split('\u0000') as [string, PaintName];
    if (!map.getLayer(id) || !same(map.getPaintProperty(id, prop), dimmed)) continue;
    map.setPaintProperty(id, prop, original as never);
  }
}
