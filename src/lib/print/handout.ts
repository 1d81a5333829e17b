/**
 * What a printed briefing handout says, one page per step: the heading and text, the date range,
 * and every counted quote of the step's claims with its full reference (publication, byline,
 * headline, date, and the character offsets into the archived text). Pure: the component renders
 * it, the capture supplies the map images.
 */
import type {
  PublishedBriefing,
  PublishedBriefingStep,
  Source,
  SourceRelation,
  VerifiedClaim,
} from '../data/types';
import { matchingQuoteIndices } from '../data/visibility';
import { corroborationBadge } from '../citations/citations';
import {
  dateRangeLabel,
  footnotes,
  metresPerPixel,
  scaleBar,
  type Footnote,
} from '../export/model';

interface HandoutQuote {
  /** the exact characters of the source */
  text: string;
  /** BCP 47 language of the source text */
  lang: string;
  /** the number of its source in the page's list of sources */
  note: number;
  /** "characters 448–588 of wapo-2019-07-21" */
  location: string;
  /** e.g. "rewrite of The Washington Post article — not independent"; null for an origin */
  dependence: string | null;
  /** the quote the step shows large */
  key: boolean;
}

interface HandoutClaim {
  id: string;
  summary: string;
  /** "2 independent sources" */
  corroboration: string;
  quotes: HandoutQuote[];
}

export interface HandoutPage {
  id: string;
  /** 1-based */
  number: number;
  count: number;
  briefingTitle: string;
  heading: string;
  text: string;
  dateRange: string;
  claims: HandoutClaim[];
  /** the page's sources, numbered in the order first quoted, with full references */
  sources: Footnote[];
}

/**
 * What a page says around the data, in the interface language; without it, the English the
 * citation panel's helpers give (citations.ts, export/model.ts).
 */
export interface HandoutWords {
  /** "2 independent sources" */
  badge: (independent: number) => string;
  /** "characters 448–588 of wapo-2019-07-21" */
  location: (start: number, end: number, source: string) => string;
  /** "All dates", "1 Feb 2019 – 31 Mar 2019" */
  dateRange: (range: readonly [string, string] | null) => string;
  /** "rewrite of The Washington Post article — not independent" */
  dependence: (relation: SourceRelation, publication: string) => string;
}

/** "characters 448–588 of wapo-2019-07-21": enough to find the quote in the archived text. */
export function quoteLocation(quote: { start: number; end: number; source: string }): string {
  return `characters ${quote.start}–${quote.end} of ${quote.source}`;
}

/** How the article quoted depends on others, in `words`; null for an independent origin. */
function dependenceIn(
  words: HandoutWords,
  sourceId: string,
  sourcesById: ReadonlyMap<string, Source>,
): string | null {
  const derived = sourcesById.get(sourceId)?.derived_from ?? [];
  if (derived.length === 0) return null;
  return derived
    .map((d) => words.dependence(d.relation, sourcesById.get(d.source)?.publication ?? d.source))
    .join('; ');
}

function handoutClaim(
  claim: VerifiedClaim,
  step: PublishedBriefingStep,
  sourcesById: ReadonlyMap<string, Source>,
  noteOf: ReadonlyMap<string, number>,
  words: HandoutWords | undefined,
): HandoutClaim {
  const badge = corroborationBadge(claim, sourcesById);
  const counted = matchingQuoteIndices(claim, step.filters, sourcesById);
  return {
    id: claim.id,
    summary: claim.summary,
    corroboration: words ? words.badge(badge.independent) : badge.label,
    quotes: counted.map((i) => {
      const quote = claim.quotes[i]!;
      return {
        text: quote.text,
        lang: sourcesById.get(quote.source)?.language ?? 'en',
        note: noteOf.get(quote.source) ?? 0,
        location: words
          ? words.location(quote.start, quote.end, quote.source)
          : quoteLocation(quote),
        dependence: words
          ? dependenceIn(words, quote.source, sourcesById)
          : (badge.quoteNotes[i] ?? null),
        key: step.key_quote.claim === claim.id && step.key_quote.quote === i,
      };
    }),
  };
}

/**
 * One page per step, in the briefing's order. Each quote points to its source by number; the
 * page lists each source once with its full reference, as the exported image's footnotes do.
 */
export function handoutPages(
  briefing: PublishedBriefing,
  claimsById: Pick<ReadonlyMap<string, VerifiedClaim>, 'get'>,
  sourcesById: ReadonlyMap<string, Source>,
  words?: HandoutWords,
): HandoutPage[] {
  return briefing.steps.map((step, i) => {
    const claims = step.claims.flatMap((id) => claimsById.get(id) ?? []);
    const { notes } = footnotes(claims, sourcesById, step.filters);
    const noteOf = new Map(notes.map((n) => [n.sourceId, n.n]));
    return {
      id: step.id,
      number: i + 1,
      count: briefing.steps.length,
      briefingTitle: briefing.title,
      heading: step.heading,
      text: step.text,
      dateRange: (words?.dateRange ?? dateRangeLabel)(step.filters.dateRange),
      claims: claims.map((claim) => handoutClaim(claim, step, sourcesById, noteOf, words)),
      sources: notes,
    };
  });
}

export interface ScaleKey {
  /** bar length as a percentage of the image's width */
  percent: number;
  label: string;
}

/** Scale bars sized relative to an image `widthPx` CSS px wide, so they scale with it in print. */
export function scaleKeys(latitude: number, zoom: number, widthPx: number): ScaleKey[] {
  const mpp = metresPerPixel(latitude, zoom);
  const maxPx = Math.min(widthPx * 0.2, 160);
  return (['metric', 'imperial'] as const).flatMap((unit) => {
    const bar = scaleBar(mpp, maxPx, unit);
    return bar && widthPx > 0 ? [{ percent: (bar.px / widthPx) * 100, label: bar.label }] : [];
  });
}

/**
 * The printable area of both A4 (210 × 297 mm) and US Letter (215.9 × 279.4 mm) with 12 mm
 * margins, less 2 mm of height for rounding between screen and print layout.
 */
export const PRINT_AREA = { widthMm: 186, heightMm: 253 } as const;

/** The zoom that fits a page `height` tall into `max` (never enlarges); 3 decimals, rounded down. */
export function fitScale(height: number, max: number): number {
  if (!(height > max) || !(max > 0)) return 1;
  return Math.floor((max / height) * 1000) / 1000;
}
