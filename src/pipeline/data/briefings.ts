/**
 * Briefings are data: one JSON file per briefing in data/briefings/, checked by the same build
 * as places and claims (shape first, then every reference, then that the step's own filters do
 * not hide what it presents), and published with each step's key quote resolved.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type {
  Briefing,
  BriefingStep,
  PlaceFeatureProperties,
  PublishedBriefing,
  PublishedBriefingStep,
  PublishedStepFilters,
  ResolvedKeyQuote,
  Source,
  VerifiedClaim,
} from '../../lib/data/types.ts';
import { formatAuthors, formatSourceDate } from '../../lib/citations/citations.ts';
import { applyFilters, buildFilterIndex } from '../../lib/filters/filters.ts';
import { MAX_BOUNDS, ZOOM_LIMITS } from '../../lib/map/camera.ts';
import { dataError, type DataError } from './errors.ts';
import { unknown } from './links.ts';
import {
  CATEGORIES,
  PRECISIONS,
  RecordChecker,
  isIsoDay,
  parseJson,
  type Checked,
} from './schema.ts';

export const BRIEFINGS_DIR = 'data/briefings';

export const BRIEFING_LIMITS = {
  title: 120,
  subtitle: 200,
  heading: 80,
  /** characters; the word limit below is the one that matters on a projector */
  text: 600,
  textWords: 60,
  steps: 30,
  placesPerStep: 30,
  claimsPerStep: 30,
} as const;

/** The briefing files, sorted by name; each parsed, or its syntax error reported. */
export function readBriefingFiles(
  rootDir: string,
  errors: DataError[],
): { file: string; value: unknown }[] {
  const dir = join(rootDir, BRIEFINGS_DIR);
  if (!existsSync(dir)) return [];
  const out: { file: string; value: unknown }[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json')) continue;
    const file = `${BRIEFINGS_DIR}/${name}`;
    const parsed = parseJson(readFileSync(join(dir, name), 'utf8'), file);
    if (parsed.ok) out.push({ file, value: parsed.value });
    else errors.push(parsed.error);
  }
  return out;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => w !== '').length;
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
  const c = new RecordChecker(errors, file, 0, '');
  if (
    !c.object(value, '', {
      required: ['id', 'title', 'steps'],
      optional: ['subtitle'],
    })
  ) {
    return undefined;
  }
  const expectedId = file.slice(BRIEFINGS_DIR.length + 1, -'.json'.length);
  if (c.id_(value.id, 'id') && value.id !== expectedId) {
    c.fail(
      'id',
      `is "${value.id}", but the file is named ${expectedId}.json.`,
      `Name the file ${value.id}.json, or set "id": "${expectedId}".`,
    );
  }
  c.string(value.title, 'title', { max: BRIEFING_LIMITS.title });
  if ('subtitle' in value) c.string(value.subtitle, 'subtitle', { max: BRIEFING_LIMITS.subtitle });
  let stepsOk = c.ok;
  if (c.array(value.steps, 'steps', { min: 1, max: BRIEFING_LIMITS.steps })) {
    const seen = new Map<string, number>();
    value.steps.forEach((step, i) => {
      const s = new RecordChecker(errors, file, i, `steps[${i}]`);
      if (!checkStep(s, step)) stepsOk = false;
      const id = s.id;
      if (id === null) return;
      const first = seen.get(id);
      if (first !== undefined) {
        s.fail(
          'id',
          `is also the id of steps[${first}]; step ids must be unique within a briefing.`,
          'Give one of the steps a different id.',
        );
        stepsOk = false;
      } else seen.set(id, i);
    });
  } else stepsOk = false;
  return c.ok && stepsOk ? (value as unknown as Briefing) : undefined;
}

function checkStep(c: RecordChecker, step: unknown): boolean {
  if (typeof step === 'object' && step !== null && !Array.isArray(step)) {
    const r = step as Record<string, unknown>;
    if ('id' in r && c.id_(r.id, 'id')) c.id = r.id as string;
  }
  if (
    !c.object(step, '', {
      required: ['id', 'heading', 'text', 'places', 'claims', 'key_quote', 'camera'],
      optional: ['filters', 'date_range'],
    })
  ) {
    return false;
  }
  c.string(step.heading, 'heading', { max: BRIEFING_LIMITS.heading });
  if (c.string(step.text, 'text', { max: BRIEFING_LIMITS.text })) {
    const words = wordCount(step.text);
    if (words > BRIEFING_LIMITS.textWords) {
      c.fail(
        'text',
        `has ${words} words; a step says at most ${BRIEFING_LIMITS.textWords}, so it reads from the back of a room.`,
        'Shorten it; the key quote and the citation panel carry the detail.',
      );
    }
  }
  const idList = (field: 'places' | 'claims', max: number) => {
    const list = step[field];
    if (!c.array(list, field, { min: 1, max })) return;
    list.forEach((id, i) => c.id_(id, `${field}[${i}]`));
    c.uniqueStrings(list, field);
  };
  idList('places', BRIEFING_LIMITS.placesPerStep);
  idList('claims', BRIEFING_LIMITS.claimsPerStep);

  const kq = step.key_quote;
  if (c.object(kq, 'key_quote', { required: ['claim', 'quote'] })) {
    c.id_(kq.claim, 'key_quote.claim');
    c.number(kq.quote, 'key_quote.quote', { min: 0, max: 1000, integer: true });
  }

  checkCamera(c, step.camera);

  if ('filters' in step) checkFilters(c, step.filters);

  if ('date_range' in step) {
    const d = step.date_range;
    if (c.array(d, 'date_range', { min: 2, max: 2 })) {
      const ok = d.every((day, i) => {
        if (typeof day === 'string' && isIsoDay(day)) return true;
        c.fail(
          `date_range[${i}]`,
          `${JSON.stringify(day)} is not a calendar date.`,
          'Write it as YYYY-MM-DD, e.g. "2019-07-01".',
        );
        return false;
      });
      if (ok && (d[0] as string) > (d[1] as string)) {
        c.fail(
          'date_range',
          `is reversed: ${d[0] as string} is after ${d[1] as string}.`,
          'Swap them: [first day, last day].',
        );
      }
    }
  }
  return c.ok;
}

