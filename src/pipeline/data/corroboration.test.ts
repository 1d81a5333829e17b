import { describe, expect, it } from 'vitest';
import type { Source, SourceRelation } from '../../lib/data/types.ts';
import { corroborate, findCycles, originsOf } from './corroboration.ts';

type Links = Pick<Source, 'id' | 'derived_from'>;

function graph(edges: Record<string, [string, SourceRelation][]>): Map<string, Links> {
  return new Map(
    Object.entries(edges).map(([id, from]) => [
      id,
      {
        id,
        derived_from: from.map(([source, relation]) => ({ source, relation, evidence: 'test' })),
      },
    ]),
  );
}

// The seed set's shape: two rewrites of the Post, a wire copy of AP, and an unrelated piece.
const seeds = graph({
  wapo: [],
  cbn: [['wapo', 'rewrite']],
  blog: [['cbn', 'rewrite']],
  ap: [],
  csm: [['ap', 'wire-copy']],
  french: [],
});

describe('originsOf', () => {
  it('is the source itself when it derives from nothing', () => {
    expect(originsOf('wapo', seeds)).toEqual(['wapo']);
  });
  it('follows a chain of rewrites to the root', () => {
    expect(originsOf('blog', seeds)).toEqual(['wapo']);
  });
  it('ignores a link to a source that is not in the set', () => {
    expect(originsOf('x', graph({ x: [['missing', 'citation']] }))).toEqual(['x']);
  });
  it('terminates on a cycle', () => {
    expect(originsOf('a', graph({ a: [['b', 'rewrite']], b: [['a', 'rewrite']] }))).toEqual([]);
  });
});

describe('corroborate', () => {
  it('counts a rewrite as an article but not as an independent origin', () => {
    expect(corroborate(['wapo', 'cbn', 'blog'], seeds)).toEqual({
      articles: 3,
      independent_origins: 1,
      origins: ['wapo'],
    });
  });

  it('counts unrelated articles as independent', () => {
    expect(corroborate(['cbn', 'csm', 'french'], seeds)).toEqual({
      articles: 3,
      independent_origins: 3,
      origins: ['ap', 'french', 'wapo'],
    });
  });

  it('counts a quote repeated from one article once', () => {
    expect(corroborate(['wapo', 'wapo'], seeds).articles).toBe(1);
  });

  it('treats a citation as dependent, like a rewrite', () => {
    const g = graph({ a: [], b: [['a', 'citation']] });
    expect(corroborate(['a', 'b'], g).independent_origins).toBe(1);
  });

  it('does not count an article that merges two origins as two witnesses', () => {
    const g = graph({
      a: [],
      b: [],
      merged: [
        ['a', 'syndication'],
        ['b', 'wire-copy'],
      ],
    });
    expect(corroborate(['merged'], g)).toEqual({
      articles: 1,
      independent_origins: 1,
      origins: ['a', 'b'],
    });
    // …while a and b themselves, quoted directly, are two.
    expect(corroborate(['a', 'b'], g).independent_origins).toBe(2);
    expect(corroborate(['a', 'b', 'merged'], g).independent_origins).toBe(1);
  });
});

describe('findCycles', () => {
  it('finds each cycle once', () => {
    const g = graph({ a: [['b', 'rewrite']], b: [['c', 'rewrite']], c: [['a', 'citation']] });
    expect(findCycles(g)).toEqual([['a', 'b', 'c']]);
  });
  it('finds none in the seed set', () => {
    expect(findCycles(seeds)).toEqual([]);
  });
});
