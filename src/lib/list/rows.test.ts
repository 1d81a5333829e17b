import { describe, expect, it } from 'vitest';
import { makeClaim, makeFeature } from '../data/factories';
import { placeMeta, placeRows, sortKey, summaryLine } from './rows';

function features() {
  return [
    makeFeature({
      id: 'qaim',
      name_en: 'Al-Qaim',
      kind: 'town',
      claims: [
        makeClaim({ id: 'q1', category: 'battle-history', occurred: undefined }),
        makeClaim({
          id: 'q2',
          category: 'attack',
          corroboration: {
            articles: 2,
            independent_origins: 2,
            origins: ['other', 'wapo-2019-07-21'],
          },
        }),
      ],
    }),
    makeFeature({
      id: 'baghdad',
      name_en: 'Baghdad',
      claims: [makeClaim({ id: 'b1', category: 'battle-history' })],
    }),
    makeFeature({
      id: 'anbar',
      name_en: 'Al-Anbar Governorate',
      kind: 'province',
      precision: 'province',
      claims: [
        makeClaim({ id: 'n1', category: 'cell-presence' }),
        makeClaim({ id: 'n2', category: 'cell-presence' }),
        makeClaim({ id: 'n3', category: 'assessment' }),
      ],
    }),
  ];
}

const all = (ids: string[]) => new Set(ids);

describe('placeRows', () => {
  it('lists the visible places with only their visible claims', () => {
    const rows = placeRows(
      features(),
      all(['qaim', 'anbar']),
      all(['q2', 'n1', 'n3', 'b1']),
      'reported',
    );
    expect(rows.map((r) => [r.id, r.claims.map((c) => c.id)])).toEqual([
      ['anbar', ['n1', 'n3']],
      ['qaim', ['q2']],
    ]);
  });

  it('sorts by visible claim count, then independent sources, then name', () => {
    const ids = all(['qaim', 'baghdad', 'anbar']);
    const claims = all(['q1', 'q2', 'b1', 'n1', 'n2', 'n3']);
    expect(placeRows(features(), ids, claims, 'reported').map((r) => r.id)).toEqual([
      'anbar',
      'qaim',
      'baghdad',
    ]);
  });

  it('sorts A–Z ignoring a transliterated article', () => {
    const ids = all(['qaim', 'baghdad', 'anbar']);
    const claims = all(['q1', 'q2', 'b1', 'n1', 'n2', 'n3']);
    expect(placeRows(features(), ids, claims, 'az').map((r) => r.nameEn)).toEqual([
      'Al-Anbar Governorate',
      'Baghdad',
      'Al-Qaim',
    ]);
  });

  it('counts distinct independent origins and the dominant visible category', () => {
    const [row] = placeRows(features(), all(['qaim']), all(['q1', 'q2']), 'az');
    expect(row!.independent).toBe(2);
    // a tie between attack and battle-history goes to attack, listed first in the legend
    expect(row!.category).toBe('attack');
    const [only] = placeRows(features(), all(['qaim']), all(['q1']), 'az');
    expect(only!.category).toBe('battle-history');
  });

  it('reuses a fully visible place’s row across filter changes, never a partial one', () => {
    const fs = features();
    const ids = all(['qaim', 'baghdad', 'anbar']);
    const every = all(['q1', 'q2', 'b1', 'n1', 'n2', 'n3']);
    const first = placeRows(fs, ids, every, 'az');
    const again = placeRows(fs, ids, all(['q1', 'q2', 'b1', 'n1']), 'az');
    expect(again.find((r) => r.id === 'qaim')).toBe(first.find((r) => r.id === 'qaim'));
    expect(again.find((r) => r.id === 'anbar')!.claims.map((c) => c.id)).toEqual(['n1']);
    expect(placeRows(fs, ids, every, 'az').find((r) => r.id === 'anbar')!.claims).toHaveLength(3);
  });

  it('leaves out a listed place with no visible claim', () => {
    expect(placeRows(features(), all(['baghdad']), all(['q1']), 'az')).toEqual([]);
  });

  it('orders a row’s claims by category, then date, undated last', () => {
    const f = makeFeature({
      id: 'x',
      claims: [
        makeClaim({ id: 'late', occurred: undefined }),
        makeClaim({
          id: 'early',
          occurred: { start: '2019-01-01', end: '2019-01-31', precision: 'month', basis: '' },
        }),
        makeClaim({ id: 'assess', category: 'assessment' }),
      ],
    });
    const [row] = placeRows([f], all(['x']), all(['late', 'early', 'assess']), 'az');
    expect(row!.claims.map((c) => c.id)).toEqual(['early', 'late', 'assess']);
  });
});

describe('labels', () => {
  it('sortKey drops a leading article only', () => {
    expect(sortKey('Ar-Rutbah')).toBe('rutbah');
    expect(sortKey('Al-Shirqat')).toBe('shirqat');
    expect(sortKey('Alamo')).toBe('alamo');
    expect(sortKey('Tal al-Asfour')).toBe('tal al-asfour');
  });

  it('describes a place and the filtered totals', () => {
    expect(placeMeta('town', 'settlement')).toBe('Town · precision: town or city');
    expect(summaryLine(18, 30, 61, 73)).toBe('18 of 30 places · 61 of 73 claims');
  });
});
