/**
 * claims.csv: the claim rows (rows.ts) for spreadsheets and GIS, one row per claim × place ×
 * quote, columns in data-dictionary order (fields.ts). RFC 4180: fields quoted when they hold a
 * comma, quote or line break, quotes doubled, CRLF line ends. UTF-8 with a byte order mark,
 * without which Excel reads curly quotes and Arabic as Latin-1. Quotes keep their exact
 * characters (no formula-escaping prefix: that would change the evidence).
 */
import { CSV_FIELDS } from './fields';
import type { ClaimRow, PlacedRow } from './rows';

/** RFC 4180 §2.6–2.7: quote a field containing a comma, quote or line break; double its quotes. */
export function csvField(value: string | number | boolean | null): string {
  const s = value === null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** The anchor as WKT; coordinates as the data has them (5 decimals). */
function wkt(row: ClaimRow): string {
  return `POINT (${row.lon} ${row.lat})`;
}

export function claimsCsv(rows: readonly PlacedRow[]): string {
  const lines = [CSV_FIELDS.map((f) => csvField(f.name)).join(',')];
  for (const { row } of rows) {
    lines.push(
      CSV_FIELDS.map((f) => csvField(f.name === 'wkt' ? wkt(row) : row[f.name])).join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
