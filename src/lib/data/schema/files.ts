/**
 * The curated files as a whole. Each array file is an object, so that it can name its JSON
 * Schema (`$schema`) for a curator's editor: `{ "$schema": "./schema/places.schema.json",
 * "places": [ … ] }`. A briefing file is one briefing object with an optional `$schema`.
 */
import * as v from 'valibot';
import { ClaimSchema } from './claims.ts';
import { PlaceSchema } from './places.ts';
import { SourceSchema } from './sources.ts';
import { briefingSchema, type MapExtent } from './briefings.ts';

/** Each curated file: where it lives, the key that holds its records, and its JSON Schema. */
export const DATA_FILES = {
  sources: {
    file: 'seeds/sources.json',
    key: 'sources',
    schema: '../data/schema/sources.schema.json',
  },
  places: { file: 'data/places.json', key: 'places', schema: './schema/places.schema.json' },
  claims: { file: 'data/claims.json', key: 'claims', schema: './schema/claims.schema.json' },
} as const;

const wrapped = <S extends v.GenericSchema>(key: string, record: S) =>
  v.strictObject({ $schema: v.optional(v.string()), [key]: v.array(record) });

export const SourcesFileSchema = wrapped('sources', SourceSchema);
export const PlacesFileSchema = wrapped('places', PlaceSchema);
export const ClaimsFileSchema = wrapped('claims', ClaimSchema);
export const briefingFileSchema = (extent: MapExtent) => briefingSchema(extent);
