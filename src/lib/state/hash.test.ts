import { describe, expect, it } from 'vitest';
import { makeClaim, makeFeature, makeSource } from '../data/factories';
import {
  buildKnown,
  decodeHash,
  encodeHash,
  isConsistent,
  MAX_HASH_LENGTH,
  roundCamera,
  type KnownIds,
} from './hash';
import { DEFAULT_VIEW, defaultView, type View } from './view';

/** Two places sharing one claim, one place with its own claim, two sources, one briefing. */
function makeKnown(): KnownIds {
  const shared = makeClaim({ id: 'crossing', places: ['qaim', 'anbar'] });
  const features = [
    makeFeature({
      id: 'qaim',
      claims: [shared, makeClaim({ id: 'qaim-attack', places: ['qaim'] })],
    }),
    makeFeature({ id: 'anbar', claims: [shared] }),
    makeFeature({ id: 'kirkuk', claims: [makeClaim({ id: 'kirkuk-blast', places: ['kirkuk'] })] }),
  ];
  const sources = [makeSource({ id: 'wapo-2019-07-21' }), makeSource({ id: 'csm, 2019' })];
  return {
    ...buildKnown(features, sources, new Map([['return-of-isis', 5]])),
    sourceLengths: new Map([
      ['wapo-2019-07-21', 7004],
      ['csm, 2019', 8678],
    ]),
  };
}

function view(overrides: Partial<View> = {}): View {
  return { ...defaultView(), ...overrides };
}

/** Playing March 2019 month by month at ×2, looping: the date range is the window. */
function playingView(): View {
  return view({
    filters: { ...defaultView().filters, dateRange: ['2019-03-01', '2019-03-31'] },
    playback: { window: 'month', speed: 2, playing: true, loop: true, at: '2019-03-01' },
  });
}

function richView(): View {
  return view({
    camera: { center: [41.1422, 34.3781], zoom: 9.5, bearing: -37 },
    place: 'qaim',
    claim: 'crossing',
    article: { source: 'csm, 2019', passage: { start: 120, end: 245 } },
    filters: {
      categories: ['attack', 'border-crossing'],
      sources: ['wapo-2019-07-21', 'csm, 2019'],
      independentOnly: true,
      precisions: ['settlement', 'site'],
      dateRange: ['2019-01-01', '2019-07-21'],
      keepUndated: true,
    },
    lang: 'both',
    briefing: { id: 'return-of-isis', step: 4 },
  });
}

describe('encodeHash', () => {
  it('encodes the default view as the empty string', () => {
    expect(encodeHash(defaultView())).toBe('');
  });

  it('writes keys in a fixed order with fixed precision', () => {
    expect(encodeHash(richView())).toBe(
      'c=41.1422,34.3781,9.50,-37&p=qaim&cl=crossing&a=csm%2C%202019&q=120-245' +
        '&cat=attack,border-crossing&src=wapo-2019-07-21,csm%2C%202019&ind=1&prec=settlement,site' +
        '&d=2019-01-01..2019-07-21&und=1&lang=both&b=return-of-isis:4',
    );
  });

  it('rounds the camera and omits a zero bearing', () => {
    const v = view({ camera: { center: [42.123456, 33.98765], zoom: 6.789, bearing: 0.4 } });
    expect(encodeHash(v)).toBe('c=42.1235,33.9877,6.79');
  });

  it('writes a playback after the date range it drives', () => {
    expect(encodeHash(playingView())).toBe(
      'd=2019-03-01..2019-03-31&pb=month,2019-03-01,x2,play,loop',
    );
  });

  it('writes an empty selection as an empty value, distinct from "all"', () => {
    const v = view({ filters: { ...defaultView().filters, categories: [] } });
    expect(encodeHash(v)).toBe('cat=');
  });
});

