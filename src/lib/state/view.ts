/**
 * The reader's view: everything the URL hash remembers, so a link reopens the same map, the same
 * place, the same quote highlighted in the same article.
 */
import type { Filters } from '../data/visibility';
import { DEFAULT_FILTERS } from '../data/visibility';

import type { LabelLanguage } from '../map/labels';
import type { UiLanguage } from '../i18n/languages';
import type { PlaybackView } from '../timeline/playback';
export { LABEL_LANGUAGES } from '../map/labels';

export interface Camera {
  /** [lon, lat], 4 decimals (~11 m) */
  center: [number, number];
  /** 2 decimals */
  zoom: number;
  /** whole degrees in (-180, 180], as MapLibre reports it */
  bearing: number;
}

/** A passage of an article: UTF-16 offsets into the source text, start < end. */
export interface Passage {
  start: number;
  end: number;
}

export interface View {
  camera: Camera;
  /** selected place id */
  place: string | null;
  /** open claim id; only ever set together with a place the claim is drawn at */
  claim: string | null;
  /** article open in the reader, optionally with a highlighted passage */
  article: { source: string; passage: Passage | null } | null;
  filters: Filters;
  lang: LabelLanguage;
  /** interface language named by the link (`ui=`); absent: the one this device uses */
  ui?: UiLanguage;
  /** briefing being played and its 0-based step */
  briefing: { id: string; step: number } | null;
  /** time playback on the timeline; while set, it drives `filters.dateRange` */
  playback: PlaybackView | null;
}

/** Overview of Iraq and eastern Syria, where the 2019 reporting is concentrated. */
export const DEFAULT_CAMERA: Readonly<Camera> = Object.freeze({
  center: [42.5, 33.6] as [number, number],
  zoom: 5.2,
  bearing: 0,
});

export function defaultView(): View {
  return {
    camera: { center: [...DEFAULT_CAMERA.center], zoom: DEFAULT_CAMERA.zoom, bearing: 0 },
    place: null,
    claim: null,
    article: null,
    filters: { ...DEFAULT_FILTERS },
    lang: 'en',
    briefing: null,
    playback: null,
  };
}

/** The default view, for comparison (shallowly frozen); call `defaultView()` for one to change. */
export const DEFAULT_VIEW: Readonly<View> = Object.freeze(defaultView());
