import { describe, expect, it } from 'vitest';
import type { Draft } from '../data/studio-api';
import type { Claim, Place } from '../data/types';
import { draftClaim } from './drafts';
import type { Files } from './project';

const claim = (id: string, summary = 'ok'): Claim => ({
  id,
  places: ['qaim'],
  category: 'attack',
  summary,
  quotes: [{ source: 's', text: 'x' }],
});
const qaim = { id: 'qaim' } as Place;
const snapshot: Files = {
  files: {
    'data/claims.json': { version: 'v', json: { claims: [claim('a')] } },
    'data/places.json': { version: 'v', json: { places: [] } },
  } as unknown as Files['files'],
  texts: {},
};
const draft = (claims: Claim[], places: Place[] = []): Draft => ({
  id: 'd1',
  label: 'Add claim',
  savedAt: '2026-01-01T00:00:00Z',
  problems: [],
  request: {
    label: 'Add claim',
    changes: [
      { file: 'data/claims.json', baseVersion: 'v', json: { claims } },
      { file: 'data/places.json', baseVersion: 'v', json: { places } },
    ],
  },
});

describe('draftClaim', () => {
  it('finds the claim a draft adds, with the new places it is drawn at', () => {
    expect(draftClaim(snapshot, draft([claim('a'), claim('b', '')], [qaim]))).toEqual({
      claim: claim('b', ''),
      newPlaces: [qaim],
    });
  });
  it('finds a claim the draft changed, and nothing when it changed none', () => {
    expect(draftClaim(snapshot, draft([claim('a', 'edited')]))?.claim.summary).toBe('edited');
    expect(draftClaim(snapshot, draft([claim('a')]))).toBeNull();
  });
});