describe('decodeHash round trips', () => {
  const cases: [string, () => View][] = [
    ['default view', () => defaultView()],
    ['rich view', richView],
    ['place only', () => view({ place: 'kirkuk' })],
    [
      'article without passage',
      () => view({ article: { source: 'wapo-2019-07-21', passage: null } }),
    ],
    [
      'empty filter lists',
      () => view({ filters: { ...defaultView().filters, sources: [], precisions: [] } }),
    ],
    [
      'bearing 180',
      () => view({ camera: { center: [-179.9999, -85.0511], zoom: 0, bearing: 180 } }),
    ],
    ['max zoom', () => view({ camera: { center: [180, 85.0511], zoom: 22, bearing: -179 } })],
    [
      'keep undated without a date range',
      () => view({ filters: { ...defaultView().filters, keepUndated: true } }),
    ],
    ['playing', playingView],
    [
      'paused on a week',
      () =>
        view({
          filters: { ...defaultView().filters, dateRange: ['2019-02-18', '2019-02-24'] },
          playback: { window: 'week', speed: 1, playing: false, loop: false, at: '2019-02-18' },
        }),
    ],
  ];
  it.each(cases)('%s', (_name, make) => {
    const v = make();
    const known = makeKnown();
    expect(isConsistent(v, known)).toBe(true);
    expect(decodeHash(encodeHash(v), known)).toEqual(v);
    expect(decodeHash(`#${encodeHash(v)}`, known)).toEqual(v);
  });

  it('returns a fresh object, never the frozen default', () => {
    const v = decodeHash('', makeKnown());
    expect(v).toEqual(DEFAULT_VIEW);
    expect(v).not.toBe(DEFAULT_VIEW);
    expect(Object.isFrozen(v)).toBe(false);
  });
});

describe('decodeHash consistency', () => {
  it('opens a claim at its primary place when no place is given', () => {
    const v = decodeHash('cl=crossing', makeKnown());
    expect([v.place, v.claim]).toEqual(['qaim', 'crossing']);
  });

  it('keeps a claim at any place it is drawn at', () => {
    const v = decodeHash('p=anbar&cl=crossing', makeKnown());
    expect([v.place, v.claim]).toEqual(['anbar', 'crossing']);
  });

  it('drops a claim that is not drawn at the selected place', () => {
    const v = decodeHash('p=kirkuk&cl=crossing', makeKnown());
    expect([v.place, v.claim]).toEqual(['kirkuk', null]);
  });

  it('ignores a passage without an article', () => {
    expect(decodeHash('q=1-5', makeKnown()).article).toBeNull();
  });

  it.each(['5-5', '9-3', '1-7005', '-1-5', '1.5-3', '1-', 'x-y', '1-2-3'])(
    'ignores the bad passage q=%s but keeps the article',
    (q) => {
      expect(decodeHash(`a=wapo-2019-07-21&q=${q}`, makeKnown()).article).toEqual({
        source: 'wapo-2019-07-21',
        passage: null,
      });
    },
  );

  it("sets the date range to the playback's window, whatever d= says", () => {
    const v = decodeHash('d=2017-01-01..2017-12-31&pb=quarter,2019-05-17,x4,play', makeKnown());
    expect(v.playback).toEqual({
      window: 'quarter',
      speed: 4,
      playing: true,
      loop: false,
      at: '2019-04-01',
    });
    expect(v.filters.dateRange).toEqual(['2019-04-01', '2019-06-30']);
  });

  it('keeps the date range when the playback part is garbage', () => {
    const v = decodeHash('d=2019-01-01..2019-01-31&pb=decade,2019-05-17', makeKnown());
    expect(v.playback).toBeNull();
    expect(v.filters.dateRange).toEqual(['2019-01-01', '2019-01-31']);
  });

  it('accepts a passage ending exactly at the end of the text', () => {
    expect(decodeHash('a=wapo-2019-07-21&q=7000-7004', makeKnown()).article?.passage).toEqual({
      start: 7000,
      end: 7004,
    });
  });
});