function checkCamera(c: RecordChecker, camera: unknown): void {
  if (!c.object(camera, 'camera', { required: ['center', 'zoom', 'bearing'] })) return;
  if (c.lonLat(camera.center, 'camera.center')) {
    const [lon, lat] = camera.center;
    const [[w, s], [e, n]] = MAX_BOUNDS;
    if (lon < w || lon > e || lat < s || lat > n) {
      c.fail(
        'camera.center',
        `[${lon}, ${lat}] is outside the map's region (longitude ${w}–${e}, latitude ${s}–${n}).`,
        'Centre the camera on the places of the step (longitude first, as in GeoJSON).',
      );
    }
  }
  if (typeof camera.zoom === 'number' && Number.isFinite(camera.zoom)) {
    if (camera.zoom < ZOOM_LIMITS.min || camera.zoom > ZOOM_LIMITS.max) {
      c.fail(
        'camera.zoom',
        `is ${camera.zoom}; the map zooms from ${ZOOM_LIMITS.min} to ${ZOOM_LIMITS.max}.`,
        `Use a zoom between ${ZOOM_LIMITS.min} (all of Iraq and Syria) and ${ZOOM_LIMITS.max} (a town).`,
      );
    }
  } else {
    c.number(camera.zoom, 'camera.zoom', { min: ZOOM_LIMITS.min, max: ZOOM_LIMITS.max });
  }
  c.number(camera.bearing, 'camera.bearing', { min: -180, max: 180 });
}

function checkFilters(c: RecordChecker, filters: unknown): void {
  if (
    !c.object(filters, 'filters', {
      required: [],
      optional: ['categories', 'sources', 'independentOnly', 'precisions'],
    })
  ) {
    return;
  }
  if ('categories' in filters && c.array(filters.categories, 'filters.categories', { min: 1 })) {
    filters.categories.forEach((v, i) => c.oneOf(v, `filters.categories[${i}]`, CATEGORIES));
    c.uniqueStrings(filters.categories, 'filters.categories');
  }
  if ('sources' in filters && c.array(filters.sources, 'filters.sources', { min: 1 })) {
    filters.sources.forEach((v, i) => c.id_(v, `filters.sources[${i}]`));
    c.uniqueStrings(filters.sources, 'filters.sources');
  }
  if ('independentOnly' in filters) c.boolean(filters.independentOnly, 'filters.independentOnly');
  if ('precisions' in filters && c.array(filters.precisions, 'filters.precisions', { min: 1 })) {
    filters.precisions.forEach((v, i) => c.oneOf(v, `filters.precisions[${i}]`, PRECISIONS));
    c.uniqueStrings(filters.precisions, 'filters.precisions');
  }
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
  features: readonly { properties: PlaceFeatureProperties }[],
  sources: readonly Source[],
  errors: DataError[],
): void {
  const index = buildFilterIndex(features, sources);
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

/** "The Washington Post · Louisa Loveluck and Mustafa Salim · 21 July 2019" */
export function sourceLine(source: Source): string {
  return [
    source.publication,
    formatAuthors(source.authors),
    formatSourceDate(source.date, source.date_precision),
  ].join(' · ');
}

/** The published briefing: keys in a fixed order, each key quote resolved. */
export function publishBriefing(
  briefing: Briefing,
  claims: ReadonlyMap<string, VerifiedClaim>,
  sources: ReadonlyMap<string, Source>,
): PublishedBriefing {
  const steps = briefing.steps.map((step): PublishedBriefingStep => {
    const claim = claims.get(step.key_quote.claim);
    const q = claim?.quotes[step.key_quote.quote];
    const source = q ? sources.get(q.source) : undefined;
    // References were checked before publishing; this guards the types, not the data.
    if (!claim || !q || !source) throw new Error(`unresolved key quote in step ${step.id}`);
    const key_quote: ResolvedKeyQuote = {
      claim: claim.id,
      quote: step.key_quote.quote,
      source: q.source,
      text: q.text,
      ...(q.occurrence !== undefined ? { occurrence: q.occurrence } : {}),
      start: q.start,
      end: q.end,
      publication: source.publication,
      headline: source.headline,
      authors: [...source.authors],
      date: source.date,
      date_precision: source.date_precision,
      source_line: sourceLine(source),
    };
    return {
      id: step.id,
      heading: step.heading,
      text: step.text,
      places: [...step.places],
      claims: [...step.claims],
      key_quote,
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
