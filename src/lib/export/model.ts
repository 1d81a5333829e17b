/**
 * What an exported image or a printed handout says, worked out from the data and the view: the
 * heading, the date range in force, the scale, the claims highlighted and the sources they rest on
 * (numbered once each), and the file name. Pure: no canvas, no map.
 */
import type {
  Category,
  Precision,
  PublishedBriefing,
  PublishedBriefingStep,
  Source,
  VerifiedClaim,
} from '../data/types';
import { matchingQuoteIndices, type Filters } from '../data/visibility';
import { CATEGORIES, PRECISIONS } from '../data/vocabulary';
import { formatAuthors, formatSourceDate } from '../data/format';
import { groupClaims } from '../citations/citations';
import { formatIsoDate } from '../timeline/format';
import { BASEMAP_ATTRIBUTION } from '../data/basemap-layers';
import type { Widen } from '../i18n/en';
import { enTools } from '../i18n/en-tools';

/** The words of an image's heading and credits, in the interface language (default English). */
type ExportWords = Widen<typeof enTools.exporting>;

/** The basemap's credits, then ours and the renderer's. */
export function exportAttribution(words: ExportWords = enTools.exporting): string {
  return words.attribution(BASEMAP_ATTRIBUTION);
}

// ─── Scale ───────────────────────────────────────────────────────────────────

/** Earth's equatorial circumference in metres, as MapLibre's Web Mercator uses it. */
const EARTH_CIRCUMFERENCE_M = 40075016.686;
/** MapLibre's zoom levels are defined for 512-px tiles. */
const TILE_SIZE = 512;

/** Ground metres per CSS pixel at a latitude and zoom (Web Mercator, 512-px tiles). */
export function metresPerPixel(latitude: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / (TILE_SIZE * 2 ** zoom);
}

export interface ScaleBar {
  /** bar length in CSS px */
  px: number;
  /** "50 km", "20 mi", "500 m", "2,000 ft" */
  label: string;
}

const M_PER_MI = 1609.344;
const M_PER_FT = 0.3048;

/** The largest 1, 2, 3 or 5 × 10ⁿ not above `n` (as MapLibre's scale control rounds). */
export function roundDown(n: number): number {
  if (!(n > 0) || !Number.isFinite(n)) return 0;
  const pow = 10 ** Math.floor(Math.log10(n));
  const d = n / pow;
  const step = d >= 5 ? 5 : d >= 3 ? 3 : d >= 2 ? 2 : 1;
  return step * pow;
}

/**
 * A scale bar no longer than `maxPx`, in kilometres (metres below 1 km) or miles (feet below
 * 1 mi); null when the scale cannot be computed.
 */
export function scaleBar(
  mPerPx: number,
  maxPx: number,
  unit: 'metric' | 'imperial',
): ScaleBar | null {
  const maxM = mPerPx * maxPx;
  if (!(maxM > 0) || !Number.isFinite(maxM)) return null;
  const units =
    unit === 'metric'
      ? maxM >= 1000
        ? { per: 1000, name: 'km' }
        : { per: 1, name: 'm' }
      : maxM >= M_PER_MI
        ? { per: M_PER_MI, name: 'mi' }
        : { per: M_PER_FT, name: 'ft' };
  const n = roundDown(maxM / units.per);
  if (n === 0) return null;
  return { px: (n * units.per) / mPerPx, label: `${n.toLocaleString('en-GB')} ${units.name}` };
}

/** An exported map narrower than this is drawn wider, so the image reads as a map, not a strip. */
export const MIN_EXPORT_WIDTH = 800;

/**
 * The CSS size to draw an exported map at: null (as on screen) when the map is wide enough;
 * otherwise MIN_EXPORT_WIDTH wide, with the on-screen height kept between 1:2 and 3:4 of that.
 */
export function captureSize(
  width: number,
  height: number,
): { width: number; height: number } | null {
  if (width >= MIN_EXPORT_WIDTH) return null;
  const w = MIN_EXPORT_WIDTH;
  return { width: w, height: Math.round(Math.min(Math.max(height, w / 2), (w * 3) / 4)) };
}

// ─── Dates, headings, file names ─────────────────────────────────────────────

/** "All dates", or "1 Feb 2019 – 31 Mar 2019" for an inclusive ISO day range. */
export function dateRangeLabel(range: readonly [string, string] | null): string {
  if (range === null) return enTools.exporting.allDates;
  const [a, b] = range;
  return a === b ? formatIsoDate(a) : `${formatIsoDate(a)} – ${formatIsoDate(b)}`;
}

