/**
 * Turning verified claims into what the reader sees next to them: a copyable citation, a
 * corroboration badge that is honest about rewrites, and claims grouped for the place panel.
 */
import { utcFormat } from 'd3-time-format';
import type { Category, Source, SourceRelation, VerifiedClaim, VerifiedQuote } from '../data/types';
import { bibtexEntry } from '../data/downloads/bibtex';
import { referenceOf, type Person } from '../data/downloads/reference';
import { risEntry } from '../data/downloads/ris';
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

/** The styles "Copy citation" offers, in menu order. */
export const CITATION_STYLES = [
  { id: 'quote', label: 'Quote and reference' },
  { id: 'apa', label: 'APA' },
  { id: 'chicago', label: 'Chicago' },
  { id: 'bibtex', label: 'BibTeX' },
  { id: 'ris', label: 'RIS' },
] as const;

export type CitationStyle = (typeof CITATION_STYLES)[number]['id'];

const MONTHS = utcFormat('%B');

/** "July 21, 2019", "July 2019", "2019": Chicago's and APA's month-first dates, at the date's precision. */
function usDate(parts: readonly number[]): string {
  const [y, m, d] = parts;
  const month = m !== undefined ? MONTHS(new Date(Date.UTC(2000, m - 1, 1))) : '';
  if (d !== undefined) return `${month} ${d}, ${y}`;
  return m !== undefined ? `${month} ${y}` : String(y);
}

/** "Loveluck, L., & Salim, M." (APA: family name and initials, ampersand before the last). */
function apaAuthors(authors: readonly Person[]): string {
  const names = authors.map((a) => {
    const initials = a.given
      .split(/[\s-]+/)
      .filter(Boolean)
      .map((g) => `${Array.from(g)[0]!}.`)
      .join(' ');
    return initials ? `${a.family}, ${initials}` : a.family;
  });
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')}, & ${names.at(-1)!}`;
}

/** "Loveluck, Louisa, and Mustafa Salim" (Chicago bibliography: the first name inverted). */
function chicagoAuthors(authors: readonly Person[]): string {
  const names = authors.map((a, i) =>
    i === 0 ? (a.given ? `${a.family}, ${a.given}` : a.family) : `${a.given} ${a.family}`.trim(),
  );
  if (names.length <= 2) return names.join(', and ');
  return `${names.slice(0, -1).join(', ')}, and ${names.at(-1)!}`;
}

/** A sentence ends once: no "fight.." when a headline brings its own full stop. */
function sentence(text: string): string {
  return /[.?!…]$/.test(text) ? text : `${text}.`;
}

/**
 * APA 7, as citeproc's APA style writes a newspaper article: Family, G., & Family, G. (2019,
 * July 21). Headline. Publication. https://… With no byline the headline leads; an article whose
 * publication is unknown is dated by year only, as citeproc does for a plain article. The URL,
 * when the catalogue knows it, ends the reference with no full stop after it (APA 7).
 */
export function apaReference(source: Source): string {
  const r = referenceOf(source);
  const [y, m, d] = r.dateParts;
  const date =
    r.container && m !== undefined
      ? `${y}, ${MONTHS(new Date(Date.UTC(2000, m - 1, 1)))}${d !== undefined ? ` ${d}` : ''}`
      : String(y);
  const title = sentence(r.title);
  const venue = r.container ? ` ${sentence(r.container)}` : '';
  const url = r.url ? ` ${r.url}` : '';
  return r.authors.length > 0
    ? `${apaAuthors(r.authors)} (${date}). ${title}${venue}${url}`
    : `${title} (${date}).${venue}${url}`;
}

/**
 * Chicago (notes and bibliography), a bibliography entry: Family, Given, and Given Family.
 * “Headline.” Publication, July 21, 2019. https://…. Headlines are kept as published (not
 * title-cased); the URL, when known, comes last and takes the entry’s full stop (Chicago, 17th ed.).
 */
export function chicagoReference(source: Source): string {
  const r = referenceOf(source);
  const head = r.authors.length > 0 ? `${sentence(chicagoAuthors(r.authors))} ` : '';
  const title = quoted(r.title, /[.?!…]$/.test(r.title) ? '' : '.');
  const date = usDate(r.dateParts);
  const url = r.url ? ` ${r.url}.` : '';
  return `${head}${title} ${r.container ? `${r.container}, ${date}` : date}.${url}`;
}

/**
 * A plain-text reference for "Copy citation", the way a journalist would paste it:
 *
 *   “quote” — Louisa Loveluck and Mustafa Salim, “ISIS militants return to Iraq, continue
 *   fight,” The Washington Post, 21 July 2019.
 *
 * Unbylined, the publication takes the author's place (and is not repeated); a publication the
 * catalogue does not know is left out, and so is the catalogue's note on it ("(Associated Press
 * story)"): those are our notes, not part of the reference. The quote is copied character for
 * character, so it can be found again in the archived text; no internal ids.
 */
function quoteReference(quote: Pick<VerifiedQuote, 'text'>, source: Source): string {
  const r = referenceOf(source);
  const authors = source.authors.filter((a) => a.trim() !== '');
  const who = authors.length > 0 ? formatAuthors(authors) : r.container;
  const rest = [
    ...(authors.length > 0 && r.container ? [r.container] : []),
    formatSourceDate(source.date, source.date_precision),
  ].join(', ');
  const headline = r.title.trim();
  // Chicago style: the comma goes inside the marks, unless the headline ends in its own mark.
  const title = headline === '' ? '' : quoted(headline, /[.?!…]$/.test(headline) ? '' : ',');
  const reference = [who ? (title ? `${who}, ${title}` : `${who},`) : title, rest]
    .filter((x) => x !== '')
    .join(' ');
  return `${quoted(quote.text)} — ${reference}.`;
}

/** What "Copy citation" copies for a quote, in the chosen style (BibTeX and RIS: the entry). */
export function formatCitation(
  quote: Pick<VerifiedQuote, 'text'>,
  source: Source,
  style: CitationStyle = 'quote',
): string {
  switch (style) {
    case 'apa':
      return apaReference(source);
    case 'chicago':
      return chicagoReference(source);
    case 'bibtex':
      return bibtexEntry(source);
    case 'ris':
      return risEntry(source);
    default:
      return quoteReference(quote, source);
  }
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
