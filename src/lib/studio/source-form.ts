/** The source form's model: the checks a text gets before it becomes evidence, and the record. */
import type { Source, SourceRelation } from '../data/types';
import { slugId, uniqueId } from './ids';

/** Texts above this are refused before they are sent (the endpoint caps whole requests at 20 MB). */
const MAX_TEXT_BYTES = 5 * 1024 * 1024;

const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;

/** Why a dropped file cannot be a source text, or null when it reads as UTF-8 text. */
export function decodeText(bytes: Uint8Array, name: string): { text: string } | { error: string } {
  if (bytes.length > MAX_TEXT_BYTES)
    return {
      error: `${name} is ${(bytes.length / 1048576).toFixed(1)} MB; a source text may be at most 5 MB.`,
    };
  if (bytes.includes(0))
    return {
      error: `${name} is not a text file (it has NUL bytes). Drop a .txt or a saved .html page.`,
    };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    return { error: `${name} is not UTF-8 text. Save it as UTF-8 and drop it again.` };
  }
}

/** What the curator should know about a text before confirming it as evidence. */
export function textWarnings(text: string): string[] {
  const out: string[] = [];
  if (text.length * 3 > MAX_TEXT_BYTES && new TextEncoder().encode(text).length > MAX_TEXT_BYTES)
    out.push('The text is larger than 5 MB; the studio will not save it.');
  const bidi = text.match(BIDI_CONTROL)?.length ?? 0;
  if (bidi)
    out.push(
      `The text has ${bidi} bidirectional control character${bidi === 1 ? '' : 's'} (U+202A–U+202E, U+2066–U+2069), which can make text display in a misleading order. Quotes may not include them.`,
    );
  if (text.trim() === '') out.push('The text is empty.');
  return out;
}

export interface SourceFields {
  publication: string;
  headline: string;
  authors: string;
  unbylined: boolean;
  date: string;
  date_precision: Source['date_precision'];
  date_basis: string;
  url: string;
  archive_url: string;
  language: string;
  derived_from: { source: string; relation: SourceRelation; evidence: string }[];
  note: string;
}

export function fieldsOf(source: Source | undefined): SourceFields {
  return {
    publication: source?.publication ?? '',
    headline: source?.headline ?? '',
    authors: (source?.authors ?? []).join('\n'),
    unbylined: source !== undefined && source.authors.length === 0,
    date: source?.date ?? '',
    date_precision: source?.date_precision ?? 'day',
    date_basis: source?.date_basis ?? '',
    url: source?.url ?? '',
    archive_url: source?.archive_url ?? '',
    language: source?.language ?? 'en',
    derived_from: (source?.derived_from ?? []).map((d) => ({ ...d })),
    note: source?.note ?? '',
  };
}

/** The source record; a new one is named from its publication and date. */
export function sourceFrom(
  f: SourceFields,
  file: { id?: string; file?: string; sha256: string },
  taken: ReadonlySet<string>,
): Source {
  const id = file.id ?? uniqueId(slugId(`${f.publication} ${f.date}`, 'source'), taken);
  const url = f.url.trim();
  const archive = f.archive_url.trim();
  const note = f.note.trim();
  return {
    id,
    file: file.file ?? `${id}.txt`,
    sha256: file.sha256,
    publication: f.publication.trim(),
    headline: f.headline.trim(),
    authors: f.unbylined
      ? []
      : f.authors
          .split('\n')
          .map((a) => a.trim())
          .filter(Boolean),
    date: f.date.trim(),
    date_precision: f.date_precision,
    date_basis: f.date_basis.trim(),
    language: f.language.trim(),
    derived_from: f.derived_from.map((d) => ({ ...d, evidence: d.evidence.trim() })),
    // Left out when empty (the fields are optional); a bad address is the verifier's to name.
    ...(url ? { url } : {}),
    ...(archive ? { archive_url: archive } : {}),
    ...(note ? { note } : {}),
  };
}
