/**
 * The basemap's MapLibre style: a restrained, print-friendly newspaper locator map, muted so the
 * incident symbols the app adds on top stand out.
 *
 * Everything comes from our own origin: one GeoJSON source (built by `npm run basemap`), no
 * `sprite`, and no `glyphs`. Without a glyphs URL MapLibre (≥ 5.11) draws labels with local CSS
 * fonts and reads `text-font` as a fallback list of CSS families; it takes the weight and style
 * from the first name ("Noto Sans Bold" → 700, "Noto Sans Italic" → italic), so each stack starts
 * with a descriptive name followed by the real families src/lib/map/setup.ts loads.
 * https://maplibre.org/maplibre-style-spec/layers/#text-font
 */
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { BASEMAP_ATTRIBUTION, BASEMAP_FILE, type BasemapLayer } from '../data/basemap-layers';
import { LABEL_LAYER_IDS, labelTextField, type LabelLanguage } from './labels';

export {} from './labels';

export interface BuildStyleOptions {
  /**
   * Where the basemap is, relative to the page (or an absolute URL on our origin): either the
   * folder holding it (`basemap/`) or the GeoJSON file itself (`basemap/basemap.geojson`).
   */
  basemapUrl: string;
  lang: LabelLanguage;
}

export const BASEMAP_SOURCE_ID = 'basemap';

/** The palette, exported so data layers can be checked against it for contrast. */
const PALETTE = {
  water: '#dde6e9',
  coast: '#b9c7cc',
  land: '#ebe7de',
  focusLand: '#f7f5ef',
  provinceIraq: '#f8f6f0',
  provinceSyria: '#f5f2ea',
  provinceLine: '#c2bbae',
  countryLine: '#7b756c',
  keyBorder: '#34312c',
  keyBorderHalo: '#ffffff',
  river: '#9dbdd0',
  riverText: '#557f99',
  text: '#2f2c27',
  textMuted: '#6f695f',
  textFaint: '#948d81',
  halo: 'rgba(247, 245, 239, 0.92)',
} as const;

const FONT_FAMILIES = ['Noto Sans', 'Noto Sans Arabic'];
export const FONTS = {
  regular: ['Noto Sans Regular', ...FONT_FAMILIES],
  italic: ['Noto Sans Italic', ...FONT_FAMILIES],
  semibold: ['Noto Sans SemiBold', ...FONT_FAMILIES],
  bold: ['Noto Sans Bold', ...FONT_FAMILIES],
} as const;

/** The GeoJSON file's URL, given the folder or the file. */
export function basemapDataUrl(basemapUrl: string): string {
  if (/\.geojson$/i.test(basemapUrl)) return basemapUrl;
  return `${basemapUrl.replace(/\/+$/, '')}/${BASEMAP_FILE}`;
}

function isLayer(layer: BasemapLayer): ExpressionSpecification {
  return ['==', ['get', 'layer'], layer];
}

/** Features carry the zoom they appear from; filters see whole zooms only, so these are whole. */
function fromOwnMinzoom(layer: BasemapLayer): ExpressionSpecification {
  return ['all', isLayer(layer), ['>=', ['zoom'], ['get', 'minzoom']]];
}

function byZoom(...stops: number[]): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], ...stops] as ExpressionSpecification;
}

const IN_FOCUS: ExpressionSpecification = ['in', ['get', 'country'], ['literal', ['IQ', 'SY']]];

