/**
 * The basemap's label language: English, Arabic, or both (English above Arabic). Labels read
 * `name_en` and, where the build has one, `name_ar`; a feature without `name_ar` shows English.
 */
import type { ExpressionSpecification } from 'maplibre-gl';

export type LabelLanguage = 'en' | 'ar' | 'both';

export const LABEL_LANGUAGES: readonly LabelLanguage[] = ['en', 'ar', 'both'];

/**
 * Every label layer of the basemap style (style.ts builds them with these ids). All carry the
 * `label-` prefix, so the app can tell them from the data layers it adds on top.
 */
export const LABEL_LAYER_IDS = [
  'label-river',
  'label-province',
  'label-country',
  'label-city',
] as const;

/** Arabic is drawn a touch smaller under English, so the pair reads as one label. */
const SECOND_LINE_SCALE = 0.9;

/** The `text-field` for a label layer in the given language. */
export function labelTextField(lang: LabelLanguage): ExpressionSpecification {
  const en: ExpressionSpecification = ['get', 'name_en'];
  switch (lang) {
    case 'en':
      return en;
    case 'ar':
      return ['coalesce', ['get', 'name_ar'], en];
    case 'both':
      return [
        'case',
        ['all', ['has', 'name_ar'], ['!=', ['get', 'name_ar'], en]],
        ['format', en, {}, '\n', {}, ['get', 'name_ar'], { 'font-scale': SECOND_LINE_SCALE }],
        ['format', en, {}],
      ];
  }
}

/** The slice of the MapLibre map setLabelLanguage needs (so tests can pass a tiny fake). */
export interface LabelTarget {
  getLayer(id: string): unknown;
  setLayoutProperty(layerId: string, name: string, value: unknown): unknown;
}

/**
 * Switches every basemap label layer to `lang`. Layers missing from the current style are skipped
 * (and returned), so a style without, say, river labels does not throw.
 */
export function setLabelLanguage(
  map: LabelTarget,
  lang: LabelLanguage,
  layerIds: readonly string[] = LABEL_LAYER_IDS,
): string[] {
  const missing: string[] = [];
  const field = labelTextField(lang);
  for (const id of layerIds) {
    if (!map.getLayer(id)) {
      missing.push(id);
      continue;
    }
    map.setLayoutProperty(id, 'text-field', field);
  }
  return missing;
}
