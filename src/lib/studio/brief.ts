/** Briefing steps made from the explorer's current view. */
import type { Briefing, BriefingStep, Claim } from '../data/types';
import type { Filters } from '../data/visibility';
import type { Camera } from '../state/view';
import { slugId, uniqueId } from './ids';

type StepFilters = NonNullable<BriefingStep['filters']>;

/** The explorer's filters as a step's: only what narrows the map (absent means "all"). */
export function stepFilters(f: Filters): StepFilters | undefined {
  const out: StepFilters = {};
  if (f.categories) out.categories = [...f.categories];
  if (f.sources) out.sources = [...f.sources];
  if (f.independentOnly) out.independentOnly = true;
  if (f.precisions) out.precisions = [...f.precisions];
  return Object.keys(out).length ? out : undefined;
}

export interface StepInput {
  heading: string;
  text: string;
  places: string[];
  claims: string[];
  keyQuote: { claim: string; quote: number };
  camera: Camera;
  filters: Filters;
}

/** A step showing what the explorer shows now: its camera, filters and dates. */
export function stepFromView(input: StepInput, existing: readonly BriefingStep[]): BriefingStep {
  const taken = new Set(existing.map((s) => s.id));
  const step: BriefingStep = {
    id: uniqueId(slugId(input.heading, 'step'), taken),
    heading: input.heading.trim(),
    text: input.text.trim(),
    places: input.places,
    claims: input.claims,
    key_quote: input.keyQuote,
    camera: {
      center: [round(input.camera.center[0], 4), round(input.camera.center[1], 4)],
      zoom: round(input.camera.zoom, 2),
      bearing: Math.round(input.camera.bearing),
    },
  };
  const filters = stepFilters(input.filters);
  if (filters) step.filters = filters;
  if (input.filters.dateRange) step.date_range = [...input.filters.dateRange];
  return step;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** The claims a step may rest on: those drawn at any of its places. */
export function claimsForPlaces(claims: readonly Claim[], places: readonly string[]): Claim[] {
  return claims.filter((c) => c.places.some((p) => places.includes(p)));
}

/** The steps with one moved up (-1) or down (+1); unchanged at either end. */
export function moveStep<T>(steps: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  if (index < 0 || index >= steps.length || to < 0 || to >= steps.length) return [...steps];
  const out = [...steps];
  [out[index], out[to]] = [out[to]!, out[index]!];
  return out;
}

/** A new briefing, named from its title. */
export function newBriefing(title: string, taken: ReadonlySet<string>): Omit<Briefing, 'steps'> {
  return { id: uniqueId(slugId(title, 'briefing'), taken), title: title.trim() };
}
