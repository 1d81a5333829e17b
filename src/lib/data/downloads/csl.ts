/**
 * The sources as CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html),
 * which Zotero, Mendeley, pandoc and citeproc read; checked against the CSL data schema in
 * tests/fixtures/csl-schema/. `archive` and `archive_location` name the text the quotes were
 * verified against (ours); the article's own address is `URL`, and a web-archive copy, which CSL
 * has no variable for, is a line of `note` (Zotero reads `note` as its Extra field, line by line).
 */
import type { PublishedSource } from '../types';
import { referenceNotes, referenceOf } from './reference';

export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'article';
  title: string;
  'container-title'?: string;
  author?: { family: string; given?: string }[];
  issued: { 'date-parts': number[][] };
  language: string;
  URL?: string;
  note?: string;
  archive: string;
  archive_location: string;
}

export function cslItem(source: PublishedSource): CslItem {
  const r = referenceOf(source);
  const notes = referenceNotes(r);
  return {
    id: r.id,
    type: r.container ? 'article-newspaper' : 'article',
    title: r.title,
    ...(r.container ? { 'container-title': r.container } : {}),
    ...(r.authors.length > 0
      ? { author: r.authors.map((a) => (a.given ? a : { family: a.family })) }
      : {}),
    issued: { 'date-parts': [r.dateParts] },
    language: r.language,
    ...(r.url ? { URL: r.url } : {}),
    ...(notes.length > 0 ? { note: notes.join('\n') } : {}),
    archive: 'citemap',
    archive_location: source.path,
  };
}

/** One item per line. */
export function sourcesCsl(sources: readonly PublishedSource[]): string {
  const items = sources.map((s) => `  ${JSON.stringify(cslItem(s))}`);
  return `[\n${items.join(',\n')}${items.length ? '\n' : ''}]\n`;
}
