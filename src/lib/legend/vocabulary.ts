/**
 * The fixed orders in which categories and precisions are presented everywhere (legend, filters,
 * claim lists, URL). One list, so the legend and the side panel never disagree.
 */
import type { Category, Precision } from '../data/types';

/** Events first, then the people and money behind them, then words about them. */
export const CATEGORIES = [
  'attack',
  'kidnapping',
  'military-operation',
  'border-crossing',
  'cell-presence',
  'extortion-finance',
  'threat-statement',
  'battle-history',
  'assessment',
] as const satisfies readonly Category[];

/** Finest to coarsest: the order in which the map's confidence about "where" decreases. */
export const PRECISIONS = [
  'site',
  'settlement',
  'district',
  'province',
  'region',
] as const satisfies readonly Precision[];

// Compile-time exhaustiveness: adding a Category or Precision to types.ts without listing it here
// makes these lines fail to type-check.
type Missing<All, Listed> = Exclude<All, Listed>;
const _allCategories: Missing<Category, (typeof CATEGORIES)[number]> extends never ? true : never =
  true;
const _allPrecisions: Missing<Precision, (typeof PRECISIONS)[number]> extends never ? true : never =
  true;
void _allCategories;
void _allPrecisions;
