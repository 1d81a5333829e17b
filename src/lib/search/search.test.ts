import { describe, expect, it } from 'vitest';
import { makeClaim, makeFeature, makeQuote, makeSearchFile } from '../data/factories';
import { normalize, normalizeQuery, originalRange, stripArticle } from './normalize';
import { buildSearchIndex, search, type PlaceResult, type QuoteResult } from './search';

function makeIndex() {
  const truffle = makeClaim({
    id: 'anbar-truffle-kidnap',
    places: ['anbar', 'qaim'],
    category: 'kidnapping',
    quotes: [
      makeQuote({
        source: 'csm-2019-03',
        text: 'On Sunday, militants kidnapped a group of 12 truffle hunters in the western Anbar province',
        start: 2000,
      }),
      makeQuote({
        source: 'wapo-2019-07-21',
        text: 'Even truffle hunters have been kidnapped, apparently after roaming too close to the militants’ desert hideouts.',
        start: 3100,
      }),
    ],
  });
  const features = [
    makeFeature({
      id: 'qaim',
      name_en: 'Qaim',
      name_ar: 'القائم',
      aliases: ['Qaim', 'al-Qaim', 'QAIM'],
      claim_count: 3,
      claims: [
        truffle,
        makeClaim({
          id: 'qaim-battle',
          places: ['qaim'],
          quotes: [
            makeQuote({
              text: 'a firefight near the dusty border town of Qaim in 2017',
              start: 500,
            }),
          ],
        }),
      ],
    }),
    makeFeature({
      id: 'anbar',
      name_en: 'Anbar',
      name_ar: 'الأنبار',
      aliases: ['Anbar', 'al-Anbar'],
      precision: 'province',
      claims: [truffle],
    }),
    makeFeature({
      id: 'shirqat',
      name_en: 'Shirqat',
      name_ar: 'الشرقاط',
      aliases: ['Sharqat', 'ash-Shirqat'],
      claims: [
        makeClaim({
          id: 'shirqat-cell',
          places: ['shirqat'],
          quotes: [makeQuote({ text: 'cells near  Sharqat\u00A0—\u00A0al‑Qā’im road', start: 40 })],
        }),
      ],
    }),
    makeFeature({
      id: 'salah-ad-din',
      name_en: 'Salah ad-Din',
      name_ar: 'صلاح الدين',
      aliases: ['Salah ad-Din', 'Salahuddin'],
      claims: [],
    }),
    makeFeature({
      id: 'qaimiyah',
      name_en: 'Qaimiyah',
      name_ar: 'القائمية',
      aliases: [],
      claims: [],
    }),
  ];
  return buildSearchIndex(features, makeSearchFile(features));
}

const places = (rs: ReturnType<typeof search>) =>
  rs.filter((r): r is PlaceResult => r.kind === 'place');
const quotes = (rs: ReturnType<typeof search>) =>
  rs.filter((r): r is QuoteResult => r.kind === 'quote');

