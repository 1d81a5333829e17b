/**
 * What a reference manager needs to know about an article, read from the catalogue once and
 * shared by CSL-JSON, BibTeX, RIS and the app's "Copy citation" styles. The catalogue's
 * `publication` carries our notes where the text does not say ("Unknown (unbylined web
 * rewrite …)", "The Christian Science Monitor (Associated Press story)"): a clean reference
 * names the publication only when it is known and keeps the note apart.
 */
import type { Source } from '../types';

export interface Person {
  family: string;
  given: string;
}

export interface Reference {
  id: string;
  title: string;
  /** the publication's name; null when the catalogue does not know it */
  container: string | null;
  /** the catalogue's parenthetical note on the publication, if any */
  note: string | null;
  authors: Person[];
  /** [year], [year, month] or [year, month, day], at the date's precision */
  dateParts: number[];
  language: string;
  /** where the article was published, when the catalogue knows */
  url: string | null;
  /** a web-archive copy of it, when one exists */
  archiveUrl: string | null;
}

/**
 * The notes a reference carries, in order: ours on the publication, then where the archived
 * copy is. No reference format has a field for a web-archive copy of an article (CSL's
 * `archive_location` and RIS's `AV` name a shelf, not an address), so it is a note every
 * reference manager shows.
 */
export function referenceNotes(r: Reference): string[] {
  return [r.note, r.archiveUrl && `Archived copy: ${r.archiveUrl}`].filter((n): n is string => !!n);
}

/**
 * "Louisa Loveluck" → family "Loveluck", given "Louisa". Bylines are Western-order here; a
 * name of one word is all family name. (Zotero splits names the same way.)
 */
export function splitName(name: string): Person {
  const parts = name.trim().split(/\s+/);
  const family = parts.pop() ?? '';
  return { family, given: parts.join(' ') };
}

/** The publication without our note: `{ name, note }`; name null for "Unknown (…)". */
export function cleanPublication(publication: string): {
  name: string | null;
  note: string | null;
} {
  const m = /^(.*?)\s*\(([^()]*)\)$/.exec(publication.trim());
  const name = (m ? m[1]! : publication).trim();
  const note = m ? m[2]!.trim() : null;
  return { name: /^unknown$/i.test(name) || name === '' ? null : name, note };
}

export function referenceOf(source: Source): Reference {
  const { name, note } = cleanPublication(source.publication);
  const [y, m, d] = source.date.split('-').map(Number);
  const parts = [y, m, d].filter((n): n is number => n !== undefined && Number.isFinite(n));
  const keep = { year: 1, month: 2, day: 3 }[source.date_precision];
  return {
    id: source.id,
    title: source.headline,
    container: name,
    note,
    authors: source.authors.filter((a) => a.trim() !== '').map(splitName),
    dateParts: parts.slice(0, keep),
    language: source.language,
    url: source.url ?? null,
    archiveUrl: source.archive_url ?? null,
  };
}

/** The sources quoted by these rows' quotes, or every source, in id order. */
export function sourcesOf<S extends { id: string }>(
  sources: ReadonlyMap<string, S>,
  ids?: Iterable<string>,
): S[] {
  const wanted = ids ? new Set(ids) : null;
  return [...sources.values()]
    .filter((s) => wanted === null || wanted.has(s.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
