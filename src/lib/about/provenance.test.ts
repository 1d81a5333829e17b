import { describe, expect, it } from 'vitest';
import type { PublishedSource, Source } from '../data/types';
import { makeSource } from '../data/factories';
import { centreOut, edgePath, NODE, provenanceGraph, rows, shortPublication } from './provenance';

function published(overrides: Partial<Source> & { origins?: string[] }): PublishedSource {
  const s = makeSource(overrides);
  return { ...s, path: `sources/${s.file}`, length: 100, origins: overrides.origins ?? [s.id] };
}

const post = published({ id: 'post', publication: 'The Washington Post' });
const wire = published({ id: 'wire', publication: 'The Christian Science Monitor (AP story)' });
const cbn = published({
  id: 'cbn',
  publication: 'CBN News',
  derived_from: [{ source: 'post', relation: 'rewrite', evidence: 'says so' }],
  origins: ['post'],
});
const fr = published({ id: 'fr', publication: 'Unknown (translated)' });
const echo = published({
  id: 'echo',
  publication: 'Unknown (unbylined rewrite)',
  derived_from: [{ source: 'cbn', relation: 'citation', evidence: 'cites CBN' }],
  origins: ['post'],
});

describe('shortPublication', () => {
  it('drops the parenthesised gloss, keeps a plain name', () => {
    expect(shortPublication('Unknown (unbylined web rewrite; no masthead)')).toBe('Unknown');
    expect(shortPublication('The Washington Post')).toBe('The Washington Post');
  });
});

describe('rows', () => {
  it('puts origins on row 0 and each article one below the lowest of its sources', () => {
    expect(Object.fromEntries(rows([post, wire, cbn, echo]))).toEqual({
      post: 0,
      wire: 0,
      cbn: 1,
      echo: 2,
    });
  });

  it('cuts a cycle instead of looping, and ignores links to unknown sources', () => {
    const a = published({
      id: 'a',
      derived_from: [{ source: 'b', relation: 'rewrite', evidence: '' }],
    });
    const b = published({
      id: 'b',
      derived_from: [{ source: 'a', relation: 'rewrite', evidence: '' }],
    });
    const c = published({
      id: 'c',
      derived_from: [{ source: 'gone', relation: 'rewrite', evidence: '' }],
    });
    const r = rows([a, b, c]);
    expect(r.get('c')).toBe(0);
    expect([r.get('a'), r.get('b')].sort()).toEqual([1, 2]);
  });
});

describe('centreOut', () => {
  it('puts the most depended-upon in the middle', () => {
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(centreOut(items, new Map([['c', 2]])).map((x) => x.id)).toEqual(['b', 'c', 'a']);
  });
});

describe('provenanceGraph', () => {
  const graph = provenanceGraph([wire, cbn, post, echo, fr]);
  const node = (id: string) => graph.nodes.find((n) => n.id === id)!;

  it('draws one node per source and one edge per derived_from, with its relation', () => {
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(['cbn', 'echo', 'fr', 'post', 'wire']);
    expect(graph.edges).toEqual([
      { from: 'cbn', to: 'post', relation: 'rewrite', evidence: 'says so' },
      { from: 'echo', to: 'cbn', relation: 'citation', evidence: 'cites CBN' },
    ]);
    expect(node('post').origin).toBe(true);
    expect(node('cbn').origin).toBe(false);
    expect(node('wire').label).toBe('The Christian Science Monitor');
  });

  it('lays rows top to bottom, every arrow pointing up, all inside the drawing', () => {
    for (const e of graph.edges) expect(node(e.from).y).toBeGreaterThan(node(e.to).y);
    for (const n of graph.nodes) {
      expect(n.x - NODE.width / 2).toBeGreaterThanOrEqual(0);
      expect(n.x + NODE.width / 2).toBeLessThanOrEqual(graph.width);
      expect(n.y + NODE.height / 2).toBeLessThanOrEqual(graph.height);
    }
    // The depended-upon Post is centred among the origins, over the row below.
    expect(node('post').x).toBeCloseTo(graph.width / 2);
    expect(node('cbn').x).toBeCloseTo(node('post').x);
  });

  it('keeps boxes of one row apart', () => {
    const top = graph.nodes.filter((n) => n.row === 0).sort((a, b) => a.x - b.x);
    expect(top[1]!.x - top[0]!.x).toBe(NODE.width + NODE.gapX);
  });

  it('draws an edge from the top of the dependent box to the bottom of its source', () => {
    const path = edgePath(node('cbn'), node('post'));
    expect(path.startsWith(`M${node('cbn').x} ${node('cbn').y - NODE.height / 2} `)).toBe(true);
    expect(path.endsWith(` ${node('post').x} ${node('post').y + NODE.height / 2}`)).toBe(true);
  });
});
