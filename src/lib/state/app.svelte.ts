import { getContext, setContext } from 'svelte';
import type { Dataset, PlaceFeature } from '../data/dataset';
import type { IndexedClaim } from '../data/published';
import {
  applyFilters,
  buildFilterIndex,
  DEFAULT_FILTERS,
  type FilterIndex,
  type FilterResult,
  type Filters,
} from '../data/visibility';
import type { LabelLanguage } from '../map/labels';
import { windowDays, type PlaybackView } from '../timeline/playback';
import { defaultView, type Camera, type Passage, type View } from './view';

type Bounds = [[number, number], [number, number]];

export interface QuoteHighlight {
  claimId: string;
  quoteIndex: number;
  ranges: { start: number; end: number }[];
}

/** A request for the map to show somewhere; `seq` makes a repeated request distinct. */
export interface CameraRequest {
  bounds: Bounds;
  seq: number;
}

/**
 * The app's state: the curated data (read-only), the reader's view (mirrored in the URL hash),
 * and what is derived from them. Components read it from context and call its methods.
 */
export class AppState {
  readonly data: Dataset;
  /** built once from the dataset: every filter change reads it */
  readonly filterIndex: FilterIndex;
  view: View = $state(defaultView());
  /** the place under the pointer or the keyboard cursor on the map */
  hovered: string | null = $state(null);
  /** the map has asked to be shown somewhere (search result, list selection) */
  cameraRequest: CameraRequest | null = $state.raw(null);
  /** a search match to highlight inside a quote of the citation panel (UTF-16 offsets in the quote) */
  highlight: QuoteHighlight | null = $state.raw(null);
  /** true when the map cannot be drawn (no WebGL): the list is the app */
  listOnly = $state(false);

  // $derived.by defers reading `this.data` until first use (it is assigned in the constructor).
  readonly filtered: FilterResult = $derived.by(() =>
    applyFilters(this.filterIndex, this.view.filters),
  );
  readonly selectedPlace: PlaceFeature | null = $derived.by(() =>
    this.view.place === null ? null : (this.data.placesById.get(this.view.place) ?? null),
  );
  readonly selectedClaim: IndexedClaim | null = $derived.by(() =>
    this.view.claim === null ? null : (this.data.claimsById.get(this.view.claim) ?? null),
  );
  readonly visibleCount: number = $derived(this.filtered.placeIds.size);

  constructor(data: Dataset, initial?: View) {
    this.data = data;
    this.filterIndex = buildFilterIndex(data.places, data.sources);
    if (initial) this.view = initial;
  }

  /** Select a place (and optionally one of its claims); null clears the selection. */
  select(placeId: string | null, claimId: string | null = null): void {
    if (placeId !== null && !this.data.placesById.has(placeId)) return;
    if (this.highlight && this.highlight.claimId !== claimId) this.highlight = null;
    this.view.place = placeId;
    this.view.claim = placeId === null ? null : claimId;
  }

  /** Select a place and ask the map to show it. */
  focusPlace(placeId: string, claimId: string | null = null): void {
    const feature = this.data.placesById.get(placeId);
    if (!feature) return;
    this.select(placeId, claimId);
    this.cameraRequest = {
      bounds: featureBounds(feature),
      seq: (this.cameraRequest?.seq ?? 0) + 1,
    };
  }

  openArticle(source: string, passage: Passage | null = null): void {
    if (!this.data.sourcesById.has(source)) return;
    this.view.article = { source, passage };
  }

  closeArticle(): void {
    this.view.article = null;
  }

  /** Change filters; a new date range (brushed, typed, cleared, a briefing step's) ends a playback. */
  setFilters(patch: Partial<Filters>): void {
    const range = patch.dateRange;
    const current = this.view.filters.dateRange;
    if (range !== undefined && (range?.[0] !== current?.[0] || range?.[1] !== current?.[1])) {
      this.view.playback = null;
    }
    this.view.filters = { ...this.view.filters, ...patch };
  }

  resetFilters(): void {
    this.view.playback = null;
    this.view.filters = { ...DEFAULT_FILTERS };
  }

  /** Show a playback frame: the playback and the date range it drives change together. */
  setPlayback(playback: PlaybackView): void {
    const range = windowDays(playback.window, playback.at);
    if (!range) return;
    this.view.playback = playback;
    this.view.filters = { ...this.view.filters, dateRange: range };
  }

  /** Leave the playback, putting back the date range it replaced (or none). */
  endPlayback(dateRange: Filters['dateRange'] = null): void {
    this.view.playback = null;
    this.view.filters = { ...this.view.filters, dateRange };
  }

  setLang(lang: LabelLanguage): void {
    this.view.lang = lang;
  }

  setCamera(camera: Camera): void {
    this.view.camera = camera;
  }

  /** Replace the whole view (from the URL on load or on back/forward). */
  restore(view: View): void {
    this.view = view;
  }

  isVisible(placeId: string): boolean {
    return this.filtered.placeIds.has(placeId);
  }
}

/** A feature's bounds, padded so a point gets a sensible town-scale view. */
function featureBounds(feature: PlaceFeature): Bounds {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as [number, number];
      [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
    } else for (const part of c as unknown[]) visit(part);
  };
  const g = feature.geometry;
  if (g.type === 'GeometryCollection') for (const part of g.geometries) visit(bboxCoords(part));
  else visit(g.coordinates);
  const pad = 0.15;
  return [
    [w - pad, s - pad],
    [e + pad, n + pad],
  ];
}

function bboxCoords(g: PlaceFeature['geometry']): unknown {
  return g.type === 'GeometryCollection' ? g.geometries.map(bboxCoords) : g.coordinates;
}

const KEY = Symbol('citemap.app');

export function setAppContext(app: AppState): void {
  setContext(KEY, app);
}

export function getAppContext(): AppState {
  const app = getContext<AppState | undefined>(KEY);
  if (!app)
    throw new Error('getAppContext() must be called inside <App> after the data has loaded');
  return app;
}
