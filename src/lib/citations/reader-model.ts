/**
 * What the article reader's header and footer say: how an article relates to the others, and
 * where the current passage sits among the passages the map cites.
 */
import type { Source, SourceRelation } from '../data/types';
import type { ReaderPassage } from './reader';

export interface Derivative {
  id: string;
  publication: string;
  relation: SourceRelation;
}

export interface SourceLink {
  /** the article where it was published, or its copy in a web archive */
  kind: 'original' | 'archive';
  href: string;
}

/** An http(s) address, or null: a link in the app never runs a `javascript:` or opens a file. */
function webAddress(value: string | undefined): string | null {
  if (value === undefined || !URL.canParse(value)) return null;
  const url = new URL(value);
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
}

/** The article's links for the reader's header: the original, then the archived copy, if known. */
export function sourceLinks(source: Pick<Source, 'url' | 'archive_url'>): SourceLink[] {
  const links: SourceLink[] = [];
  const original = webAddress(source.url);
  const archive = webAddress(source.archive_url);
  if (original) links.push({ kind: 'original', href: original });
  if (archive) links.push({ kind: 'archive', href: archive });
  return links;
}

/** The sources that copy, rewrite or cite `sourceId`, in the order of `sources`. */
export function derivativesOf(sourceId: string, sources: readonly Source[]): Derivative[] {
  const out: Derivative[] = [];
  for (const s of sources) {
    for (const d of s.derived_from) {
      if (d.source === sourceId)
        out.push({ id: s.id, publication: s.publication, relation: d.relation });
    }
  }
  return out;
}

export interface PassagePosition {
  /** 1-based position of the current passage among the distinct cited positions; null if uncited */
  index: number | null;
  /** how many distinct positions (passages with the same offsets count once) */
  total: number;
  /** every cited passage at exactly the current offsets (several claims may quote the same words) */
  here: ReaderPassage[];
}

/** "Passage 3 of 12": where `current` sits among the sorted passages from `readerPassages`. */
export function passagePosition(
  passages: readonly ReaderPassage[],
  current: { start: number; end: number } | null,
): PassagePosition {
  let total = 0;
  let index: number | null = null;
  let prev: ReaderPassage | null = null;
  for (const p of passages) {
    if (!prev || prev.start !== p.start || prev.end !== p.end) total++;
    if (current && p.start === current.start && p.end === current.end) index = total;
    prev = p;
  }
  const here = current
    ? passages.filter((p) => p.start === current.start && p.end === current.end)
    : [];
  return { index, total, here };
}

/**
 * The passage a click at `offset` lands on: the shortest cited passage covering it (the most
 * specific), first by position on ties. Null outside every passage.
 */
export function passageAt(
  passages: readonly ReaderPassage[],
  offset: number,
): ReaderPassage | null {
  let best: ReaderPassage | null = null;
  for (const p of passages) {
    if (offset < p.start || offset >= p.end) continue;
    if (!best || p.end - p.start < best.end - best.start) best = p;
  }
  return best;
}

const ACTIVE: Readonly<Record<SourceRelation, string>> = {
  rewrite: 'A rewrite of',
  citation: 'Cites',
  syndication: 'A syndicated copy of',
  'wire-copy': 'Wire copy of',
};

const PASSIVE: Readonly<Record<SourceRelation, string>> = {
  rewrite: 'Rewritten by',
  citation: 'Cited by',
  syndication: 'Syndicated by',
  'wire-copy': 'Carried as wire copy by',
};

/**
 * How to introduce a related article: `from` when this article depends on it ("A rewrite of"),
 * `to` when it depends on this one ("Rewritten by").
 */
export function relationPhrase(relation: SourceRelation, direction: 'from' | 'to'): string {
  return (direction === 'from' ? ACTIVE : PASSIVE)[relation];
}

/** "English", "French"; the tag itself when the browser cannot name it. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
