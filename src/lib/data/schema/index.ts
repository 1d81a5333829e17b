/**
 * The schemas of the curated data: the single source of truth for what data/places.json,
 * data/claims.json, data/briefings/*.json and seeds/sources.json may hold. Pure (no Node), so
 * the build, the app and a curation tool in the browser check data the same way.
 */
export * from './briefings.ts';
export * from './claims.ts';
export * from './files.ts';
export * from './issues.ts';
export * from './places.ts';
export * from './sources.ts';
export { isId } from './text.ts';
export { isIsoDay } from '../dates.ts';
