import { describe, expect, it } from 'vitest';
import { makeSource } from '../data/factories';
import { derivationNote, isSelected, selectionSummary, toggleSelection } from './selection';

const V = ['a', 'b', 'c'] as const;

describe('toggleSelection', () => {
  it('unticking from "all" lists the rest, in vocabulary order', () => {
    expect(toggleSelection(null, V, 'b', false)).toEqual(['a', 'c']);
  });

  it('ticking the last box returns to null (all)', () => {
    expect(toggleSelection(['c', 'a'], V, 'b', true)).toBeNull();
  });

  it('unticking the last box leaves an empty list (none), not all', () => {
    expect(toggleSelection(['a'], V, 'a', false)).toEqual([]);
  });

  it('ticking from none selects one', () => {
    expect(toggleSelection([], V, 'c', true)).toEqual(['c']);
  });
});

describe('isSelected and selectionSummary', () => {
  it('reads null as everything ticked', () => {
    expect(isSelected(null, 'a')).toBe(true);
    expect(isSelected(['b'], 'a')).toBe(false);
    expect(selectionSummary(null, 3)).toBe('all');
    expect(selectionSummary([], 3)).toBe('none');
    expect(selectionSummary(['a'], 3)).toBe('1 of 3');
  });
});

describe('derivationNote', () => {
  it('names the relation and the publication depended on; null for an origin', () => {
    const wapo = makeSource();
    const cbn = makeSource({
      id: 'cbn',
      publication: 'CBN News',
      derived_from: [{ source: wapo.id, relation: 'rewrite', evidence: '' }],
    });
    const byId = new Map([wapo, cbn].map((s) => [s.id, s]));
    expect(derivationNote(cbn, byId)).toBe('rewrite of The Washington Post');
    expect(derivationNote(wapo, byId)).toBeNull();
    const orphan = makeSource({
      derived_from: [{ source: 'gone', relation: 'citation', evidence: '' }],
    });
    expect(derivationNote(orphan, byId)).toBe('cites gone');
  });
});
