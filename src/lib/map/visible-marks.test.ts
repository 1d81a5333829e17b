import { describe, expect, it } from 'vitest';
import { makeClaim, makeFeature, makeQuote, makeSource } from '../data/factories';
import { applyFilters, buildFilterIndex, DEFAULT_FILTERS, type Filters } from '../data/visibility';
import { placeRows } from '../list/rows';
import { changedMarks, fullMark, visibleMarks, type Mark } from './visible-marks';

const wapo = makeSource();
const csm = makeSource({ id: 'ap-csm-2019-02', publication: 'The Christian Science Monitor' });
const quote = (source: string) => makeQuote({ source });
const origins = (...o: string[]) => ({
  articles: o.length,
  independent_origins: o.length,
  origins: o,
});

function features() {
  return [
    makeFeature({
      id: 'baghouz',
      claims: [
        makeClaim({ id: 'b1', category: 'military-operation', quotes: [quote(csm.id)] }),
        makeClaim({ id: 'b2', category: 'military-operation', quotes: [quote(wapo.id)] }),
        makeClaim({
          id: 'b3',
          category: 'military-operation',
          quotes: [quote(wapo.id), quote(csm.id)],
          corroboration: origins(csm.id, wapo.id),
        }),
      ],
      claim_count: 3,
      independent_origins: 2,
      dominant_category: 'military-operation',
    }),
    makeFeature({
      id: 'diyala',
      kind: 'province',
      precision: 'province',
      claims: [
        makeClaim({ id: 'd1', category: 'attack' }),
        makeClaim({ id: 'd2', category: 'cell-presence' }),
        makeClaim({ id: 'd3', category: 'cell-presence' }),
      ],
      claim_count: 3,
      independent_origins: 1,
      dominant_category: 'cell-presence',
    }),
  ];
}

function marksFor(patch: Partial<Filters>) {
  const fs = features();
  const r = applyFilters(buildFilterIndex(fs, [wapo, csm]), { ...DEFAULT_FILTERS, ...patch });
  return visibleMarks(fs, r.placeIds, r.claimIds);
}

describe('visibleMarks', () => {
  it('with no filter, is what the build wrote for every place', () => {
    const marks = marksFor({});
    for (const f of features()) expect(marks.get(f.properties.id)).toEqual(fullMark(f.properties));
  });

  it('counts only the claims one source leaves, and the origins behind them', () => {
    expect(marksFor({ sources: [csm.id] }).get('baghouz')).toEqual({
      claims: 2,
      origins: 2,
      category: 'military-operation',
    });
  });

  it('takes the dominant category of the visible claims', () => {
    const marks = marksFor({ categories: ['attack'] });
    expect(marks.get('diyala')).toEqual({ claims: 1, origins: 1, category: 'attack' });
    expect(marks.has('baghouz')).toBe(false);
  });

  it('agrees with the list row of every place', () => {
    const fs = features();
    const r = applyFilters(buildFilterIndex(fs, [wapo, csm]), {
      ...DEFAULT_FILTERS,
      sources: [wapo.id],
    });
    const marks = visibleMarks(fs, r.placeIds, r.claimIds);
    for (const row of placeRows(fs, r.placeIds, r.claimIds, 'az')) {
      expect(marks.get(row.id)).toEqual({
        claims: row.claims.length,
        origins: row.independent,
        category: row.category,
      });
    }
  });
});

describe('changedMarks', () => {
  const m = (claims: number, category: Mark['category'] = 'attack'): Mark => ({
    claims,
    origins: 1,
    category,
  });

  it('lists only the places whose mark differs', () => {
    const drawn = new Map([
      ['a', m(3)],
      ['b', m(2)],
      ['c', m(1)],
    ]);
    const next = new Map([
      ['a', m(3)],
      ['b', m(2, 'kidnapping')],
      ['c', m(4)],
    ]);
    expect(changedMarks(drawn, next)).toEqual([
      ['b', m(2, 'kidnapping')],
      ['c', m(4)],
    ]);
  });

  it('leaves a hidden place as it is drawn', () => {
    expect(changedMarks(new Map([['a', m(3)]]), new Map())).toEqual([]);
  });
});
