/** data/briefings/<id>.json: one briefing, a sequence of steps that each fly to a view. */
import * as v from 'valibot';
import { CATEGORIES, PRECISIONS } from '../vocabulary.ts';
import { say } from './messages.ts';
import { isIsoDay } from '../dates.ts';
import { id, isId, refine, text } from './text.ts';
import { boolean, list, lonLat, number, object, oneOf, openList, pair, unique } from './shapes.ts';

const BRIEFING_LIMITS = {
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

/** The part of the world a camera may look at, and how far it may zoom: the map's limits. */
export interface MapExtent {
  bounds: readonly [readonly [number, number], readonly [number, number]];
  zoom: { readonly min: number; readonly max: number };
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => w !== '').length;
}

const notDay = (issue: { input: unknown }) =>
  say(
    `${JSON.stringify(issue.input)} is not a calendar date.`,
    'Write it as YYYY-MM-DD, e.g. "2019-07-01".',
  );

const dayString = v.pipe(v.string(notDay), v.check(isIsoDay, notDay));

/** What a step shows on the map; absent lists mean "all", as in the explorer. */
const BriefingFiltersSchema = object({
  categories: v.optional(v.pipe(openList(oneOf(CATEGORIES), 1), unique())),
  /** source ids whose quotes count */
  sources: v.optional(v.pipe(openList(id(), 1), unique())),
  /** count only quotes from articles that derive from no other article */
  independentOnly: v.optional(boolean()),
  precisions: v.optional(v.pipe(openList(oneOf(PRECISIONS), 1), unique())),
});

function briefingCameraSchema(extent: MapExtent) {
  const [[w, s], [e, n]] = extent.bounds;
  const { min, max } = extent.zoom;
  const zoomOutside = (issue: { input: unknown }) =>
    say(
      `is ${String(issue.input)}; the map zooms from ${min} to ${max}.`,
      `Use a zoom between ${min} (all of Iraq and Syria) and ${max} (a town).`,
    );
  return object({
    center: v.pipe(
      lonLat(),
      refine<[number, number]>(([lon, lat]) =>
        lon < w || lon > e || lat < s || lat > n
          ? {
              message: `[${lon}, ${lat}] is outside the map's region (longitude ${w}–${e}, latitude ${s}–${n}).`,
              fix: 'Centre the camera on the places of the step (longitude first, as in GeoJSON).',
            }
          : null,
      ),
    ),
    // an out-of-range zoom is explained in the map's terms
    zoom: number({ min, max }, zoomOutside),
    /** degrees in [-180, 180] */
    bearing: number({ min: -180, max: 180 }),
  });
}

function briefingStepSchema(extent: MapExtent) {
  return object({
    /** stable id, unique within the briefing, e.g. `baghouz` */
    id: id(),
    heading: text({ max: BRIEFING_LIMITS.heading }),
    /** what the step says, short and in our own words */
    text: v.pipe(
      text({ max: BRIEFING_LIMITS.text }),
      refine<string>((s) => {
        const words = wordCount(s);
        return words > BRIEFING_LIMITS.textWords
          ? {
              message: `has ${words} words; a step says at most ${BRIEFING_LIMITS.textWords}, so it reads from the back of a room.`,
              fix: 'Shorten it; the key quote and the citation panel carry the detail.',
            }
          : null;
      }),
    ),
    /** place ids the step is about; the first is where "Explore" opens */
    places: v.pipe(list(id(), 1, BRIEFING_LIMITS.placesPerStep), unique()),
    /** claim ids the step rests on */
    claims: v.pipe(list(id(), 1, BRIEFING_LIMITS.claimsPerStep), unique()),
    /** the quote shown large: one of the step's claims and an index into its quotes */
    key_quote: object({ claim: id(), quote: number({ min: 0, max: 1000, integer: true }) }),
    camera: briefingCameraSchema(extent),
    filters: v.optional(BriefingFiltersSchema),
    /** inclusive ISO days; claims with no date are hidden while it is set */
    date_range: v.optional(
      v.pipe(
        pair(dayString),
        refine<[string, string]>(([a, b]) =>
          a > b
            ? {
                message: `is reversed: ${a} is after ${b}.`,
                fix: 'Swap them: [first day, last day].',
              }
            : null,
        ),
      ),
    ),
  });
}

/** A briefing, as curated: one file in data/briefings/, named after its id. */
export function briefingSchema(extent: MapExtent) {
  return object({
    /** the `$schema` an editor reads to check the file as it is typed */
    id: id(),
    title: text({ max: BRIEFING_LIMITS.title }),
    steps: v.pipe(
      list(briefingStepSchema(extent), 1, BRIEFING_LIMITS.steps),
      v.rawCheck(({ dataset, addIssue }) => {
        const steps = dataset.value as unknown;
        if (!Array.isArray(steps)) return;
        const seen = new Map<string, number>();
        steps.forEach((step: unknown, i) => {
          const stepId = (step as { id?: unknown } | null)?.id;
          if (!isId(stepId)) return;
          const first = seen.get(stepId);
          if (first === undefined) {
            seen.set(stepId, i);
            return;
          }
          addIssue({
            message: say(
              `is also the id of steps[${first}]; step ids must be unique within a briefing.`,
              'Give one of the steps a different id.',
            ),
            path: [
              { type: 'array', origin: 'value', input: steps, key: i, value: step },
              {
                type: 'object',
                origin: 'value',
                input: step as Record<string, unknown>,
                key: 'id',
                value: stepId,
              },
            ],
          });
        });
      }),
    ),
    subtitle: v.optional(text({ max: BRIEFING_LIMITS.subtitle })),
    /** the JSON Schema an editor checks the file against as it is typed */
    $schema: v.optional(v.string()),
  });
}

type BriefingSchema = ReturnType<typeof briefingSchema>;
export type Briefing = Omit<v.InferOutput<BriefingSchema>, '$schema'>;
export type BriefingStep = v.InferOutput<ReturnType<typeof briefingStepSchema>>;
export type BriefingCamera = v.InferOutput<ReturnType<typeof briefingCameraSchema>>;
