import { describe, expect, it } from 'vitest';
import { claimRows, keptClaims } from './rows';
import { makeDownloadSet, TEXT_A } from './test-set';

describe('claimRows', () => {
  it('is one row per claim × place × quote, claim by claim', () => {
    const rows = claimRows(makeDownloadSet()).map((r) => [
      r.row.claim_id,
      r.row.place_id,
      r.row.quote_number,
    ]);
    expect(rows).toEqual([
      ['blast', 'kirkuk', 1],
      ['blast', 'kirkuk', 2],
      ['blast', 'kirkuk-province', 1],
      ['blast', 'kirkuk-province', 2],
      ['other', 'kirkuk', 1],
    ]);
  });

  it('puts a number beside the quote that states it, as min, max and the words', () => {
    const [first, second] = claimRows(makeDownloadSet()).map((r) => r.row);
    expect(first).toMatchObject({
      number_what: 'people killed',
      number_min: 5000,
      number_max: 7000,
      number_as_written: '5,000 and 7,000',
    });
    expect(second).toMatchObject({ number_min: null, number_as_written: null });
  });

  it('adds a row for each further number a quote states, so none is lost', () => {
    const set = makeDownloadSet();
    const blast = set.claims[0]!;
    blast.numbers = [...blast.numbers!, { what: 'places', min: 1, max: 1, as_written: 'Kirkuk' }];
    const rows = claimRows(set).filter(
      (r) => r.row.place_id === 'kirkuk' && r.row.claim_id === 'blast',
    );
    expect(rows.map((r) => [r.row.quote_number, r.row.number_as_written])).toEqual([
      [1, '5,000 and 7,000'],
      [1, 'Kirkuk'],
      [2, 'Kirkuk'],
    ]);
  });

  it('splits dates into days and precision, and gives offsets in code points and UTF-16', () => {
    const [a, b] = claimRows(makeDownloadSet()).map((r) => r.row);
    expect(a).toMatchObject({
      occurred_start: '2019-07-01',
      occurred_end: '2019-07-21',
      occurred_precision: 'range',
      reported_start: '2019-07-01',
      reported_end: '2019-07-31',
      source_date: '2019-07-21',
      source_date_precision: 'day',
      source_date_start: '2019-07-21',
      source_date_end: '2019-07-21',
    });
    expect(b).toMatchObject({
      source_date: '2019-07',
      source_date_precision: 'month',
      source_date_start: '2019-07-01',
      source_date_end: '2019-07-31',
      authors: '',
      source_derives_from: 'a',
    });
    // 😀 before the quote: one code point, two UTF-16 units
    expect(a!.quote_start_utf16).toBe(TEXT_A.indexOf('An explosion'));
    expect(a!.quote_start).toBe(a!.quote_start_utf16 - 1);
    expect(Array.from(TEXT_A).slice(a!.quote_start, a!.quote_end).join('')).toBe(a!.quote_text);
  });

  it('leaves an undated claim’s dates empty', () => {
    const other = claimRows(makeDownloadSet()).at(-1)!.row;
    expect(other).toMatchObject({
      occurred_start: null,
      occurred_end: null,
      occurred_precision: null,
    });
  });

  it('keeps only the places and quotes the filters keep', () => {
    const set = makeDownloadSet({
      keep: { place: (_c, id) => id === 'kirkuk-province', quote: (_c, i) => i === 1 },
    });
    expect(claimRows(set).map((r) => [r.row.claim_id, r.row.place_id, r.row.quote_number])).toEqual(
      [['blast', 'kirkuk-province', 2]],
    );
    expect(keptClaims(set).map((c) => c.id)).toEqual(['blast']);
  });

  it('names the claim and the source when a source text is missing', () => {
    const set = makeDownloadSet({ texts: new Map() });
    expect(() => claimRows(set)).toThrow(/claim "blast" names the text of source "a"/);
  });
});