describe('normalize', () => {
  it('folds case, Latin diacritics, quotes, dashes and whitespace', () => {
    expect(normalize('Al‑Qā’im  —\u00A0“ISIS”\u202FÉté').text).toBe(`al-qaim - "isis" ete`);
  });

  it('strips tashkeel and tatweel and unifies alef, yeh and teh marbuta', () => {
    // ئ decomposes to ي + hamza above, and the hamza is a mark: one spelling for every writer.
    expect(normalize('الْقَائِم').text).toBe('القايم');
    expect(normalize('القائم').text).toBe('القايم');
    expect(normalize('أإآٱا').text).toBe('ااااا');
    expect(normalize('مستشفى').text).toBe('مستشفي');
    expect(normalize('محافظة').text).toBe('محافظه');
    expect(normalize('قـــائم').text).toBe(normalize('قائم').text);
    expect(normalize('٢٠١٩').text).toBe('2019');
  });

  it('maps every normalised unit back to the original characters it came from', () => {
    const original = 'Ab\u0301c  d\uFB01e';
    const n = normalize(original);
    expect(n.text).toBe('abc dfie');
    // "b" came from "b" + combining acute: the highlight covers both.
    expect(originalRange(n, 1, 2)).toEqual([1, 3]);
    // the collapsed space covers the whole whitespace run
    expect(originalRange(n, 3, 4)).toEqual([4, 6]);
    // the ligature "ﬁ" expands to "fi": either letter maps to the whole ligature.
    expect(originalRange(n, 5, 6)).toEqual([7, 8]);
    expect(originalRange(n, 6, 7)).toEqual([7, 8]);
  });

  it('keeps surrogate pairs whole', () => {
    const n = normalize('x😀y');
    expect(n.text).toBe('x😀y');
    expect(originalRange(n, 1, 3)).toEqual([1, 3]);
  });

  it('trims queries', () => {
    expect(normalizeQuery('  Qaim \n')).toBe('qaim');
  });

  it('strips Arabic and transliterated articles', () => {
    expect(stripArticle(normalizeQuery('القائم'))).toBe('قايم');
    expect(stripArticle('al-qaim')).toBe('qaim');
    expect(stripArticle('ash-shirqat')).toBe('shirqat');
    expect(stripArticle('al qaim')).toBe('qaim');
    expect(stripArticle('qaim')).toBeNull();
    expect(stripArticle('as')).toBeNull();
    expect(stripArticle('ال')).toBeNull();
  });
});

describe('search: places', () => {
  it('finds a place by its English name, exact first', () => {
    const [first] = places(search(makeIndex(), 'Qaim'));
    expect(first).toMatchObject({ placeId: 'qaim', rank: 'exact', field: 'name_en' });
  });

  it('ranks exact above prefix: "Qaim" before "Qaimiyah"', () => {
    expect(places(search(makeIndex(), 'qaim')).map((r) => [r.placeId, r.rank])).toEqual([
      ['qaim', 'exact'],
      ['qaimiyah', 'prefix'],
    ]);
  });

  it('treats "al-Qaim" and "Qaim" as the same name', () => {
    const [first] = places(search(makeIndex(), 'al-Qaim'));
    expect(first).toMatchObject({ placeId: 'qaim', rank: 'exact' });
    const anbar = places(search(makeIndex(), 'Anbar'));
    expect(anbar[0]).toMatchObject({ placeId: 'anbar', rank: 'exact' });
  });

  it('finds "ash-Shirqat" by the alias "Sharqat" and vice versa', () => {
    expect(places(search(makeIndex(), 'sharqat'))[0]).toMatchObject({
      placeId: 'shirqat',
      field: 'alias',
      matchedName: 'Sharqat',
    });
    expect(places(search(makeIndex(), 'ash-shirqat'))[0]).toMatchObject({
      placeId: 'shirqat',
      rank: 'exact',
    });
  });

  it('finds an Arabic name with or without the article', () => {
    for (const q of ['قائم', 'القائم', 'القَائِم', 'الْقائم']) {
      expect(places(search(makeIndex(), q))[0], q).toMatchObject({
        placeId: 'qaim',
        field: 'name_ar',
        rank: 'exact',
      });
    }
    expect(places(search(makeIndex(), 'انبار'))[0]).toMatchObject({
      placeId: 'anbar',
      rank: 'exact',
    });
  });

  it('ranks word-prefix above substring', () => {
    const rs = places(search(makeIndex(), 'din'));
    expect(rs[0]).toMatchObject({ placeId: 'salah-ad-din', rank: 'word-prefix' });
    const sub = places(search(makeIndex(), 'hirq'));
    expect(sub[0]).toMatchObject({ placeId: 'shirqat', rank: 'substring' });
  });

  it('returns match offsets into the name as written', () => {
    const [r] = places(search(makeIndex(), 'din'));
    expect(r!.matchedName.slice(r!.match.start, r!.match.end)).toBe('Din');
  });

  it('returns one result per place and honours the limit', () => {
    const rs = search(makeIndex(), 'a', 3);
    expect(rs).toHaveLength(3);
    expect(new Set(rs.map((r) => r.kind === 'place' && r.placeId)).size).toBe(3);
  });

  it('returns nothing for an empty or blank query', () => {
    expect(search(makeIndex(), '')).toEqual([]);
    expect(search(makeIndex(), '   ')).toEqual([]);
  });
});

