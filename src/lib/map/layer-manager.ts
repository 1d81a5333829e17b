/**
 * Putting the incident layers on a map and keeping them in step with the app: adding and removing
 * them, hiding what the filters leave out, drawing each mark from its visible claims, the label
 * language and the feature-state flags (selected, hovered, keyboard cursor). Per map, what is
 * drawn now is remembered, so each change touches only the places it changes.
 */
import type {
  GeoJSONSource,
  GeoJSONSourceDiff,
  GeoJSONSourceSpecification,
  Map as MapLibreMap,
  StyleImageSource,
} from 'maplibre-gl';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { HATCH_KEYS, hatchColor, hatchImage, hatchImageId, hatchImageIds } from './hatch';
import { labelTextField, type LabelLanguage } from './labels';
import type { IncidentData, SlimProperties } from './layer-data';
import { areaLabelField, lineLabelField } from './layer-expressions';
import { ANCHOR_SOURCE, HIDDEN, INCIDENT_SOURCE, LAYER, type MarkKey } from './layer-ids';
import { incidentLayers } from './layer-spec';
import { changedMarks, fullMark, type Mark } from './visible-marks';

/** The slice of the MapLibre map these functions use (tests pass a fake). */
export type LayerMap = Pick<
  MapLibreMap,
  | 'addSource'
  | 'getSource'
  | 'removeSource'
  | 'addLayer'
  | 'getLayer'
  | 'removeLayer'
  | 'setLayoutProperty'
  | 'hasImage'
  | 'addImage'
  | 'removeImage'
  | 'setFeatureState'
>;

function collection<G extends Geometry>(
  features: Feature<G, SlimProperties>[],
): FeatureCollection<G, SlimProperties> {
  return { type: 'FeatureCollection', features };
}

/** Adds the hatch images, both sources and every layer. Idempotent. */
export function addIncidentLayers(
  map: LayerMap,
  data: IncidentData,
  opts: { maxClaims: number; lang: LabelLanguage },
): void {
  for (const key of HATCH_KEYS) {
    const id = hatchImageId(key);
    if (!map.hasImage(id))
      map.addImage(id, hatchImage(hatchColor(key)) as StyleImageSource, { pixelRatio: 2 });
  }
  const source = (data: FeatureCollection): GeoJSONSourceSpecification => ({
    type: 'geojson',
    data,
    promoteId: 'id',
    // Selection rings and thin outlines must match the geometry closely at every zoom.
    tolerance: 0.3,
  });
  if (!map.getSource(INCIDENT_SOURCE))
    map.addSource(INCIDENT_SOURCE, source(collection(data.slim)));
  if (!map.getSource(ANCHOR_SOURCE)) map.addSource(ANCHOR_SOURCE, source(collection(data.anchors)));
  for (const { spec, before } of incidentLayers(opts.maxClaims, opts.lang)) {
    if (map.getLayer(spec.id)) continue;
    map.addLayer(spec, before && map.getLayer(before) ? before : undefined);
  }
  if (!shown.has(map))
    shown.set(map, {
      ids: data.slim.map((f) => f.properties.id),
      hidden: new Set(),
      marks: new Map(data.slim.map((f) => [f.properties.id, fullMark(f.properties)])),
    });
}

/** Removes what addIncidentLayers added (whatever of it is still there). */
export function removeIncidentLayers(map: LayerMap): void {
  // After map.remove() there is no style: getSource answers undefined, but hasImage would throw.
  // Everything is added in one synchronous call, so no source means nothing of ours is left.
  shown.delete(map);
  if (!map.getSource(INCIDENT_SOURCE) && !map.getSource(ANCHOR_SOURCE)) return;
  const ids = incidentLayers(2, 'en').map((l) => l.spec.id);
  for (const id of ids.reverse()) if (map.getLayer(id)) map.removeLayer(id);
  for (const id of [INCIDENT_SOURCE, ANCHOR_SOURCE]) if (map.getSource(id)) map.removeSource(id);
  for (const id of hatchImageIds()) if (map.hasImage(id)) map.removeImage(id);
}

