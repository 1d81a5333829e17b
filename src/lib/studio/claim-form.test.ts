import { describe, expect, it } from 'vitest';
import type { Claim } from '../data/types';
import { claimFrom, fieldsFor, periodEnd, periodStart } from './claim-form';

const quote = {
  source: 'src-a',
  text: 'between 5,000 and 7,000 fighters',
  occurrence: 1,
  prefix: 'said ',
  suffix: ' crossed',
  start: 10,
  end: 42,
};

describe('claimFrom', () => {
  it('makes a claim record from a new passage, naming it from the summary', () => {
    const f = fieldsFor({ quotes: [quote], places: ['qaim'] }, undefined);
    f.summary = 'Thousands of fighters crossed at Qaim';
    f.category = 'border-crossing';
    f.numbers.push({
      what: 'fighters crossed',
      min: '5,000',
      max: '7,000',
      as_written: '5,000 and 7,000',
    });
    const claim = claimFrom(f, new Set(['thousands-of-fighters-crossed-at-qaim']));
    expect(claim).toEqual({
      id: 'thousands-of-fighters-crossed-at-qaim-2',
      places: ['qaim'],
      category: 'border-crossing',
      summary: 'Thousands of fighters crossed at Qaim',
      quotes: [
        {
          source: 'src-a',
          text: 'between 5,000 and 7,000 fighters',
          prefix: 'said ',
          suffix: ' crossed',
        },
      ],
      numbers: [{ what: 'fighters crossed', min: 5000, max: 7000, as_written: '5,000 and 7,000' }],
    });
  });
  it('round-trips an existing claim unchanged', () => {
    const existing: Claim = {
      id: 'a',
      places: ['qaim', 'baiji'],
      category: 'attack',
      summary: 'An attack',
      quotes: [{ source: 's', text: 'attack', occurrence: 2, prefix: 'an ', suffix: ' at' }],
      occurred: { start: '2019-03-01', end: '2019-03-31', precision: 'month', basis: 'in March' },
      numbers: [{ what: 'killed', min: 7, max: 7, as_written: 'seven' }],
      conflicts_with: ['b'],
      conflict_note: 'b says otherwise',
    };
    expect(claimFrom(fieldsFor({ editing: 'a', quotes: [] }, existing), new Set(['a']))).toEqual(
      existing,
    );
  });
  it('keeps a number the curator could not parse as NaN for the verifier to name', () => {
    const f = fieldsFor({ quotes: [quote] }, undefined);
    f.summary = 's';
    f.numbers.push({ what: 'x', min: 'many', max: '', as_written: 'many' });
    expect(claimFrom(f, new Set()).numbers?.[0]?.min).toBeNaN();
  });
});

describe('periodStart and periodEnd', () => {
  it('give the whole month or year the verifier asks for', () => {
    expect(periodEnd('2019-02-10', 'month')).toBe('2019-02-28');
    expect(periodEnd('2020-02-10', 'month')).toBe('2020-02-29');
    expect(periodEnd('2019-02-10', 'year')).toBe('2019-12-31');
    expect(periodEnd('2019-02-10', 'range')).toBeNull();
    expect(periodStart('2019-02-10', 'month')).toBe('2019-02-01');
    expect(periodStart('2019-02-10', 'day')).toBe('2019-02-10');
  });
});
