/**
 * The claims as CSV for spreadsheet users: one row per claim × quote, RFC 4180 quoting, CRLF
 * line ends. Quotes keep their exact characters (no formula-escaping prefix: that would change
 * the evidence); the file starts with a UTF-8 byte order mark because Excel otherwise reads
 * curly quotes and Arabic as Latin-1.
 */
import type { Source, VerifiedClaim } from '../../lib/data/types.ts';

export const CSV_COLUMNS = [
  'claim_id',
  'category',
  'places',
  'summary',
  'occurred_start',
  'occurred_end',
  'occurred_precision',
  'numbers',
  'quote_number',
  'source_id',
  'publication',
  'source_date',
  'quote_text',
  'quote_start',
  'quote_end',
  'articles',
  'independent_origins',
  'conflicts_with',
] as const;

/** RFC 4180 §2.6–2.7: quote a field containing a comma, quote or line break; double its quotes. */
export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function csvRow(values: readonly (string | number)[]): string {
  return values.map(csvField).join(',');
}

export function claimsCsv(
  claims: readonly VerifiedClaim[],
  sources: ReadonlyMap<string, Source>,
): string {
  const rows: string[] = [csvRow(CSV_COLUMNS)];
  for (const claim of claims) {
    const numbers = (claim.numbers ?? [])
      .map((n) => `${n.what}: ${n.min === n.max ? n.min : `${n.min}–${n.max}`} (${n.as_written})`)
      .join('; ');
    claim.quotes.forEach((q, i) => {
      const source = sources.get(q.source);
      rows.push(
        csvRow([
          claim.id,
          claim.category,
          claim.places.join(' '),
          claim.summary,
          claim.occurred?.start ?? '',
          claim.occurred?.end ?? '',
          claim.occurred?.precision ?? '',
          numbers,
          i + 1,
          q.source,
          source?.publication ?? '',
          source?.date ?? '',
          q.text,
          q.start,
          q.end,
          claim.corroboration.articles,
          claim.corroboration.independent_origins,
          (claim.conflicts_with ?? []).join(' '),
        ]),
      );
    });
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
