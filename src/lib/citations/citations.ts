/**
 * Turning verified claims into what the reader sees next to them: a copyable citation, a
 * corroboration badge that is honest about rewrites, and claims grouped for the place panel.
 */
import type { Category, Source, SourceRelation, VerifiedClaim, VerifiedQuote } from '../data/types';
import { CATEGORIES } from '../data/vocabulary';
import { dateSpecInterval, type DateBounds } from '../data/dates';
import { formatAuthors, formatSourceDate } from '../data/format';

/** Double quotation marks of every style an article may use: “ ” „ ‟ " « ». */
const DOUBLE_MARKS = /[“”„‟"«»]/;

/**
 * `text` between quotation marks, its own characters untouched: double marks, or single ones when
 * the text carries double marks of its own (a quotation inside the quote), so a quote that opens
 * with “ never reads ““ and the reader can still tell which marks are the article's.
 */
export function quoted(text: string, trailing = ''): string {
  return DOUBLE_MARKS.test(text) ? `‘${text}${trailing}’` : `“${text}${trailing}”`;
}

/**
 * A plain-text reference for "Copy citation", the way a journalist would paste it:
 *
 *   “quote” — Louisa Loveluck and Mustafa Salim, “ISIS militants return to Iraq, continue
 *   fight,” The Washington Post, 21 July 2019.
 *
 * Unbylined, the publication takes the author's place (and is not repeated). The quote is copied
 * character for character, so it can be found again in the archived text; no internal ids.
 */
export function formatCitation(quote: Pick<VerifiedQuote, 'text'>, source: Source): string {
  const authors = source.authors.filter((a) => a.trim() !== '');
  const who = authors.length > 0 ? formatAuthors(authors) : source.publication;
  const rest = [
    ...(authors.length > 0 ? [source.publication] : []),
    formatSourceDate(source.date, source.date_precision),
  ].join(', ');
  const headline = source.headline.trim();
  // Chicago style: the comma goes inside the marks, unless the headline ends in its own mark.
  const reference =
    headline === ''
      ? `${who}, ${rest}`
      : `${who}, ${quoted(headline, /[.?!…]$/.test(headline) ? '' : ',')} ${rest}`;
  return `${quoted(quote.text)} — ${reference}.`;
}

// ─── Corroboration ───────────────────────────────────────────────────────────

export interface CorroborationBadge {
  /** short: "2 independent sources" */
  label: string;
  /** one sentence: how many articles, how many origins, which */
  detail: string;
  independent: number;
  articles: number;
  /** true when more than one independent origin reports the claim */
  corroborated: boolean;
  /**
   * Per quote (same order as claim.quotes): a note when the quoting article depends on another,
   * e.g. "rewrite of The Washington Post article — not independent"; null for an origin.
   */
  quoteNotes: (string | null)[];
}

const RELATION_PHRASE: Readonly<Record<SourceRelation, string>> = {
  rewrite: 'rewrite of',
  syndication: 'syndicated copy of',
  'wire-copy': 'wire copy of',
  citation: 'cites',
};

/** "The Washington Post" stays; "CBN News" becomes "the CBN News" so the sentence reads. */
function withArticle(publication: string): string {
  return /^the\s/i.test(publication) ? publication : `the ${publication}`;
}

function publicationOf(id: string, sourcesById: ReadonlyMap<string, Source>): string {
  return sourcesById.get(id)?.publication ?? id;
}

function listPublications(ids: readonly string[], sourcesById: ReadonlyMap<string, Source>) {
  return formatAuthors(ids.map((id) => publicationOf(id, sourcesById)));
}

/** The badge shown on a claim; counts come from the build's corroboration, names from sources. */
export function corroborationBadge(
  claim: VerifiedClaim,
  sourcesById: ReadonlyMap<string, Source>,
): CorroborationBadge {
  const { articles, independent_origins: independent, origins } = claim.corroboration;
  const label =
    independent === 0
      ? 'No independent source'
      : `${independent} independent source${independent === 1 ? '' : 's'}`;
  const quoted = `Quoted by ${articles} article${articles === 1 ? '' : 's'}`;
  const originNames = listPublications(origins, sourcesById);
  const detail =
    articles === independent
      ? `${quoted}, ${articles === 1 ? 'an independent origin' : 'each an independent origin'}: ${originNames}.`
      : `${quoted}; following rewrites and citations, ${independent === 1 ? 'it traces' : 'they trace'} back to ${independent} independent origin${independent === 1 ? '' : 's'}: ${originNames}.`;

  const quoteNotes = claim.quotes.map((q) => {
    const source = sourcesById.get(q.source);
    if (!source || source.derived_from.length === 0) return null;
    return source.derived_from
      .map(
        (d) =>
          `${RELATION_PHRASE[d.relation]} ${withArticle(publicationOf(d.source, sourcesById))} article — not independent`,
      )
      .join('; ');
  });

  return {
    label,
    detail,
    independent,
    articles,
    corroborated: independent >= 2,
    quoteNotes,
  };
}

// ─── Grouping ────────────────────────────────────────────────────────────────

/** What grouping reads of a claim: the index's facts are enough. */
export type GroupableClaim = Pick<VerifiedClaim, 'id' | 'category' | 'reported'> & {
  occurred?: DateBounds | null | undefined;
};

export interface ClaimGroup<C extends GroupableClaim = VerifiedClaim> {
  category: Category;
  claims: C[];
}

/**
 * Claims grouped by category in the fixed legend order (empty groups left out), each group in
 * chronological order of `occurred` (earlier start first, then earlier end); undated claims come
 * last, ordered by when they were first reported. Ties fall back to the claim id so the order is
 * stable across builds.
 */
export function groupClaims<C extends GroupableClaim>(claims: readonly C[]): ClaimGroup<C>[] {
  const keyed = claims.map((claim) => {
    const interval = claim.occurred ? dateSpecInterval(claim.occurred) : null;
    return {
      claim,
      start: interval ? interval[0].getTime() : Infinity,
      end: interval ? interval[1].getTime() : Infinity,
    };
  });
  keyed.sort(
    (a, b) =>
      cmp(a.start, b.start) ||
      cmp(a.end, b.end) ||
      (a.start === Infinity ? cmp(a.claim.reported.first, b.claim.reported.first) : 0) ||
      cmp(a.claim.id, b.claim.id),
  );
  return CATEGORIES.map((category) => ({
    category,
    claims: keyed.filter((k) => k.claim.category === category).map((k) => k.claim),
  })).filter((g) => g.claims.length > 0);
}

/** Total order for numbers (Infinity included, where subtraction would give NaN) and strings. */
function cmp<T extends number | string>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
