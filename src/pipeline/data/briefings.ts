/**
 * Briefings are data: one JSON file per briefing in data/briefings/, checked by the same build
 * as places and claims (shape first, then every reference, then that the step's own filters do
 * not hide what it presents), and published with each step's key quote by reference.
 */
import type {
  Briefing,
  BriefingStep,
  PublishedBriefing,
  PublishedBriefingStep,
  PublishedStepFilters,
  Source,
  VerifiedClaim,
} from '../../lib/data/types.ts';
import { applyFilters, buildFilterIndex, type PlaceClaims } from '../../lib/data/visibility.ts';
import { MAX_BOUNDS, ZOOM_LIMITS } from '../../lib/data/extents.ts';
import * as v from 'valibot';
import { briefingNaming, briefingSchema, isId, toProblems } from '../../lib/data/schema/index.ts';
import { dataError, type DataError } from './errors.ts';
import { readJsonBytes } from './json.ts';
import { unknown } from './links.ts';
import { duplicateKeyErrors, named, type Checked } from './schema.ts';
import { briefingFiles, type ProjectFiles } from '../project/files.ts';

const BRIEFINGS_DIR = 'data/briefings';

const BriefingSchema = briefingSchema({ bounds: MAX_BOUNDS, zoom: ZOOM_LIMITS });

/** The briefing files, sorted by name; each parsed, or its syntax error reported. */
export function readBriefingFiles(
  files: ProjectFiles,
  errors: DataError[],
): { file: string; value: unknown }[] {
  const out: { file: string; value: unknown }[] = [];
  for (const [file, bytes] of briefingFiles(files)) {
    const parsed = readJsonBytes(bytes, file);
    if (!parsed.ok) {
      errors.push(parsed.error);
      continue;
    }
    const naming = briefingNaming(parsed.value);
    errors.push(...duplicateKeyErrors(file, parsed.duplicates, (p) => named(naming, p)));
    out.push({ file, value: parsed.value });
  }
  return out;
}

/**
 * Shape checks of one briefing file. Briefing-level problems carry no id (the file names the
 * briefing); step problems carry the step's id, or `steps[i]` in the field when it has none.
 * Returns the briefing only when every check passed.
 */
export function checkBriefing(
  value: unknown,
  file: string,
  errors: DataError[],
): Briefing | undefined {
  const parsed = v.safeParse(BriefingSchema, value);
  const before = errors.length;
  if (!parsed.success) {
    for (const p of toProblems(parsed.issues, briefingNaming(value))) {
      errors.push(dataError(file, p.id, p.field, p.message, p.fix));
    }
  }
  const expectedId = file.slice(BRIEFINGS_DIR.length + 1, -'.json'.length);
  const id = (value as { id?: unknown } | null)?.id;
  if (isId(id) && id !== expectedId) {
    errors.push(
      dataError(
        file,
        null,
        'id',
        `is "${id}", but the file is named ${expectedId}.json.`,
        `Name the file ${id}.json, or set "id": "${expectedId}".`,
      ),
    );
  }
  if (!parsed.success || errors.length > before) return undefined;
  const briefing: Briefing & { $schema?: string } = { ...parsed.output };
  delete briefing.$schema;
  return briefing;
}

export interface BriefingLinkInput {
  places: Checked<{ id: string }>;
  claims: Checked<{ id: string; quotes: readonly unknown[] }>;
  sources: Checked<{ id: string }>;
}

