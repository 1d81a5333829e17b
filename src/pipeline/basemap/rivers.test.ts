import { describe, expect, it } from 'vitest';
import { distance } from '@turf/turf';
import { geonames } from '../reference/index';
import { VIEW_BBOX } from './region';
import { RIVERS } from './rivers';

/** The lines are approximate; a waypoint further than this from its town is a typo. */
const MAX_KM_FROM_TOWN = 7;

describe('curated rivers', () => {
  it.each(RIVERS.map((r) => [r.id, r] as const))('%s passes its riverside towns', (_, river) => {
    const named = river.waypoints.filter((w) => w.geonames_id !== undefined);
    expect(named.length).toBeGreaterThan(5);
    for (const w of named) {
      const town = geonames(w.geonames_id!);
      const km = distance(w.at, town.loc.coordinates, { units: 'kilometers' });
      expect(km, `${river.id} near ${w.near} (${town.name})`).toBeLessThan(MAX_KM_FROM_TOWN);
    }
  });

  it('stays inside the map region, with Arabic names', () => {
    const [w, s, e, n] = VIEW_BBOX;
    for (const r of RIVERS) {
      expect(r.name_ar).toMatch(/^[\u0600-\u06ff ]+$/);
      for (const { at } of r.waypoints) {
        expect(at[0]).toBeGreaterThanOrEqual(w);
        expect(at[0]).toBeLessThanOrEqual(e);
        expect(at[1]).toBeGreaterThanOrEqual(s);
        expect(at[1]).toBeLessThanOrEqual(n);
      }
    }
  });

  it('joins at Qurna: the Euphrates and the Tigris end where the Shatt al-Arab begins', () => {
    const byId = new Map(RIVERS.map((r) => [r.id, r.waypoints]));
    const start = byId.get('shatt-al-arab')?.[0]?.at;
    expect(start).toBeDefined();
    expect(byId.get('euphrates')?.at(-1)?.at).toEqual(start);
    expect(byId.get('tigris')?.at(-1)?.at).toEqual(start);
  });

  it('flows downhill: each river runs north-west to south-east overall', () => {
    for (const r of RIVERS) {
      const first = r.waypoints[0]!.at;
      const last = r.waypoints.at(-1)!.at;
      expect(last[1], r.id).toBeLessThan(first[1]);
      expect(last[0], r.id).toBeGreaterThan(first[0]);
    }
  });
});