describe('decodeHash garbage', () => {
  const known = makeKnown;
  const def = () => defaultView();

  it.each([
    ['unknown place', 'p=mosul'],
    ['unknown claim', 'cl=made-up'],
    ['unknown source', 'a=nyt'],
    ['unknown briefing', 'b=other:1'],
    ['briefing step out of range', 'b=return-of-isis:5'],
    ['briefing step negative', 'b=return-of-isis:-1'],
    ['briefing without step', 'b=return-of-isis'],
    ['__proto__ as place', 'p=__proto__'],
    ['__proto__ as key', '__proto__=1&constructor=2&toString=3'],
    ['script in place', 'p=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
    ['raw script', 'p=<script>alert(1)</script>&lang=<img onerror=alert(1)>'],
    ['javascript url', 'a=javascript:alert(1)'],
    ['bad percent-encoding', 'p=%E0%A4%A&a=%'],
    ['lone surrogate', 'p=%ED%A0%80'],
    ['camera NaN', 'c=NaN,33,5'],
    ['camera Infinity', 'c=Infinity,33,5'],
    ['camera exponent', 'c=1e2,33,5'],
    ['camera hex', 'c=0x10,33,5'],
    ['camera too few parts', 'c=42,33'],
    ['camera too many parts', 'c=42,33,5,0,1'],
    ['longitude out of range', 'c=181,33,5'],
    ['latitude beyond Mercator', 'c=42,86,5'],
    ['zoom negative', 'c=42,33,-1'],
    ['zoom too deep', 'c=42,33,23'],
    ['bearing out of range', 'c=42,33,5,720'],
    ['empty camera', 'c='],
    ['bad date', 'd=2019-02-30..2019-03-01'],
    ['reversed dates', 'd=2019-07-21..2019-01-01'],
    ['date not ISO', 'd=21/07/2019..22/07/2019'],
    ['half a date range', 'd=2019-01-01..'],
    ['unknown language', 'lang=fr'],
    ['unknown categories only', 'cat=bombing,__proto__'],
    ['ind other than 1', 'ind=true'],
    ['und other than 1', 'und=yes'],
    ['playback without a day', 'pb=month'],
    ['playback with an unknown window', 'pb=fortnight,2019-03-01,x2,play'],
    ['playback on an impossible day', 'pb=month,2019-02-30,x1,play'],
    ['playback beyond the calendar', 'pb=week,9999-12-30,x1'],
    ['empty playback', 'pb='],
    ['playback badly encoded', 'pb=month%2C2019-03-01'],
    ['only separators', '&&&==&'],
    ['empty keys', '=p&=&=qaim'],
  ])('%s → default view', (_name, hash) => {
    const v = decodeHash(hash, known());
    expect(v).toEqual(def());
    expect(isConsistent(v, known())).toBe(true);
  });

  it('keeps the first of duplicate keys', () => {
    const v = decodeHash('p=qaim&p=kirkuk&lang=ar&lang=both', known());
    expect([v.place, v.lang]).toEqual(['qaim', 'ar']);
  });

  it('drops unknown, badly encoded and duplicate list items but keeps the rest, in order', () => {
    const v = decodeHash('cat=kidnapping,bombing,%E0,attack,kidnapping&prec=region', known());
    expect(v.filters.categories).toEqual(['kidnapping', 'attack']);
    expect(v.filters.precisions).toEqual(['region']);
  });

  it('reads a hash with unknown keys and keeps the known parts', () => {
    const v = decodeHash('x=1&p=qaim&utm_source=spam', known());
    expect(v.place).toBe('qaim');
  });

  it('ignores a hash longer than the cap entirely', () => {
    const hash = `p=qaim&junk=${'x'.repeat(MAX_HASH_LENGTH)}`;
    expect(decodeHash(hash, known())).toEqual(def());
  });

  it('ignores an over-long value but keeps other parts', () => {
    const v = decodeHash(`src=${'a,'.repeat(2100)}&p=qaim`, known());
    expect(v.filters.sources).toBeNull();
    expect(v.place).toBe('qaim');
  });

  it('rounds an over-precise camera to the hash precision', () => {
    const v = decodeHash('c=42.123456789,33.555561,5.5551,44.6', known());
    expect(v.camera).toEqual({ center: [42.1235, 33.5556], zoom: 5.56, bearing: 45 });
  });

  it('normalises bearings into (-180, 180] and never yields -0', () => {
    expect(decodeHash('c=0,0,1,270', known()).camera.bearing).toBe(-90);
    expect(decodeHash('c=0,0,1,-180', known()).camera.bearing).toBe(180);
    const v = decodeHash('c=-0.00001,-0.0000,0.001,-0.2', known());
    expect(Object.is(v.camera.center[0], -0)).toBe(false);
    expect(Object.is(v.camera.center[1], -0)).toBe(false);
    expect(Object.is(v.camera.bearing, -0)).toBe(false);
  });

  it('ignores b= when the caller knows no briefings', () => {
    const noBriefings: KnownIds = { ...known(), briefings: undefined };
    expect(decodeHash('b=return-of-isis:1', noBriefings).briefing).toBeNull();
  });

  it('never throws on a non-string', () => {
    expect(decodeHash(undefined as unknown as string, known())).toEqual(def());
  });
});

describe('buildKnown', () => {
  it('takes passage bounds from published source lengths', () => {
    const known = buildKnown([makeFeature()], [{ ...makeSource({ id: 'wapo' }), length: 40 }]);
    expect(known.sourceLengths?.get('wapo')).toBe(40);
    expect(decodeHash('a=wapo&q=30-41', known).article?.passage).toBeNull();
    expect(decodeHash('a=wapo&q=30-40', known).article?.passage).toEqual({ start: 30, end: 40 });
  });

  it('lets a claim open at every place it is drawn', () => {
    const claim = makeClaim({ id: 'c', places: ['qaim'] });
    const known = buildKnown(
      [makeFeature({ id: 'qaim', claims: [claim] }), makeFeature({ id: 'anbar', claims: [claim] })],
      [],
    );
    expect(known.claimPlaces.get('c')).toEqual(['qaim', 'anbar']);
  });
});

describe('isConsistent', () => {
  it('rejects views decodeHash could not return', () => {
    const k = makeKnown();
    const bad: View[] = [
      view({ claim: 'crossing' }),
      view({ place: 'kirkuk', claim: 'crossing' }),
      view({ place: 'nowhere' }),
      view({ article: { source: 'wapo-2019-07-21', passage: { start: 5, end: 5 } } }),
      view({ camera: { center: [NaN, 0], zoom: 1, bearing: 0 } }),
      view({ camera: { center: [1.23456, 0], zoom: 1, bearing: 0 } }),
      view({ filters: { ...defaultView().filters, categories: ['attack', 'attack'] } }),
      view({ filters: { ...defaultView().filters, dateRange: ['2019-07-02', '2019-07-01'] } }),
      view({ briefing: { id: 'return-of-isis', step: 5 } }),
      // a playback whose window is not the date range, or whose day is not a window's first
      { ...playingView(), filters: defaultView().filters },
      {
        ...playingView(),
        filters: { ...defaultView().filters, dateRange: ['2019-03-01', '2019-03-30'] },
      },
      { ...playingView(), playback: { ...playingView().playback!, at: '2019-03-02' } },
    ];
    for (const v of bad) expect(isConsistent(v, k), JSON.stringify(v)).toBe(false);
  });

  it('accepts roundCamera output', () => {
    const v = view({
      camera: roundCamera({ center: [42.000049, 33.99999], zoom: 5.123, bearing: 359.6 }),
    });
    expect(isConsistent(v, makeKnown())).toBe(true);
  });
});
