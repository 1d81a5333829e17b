import { describe, expect, it } from 'vitest';
import { gazetteer, search } from './gazetteer.ts';
import { foldName } from './names.ts';

describe('foldName', () => {
  it('folds transliterations, articles, apostrophes and diacritics together', () => {
    const qaim = ['Qaim', "al-Qa'im", 'Al Qā’im', 'El Qa’im', 'AL-QAIM'].map(foldName);
    expect(new Set(qaim)).toEqual(new Set(['qaim']));
  });

  it('folds Arabic letter forms: hamza and alef variants, taa marbuta, tatweel, harakat', () => {
    expect(foldName('القائم')).toBe(foldName('القايم'));
    expect(foldName('الأنبار')).toBe(foldName('الانبار'));
    expect(foldName('البصرة')).toBe(foldName('البصره'));
    expect(foldName('بيـــجي')).toBe(foldName('بيجي'));
    expect(foldName('بَيْجِي')).toBe(foldName('بيجي'));
    expect(foldName('إربيل')).toBe(foldName('اربيل'));
  });
});

/** The first hit's GeoNames id, country and province for a query. */
function first(q: string) {
  const hit = search(q, 5)[0];
  return hit && { ref: hit.ref, country: hit.country, provinceName: hit.provinceName };
}

describe('search', () => {
  const qaim = {
    ref: { from: 'geonames', geonames_id: 92138 },
    country: 'IQ',
    provinceName: 'Al Anbar',
  };
  const baiji = {
    ref: { from: 'geonames', geonames_id: 97783 },
    country: 'IQ',
    provinceName: 'Salah ad-Din',
  };

  it.each(['Qaim', "al-Qa'im", 'Al Qā’im', "Al Qā'im", 'القائم', 'Husaybah'])(
    'finds Al Qa’im by %j',
    (q) => {
      expect(first(q)).toEqual(qaim);
    },
  );

  it.each(['Baiji', 'Bayji', 'بيجي'])('finds Baiji by %j', (q) => {
    expect(first(q)).toEqual(baiji);
  });

  it('shows the spelling that matched, the English and Arabic names', () => {
    const [hit] = search('Husaybah');
    expect(hit).toMatchObject({
      matched: 'Husaybah',
      name: { en: 'Al Qā’im', ar: 'القائم' },
      kind: 'settlement',
      countryName: 'Iraq',
    });
  });

  it('finds provinces from Natural Earth, by English or Arabic name', () => {
    expect(search('Anbar')[0]).toMatchObject({
      ref: { from: 'admin1', iso: 'IQ-AN' },
      kind: 'province',
      country: 'IQ',
    });
    expect(search('الأنبار')[0]).toMatchObject({ ref: { from: 'admin1', iso: 'IQ-AN' } });
  });

  it('completes a name from its first letters', () => {
    expect(search('Husay').map((h) => h.ref)).toContainEqual({
      from: 'geonames',
      geonames_id: 92138,
    });
  });

  it('is built once and answers fast', () => {
    const g = gazetteer();
    expect(gazetteer()).toBe(g);
    const t = performance.now();
    for (let i = 0; i < 100; i++) search(i % 2 ? 'Qaim' : 'بيجي');
    expect(performance.now() - t).toBeLessThan(1000);
  });
});
