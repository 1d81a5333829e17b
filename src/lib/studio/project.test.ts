import { describe, expect, it } from 'vitest';
import type { Claim } from '../data/types';
import {
  claimsCiting,
  recordsOf,
  saveRequest,
  takenIds,
  withConflicts,
  withQuote,
  withoutClaim,
  type Files,
} from './project';

function claim(id: string, extra: Partial<Claim> = {}): Claim {
  return {
    id,
    places: ['qaim'],
    category: 'attack',
    summary: `Summary of ${id}`,
    quotes: [{ source: 'src-a', text: 'fighters crossed' }],
    ...extra,
  };
}

function snapshot(claims: Claim[]): Files {
  return {
    files: {
      'data/claims.json': {
        version: 'v1',
        json: { $schema: './schema/claims.schema.json', claims },
      },
      'data/places.json': { version: 'v2', json: { places: [{ id: 'qaim' }] } },
      'seeds/sources.json': { version: 'v3', json: { sources: [{ id: 'src-a' }] } },
    } as Files['files'],
    texts: {},
  };
}

describe('recordsOf and takenIds', () => {
  it('read the lists, and every id across the three files', () => {
    const s = snapshot([claim('a')]);
    expect(recordsOf(s, 'claims').map((c) => c.id)).toEqual(['a']);
    expect([...takenIds(s)].sort()).toEqual(['a', 'qaim', 'src-a']);
  });
  it('read an absent file as no records', () => {
    expect(recordsOf({ files: {} as Files['files'], texts: {} }, 'places')).toEqual([]);
  });
});

describe('saveRequest', () => {
  it('sends only the changed files, each with the version it was read at', () => {
    const s = snapshot([claim('a')]);
    const req = saveRequest(s, { claims: [claim('a'), claim('b')] }, 'Add claim b');
    expect(req.label).toBe('Add claim b');
    expect(req.changes).toHaveLength(1);
    expect(req.changes[0]).toMatchObject({ file: 'data/claims.json', baseVersion: 'v1' });
    expect(req.changes[0]!.json).toEqual({
      $schema: './schema/claims.schema.json',
      claims: [claim('a'), claim('b')],
    });
    expect(req.texts).toBeUndefined();
  });
  it('names a file the project does not have yet with no version and its schema', () => {
    const req = saveRequest({ files: {} as Files['files'], texts: {} }, { places: [] }, 'x');
    expect(req.changes[0]).toEqual({
      file: 'data/places.json',
      baseVersion: null,
      json: { $schema: './schema/places.schema.json', places: [] },
    });
  });
});

describe('withConflicts', () => {
  it('adds the reverse link, and removes it when the conflict is dropped', () => {
    const linked = withConflicts([claim('a'), claim('b')], claim('a', { conflicts_with: ['b'] }));
    expect(linked.find((c) => c.id === 'b')?.conflicts_with).toEqual(['a']);
    const unlinked = withConflicts(linked, claim('a'));
    expect(unlinked.find((c) => c.id === 'b')).toEqual(claim('b'));
  });
  it('follows a renamed claim in the other claims', () => {
    const before = [claim('a', { conflicts_with: ['b'] }), claim('b', { conflicts_with: ['a'] })];
    const after = withConflicts(before, claim('a2', { conflicts_with: ['b'] }), 'a');
    expect(after.map((c) => c.id)).toEqual(['a2', 'b']);
    expect(after[1]!.conflicts_with).toEqual(['a2']);
  });
});

describe('withoutClaim', () => {
  it('drops the claim and every conflict link to it, with an orphaned note', () => {
    const before = [
      claim('a', { conflicts_with: ['b'] }),
      claim('b', { conflicts_with: ['a'], conflict_note: 'they disagree' }),
    ];
    expect(withoutClaim(before, 'a')).toEqual([claim('b')]);
  });
});

describe('withQuote and claimsCiting', () => {
  it('adds a passage from another source once', () => {
    const q = { source: 'src-b', text: 'fighters crossed' };
    const once = withQuote(claim('a'), q);
    expect(once.quotes).toHaveLength(2);
    expect(withQuote(once, q)).toBe(once);
    expect(claimsCiting([once, claim('c')], 'src-b')).toEqual(['a']);
  });
});
