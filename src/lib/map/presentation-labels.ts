/**
 * Map labels for a projector: while a briefing is presented every label layer (basemap and
 * incident names) is drawn larger, so place names read from the back of a room; leaving puts
 * each size back exactly as it was.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { LAYER } from './layer-ids';

/** How much larger labels are drawn in presentation mode. */
const PRESENTATION_LABEL_SCALE = 1.5;

/** MapLibre's text-size when a layer sets none. */
const DEFAULT_TEXT_SIZE = 16;

/**
 * The category letter sits inside its circle, whose size encodes the claim count: scaling the
 * letter alone would spill it out of the circle, so it keeps its size.
 */
const KEEP_SIZE: ReadonlySet<string> = new Set([LAYER.pointGlyph]);

export type LabelMap = Pick<
  MapLibreMap,
  'getLayersOrder' | 'getLayer' | 'getLayoutProperty' | 'setLayoutProperty'
>;

const ZOOM_CURVES = new Set(['interpolate', 'interpolate-hcl', 'interpolate-lab', 'step']);

function isZoomInput(input: unknown): boolean {
  return Array.isArray(input) && input.length === 1 && input[0] === 'zoom';
}

/**
 * Applies `fn` to every output of a style value. A zoom curve must stay the outermost
 * expression (https://maplibre.org/maplibre-style-spec/expressions/#zoom), so its outputs are
 * rewritten one by one rather than wrapped; any other value or expression is handed to `fn`
 * whole. Legacy `{ stops }` functions have their stop values rewritten.
 */
export function mapOutputs(value: unknown, fn: (output: unknown) => unknown): unknown {
  if (Array.isArray(value) && ZOOM_CURVES.has(value[0] as string)) {
    // step: [op, input, out0, z1, out1, …]; interpolate: [op, type, input, z1, out1, …]
    const step = value[0] === 'step';
    if (isZoomInput(value[step ? 1 : 2])) {
      const first = step ? 2 : 4;
      return value.map((v, i) => (i >= first && i % 2 === 0 ? fn(v) : v));
    }
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'stops' in value) {
    const f = value as { stops: [unknown, unknown][] };
    return { ...f, stops: f.stops.map(([z, v]) => [z, fn(v)]) };
  }
  return fn(value);
}

/** A text-size scaled by `factor`: numbers multiplied, expressions wrapped in `*`. */
export function scaleTextSize(value: unknown, factor: number): unknown {
  return mapOutputs(value ?? DEFAULT_TEXT_SIZE, (out) =>
    typeof out === 'number' ? Math.round(out * factor * 100) / 100 : ['*', out, factor],
  );
}

/** Per map and layer: the size it had and the size we gave it. */
const scaled = new WeakMap<LabelMap, Map<string, { original: unknown; scaled: unknown }>>();

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Draws every label layer `factor` times larger. Idempotent, and cheap to call again after the
 * style changed: a layer already scaled is left alone, and one added (or re-added) since is
 * scaled from its own size.
 */
export function enlargeLabels(map: LabelMap, factor = PRESENTATION_LABEL_SCALE): void {
  const done = scaled.get(map) ?? new Map<string, { original: unknown; scaled: unknown }>();
  scaled.set(map, done);
  for (const id of map.getLayersOrder()) {
    if (KEEP_SIZE.has(id) || map.getLayer(id)?.type !== 'symbol') continue;
    if (map.getLayoutProperty(id, 'text-field') === undefined) continue;
    const current: unknown = map.getLayoutProperty(id, 'text-size');
    const entry = done.get(id);
    if (entry && same(current, entry.scaled)) continue;
    const next = scaleTextSize(current, factor);
    done.set(id, { original: current, scaled: next });
    map.setLayoutProperty(id, 'text-size', next as never);
  }
}

/** Puts back every size enlargeLabels changed (where nothing else has changed it since). */
export function restoreLabels(map: LabelMap): void {
  const done = scaled.get(map);
  if (!done) return;
  scaled.delete(map);
  for (const [id, { original, scaled: ours }] of done) {
    if (!map.getLayer(id) || !same(map.getLayoutProperty(id, 'text-size'), ours)) continue;
    map.setLayoutProperty(id, 'text-size', original as never);
  }
}
