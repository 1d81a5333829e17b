import { describe, expect, it } from 'vitest';
import type { DataError } from './errors.ts';
import { formatError } from './errors.ts';
import { checkClaims, checkPlaces, checkSources, isIsoDay, parseJson } from './schema.ts';

// Factories, so no test shares (or mutates) another's records.
function source(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'wapo-2019-07-21',
    file: '003_4dd1e7653c4ee551.txt',
    sha256: 'a'.repeat(64),
    publication: 'The Washington Post',
    headline: 'ISIS militants return to Iraq, continue fight',
    authors: ['Louisa Loveluck', 'Mustafa Salim'],
    date: '2019-07-21',
    date_precision: 'day',
    date_basis: '"Published: July 21, 2019"',
    language: 'en',
    derived_from: [],
    ...over,
  };
}

function place(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'kirkuk',
    name: { en: 'Kirkuk', ar: 'كركوك' },
    aliases: ['Kirkuk'],
    kind: 'city',
    precision: 'settlement',
    country: 'IQ',
    province: 'IQ-KI',
    geometry: { from: 'geonames', geonames_id: 94787 },
    approximate: false,
    ...over,
  };
}

function claim(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'kirkuk-motorcycle-blast',
    places: ['kirkuk'],
    category: 'attack',
    summary: 'An explosion in Kirkuk killed two motorcyclists.',
    occurred: {
      start: '2019-07-01',
      end: '2019-07-21',
      precision: 'range',
      basis: '"earlier this month" in an article of 2019-07-21',
    },
    numbers: [{ what: 'motorcyclists killed', min: 2, max: 2, as_written: 'two motorcyclists' }],
    quotes: [{ source: 'wapo-2019-07-21', text: 'killed two motorcyclists' }],
    ...over,
  };
}