describe('search: quotes', () => {
  it('finds "truffle" in every quote that has it, once per quote, at the primary place', () => {
    const rs = quotes(search(makeIndex(), 'truffle'));
    expect(rs.map((r) => [r.claimId, r.quoteIndex, r.placeId, r.source])).toEqual([
      ['anbar-truffle-kidnap', 0, 'anbar', 'csm-2019-03'],
      ['anbar-truffle-kidnap', 1, 'anbar', 'wapo-2019-07-21'],
    ]);
  });

  it('returns offsets into the quote and into the source', () => {
    const [r] = quotes(search(makeIndex(), 'Truffle Hunters'));
    expect(r!.matches).toEqual([{ start: 45, end: 60 }]);
    expect(r!.text.slice(45, 60)).toBe('truffle hunters');
    expect(r!.sourceMatches).toEqual([{ start: 2045, end: 2060 }]);
  });

  it('lands highlights on the original characters despite dashes, NBSP and diacritics', () => {
    const [r] = quotes(search(makeIndex(), "sharqat - al-qa'im"));
    expect(r).toBeDefined();
    const { start, end } = r!.matches[0]!;
    expect(r!.text.slice(start, end)).toBe('Sharqat\u00A0—\u00A0al‑Qā’im');
  });

  it('finds "Qaim" inside "al-Qā’im" and "al-Qaim" finds plain "Qaim"', () => {
    const qaim = quotes(search(makeIndex(), 'qaim')).map((r) => r.claimId);
    expect(qaim).toContain('shirqat-cell');
    expect(qaim).toContain('qaim-battle');
    const [battle] = quotes(search(makeIndex(), 'al-Qaim')).filter(
      (r) => r.claimId === 'qaim-battle',
    );
    expect(battle!.text.slice(battle!.matches[0]!.start, battle!.matches[0]!.end)).toBe('Qaim');
  });

  it('finds every occurrence in a quote', () => {
    const [r] = quotes(search(makeIndex(), 'APP')).filter((x) => x.quoteIndex === 1);
    expect(r!.matches.map((m) => r!.text.slice(m.start, m.end))).toEqual(['app', 'app']);
  });

  it('puts places before quotes', () => {
    const kinds = search(makeIndex(), 'qaim').map((r) => r.kind);
    expect(kinds.indexOf('quote')).toBeGreaterThan(kinds.lastIndexOf('place'));
  });

  it('does not search quotes for a single character', () => {
    expect(quotes(search(makeIndex(), 't'))).toEqual([]);
  });
});

describe('normalize offsets, on random input', () => {
  it('are within bounds, non-empty and in order', () => {
    const pieces = [
      'a',
      'É',
      'e\u0301',
      ' ',
      '\u00A0',
      '—',
      '’',
      'ﬁ',
      'أ',
      'َ',
      'ـ',
      '😀',
      '\u200F',
      'ة',
      '٣',
      'x',
    ];
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let t = 0; t < 500; t++) {
      const s = Array.from(
        { length: Math.floor(rand() * 20) },
        () => pieces[Math.floor(rand() * pieces.length)],
      ).join('');
      const n = normalize(s);
      for (let k = 0; k < n.text.length; k++) {
        expect(n.from[k]!).toBeLessThan(n.to[k]!);
        expect(n.to[k]!).toBeLessThanOrEqual(s.length);
        if (k > 0) expect(n.from[k]!).toBeGreaterThanOrEqual(n.from[k - 1]!);
      }
    }
  });
});