/**
 * Per map: every place id on the incident sources, those currently hidden by showPlaces, and the
 * mark each place is drawn with (applyMarks).
 */
const shown = new WeakMap<
  LayerMap,
  { ids: readonly string[]; hidden: Set<string>; marks: Map<string, Mark> }
>();

/**
 * Shows only the given places: the others get feature-state `hidden`, which every layer draws at
 * opacity 0, and only the places whose visibility changed are touched. A layer filter would be
 * simpler but costs far more per change: `setFilter` re-validates the id list, sends it to the
 * worker and makes it lay out every tile of the source again (hundreds of ms with 10⁴ places),
 * whereas feature-state only rewrites the paint values of the changed features on the main thread.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#setfeaturestate
 *
 * A hidden place still exists for `queryRenderedFeatures`: picking goes through `pickPlace` with
 * the visible set, and `drawn()` filters any other query by the feature's state.
 */
export function showPlaces(map: LayerMap, placeIds: ReadonlySet<string>): void {
  const entry = shown.get(map);
  if (!entry) return;
  for (const id of entry.ids) {
    const hide = !placeIds.has(id);
    if (hide === entry.hidden.has(id)) continue;
    if (hide) entry.hidden.add(id);
    else entry.hidden.delete(id);
    setPlaceState(map, id, { [HIDDEN]: hide });
  }
}

/**
 * Draws every visible place with the mark its visible claims give it (see visible-marks.ts):
 * size, colour and glyph ink through feature-state on both sources, and the anchor source's
 * properties for what layout reads (the glyph letter, the counts in labels, the glyph's place
 * inside or beside its circle). Only the places whose mark changed are touched, and only the
 * anchor source (one point per place) is updated: `updateData` sends just those features to the
 * worker, and the areas and lines are never re-tiled.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/GeoJSONSource/#updatedata
 */
export function applyMarks(map: LayerMap, marks: ReadonlyMap<string, Mark>): void {
  const entry = shown.get(map);
  if (!entry) return;
  const changed = changedMarks(entry.marks, marks);
  if (changed.length === 0) return;
  const diff: Required<Pick<GeoJSONSourceDiff, 'update'>> = { update: [] };
  for (const [id, mark] of changed) {
    entry.marks.set(id, mark);
    setPlaceState(map, id, { claims: mark.claims, category: mark.category });
    diff.update.push({
      id,
      addOrUpdateProperties: [
        { key: 'claim_count', value: mark.claims },
        { key: 'independent_origins', value: mark.origins },
        { key: 'dominant_category', value: mark.category },
      ],
    });
  }
  const anchors = map.getSource(ANCHOR_SOURCE) as Pick<GeoJSONSource, 'updateData'> | undefined;
  void anchors?.updateData(diff);
}

/** The features of a `queryRenderedFeatures` answer that are drawn, i.e. not hidden by the filters. */
export function drawn<F extends { state?: Record<string, unknown> }>(features: readonly F[]): F[] {
  return features.filter((f) => f.state?.[HIDDEN] !== true);
}

/** Switches the incident labels to the reader's label language. */
export function setIncidentLabelLanguage(map: LayerMap, lang: LabelLanguage): void {
  if (map.getLayer(LAYER.areaLabel))
    map.setLayoutProperty(LAYER.areaLabel, 'text-field', areaLabelField(lang));
  if (map.getLayer(LAYER.lineLabel))
    map.setLayoutProperty(LAYER.lineLabel, 'text-field', lineLabelField(lang));
  if (map.getLayer(LAYER.pointLabel))
    map.setLayoutProperty(LAYER.pointLabel, 'text-field', labelTextField(lang));
}

/**
 * Sets one feature-state flag on a place, in both sources. Skipped when the sources are gone
 * (MapLibre reports an error for feature-state on a missing source).
 */
export function markPlace(map: LayerMap, id: string, key: MarkKey, on: boolean): void {
  setPlaceState(map, id, { [key]: on });
}

function setPlaceState(map: LayerMap, id: string, state: Record<string, unknown>): void {
  for (const source of [INCIDENT_SOURCE, ANCHOR_SOURCE]) {
    if (map.getSource(source)) map.setFeatureState({ source, id }, state);
  }
}
