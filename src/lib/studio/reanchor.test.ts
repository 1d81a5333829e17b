import { describe, expect, it } from 'vitest';
import type { ReanchoredQuote } from '../data/studio-api';
import type { Claim } from '../data/types';
import { quoteKey, reanchoredClaims, type Decision } from './reanchor';

const newText = 'Intro. About 5,000 fighters crossed at Qaim. Later, fighters crossed at Qaim.';
const claims: Claim[] = [
  {
    id: 'a',
    places: ['qaim'],
    category: 'border-crossing',
    summary: 'Crossing',
    quotes: [
      { source: 's', text: 'about 5000 fighters crossed' },
      { source: 'other', text: 'kept as is' },
    ],
  },
  {
    id: 'b',
    places: ['qaim'],
    category: 'attack',
    summary: 'Attack',
    quotes: [{ source: 's', text: 'gone' }],
  },
];
const at = (exact: string, from = 0) => {
  const start = newText.indexOf(exact, from);
  return { exact, prefix: '', suffix: '', start, end: start + exact.length };
};
const changed: ReanchoredQuote = {
  claimId: 'a',
  index: 0,
  status: 'changed',
  before: { exact: 'about 5000 fighters crossed', prefix: '', suffix: '', start: 0, end: 27 },
  after: at('About 5,000 fighters crossed'),
  errors: 2,
};
const missing: ReanchoredQuote = {
  claimId: 'b',
  index: 0,
  status: 'missing',
  before: { exact: 'gone', prefix: '', suffix: '', start: 0, end: 4 },
};

describe('reanchoredClaims', () => {
  it('waits for the curator on every changed or missing quote', () => {
    expect(reanchoredClaims(claims, newText, [changed, missing], new Map())).toEqual({
      undecided: ['a#0', 'b#0'],
    });
  });
  it('refuses to remove the last quote of a claim', () => {
    const d = new Map<string, Decision>([
      [quoteKey(changed), 'accept'],
      [quoteKey(missing), 'remove'],
    ]);
    expect(reanchoredClaims(claims, newText, [changed, missing], d)).toEqual({ emptied: ['b'] });
  });
  it('rewrites an accepted quote to its new wording and leaves other sources alone', () => {
    const d = new Map<string, Decision>([[quoteKey(changed), 'accept']]);
    const out = reanchoredClaims(claims, newText, [changed], d);
    expect(out).toEqual({
      claims: [
        {
          ...claims[0],
          quotes: [
            { source: 's', text: 'About 5,000 fighters crossed', prefix: '', suffix: '' },
            claims[0]!.quotes[1],
          ],
        },
        claims[1],
      ],
    });
  });
  it('records the occurrence when the new wording repeats in the text', () => {
    const second: ReanchoredQuote = {
      ...changed,
      status: 'moved',
      after: at('fighters crossed at Qaim', 30),
    };
    const out = reanchoredClaims(claims, newText, [second], new Map());
    expect('claims' in out && out.claims[0]!.quotes[0]).toEqual({
      source: 's',
      text: 'fighters crossed at Qaim',
      occurrence: 2,
      prefix: '',
      suffix: '',
    });
  });
});