function layers(lang: LabelLanguage): LayerSpecification[] {
  const text = labelTextField(lang);
  const source = BASEMAP_SOURCE_ID;
  const cityFont: DataDrivenPropertyValueSpecification<string[]> = [
    'case',
    ['==', ['get', 'capital'], 'country'],
    ['literal', FONTS.bold],
    ['<=', ['get', 'rank'], 2],
    ['literal', FONTS.semibold],
    ['literal', FONTS.regular],
  ];
  return [
    { id: 'background', type: 'background', paint: { 'background-color': PALETTE.water } },
    {
      id: 'country-fill',
      type: 'fill',
      source,
      filter: isLayer('country'),
      paint: {
        'fill-color': ['case', ['get', 'focus'], PALETTE.focusLand, PALETTE.land],
        // The outline traces coasts too; land borders are drawn over it.
        'fill-outline-color': PALETTE.coast,
      },
    },
    {
      id: 'province-fill',
      type: 'fill',
      source,
      filter: isLayer('province'),
      paint: {
        'fill-color': [
          'match',
          ['get', 'country'],
          'IQ',
          PALETTE.provinceIraq,
          PALETTE.provinceSyria,
        ],
        'fill-antialias': false,
      },
    },
    {
      id: 'province-boundary',
      type: 'line',
      source,
      filter: isLayer('province-boundary'),
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': PALETTE.provinceLine,
        'line-width': byZoom(4, 0.4, 7, 0.8, 10, 1.3),
      },
    },
    {
      id: 'river',
      type: 'line',
      source,
      filter: isLayer('river'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': PALETTE.river, 'line-width': byZoom(3, 0.7, 6, 1.2, 10, 2.4) },
    },
    {
      id: 'country-boundary',
      type: 'line',
      source,
      filter: isLayer('country-boundary'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': PALETTE.countryLine, 'line-width': byZoom(3, 0.6, 6, 1, 10, 1.8) },
    },
    {
      id: 'iraq-syria-border-halo',
      type: 'line',
      source,
      filter: isLayer('iraq-syria-border'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': PALETTE.keyBorderHalo,
        'line-opacity': 0.85,
        'line-width': byZoom(3, 4, 6, 6, 10, 10),
        'line-blur': byZoom(3, 1.5, 10, 3),
      },
    },
    {
      id: 'iraq-syria-border',
      type: 'line',
      source,
      filter: isLayer('iraq-syria-border'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': PALETTE.keyBorder, 'line-width': byZoom(3, 1.3, 6, 1.9, 10, 3) },
    },
    {
      id: 'city-dot',
      type: 'circle',
      source,
      filter: fromOwnMinzoom('city'),
      paint: {
        'circle-radius': ['match', ['get', 'rank'], 1, 3.4, 2, 2.8, 3, 2.3, 4, 1.9, 1.6],
        'circle-color': ['case', ['==', ['get', 'capital'], 'country'], '#ffffff', PALETTE.text],
        'circle-stroke-color': PALETTE.text,
        'circle-stroke-width': ['case', ['==', ['get', 'capital'], 'country'], 1.4, 0],
        'circle-opacity': ['case', IN_FOCUS, 0.9, 0.6],
        'circle-stroke-opacity': ['case', IN_FOCUS, 0.9, 0.6],
      },
    },
    // Symbol layers are placed top-down: the last label layer wins collisions.
    {
      id: 'label-river',
      type: 'symbol',
      source,
      minzoom: 5,
      filter: isLayer('river'),
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 400,
        'text-field': text,
        'text-font': [...FONTS.italic],
        'text-size': byZoom(5, 10.5, 9, 13),
        'text-letter-spacing': 0.08,
        'text-max-angle': 30,
        'text-offset': [0, -0.6],
      },
      paint: {
        'text-color': PALETTE.riverText,
        'text-halo-color': PALETTE.halo,
        'text-halo-width': 1.2,
      },
    },
    {
      id: 'label-province',
      type: 'symbol',
      source,
      minzoom: 5,
      filter: isLayer('province-label'),
      layout: {
        'text-field': text,
        'text-font': [...FONTS.regular],
        'text-size': byZoom(5, 9.5, 8, 12.5),
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.12,
        'text-max-width': 7,
        'text-padding': 6,
      },
      paint: {
        'text-color': PALETTE.textFaint,
        'text-halo-color': PALETTE.halo,
        'text-halo-width': 1,
      },
    },
    {
      id: 'label-city',
      type: 'symbol',
      source,
      filter: fromOwnMinzoom('city'),
      layout: {
        'text-field': text,
        'text-font': cityFont,
        'text-size': ['match', ['get', 'rank'], 1, 14, 2, 12.5, 3, 11.5, 10.5],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.45,
        'text-justify': 'auto',
        'text-max-width': 9,
        'text-padding': 3,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: {
        'text-color': ['case', IN_FOCUS, PALETTE.text, PALETTE.textMuted],
        'text-halo-color': PALETTE.halo,
        'text-halo-width': 1.3,
      },
    },
    {
      id: 'label-country',
      type: 'symbol',
      source,
      filter: fromOwnMinzoom('country-label'),
      layout: {
        'text-field': text,
        'text-font': [...FONTS.semibold],
        'text-size': byZoom(3, 10, 6, 14, 9, 18),
        'text-transform': 'uppercase',
        // MapLibre drops letter-spacing for Arabic, whose letters must join.
        'text-letter-spacing': 0.25,
        'text-max-width': 12,
      },
      paint: {
        'text-color': [
          'case',
          ['in', ['get', 'a2'], ['literal', ['IQ', 'SY']]],
          PALETTE.textMuted,
          PALETTE.textFaint,
        ],
        'text-halo-color': PALETTE.halo,
        'text-halo-width': 1.2,
      },
    },
  ];
}

/** The basemap style. Data layers go on top of it (they should be added after `label-country`). */
export function buildStyle(opts: BuildStyleOptions): StyleSpecification {
  const built = layers(opts.lang);
  const labelIds = built.filter((l) => l.id.startsWith('label-')).map((l) => l.id);
  // Keeps labels.ts's list (what setLabelLanguage switches) in step with the layers built here.
  if (
    labelIds.length !== LABEL_LAYER_IDS.length ||
    labelIds.some((id) => !LABEL_LAYER_IDS.includes(id as never))
  ) {
    throw new Error(`Label layers ${labelIds.join(', ')} differ from LABEL_LAYER_IDS`);
  }
  return {
    version: 8,
    name: 'citemap basemap',
    sources: {
      [BASEMAP_SOURCE_ID]: {
        type: 'geojson',
        data: basemapDataUrl(opts.basemapUrl),
        attribution: BASEMAP_ATTRIBUTION,
        // Province and border lines must still look right at zoom 9 and beyond.
        maxzoom: 12,
      },
    },
    layers: built,
  };
}
