/**
 * The sources as RIS (the tagged format EndNote, Zotero and Mendeley import): `TY  - NEWS` for a
 * newspaper article, `GEN` when the publication is unknown. CRLF line ends, as the format's
 * specification writes them. `UR` is where the article was published; a web-archive copy is
 * `L2` (the specification's link to the full text, which Zotero and EndNote keep as a link) and,
 * for readers that drop `L2`, a note.
 */
import type { Source } from '../types';
import { referenceNotes, referenceOf } from './reference';

const pad = (n: number) => String(n).padStart(2, '0');

export function risEntry(source: Source): string {
  const r = referenceOf(source);
  const [year, month, day] = r.dateParts;
  const lines: [string, string][] = [['TY', r.container ? 'NEWS' : 'GEN']];
  lines.push(['ID', r.id]);
  for (const a of r.authors) lines.push(['AU', a.given ? `${a.family}, ${a.given}` : a.family]);
  lines.push(['TI', r.title]);
  if (r.container) lines.push(['T2', r.container]);
  lines.push(['PY', String(year)]);
  // DA is YYYY/MM/DD/ with the unknown parts left empty
  lines.push([
    'DA',
    `${year}/${month !== undefined ? pad(month) : ''}/${day !== undefined ? pad(day) : ''}/`,
  ]);
  lines.push(['LA', r.language]);
  if (r.url) lines.push(['UR', r.url]);
  if (r.archiveUrl) lines.push(['L2', r.archiveUrl]);
  for (const note of referenceNotes(r)) lines.push(['N1', note]);
  lines.push(['ER', '']);
  return lines.map(([tag, value]) => `${tag}  - ${value}`).join('\r\n') + '\r\n';
}

export function sourcesRis(sources: readonly Source[]): string {
  return sources.map(risEntry).join('\r\n');
}