/** "2019", or "2017–2019" when the sources span years: the years the reporting covers. */
export function reportingYears(sources: readonly Pick<Source, 'date'>[]): string {
  const years = sources.map((s) => Number(s.date.slice(0, 4))).filter((y) => y > 0);
  if (years.length === 0) return '';
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

export interface Heading {
  title: string;
  subtitle: string;
}

/** The heading of a briefing step: its own heading, under the briefing's title and the step count. */
export function stepHeading(
  briefing: PublishedBriefing,
  step: number,
  words: ExportWords = enTools.exporting,
): Heading {
  return {
    title: briefing.steps[step]?.heading ?? briefing.title,
    subtitle: words.stepSubtitle(briefing.title, step + 1, briefing.steps.length),
  };
}

/** The heading of the explorer: the story, then the selected place or how many places are shown. */
export function exploreHeading(
  place: { name: string; claims: number } | null,
  placesShown: number,
  words: ExportWords = enTools.exporting,
): Heading {
  return {
    title: words.exploreTitle,
    subtitle: place ? words.placeShown(place.name, place.claims) : words.placesShown(placesShown),
  };
}

/** Lowercase ASCII words joined by hyphens, for file names. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `citemap-qaim-2019.png`, `citemap-isis-return-2019-step-2-baghouz.png`. */
export function exportFileName(parts: readonly (string | null | undefined)[]): string {
  const words = parts
    .filter((p): p is string => !!p)
    .map(slug)
    .filter(Boolean);
  return `${['citemap', ...words].join('-')}.png`;
}

// ─── Footnotes ───────────────────────────────────────────────────────────────

/**
 * "The Washington Post — Louisa Loveluck and Mustafa Salim, ‘ISIS militants return to Iraq,
 * continue fight’, 21 July 2019"; the byline is left out when the text has none.
 */
export function sourceReference(
  source: Pick<Source, 'publication' | 'authors' | 'headline' | 'date' | 'date_precision'>,
): string {
  const parts: string[] = [];
  const byline = source.authors.some((a) => a.trim() !== '') ? formatAuthors(source.authors) : '';
  if (source.headline.trim() !== '') parts.push(`‘${source.headline.trim()}’`);
  parts.push(formatSourceDate(source.date, source.date_precision));
  return byline
    ? `${source.publication} — ${byline}, ${parts.join(', ')}`
    : `${source.publication}, ${parts.join(', ')}`;
}

/**
 * The claims an export cites: a briefing step's claims in the step's order, else the selected
 * place's visible claims in the citation panel's order (by category, then date), else none.
 */
export function highlightedClaims(
  step: Pick<PublishedBriefingStep, 'claims'> | null,
  place: { claims: readonly VerifiedClaim[] } | null,
  visibleClaimIds: ReadonlySet<string>,
  claimsById: Pick<ReadonlyMap<string, VerifiedClaim>, 'get'>,
): VerifiedClaim[] {
  if (step) return step.claims.flatMap((id) => claimsById.get(id) ?? []);
  if (!place) return [];
  const visible = place.claims.filter((c) => visibleClaimIds.has(c.id));
  return groupClaims(visible).flatMap((g) => g.claims);
}

export interface Footnote {
  n: number;
  sourceId: string;
  text: string;
}

interface NotedClaim {
  id: string;
  summary: string;
  /** footnote numbers of the sources its counted quotes come from, ascending */
  notes: number[];
}

export interface Footnotes {
  claims: NotedClaim[];
  notes: Footnote[];
}

/**
 * Numbers the sources of the highlighted claims: each distinct source once, in the order it is
 * first cited (claims in the given order, quotes in their order). Only the quotes the filters
 * count are cited, as the citation panel counts them.
 */
export function footnotes(
  claims: readonly VerifiedClaim[],
  sourcesById: ReadonlyMap<string, Source>,
  filters: Filters,
): Footnotes {
  const numberOf = new Map<string, number>();
  const notes: Footnote[] = [];
  const noted = claims.map((claim) => {
    const marks = new Set<number>();
    for (const i of matchingQuoteIndices(claim, filters, sourcesById)) {
      const id = claim.quotes[i]!.source;
      let n = numberOf.get(id);
      if (n === undefined) {
        const source = sourcesById.get(id);
        n = notes.length + 1;
        numberOf.set(id, n);
        notes.push({ n, sourceId: id, text: source ? sourceReference(source) : id });
      }
      marks.add(n);
    }
    return { id: claim.id, summary: claim.summary, notes: [...marks].sort((a, b) => a - b) };
  });
  return { claims: noted, notes };
}

// ─── What the map shows ──────────────────────────────────────────────────────

export interface Present {
  categories: Category[];
  precisions: Precision[];
  /** a border or a river is drawn */
  lines: boolean;
}

/**
 * The categories, precisions and line shapes among the rendered features of the places shown, in
 * the legend's order. `shown` is needed because MapLibre's queryRenderedFeatures can still return
 * features a layer filter set since the tiles were indexed has hidden.
 */
export function presentOnMap(
  features: readonly { properties: Record<string, unknown> | null }[],
  shown: ReadonlySet<string>,
): Present {
  const cats = new Set<unknown>();
  const precs = new Set<unknown>();
  let lines = false;
  for (const f of features) {
    const p = f.properties ?? {};
    if (typeof p.id !== 'string' || !shown.has(p.id)) continue;
    cats.add(p.dominant_category);
    precs.add(p.precision);
    if (p.shape === 'line') lines = true;
  }
  return {
    categories: CATEGORIES.filter((c) => cats.has(c)),
    precisions: PRECISIONS.filter((p) => precs.has(p)),
    lines,
  };
}
