import { describe, expect, it } from 'vitest';
import type { Category, Precision, Source, VerifiedClaim } from './types';
import { CATEGORIES, PRECISIONS } from './vocabulary';
import { makeClaim, makeFeature, makeQuote, makeSource, type FeatureLike } from './factories';
import {
  applyFilters,
  buildFilterIndex,
  claimMatches,
  DEFAULT_FILTERS,
  matchingQuoteIndices,
  type Filters,
  type PlaceClaims,
} from './visibility';
import { mulberry32 } from './random';

/** One-off filtering: the app builds the index once and applies filters to it repeatedly. */
function filterPlaces(features: readonly PlaceClaims[], f: Filters, sources: readonly Source[]) {
  return applyFilters(buildFilterIndex(features, sources), f);
}

function filters(overrides: Partial<Filters> = {}): Filters {
  return { ...DEFAULT_FILTERS, ...overrides };
}

/** WaPo is an origin; CBN rewrote it. */
function makeSources(): Source[] {
  return [
    makeSource({ id: 'wapo' }),
    makeSource({ id: 'csm', publication: 'The Christian Science Monitor' }),
    makeSource({
      id: 'cbn',
      publication: 'CBN News',
      derived_from: [
        { source: 'wapo', relation: 'rewrite', evidence: 'The Washington Post reported' },
      ],
    }),
  ];
}

function byId(sources: Source[]): Map<string, Source> {
  return new Map(sources.map((s) => [s.id, s]));
}

describe('claimMatches', () => {
  it('passes every claim with a quote under the default filters', () => {
    expect(claimMatches(makeClaim(), filters(), byId(makeSources()))).toBe(true);
  });

  it('filters by category', () => {
    const claim = makeClaim({ category: 'kidnapping' });
    expect(claimMatches(claim, filters({ categories: ['attack'] }), byId(makeSources()))).toBe(
      false,
    );
    expect(claimMatches(claim, filters({ categories: ['kidnapping'] }), byId(makeSources()))).toBe(
      true,
    );
  });

  it('treats an empty selection as "nothing", not "everything"', () => {
    expect(claimMatches(makeClaim(), filters({ categories: [] }), byId(makeSources()))).toBe(false);
    expect(claimMatches(makeClaim(), filters({ sources: [] }), byId(makeSources()))).toBe(false);
  });

  it('keeps a claim when any quote comes from a selected source', () => {
    const claim = makeClaim({
      quotes: [makeQuote({ source: 'wapo' }), makeQuote({ source: 'csm' })],
    });
    const s = byId(makeSources());
    expect(claimMatches(claim, filters({ sources: ['csm'] }), s)).toBe(true);
    expect(claimMatches(claim, filters({ sources: ['cbn'] }), s)).toBe(false);
  });

  it('under "independent only" drops quotes from derived articles', () => {
    const s = byId(makeSources());
    const onlyRewrite = makeClaim({ quotes: [makeQuote({ source: 'cbn' })] });
    const both = makeClaim({
      quotes: [makeQuote({ source: 'cbn' }), makeQuote({ source: 'wapo' })],
    });
    const ind = filters({ independentOnly: true });
    expect(claimMatches(onlyRewrite, ind, s)).toBe(false);
    expect(claimMatches(both, ind, s)).toBe(true);
    expect(matchingQuoteIndices(both, ind, s)).toEqual([1]);
  });

  it('combines source and independence per quote, not per claim', () => {
    const s = byId(makeSources());
    const claim = makeClaim({
      quotes: [makeQuote({ source: 'cbn' }), makeQuote({ source: 'wapo' })],
    });
    // cbn is selected but derived; wapo is an origin but not selected: no quote passes both.
    expect(claimMatches(claim, filters({ sources: ['cbn'], independentOnly: true }), s)).toBe(
      false,
    );
  });

  it('does not count a quote from an unknown source as independent', () => {
    const claim = makeClaim({ quotes: [makeQuote({ source: 'nowhere' })] });
    expect(claimMatches(claim, filters({ independentOnly: true }), byId(makeSources()))).toBe(
      false,
    );
  });

  it('keeps claims whose occurred interval overlaps the date range (inclusive)', () => {
    const s = byId(makeSources());
    const claim = makeClaim({
      occurred: { start: '2019-07-21', end: '2019-07-21', precision: 'day', basis: '' },
    });
    expect(claimMatches(claim, filters({ dateRange: ['2019-07-21', '2019-07-21'] }), s)).toBe(true);
    expect(claimMatches(claim, filters({ dateRange: ['2019-07-01', '2019-07-20'] }), s)).toBe(
      false,
    );
    expect(claimMatches(claim, filters({ dateRange: ['2019-07-22', '2019-08-01'] }), s)).toBe(
      false,
    );
  });

  it('reads a month-precision date as the whole month', () => {
    const claim = makeClaim({
      occurred: { start: '2019-03', end: '2019-03', precision: 'month', basis: '' },
    });
    const s = byId(makeSources());
    expect(claimMatches(claim, filters({ dateRange: ['2019-03-31', '2019-04-10'] }), s)).toBe(true);
    expect(claimMatches(claim, filters({ dateRange: ['2019-04-01', '2019-04-10'] }), s)).toBe(
      false,
    );
  });

  it('hides undated claims only while a date range is set', () => {
    const claim = makeClaim({ occurred: undefined });
    const s = byId(makeSources());
    expect(claimMatches(claim, filters(), s)).toBe(true);
    expect(claimMatches(claim, filters({ dateRange: ['2019-01-01', '2019-12-31'] }), s)).toBe(
      false,
    );
  });

  it('keeps undated claims under a date range when asked, and only those', () => {
    const s = byId(makeSources());
    const keep = filters({ dateRange: ['2019-01-01', '2019-01-31'], keepUndated: true });
    expect(claimMatches(makeClaim({ occurred: undefined }), keep, s)).toBe(true);
    // A dated claim outside the range stays hidden: "keep undated" is not "ignore dates".
    expect(claimMatches(makeClaim(), keep, s)).toBe(false);
    // The other filters still apply to the undated claims kept.
    const other = { ...keep, categories: ['kidnapping' as const] };
    expect(claimMatches(makeClaim({ occurred: undefined }), other, s)).toBe(false);
  });
});

