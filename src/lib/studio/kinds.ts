/** The place kinds a form offers, by what the geometry can draw (schema/places.ts). */
import type { PlaceKind } from '../data/types';
import { PLACE_KINDS } from '../data/vocabulary';

export const POINT_KINDS: readonly PlaceKind[] = ['city', 'town', 'village', 'site', 'base'];
export const KINDS: readonly PlaceKind[] = PLACE_KINDS;