function without(record: Record<string, unknown>, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

type Check = (value: unknown, errors: DataError[]) => { valid: unknown[] };

function errorsOf(check: Check, records: unknown): DataError[] {
  const errors: DataError[] = [];
  check(records, errors);
  return errors;
}

/** The single error a record produces, as [field, message]. */
function only(check: Check, record: unknown): [string, string] {
  const errors = errorsOf(check, [record]);
  expect(errors, JSON.stringify(errors, null, 2)).toHaveLength(1);
  const e = errors[0] as DataError;
  return [e.field, e.message];
}

describe('valid records', () => {
  it('pass', () => {
    expect(errorsOf(checkSources, [source()])).toEqual([]);
    expect(errorsOf(checkPlaces, [place()])).toEqual([]);
    expect(errorsOf(checkClaims, [claim()])).toEqual([]);
  });
});

describe('file level', () => {
  it('rejects a file that is not an array', () => {
    expect(errorsOf(checkPlaces, { kirkuk: place() })).toEqual([
      {
        file: 'data/places.json',
        id: null,
        field: '',
        message: 'must be a JSON array of records, not an object.',
        fix: 'Wrap the records in [ … ].',
      },
    ]);
  });

  it('reports a JSON syntax error with its line and column', () => {
    const r = parseJson(
      '[\n  { "id": "a" },\n  { "id": "b" }\n  { "id": "c" }\n]',
      'data/places.json',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toMatch(/^is not valid JSON at line 4, column 3: /);
  });

  it('locates a comment, which JSON does not allow', () => {
    const r = parseJson('[\n  // note\n]', 'data/places.json');
    if (r.ok) throw new Error('expected a syntax error');
    expect(r.error.message).toMatch(/at line 2, column 3/);
  });

  it('names a record without a usable id by its index', () => {
    const errors = errorsOf(checkPlaces, [place(), place({ id: 42 })]);
    expect(errors[0]).toMatchObject({ id: null, field: '[1].id' });
  });

  it('collects every error, not just the first', () => {
    const errors = errorsOf(checkPlaces, [
      place({ kind: 'metropolis', precision: 'exact', country: 'Iraq' }),
    ]);
    expect(errors.map((e) => e.field)).toEqual(['kind', 'precision', 'country']);
  });
});

describe('shape errors', () => {
  it('rejects an unknown field, suggesting the intended one', () => {
    const errors = errorsOf(checkPlaces, [place({ provence: 'IQ-KI' })]);
    expect(errors[0]).toMatchObject({
      field: 'provence',
      message: 'unknown field "provence".',
      fix: expect.stringMatching(/^Did you mean "province"\?/),
    });
  });

  it('rejects a missing required field', () => {
    const rest = without(place(), 'aliases');
    expect(only(checkPlaces, rest)).toEqual(['aliases', 'is missing.']);
  });

  it('rejects a wrong type', () => {
    expect(only(checkPlaces, place({ approximate: 'no' }))).toEqual([
      'approximate',
      'must be true or false, not a string "no".',
    ]);
  });

  it('rejects an empty or whitespace-only string', () => {
    expect(only(checkClaims, claim({ summary: '  ' }))).toEqual(['summary', 'is empty.']);
  });

  it('rejects leading or trailing whitespace', () => {
    expect(only(checkClaims, claim({ summary: 'An explosion. ' }))[1]).toBe(
      'starts or ends with whitespace.',
    );
  });

  it('rejects a quote over the length limit', () => {
    const quotes = [{ source: 'wapo-2019-07-21', text: 'x'.repeat(2001) }];
    expect(only(checkClaims, claim({ quotes }))).toEqual([
      'quotes[0].text',
      'is 2001 characters long; the limit is 2000.',
    ]);
  });

  it('rejects a control character in a plain string but allows a line break in a quote', () => {
    expect(only(checkClaims, claim({ summary: 'An\u0007explosion' }))[1]).toMatch(/U\+0007/);
    const quotes = [{ source: 'wapo-2019-07-21', text: 'first paragraph.\n\nSecond' }];
    expect(errorsOf(checkClaims, [claim({ quotes })])).toEqual([]);
  });

  it('suggests the closest enum value', () => {
    const errors = errorsOf(checkClaims, [claim({ category: 'attacks' })]);
    expect(errors[0]).toMatchObject({ field: 'category', fix: 'Did you mean "attack"?' });
  });
});

describe('ids', () => {
  it('rejects an id that is not lowercase-hyphenated, suggesting one', () => {
    const errors = errorsOf(checkPlaces, [place({ id: 'Al Qaim' })]);
    expect(errors[0]).toMatchObject({ field: '[0].id', fix: expect.stringContaining('"al-qaim"') });
  });

  it('rejects a bidi override hidden in an id', () => {
    const errors = errorsOf(checkPlaces, [place({ id: 'kirk\u202Euk' })]);
    expect(errors[0]?.message).toMatch(/invisible character U\+202E at index 4/);
  });

  it('rejects an over-long id', () => {
    expect(errorsOf(checkPlaces, [place({ id: 'a'.repeat(65) })])[0]?.field).toBe('[0].id');
  });

  it('checks ids used as references too', () => {
    expect(only(checkClaims, claim({ places: ['Kirkuk'] }))[0]).toBe('places[0]');
  });
});

describe('numbers and coordinates', () => {
  const point = (coordinates: unknown) =>
    place({
      geometry: { from: 'curated-point', coordinates, source: 'field report', uncertainty_km: 2 },
    });

  it('rejects 1e308 as a coordinate', () => {
    expect(only(checkPlaces, point([1e308, 35]))).toEqual([
      'geometry.coordinates[0]',
      'is 1e+308; it must be at least -180 and at most 180.',
    ]);
  });

  it('rejects a non-finite number (1e400 parses as Infinity)', () => {
    const parsed = parseJson('[1e400, 35]', 'x');
    if (!parsed.ok) throw new Error('expected JSON');
    expect(only(checkPlaces, point(parsed.value))).toEqual([
      'geometry.coordinates[0]',
      'must be a finite number, not Infinity.',
    ]);
  });

  it('rejects a coordinate that is not a pair', () => {
    expect(only(checkPlaces, point([44.39]))[0]).toBe('geometry.coordinates');
  });

  it('rejects a range whose min exceeds its max', () => {
    const numbers = [{ what: 'fighters', min: 7000, max: 5000, as_written: '5,000 and 7,000' }];
    expect(only(checkClaims, claim({ numbers }))).toEqual([
      'numbers[0]',
      'min 7000 is greater than max 5000.',
    ]);
  });

  it('rejects a fractional occurrence', () => {
    const quotes = [{ source: 'wapo-2019-07-21', text: 'killed', occurrence: 1.5 }];
    expect(only(checkClaims, claim({ quotes }))[1]).toBe('must be a whole number, not 1.5.');
  });
});

describe('dates', () => {
  it('knows real calendar days', () => {
    expect(isIsoDay('2019-02-28')).toBe(true);
    expect(isIsoDay('2019-02-29')).toBe(false);
    expect(isIsoDay('2019-7-1')).toBe(false);
  });

  it('rejects a source date that does not match its precision', () => {
    expect(only(checkSources, source({ date: '2019-07', date_precision: 'day' }))[0]).toBe('date');
  });

  it('takes a source URL and archive URL only as http(s) web addresses', () => {
    // Loopback addresses: the check is on the form of the address, and no test names a host
    // outside this machine.
    const url = 'http://127.0.0.1:8080/world/middle_east/isis-militants-return/';
    const archive_url = `https://127.0.0.1/web/20190721/${url}`;
    expect(errorsOf(checkSources, [source({ url, archive_url })])).toEqual([]);
    expect(only(checkSources, source({ url: 'javascript:alert(1)' }))[0]).toBe('url');
    expect(only(checkSources, source({ archive_url: '127.0.0.1/web/x' }))[0]).toBe('archive_url');
    expect(only(checkSources, source({ url: 'https://127.0.0 .1/' }))[0]).toBe('url');
  });

  it('rejects an occurred range that ends before it starts', () => {
    const occurred = { start: '2019-07-21', end: '2019-07-01', precision: 'range', basis: 'x' };
    expect(only(checkClaims, claim({ occurred }))).toEqual([
      'occurred',
      'start 2019-07-21 is after end 2019-07-01.',
    ]);
  });

  it('requires a month precision to span the whole month', () => {
    const occurred = { start: '2019-07-01', end: '2019-07-21', precision: 'month', basis: 'x' };
    const errors = errorsOf(checkClaims, [claim({ occurred })]);
    expect(errors[0]?.fix).toBe(
      'Write start "2019-07-01" and end "2019-07-31", or use precision "range".',
    );
  });
});

describe('place consistency', () => {
  it('rejects a kind the geometry cannot draw', () => {
    expect(only(checkPlaces, place({ kind: 'province' }))).toEqual([
      'kind',
      '"province" cannot be drawn from a "geonames" geometry.',
    ]);
  });

  it('requires a province for a point', () => {
    const rest = without(place(), 'province');
    expect(only(checkPlaces, rest)[0]).toBe('province');
  });

  it('requires approximate for a part of a province', () => {
    const p = place({
      id: 'northern-babil',
      kind: 'province-part',
      precision: 'district',
      province: 'IQ-BB',
      approximate: false,
      geometry: {
        from: 'admin1-part',
        iso: 'IQ-BB',
        clip: [
          [43.9, 32.6],
          [45.0, 32.6],
          [45.0, 33.2],
          [43.9, 33.2],
        ],
        basis: 'the northern half',
      },
    });
    expect(only(checkPlaces, p)[0]).toBe('approximate');
  });

  it('rejects a province that disagrees with the geometry', () => {
    const p = place({
      id: 'anbar',
      kind: 'province',
      precision: 'province',
      province: 'IQ-KI',
      geometry: { from: 'admin1', iso: 'IQ-AN' },
    });
    expect(only(checkPlaces, p)).toEqual([
      'province',
      'is IQ-KI, but the geometry is drawn from IQ-AN.',
    ]);
  });

  it('rejects a geometry field that belongs to another variant', () => {
    const p = place({ geometry: { from: 'geonames', geonames_id: 94787, iso: 'IQ-KI' } });
    expect(only(checkPlaces, p)[0]).toBe('geometry.iso');
  });

  it('requires an Arabic name in Arabic script', () => {
    expect(only(checkPlaces, place({ name: { en: 'Kirkuk', ar: 'Kirkuk' } }))).toEqual([
      'name.ar',
      'has no Arabic letters.',
    ]);
  });
});

describe('formatError', () => {
  it('names file, record, field, problem and fix on one line', () => {
    const [e] = errorsOf(checkClaims, [claim({ category: 'attacks' })]);
    expect(formatError(e as DataError)).toBe(
      'data/claims.json › claim "kirkuk-motorcycle-blast" › category: a string "attacks" is not one of: attack, kidnapping, border-crossing, military-operation, cell-presence, battle-history, extortion-finance, threat-statement, assessment. Fix: Did you mean "attack"?',
    );
  });
});
