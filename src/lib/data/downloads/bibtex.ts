/**
 * The sources as BibTeX: `@article` with the publication as `journal` (how Zotero and JabRef
 * read a newspaper article), `@misc` when the publication is unknown. Titles are braced whole so
 * no style lower-cases "ISIS"; `date` (biblatex, read by Zotero) keeps the day that BibTeX's
 * `year`/`month` cannot. The article's address is biblatex's `url` (a verbatim field, so written
 * unescaped; no `urldate`, since we do not know when anyone read it). A web-archive copy has no
 * field of its own in BibTeX or biblatex; it goes in `note`, which every style prints for
 * `@article` and `@misc` alike (`howpublished` is `@misc`-only and `addendum` biblatex-only).
 */
import type { Source } from '../types';
import { referenceNotes, referenceOf, type Person } from './reference';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A URL as a verbatim field takes it: braces percent-encoded so the field's own braces balance
 * (the same address to any server), a backslash too.
 */
function verbatimUrl(url: string): string {
  return url.replace(/[{}\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Escapes TeX's special characters; braces are balanced by escaping them too. */
export function texEscape(s: string): string {
  return s.replace(/[\\{}&%$#_^~]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '^' ? '\\^{}' : c === '~' ? '\\~{}' : `\\${c}`,
  );
}

function name(p: Person): string {
  return p.given ? `${texEscape(p.family)}, ${texEscape(p.given)}` : texEscape(p.family);
}

export function bibtexEntry(source: Source): string {
  const r = referenceOf(source);
  const [year, month] = r.dateParts;
  const fields: [string, string][] = [];
  if (r.authors.length > 0) fields.push(['author', `{${r.authors.map(name).join(' and ')}}`]);
  fields.push(['title', `{{${texEscape(r.title)}}}`]);
  if (r.container) fields.push(['journal', `{${texEscape(r.container)}}`]);
  fields.push(['year', `{${year}}`]);
  if (month !== undefined) fields.push(['month', MONTHS[month - 1]!]);
  fields.push(['date', `{${source.date}}`]);
  fields.push(['language', `{${r.language}}`]);
  if (r.url) fields.push(['url', `{${verbatimUrl(r.url)}}`]);
  const notes = referenceNotes(r);
  if (notes.length > 0) fields.push(['note', `{${texEscape(notes.join('. '))}}`]);
  const body = fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n');
  return `@${r.container ? 'article' : 'misc'}{${r.id},\n${body}\n}\n`;
}

export function sourcesBibtex(sources: readonly Source[]): string {
  return sources.map(bibtexEntry).join('\n');
}