/** Every id a step names must exist; the key quote must be one of the step's claims' quotes. */
export function checkBriefingReferences(
  briefing: Briefing,
  file: string,
  input: BriefingLinkInput,
  errors: DataError[],
): void {
  const claimById = new Map(input.claims.valid.map((c) => [c.id, c]));
  for (const step of briefing.steps) {
    const fail = (field: string, message: string, fix: string) =>
      errors.push(dataError(file, step.id, field, message, fix));
    step.places.forEach((id, i) => {
      if (input.places.loaded && !input.places.ids.has(id)) {
        fail(
          `places[${i}]`,
          unknown(input.places.ids, id, 'place'),
          'Use the id of a record in data/places.json.',
        );
      }
    });
    step.claims.forEach((id, i) => {
      if (input.claims.loaded && !input.claims.ids.has(id)) {
        fail(
          `claims[${i}]`,
          unknown(input.claims.ids, id, 'claim'),
          'Use the id of a record in data/claims.json.',
        );
      }
    });
    step.filters?.sources?.forEach((id, i) => {
      if (input.sources.loaded && !input.sources.ids.has(id)) {
        fail(
          `filters.sources[${i}]`,
          unknown(input.sources.ids, id, 'source'),
          'Use the id of a record in seeds/sources.json.',
        );
      }
    });
    const { claim, quote } = step.key_quote;
    if (!step.claims.includes(claim)) {
      fail(
        'key_quote.claim',
        `is "${claim}", which is not among the step's claims.`,
        `Add "${claim}" to "claims", or pick the key quote from one of: ${step.claims.join(', ')}.`,
      );
      continue;
    }
    const record = claimById.get(claim);
    if (record && quote >= record.quotes.length) {
      fail(
        'key_quote.quote',
        `is ${quote}, but claim "${claim}" has ${record.quotes.length} quote${record.quotes.length === 1 ? '' : 's'} (indices 0–${record.quotes.length - 1}).`,
        'Count the claim\u2019s quotes from 0.',
      );
    }
  }
}

/** The step's filters in the explorer's complete Filters shape. */
export function stepFilters(step: BriefingStep): PublishedStepFilters {
  const f = step.filters ?? {};
  return {
    categories: f.categories ? [...f.categories] : null,
    sources: f.sources ? [...f.sources] : null,
    independentOnly: f.independentOnly ?? false,
    precisions: f.precisions ? [...f.precisions] : null,
    dateRange: step.date_range ? [step.date_range[0], step.date_range[1]] : null,
  };
}

/**
 * A step that hides what it presents would show an empty map beside its text: every place and
 * claim it names must survive its own filters and date range.
 */
export function checkBriefingVisibility(
  briefing: Briefing,
  file: string,
  places: readonly PlaceClaims[],
  sources: readonly Source[],
  errors: DataError[],
): void {
  const index = buildFilterIndex(places, sources);
  for (const step of briefing.steps) {
    const result = applyFilters(index, stepFilters(step));
    const hint = step.date_range
      ? 'Widen the filters or the date range (undated claims are hidden while a date range is set), or drop it from the step.'
      : 'Widen the step\u2019s filters, or drop it from the step.';
    step.places.forEach((id, i) => {
      if (!result.placeIds.has(id)) {
        errors.push(
          dataError(
            file,
            step.id,
            `places[${i}]`,
            `place "${id}" is hidden by the step's own filters.`,
            hint,
          ),
        );
      }
    });
    step.claims.forEach((id, i) => {
      if (!result.claimIds.has(id)) {
        errors.push(
          dataError(
            file,
            step.id,
            `claims[${i}]`,
            `claim "${id}" is hidden by the step's own filters.`,
            hint,
          ),
        );
      }
    });
  }
}

/**
 * The published briefing: keys in a fixed order; the key quote by reference (claim id and quote
 * index), the app reads its text from the claim's shard and formats its source line itself.
 */
export function publishBriefing(briefing: Briefing): PublishedBriefing {
  const steps = briefing.steps.map((step): PublishedBriefingStep => {
    return {
      id: step.id,
      heading: step.heading,
      text: step.text,
      places: [...step.places],
      claims: [...step.claims],
      key_quote: { claim: step.key_quote.claim, quote: step.key_quote.quote },
      camera: {
        center: [step.camera.center[0], step.camera.center[1]],
        zoom: step.camera.zoom,
        bearing: step.camera.bearing,
      },
      filters: stepFilters(step),
    };
  });
  return {
    id: briefing.id,
    title: briefing.title,
    ...(briefing.subtitle !== undefined ? { subtitle: briefing.subtitle } : {}),
    steps,
  };
}

/** Warnings: a key quote from a rewrite is shown large, so it had better be first-hand. */
export function briefingWarnings(
  briefing: Briefing,
  file: string,
  claims: ReadonlyMap<string, VerifiedClaim>,
  sources: ReadonlyMap<string, Source>,
): string[] {
  const out: string[] = [];
  for (const step of briefing.steps) {
    const q = claims.get(step.key_quote.claim)?.quotes[step.key_quote.quote];
    const source = q ? sources.get(q.source) : undefined;
    if (source && source.derived_from.length > 0) {
      out.push(
        `${file} › step "${step.id}" › key_quote: quotes ${source.id}, which derives from ${source.derived_from.map((d) => d.source).join(', ')}; prefer the first-hand wording.`,
      );
    }
  }
  return out;
}
