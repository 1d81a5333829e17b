import { en, type Catalogue } from '../i18n/en';

/** Where the map is on its way to the first complete picture. */
export type MapPhase = 'loading' | 'drawing' | 'ready';

/**
 * What the loading status says: the basemap and the map's worker come first, then the marks
 * (`places` is how many the filters leave to draw). Nothing once the map is complete.
 */
export function loadingMessage(
  phase: MapPhase,
  places: number,
  words: Catalogue['mapLoading'] = en.mapLoading,
): string {
  if (phase === 'loading') return words.loading;
  if (phase === 'drawing') return words.drawing(places);
  return '';
}