describe('filterPlaces', () => {
  function scene() {
    const wapo = [makeQuote({ source: 'wapo' })];
    const shared = makeClaim({
      id: 'shared',
      places: ['qaim', 'anbar'],
      category: 'border-crossing',
      quotes: wapo,
    });
    return [
      makeFeature({
        id: 'qaim',
        precision: 'settlement',
        claims: [
          shared,
          makeClaim({ id: 'qaim-attack', places: ['qaim'], category: 'attack', quotes: wapo }),
        ],
      }),
      makeFeature({ id: 'anbar', precision: 'province', claims: [shared] }),
      makeFeature({
        id: 'kirkuk',
        precision: 'settlement',
        claims: [
          makeClaim({
            id: 'kirkuk-kidnap',
            category: 'kidnapping',
            quotes: [makeQuote({ source: 'cbn' })],
          }),
        ],
      }),
    ];
  }

  /** The scene plus an undated attack at Kirkuk and an undated kidnapping at Anbar. */
  function withUndated() {
    const [qaim, anbar, kirkuk] = scene();
    const undated = (id: string, category: Category, places: string[]) =>
      makeClaim({
        id,
        category,
        places,
        occurred: undefined,
        quotes: [makeQuote({ source: 'wapo' })],
      });
    const plus = (f: FeatureLike, claim: VerifiedClaim) =>
      makeFeature({ id: f.id, precision: f.precision, claims: [...f.full, claim] });
    return [
      // Drawn at two places, counted once.
      plus(qaim!, undated('anbar-undated', 'kidnapping', ['anbar', 'qaim'])),
      plus(anbar!, undated('anbar-undated', 'kidnapping', ['anbar'])),
      plus(kirkuk!, undated('kirkuk-undated', 'attack', ['kirkuk'])),
    ];
  }
  // Every scene claim is dated July 2019 (the factory's default), so this range hides them all.
  const JANUARY: [string, string] = ['2019-01-01', '2019-01-31'];

  it('counts the undated claims a date range hides, and keeps them when asked', () => {
    const hidden = filterPlaces(withUndated(), filters({ dateRange: JANUARY }), makeSources());
    expect(hidden.undated).toBe(2);
    expect([...hidden.claimIds]).toEqual([]);
    expect([...hidden.placeIds]).toEqual([]);

    const kept = filterPlaces(
      withUndated(),
      filters({ dateRange: JANUARY, keepUndated: true }),
      makeSources(),
    );
    expect(kept.undated).toBe(2);
    expect([...kept.claimIds].sort()).toEqual(['anbar-undated', 'kirkuk-undated']);
    expect([...kept.placeIds].sort()).toEqual(['anbar', 'kirkuk', 'qaim']);
    // The facets follow: what ticking each box would show now includes the undated claims.
    expect(kept.countsByCategory.attack).toBe(1);
    expect(kept.countsByCategory.kidnapping).toBe(1);
    expect(hidden.countsByCategory.attack).toBe(0);
    expect(kept.countsByPrecision.province).toBe(1);
    expect(kept.countsBySource.get('wapo')).toBe(2);
  });

  it('counts only the undated claims the other filters would show', () => {
    const f = filters({ dateRange: JANUARY, categories: ['attack'] });
    expect(filterPlaces(withUndated(), f, makeSources()).undated).toBe(1);
    const settlements = filters({ dateRange: JANUARY, precisions: ['province'] });
    expect(filterPlaces(withUndated(), settlements, makeSources()).undated).toBe(1);
    // With no range the count is still there: the timeline says how many have no date.
    expect(filterPlaces(withUndated(), filters(), makeSources()).undated).toBe(2);
  });

  it('shows every place with a claim by default', () => {
    const r = filterPlaces(scene(), filters(), makeSources());
    expect([...r.placeIds].sort()).toEqual(['anbar', 'kirkuk', 'qaim']);
    expect([...r.claimIds].sort()).toEqual(['kirkuk-kidnap', 'qaim-attack', 'shared']);
  });

  it('shows a place when at least one of its claims matches', () => {
    const r = filterPlaces(scene(), filters({ categories: ['attack'] }), makeSources());
    expect([...r.placeIds]).toEqual(['qaim']);
    expect([...r.claimIds]).toEqual(['qaim-attack']);
  });

  it('hides places whose precision is not allowed, keeping their claims visible elsewhere', () => {
    const r = filterPlaces(scene(), filters({ precisions: ['province'] }), makeSources());
    expect([...r.placeIds]).toEqual(['anbar']);
    expect([...r.claimIds]).toEqual(['shared']);
  });

  it('hides a place whose only claim is known through a rewrite under "independent only"', () => {
    const r = filterPlaces(scene(), filters({ independentOnly: true }), makeSources());
    expect(r.placeIds.has('kirkuk')).toBe(false);
    expect(r.claimIds.has('kirkuk-kidnap')).toBe(false);
  });

  it('counts distinct claims per category as facets (ignoring the category filter itself)', () => {
    const r = filterPlaces(scene(), filters({ categories: ['attack'] }), makeSources());
    expect(r.countsByCategory).toEqual({
      ...Object.fromEntries(CATEGORIES.map((c) => [c, 0])),
      attack: 1,
      'border-crossing': 1, // drawn at two places, counted once
      kidnapping: 1,
    });
  });

  it('counts places per precision as facets (ignoring the precision filter itself)', () => {
    const r = filterPlaces(scene(), filters({ precisions: ['province'] }), makeSources());
    expect(r.countsByPrecision).toEqual({
      site: 0,
      settlement: 2,
      district: 0,
      province: 1,
      region: 0,
    });
  });

  it('counts claims per source as facets, honouring "independent only"', () => {
    const all = filterPlaces(scene(), filters({ sources: ['csm'] }), makeSources());
    expect(Object.fromEntries(all.countsBySource)).toEqual({ wapo: 2, csm: 0, cbn: 1 });
    const ind = filterPlaces(scene(), filters({ independentOnly: true }), makeSources());
    expect(Object.fromEntries(ind.countsBySource)).toEqual({ wapo: 2, csm: 0, cbn: 0 });
  });

  it('agrees with claimMatches on 10^4 synthetic places', () => {
    const rand = mulberry32(20190721);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const sources = [
      ...Array.from({ length: 8 }, (_, i) => makeSource({ id: `o${i}` })),
      ...Array.from({ length: 6 }, (_, i) =>
        makeSource({
          id: `d${i}`,
          derived_from: [{ source: `o${i}`, relation: 'rewrite', evidence: '' }],
        }),
      ),
    ];
    const sourceIds = sources.map((s) => s.id);
    const claimPool: VerifiedClaim[] = [];
    const features = Array.from({ length: 10_000 }, (_, p) => {
      const claims = Array.from({ length: 1 + Math.floor(rand() * 5) }, (_, k) => {
        // Some claims are shared between places, as real multi-place claims are.
        if (claimPool.length > 0 && rand() < 0.1) return pick(claimPool);
        const month = 1 + Math.floor(rand() * 12);
        const day = 1 + Math.floor(rand() * 28);
        const iso = `2019-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const claim = makeClaim({
          id: `c${p}-${k}`,
          places: [`p${p}`],
          category: pick(CATEGORIES),
          occurred:
            rand() < 0.15
              ? undefined
              : rand() < 0.5
                ? { start: iso, end: iso, precision: 'day', basis: '' }
                : { start: iso.slice(0, 7), end: iso.slice(0, 7), precision: 'month', basis: '' },
          quotes: Array.from({ length: 1 + Math.floor(rand() * 3) }, () =>
            makeQuote({ source: pick(sourceIds) }),
          ),
        });
        claimPool.push(claim);
        return claim;
      });
      return makeFeature({ id: `p${p}`, precision: pick(PRECISIONS), claims });
    });

    const index = buildFilterIndex(features, sources);
    const s = byId(sources);
    for (let trial = 0; trial < 12; trial++) {
      const f: Filters = {
        categories: rand() < 0.3 ? null : CATEGORIES.filter(() => rand() < 0.5),
        sources: rand() < 0.5 ? null : sourceIds.filter(() => rand() < 0.5),
        independentOnly: rand() < 0.5,
        precisions: rand() < 0.4 ? null : PRECISIONS.filter(() => rand() < 0.6),
        dateRange: rand() < 0.4 ? null : (['2019-03-10', '2019-06-05'] as [string, string]),
        keepUndated: rand() < 0.5,
      };
      const got = applyFilters(index, f);

      const expectPlaces = new Set<string>();
      const expectClaims = new Set<string>();
      const expectUndated = new Set<string>();
      const anyDate = { ...f, dateRange: null };
      for (const feature of features) {
        const p = feature.properties;
        const precOk = f.precisions === null || f.precisions.includes(p.precision);
        for (const c of feature.claims) {
          if (precOk && claimMatches(c, f, s)) {
            expectPlaces.add(p.id);
            expectClaims.add(c.id);
          }
          if (precOk && !c.occurred && claimMatches(c, anyDate, s)) expectUndated.add(c.id);
        }
      }
      expect(got.undated).toBe(expectUndated.size);
      // Compare sorted arrays: cheaper to diff than large Sets, and a failure reads better.
      expect([...got.placeIds].sort()).toEqual([...expectPlaces].sort());
      expect([...got.claimIds].sort()).toEqual([...expectClaims].sort());
      const categoryOf = new Map(claimPool.map((c) => [c.id, c.category]));
      const visibleCount = (cat: Category) =>
        [...expectClaims].filter((id) => categoryOf.get(id) === cat).length;
      for (const cat of f.categories ?? []) {
        // For a selected category the facet count is exactly the visible count.
        expect(got.countsByCategory[cat]).toBe(visibleCount(cat));
      }
      const visiblePlaces = (prec: Precision) =>
        features.filter((x) => x.properties.precision === prec && expectPlaces.has(x.properties.id))
          .length;
      for (const prec of f.precisions ?? []) {
        expect(got.countsByPrecision[prec]).toBe(visiblePlaces(prec));
      }
    }
  });
});
