/**
 * Checks between records: ids are unique across all three files (the app addresses places,
 * claims and sources by id in one URL hash), every reference resolves, conflicts are reciprocal,
 * and derived_from has no cycles.
 */
import type { Claim, Place, Source } from '../../lib/data/types.ts';
import { findCycles } from './corroboration.ts';
import { dataError, type DataError } from './errors.ts';
import { CLAIMS_FILE, PLACES_FILE, SOURCES_FILE, type Checked } from './schema.ts';

export interface LinkInput {
  sources: Checked<Source>;
  places: Checked<Place>;
  claims: Checked<Claim>;
}

export function checkIdCollisions(input: LinkInput, errors: DataError[]): void {
  const owner = new Map<string, string>();
  const files: [string, string[]][] = [
    [SOURCES_FILE, input.sources.idList],
    [PLACES_FILE, input.places.idList],
    [CLAIMS_FILE, input.claims.idList],
  ];
  for (const [file, ids] of files) {
    for (const id of ids) {
      const first = owner.get(id);
      if (first === undefined) {
        owner.set(id, file);
        continue;
      }
      errors.push(
        dataError(
          file,
          id,
          'id',
          first === file
            ? `is used by more than one record in ${file}.`
            : `is already used in ${first}; ids must be unique across sources, places and claims.`,
          'Give one of them a different id (and update the references to it).',
        ),
      );
    }
  }
}

/** "refers to place \"x\", which does not exist (did you mean …?)" */
export function unknown(ids: ReadonlySet<string>, id: string, what: string): string {
  const near = [...ids].filter((x) => x.includes(id) || id.includes(x)).slice(0, 3);
  return near.length
    ? `refers to ${what} "${id}", which does not exist (did you mean ${near.map((n) => `"${n}"`).join(' or ')}?).`
    : `refers to ${what} "${id}", which does not exist.`;
}

export function checkReferences(input: LinkInput, errors: DataError[]): void {
  const { sources, places, claims } = input;
  const sourceFiles = new Map<string, string>();
  for (const s of sources.valid) {
    const other = sourceFiles.get(s.file);
    if (other !== undefined) {
      errors.push(
        dataError(
          SOURCES_FILE,
          s.id,
          'file',
          `seeds/${s.file} is already the file of source "${other}".`,
          'Each source has its own file; fix the file name.',
        ),
      );
    } else sourceFiles.set(s.file, s.id);
    s.derived_from.forEach((d, i) => {
      const field = `derived_from[${i}].source`;
      if (d.source === s.id) {
        errors.push(
          dataError(SOURCES_FILE, s.id, field, 'names the source itself.', 'Remove this entry.'),
        );
      } else if (sources.loaded && !sources.ids.has(d.source)) {
        errors.push(
          dataError(
            SOURCES_FILE,
            s.id,
            field,
            unknown(sources.ids, d.source, 'source'),
            'Use the id of a record in seeds/sources.json, or add that source.',
          ),
        );
      }
    });
  }
  const links = new Map(sources.valid.map((s) => [s.id, s]));
  for (const cycle of findCycles(links)) {
    const first = cycle[0] as string;
    errors.push(
      dataError(
        SOURCES_FILE,
        first,
        'derived_from',
        `forms a cycle: ${[...cycle, first].join(' → ')}.`,
        'An article cannot derive from one of its own rewrites; remove the wrong link.',
      ),
    );
  }

  for (const place of places.valid) {
    const g = place.geometry;
    if (g.from === 'admin1-ring' && places.loaded && !places.ids.has(g.center_place)) {
      errors.push(
        dataError(
          PLACES_FILE,
          place.id,
          'geometry.center_place',
          unknown(places.ids, g.center_place, 'place'),
          'Name a settlement in data/places.json.',
        ),
      );
    }
  }

  const claimById = new Map(claims.valid.map((c) => [c.id, c]));
  for (const claim of claims.valid) {
    claim.places.forEach((id, i) => {
      if (places.loaded && !places.ids.has(id)) {
        errors.push(
          dataError(
            CLAIMS_FILE,
            claim.id,
            `places[${i}]`,
            unknown(places.ids, id, 'place'),
            'Use the id of a record in data/places.json, or add that place.',
          ),
        );
      }
    });
    const seenQuotes = new Map<string, number>();
    claim.quotes.forEach((q, i) => {
      if (sources.loaded && !sources.ids.has(q.source)) {
        errors.push(
          dataError(
            CLAIMS_FILE,
            claim.id,
            `quotes[${i}].source`,
            unknown(sources.ids, q.source, 'source'),
            'Use the id of a record in seeds/sources.json.',
          ),
        );
      }
      const key = `${q.source}\u0000${q.text}\u0000${q.occurrence ?? 1}`;
      const earlier = seenQuotes.get(key);
      if (earlier !== undefined) {
        errors.push(
          dataError(
            CLAIMS_FILE,
            claim.id,
            `quotes[${i}]`,
            `repeats quotes[${earlier}].`,
            'Remove the repeat.',
          ),
        );
      } else seenQuotes.set(key, i);
    });
    claim.conflicts_with?.forEach((other, i) => {
      const field = `conflicts_with[${i}]`;
      if (other === claim.id) {
        errors.push(
          dataError(CLAIMS_FILE, claim.id, field, 'names the claim itself.', 'Remove it.'),
        );
        return;
      }
      if (!claims.ids.has(other)) {
        errors.push(
          dataError(
            CLAIMS_FILE,
            claim.id,
            field,
            unknown(claims.ids, other, 'claim'),
            'Use the id of a record in data/claims.json.',
          ),
        );
        return;
      }
      const back = claimById.get(other);
      // An invalid counterpart is reported on its own; only judge reciprocity between valid ones.
      if (back && !(back.conflicts_with ?? []).includes(claim.id)) {
        errors.push(
          dataError(
            CLAIMS_FILE,
            claim.id,
            field,
            `says it conflicts with "${other}", but "${other}" does not list "${claim.id}" in its conflicts_with.`,
            `Add "${claim.id}" to the conflicts_with of "${other}" (conflicts are mutual).`,
          ),
        );
      }
    });
  }
}

/** Places no claim uses and sources no claim quotes: not errors, but worth a look. */
export function unusedRecords(input: LinkInput): string[] {
  const usedPlaces = new Set(input.claims.valid.flatMap((c) => c.places));
  // A ring's centre is used by the ring even when no claim is drawn there.
  for (const p of input.places.valid) {
    if (p.geometry.from === 'admin1-ring') usedPlaces.add(p.geometry.center_place);
  }
  const usedSources = new Set(input.claims.valid.flatMap((c) => c.quotes.map((q) => q.source)));
  for (const s of input.sources.valid) for (const d of s.derived_from) usedSources.add(d.source);
  return [
    ...input.places.valid
      .filter((p) => !usedPlaces.has(p.id))
      .map((p) => `${PLACES_FILE} › place "${p.id}": no claim is drawn here.`),
    ...input.sources.valid
      .filter((s) => !usedSources.has(s.id))
      .map((s) => `${SOURCES_FILE} › source "${s.id}": no claim quotes it.`),
  ];
}
