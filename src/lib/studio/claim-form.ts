/** The claim form's model: what it opens with, and the claim record it makes. */
import type { Category, Claim, NumberRange, Place } from '../data/types';
import type { QuoteRef } from '../data/schema/claims';
import type { GazetteerHit } from '../data/studio-api';
import { OCCURRED_PRECISIONS } from '../data/vocabulary';
import { slugId, uniqueId } from './ids';

/** A passage the form shows: the quote as the claim stores it, with where it lies. */
export interface FormQuote extends QuoteRef {
  start?: number;
  end?: number;
}

/** What the claim form opens with: a new claim from a passage, or an existing claim to edit. */
export interface ClaimSeed {
  /** the id of the claim being edited; absent for a new claim */
  editing?: string;
  quotes: FormQuote[];
  places?: string[];
  /** places the gazetteer recognised in the passage, offered first */
  suggested?: GazetteerHit[];
  /** a refused claim reopened from the drafts, with the places it would have added */
  draft?: { claim: Claim; newPlaces: Place[] };
}

export type OccurredPrecision = (typeof OCCURRED_PRECISIONS)[number];

export interface ClaimFields {
  id: string;
  summary: string;
  category: Category | '';
  places: string[];
  quotes: FormQuote[];
  dated: boolean;
  occurred: { start: string; end: string; precision: OccurredPrecision; basis: string };
  numbers: { what: string; min: string; max: string; as_written: string }[];
  conflicts_with: string[];
  conflict_note: string;
}

/** The form's fields for a seed: an existing claim's values, or a new claim's blanks. */
export function fieldsFor(seed: ClaimSeed, existing: Claim | undefined): ClaimFields {
  const c = seed.draft?.claim ?? existing;
  return {
    id: c?.id ?? '',
    summary: c?.summary ?? '',
    category: c?.category ?? '',
    places: [...(c?.places ?? seed.places ?? [])],
    quotes: c ? c.quotes.map((q) => ({ ...q })) : seed.quotes.map((q) => ({ ...q })),
    dated: c?.occurred !== undefined,
    occurred: c?.occurred ? { ...c.occurred } : { start: '', end: '', precision: 'day', basis: '' },
    numbers: (c?.numbers ?? []).map((n) => ({
      what: n.what,
      min: String(n.min),
      max: String(n.max),
      as_written: n.as_written,
    })),
    conflicts_with: [...(c?.conflicts_with ?? [])],
    conflict_note: c?.conflict_note ?? '',
  };
}

/** A quote as the claim stores it: its context (TextQuoteSelector) kept, its position not. */
export function storedQuote(q: FormQuote): QuoteRef {
  const out: QuoteRef = { source: q.source, text: q.text };
  if (q.occurrence !== undefined && q.occurrence > 1) out.occurrence = q.occurrence;
  if (q.prefix !== undefined) out.prefix = q.prefix;
  if (q.suffix !== undefined) out.suffix = q.suffix;
  return out;
}

/** A number field as the curator typed it: digits with or without separators. */
function parseCount(s: string): number {
  const t = s.replace(/[,\s]/g, '');
  return t === '' ? NaN : Number(t);
}

/**
 * The claim the fields describe. Nothing is checked here beyond shape: the verifier checks the
 * claim as the build would, and its problems come back beside the fields.
 */
export function claimFrom(f: ClaimFields, taken: ReadonlySet<string>): Claim {
  const id =
    f.id.trim() || uniqueId(slugId(f.summary.split(/\s+/).slice(0, 6).join(' '), 'claim'), taken);
  const claim: Claim = {
    id,
    places: f.places,
    category: (f.category || 'assessment') as Category,
    summary: f.summary.trim(),
    quotes: f.quotes.map(storedQuote),
  };
  if (f.dated) claim.occurred = { ...f.occurred, basis: f.occurred.basis.trim() };
  const numbers = f.numbers.map((n): NumberRange => ({
    what: n.what.trim(),
    min: parseCount(n.min),
    max: parseCount(n.max === '' ? n.min : n.max),
    as_written: n.as_written,
  }));
  if (numbers.length) claim.numbers = numbers;
  if (f.conflicts_with.length) claim.conflicts_with = f.conflicts_with;
  if (f.conflict_note.trim()) claim.conflict_note = f.conflict_note.trim();
  return claim;
}

/** Sets the end of a day, month or year precision from its start, as the verifier wants it. */
export function periodEnd(start: string, precision: OccurredPrecision): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start)) return null;
  const [y, m] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  if (precision === 'day') return start;
  if (precision === 'month') {
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${start.slice(0, 7)}-${String(last).padStart(2, '0')}`;
  }
  if (precision === 'year') return `${y}-12-31`;
  return null;
}

/** The start a precision wants: the first of the month or year. */
export function periodStart(start: string, precision: OccurredPrecision): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start)) return start;
  if (precision === 'month') return `${start.slice(0, 7)}-01`;
  if (precision === 'year') return `${start.slice(0, 4)}-01-01`;
  return start;
}
