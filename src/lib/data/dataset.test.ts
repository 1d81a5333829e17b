import { describe, expect, it } from 'vitest';
import { makeClaim, makeDataset, makeFeature } from './factories';

describe('indexDataset', () => {
  const shared = makeClaim({ id: 'shared', places: ['qaim', 'kirkuk', 'nowhere'] });
  const data = makeDataset([
    makeFeature({ id: 'kirkuk', claims: [makeClaim(), shared] }),
    makeFeature({ id: 'qaim', name_en: 'Qaim', claims: [shared] }),
  ]);

  it('holds each claim once, however many places it is drawn at', () => {
    expect([...data.claimsById.keys()].sort()).toEqual(['kirkuk-motorcycle-blast', 'shared']);
  });

  it('indexes claim → places (on the map only) and place → claims', () => {
    expect(data.placesOfClaim.get('shared')).toEqual(['qaim', 'kirkuk']);
    expect(data.claimsAt.get('kirkuk')?.map((c) => c.id)).toEqual([
      'kirkuk-motorcycle-blast',
      'shared',
    ]);
    expect(data.places.map((p) => [p.id, p.claims.length])).toEqual([
      ['kirkuk', 2],
      ['qaim', 1],
    ]);
  });

  it('indexes source → quoting claims, for the article reader', () => {
    expect(data.claimsQuoting.get('wapo-2019-07-21')).toEqual([
      'kirkuk-motorcycle-blast',
      'shared',
    ]);
  });

  it('loads a claim’s full record from its shard', async () => {
    expect(data.claims.get('shared')).toBeUndefined();
    await data.claims.load(['shared']);
    expect(data.claims.get('shared')?.quotes[0]?.text).toBe(shared.quotes[0]!.text);
  });
});
