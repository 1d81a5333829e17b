/**
 * What the citation panel says about a place and its claims, in words: how precisely the place is
 * known, where its geometry comes from, how its length compares with the articles', when a claim
 * happened and was reported, which claims the filters hide, and where a conflicting claim can be
 * opened.
 */
import { utcFormat } from 'd3-time-format';
import type { PublishedPlace } from '../data/published';
import type { PlaceKind, Precision, VerifiedClaim } from '../data/types';
import { formatSourceDate } from '../data/format';
import { dateSpecDays, parseIsoDate, type DateBounds } from '../data/dates';
import { KIND_LABELS } from '../data/vocabulary';

const MILES_PER_KM = 1 / 1.609344;

/** "Town", "Part of a province", "Border". */
export function kindLabel(kind: PlaceKind): string {
  return KIND_LABELS[kind];
}

const PRECISION_WORDS: Readonly<Record<Precision, string>> = {
  site: 'Site',
  settlement: 'Settlement',
  district: 'District',
  province: 'Province',
  region: 'Region',
};

type PlaceFacts = Pick<
  PublishedPlace,
  | 'kind'
  | 'precision'
  | 'geometry_source'
  | 'approximate'
  | 'geonames_id'
  | 'uncertainty_km'
  | 'province'
>;

/** "a town", "an area": the indefinite article the kind needs. */
function aKind(kind: PlaceKind): string {
  const word = kind === 'base' ? 'base' : kindLabel(kind).toLowerCase();
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

/**
 * How precisely the articles locate the place, in words:
 * "Settlement — a town located by GeoNames", "Region — an approximate area".
 */
export function describePrecision(p: PlaceFacts): string {
  const head = PRECISION_WORDS[p.precision];
  const uncertainty = p.uncertainty_km !== undefined ? ` (± ${p.uncertainty_km} km)` : '';
  let how: string;
  if (p.precision === 'site' || p.precision === 'settlement') {
    const located =
      p.geonames_id !== undefined ? 'located by GeoNames' : `placed by hand${uncertainty}`;
    how = `${aKind(p.kind)} ${located}`;
  } else if (p.precision === 'district') {
    how = `somewhere in ${p.approximate ? 'an approximately drawn' : 'a'} district${uncertainty}`;
  } else if (p.precision === 'province') {
    how = 'somewhere in the province';
  } else if (p.kind === 'border') {
    how = 'somewhere along the border';
  } else if (p.kind === 'river') {
    how = `somewhere along the river${uncertainty}`;
  } else {
    how = 'an approximate area';
  }
  return `${head} — ${how}`;
}

export interface GeometryFact {
  label: string;
  value: string;
}

/** The provenance of the drawn geometry, one labelled fact per line. */
export function geometryFacts(p: PlaceFacts): GeometryFact[] {
  const facts: GeometryFact[] = [{ label: 'Drawn from', value: p.geometry_source }];
  if (p.geonames_id !== undefined)
    facts.push({ label: 'GeoNames id', value: String(p.geonames_id) });
  if (p.province) facts.push({ label: 'ISO 3166-2', value: p.province });
  if (p.uncertainty_km !== undefined) {
    facts.push({ label: 'Uncertainty', value: `± ${p.uncertainty_km} km` });
  }
  facts.push({
    label: 'Outline',
    value: p.approximate
      ? 'Approximate: an editorial drawing, not a surveyed boundary'
      : 'Reference geometry',
  });
  return facts;
}

interface StatedLength {
  value: number;
  unit: 'miles' | 'km';
  asWritten: string;
  claimId: string;
}

export interface LengthComparison {
  /** the measured length, in km (the interface language words it: ui.t.format.length) */
  km: number;
  /** the same, in miles */
  miles: number;
  /** lengths the articles give (numbers whose `what` is a length), e.g. 370 miles as "370-mile" */
  stated: StatedLength[];
}

/**
 * For a line with a measured length: the measurement in km and miles, beside the lengths the
 * articles state. Null when nothing was measured.
 */
export function lengthComparison(
  p: Pick<PublishedPlace, 'measured_length_km'>,
  claims: readonly VerifiedClaim[],
): LengthComparison | null {
  const km = p.measured_length_km;
  if (km === undefined || !Number.isFinite(km)) return null;
  const stated: StatedLength[] = [];
  const seen = new Set<string>();
  for (const claim of claims) {
    for (const n of claim.numbers ?? []) {
      if (!/\blength\b/i.test(n.what)) continue;
      const words = `${n.what} ${n.as_written}`;
      const unit = /\bmiles?\b|-mile\b/i.test(words)
        ? 'miles'
        : /\bkm\b|kilomet/i.test(words)
          ? 'km'
          : null;
      const key = `${n.min} ${unit}`;
      if (unit === null || n.min !== n.max || seen.has(key)) continue;
      seen.add(key);
      stated.push({ value: n.min, unit, asWritten: n.as_written, claimId: claim.id });
    }
  }
  return { km, miles: km * MILES_PER_KM, stated };
}

const DAY_MONTH = utcFormat('%-d %B');
const DAY = utcFormat('%-d');
const MONTH = utcFormat('%B');
const MONTH_YEAR = utcFormat('%B %Y');
const FULL = utcFormat('%-d %B %Y');

function dayRange(a: Date, b: Date): string {
  if (a.getTime() === b.getTime()) return FULL(a);
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
  if (sameYear && a.getUTCMonth() === b.getUTCMonth()) return `${DAY(a)}–${FULL(b)}`;
  if (sameYear) return `${DAY_MONTH(a)} – ${FULL(b)}`;
  return `${FULL(a)} – ${FULL(b)}`;
}

/**
 * When a claim occurred, at the precision the text supports:
 * "21 July 2019", "July 2019", "October–November 2017", "2017", "1–21 July 2019 (range)".
 * A malformed spec is returned as written.
 */
export function formatOccurred(spec: DateBounds): string {
  const days = dateSpecDays(spec);
  if (!days) return spec.start === spec.end ? spec.start : `${spec.start} – ${spec.end}`;
  const a = parseIsoDate(days[0])!.date;
  const b = parseIsoDate(days[1])!.date;
  if (spec.precision === 'year') {
    const [ya, yb] = [a.getUTCFullYear(), b.getUTCFullYear()];
    return ya === yb ? String(ya) : `${ya}–${yb}`;
  }
  if (spec.precision === 'month') {
    if (a.getUTCFullYear() !== b.getUTCFullYear()) return `${MONTH_YEAR(a)} – ${MONTH_YEAR(b)}`;
    if (a.getUTCMonth() === b.getUTCMonth()) return MONTH_YEAR(a);
    return `${MONTH(a)}–${MONTH_YEAR(b)}`;
  }
  if (spec.precision === 'day') return dayRange(a, b);
  return `${dayRange(a, b)} (range)`;
}

/** When a claim was reported: "21 July 2019", or "July 2019 to 21 July 2019" across sources. */
export function formatReported(reported: VerifiedClaim['reported']): string {
  const first = formatSourceDate(reported.first, 'day');
  const last = formatSourceDate(reported.last, 'day');
  return first === last ? first : `${first} to ${last}`;
}

export interface VisibleClaims<C = VerifiedClaim> {
  /** claims to list: those the filters let through, plus the open claim */
  shown: C[];
  /** how many claims the filters hide (not counting the open one) */
  hidden: number;
}

/**
 * Split a place's claims by the current filters. The open claim is always shown (a link to it
 * must land on it); `showAll` lists every claim.
 */
export function visibleClaims<C extends { id: string }>(
  claims: readonly C[],
  allowed: ReadonlySet<string>,
  openClaim: string | null,
  showAll: boolean,
): VisibleClaims<C> {
  const shown = claims.filter((c) => showAll || allowed.has(c.id) || c.id === openClaim);
  const hidden = claims.filter((c) => !allowed.has(c.id) && c.id !== openClaim).length;
  return { shown, hidden };
}

/**
 * Where to open a claim the current one conflicts with: at the current place when it is drawn
 * there too, otherwise at the other claim's primary place.
 */
export function claimTarget(
  currentPlace: string,
  other: Pick<VerifiedClaim, 'id' | 'places'>,
): { placeId: string; claimId: string; elsewhere: boolean } {
  if (other.places.includes(currentPlace)) {
    return { placeId: currentPlace, claimId: other.id, elsewhere: false };
  }
  return { placeId: other.places[0] ?? currentPlace, claimId: other.id, elsewhere: true };
}
