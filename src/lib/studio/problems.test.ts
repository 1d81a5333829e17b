import { describe, expect, it } from 'vitest';
import type { StudioProblem } from '../data/studio-api';
import { problemsAt, unplaced } from './problems';

const p = (field: string | undefined, id = 'a'): StudioProblem => ({
  file: 'data/claims.json',
  id,
  ...(field === undefined ? {} : { field }),
  message: `bad ${field}`,
  fix: 'fix it',
});

describe('problemsAt', () => {
  const all = [
    p('summary'),
    p('quotes.0.text'),
    p('quotes[1].text'),
    p('occurred.start'),
    p('summary', 'b'),
  ];
  it('places a problem at its field and the fields inside it', () => {
    expect(problemsAt(all, { file: 'data/claims.json', id: 'a' }, 'summary')).toEqual([all[0]]);
    expect(problemsAt(all, { file: 'data/claims.json', id: 'a' }, 'quotes')).toEqual([
      all[1],
      all[2],
    ]);
    expect(problemsAt(all, { file: 'data/claims.json', id: 'a' }, 'quotes.1')).toEqual([all[2]]);
    expect(problemsAt(all, { file: 'data/claims.json', id: 'a' }, 'occurred')).toEqual([all[3]]);
  });
  it('does not take a field that only shares a prefix, nor another file', () => {
    expect(problemsAt([p('quotesx')], { file: 'data/claims.json' }, 'quotes')).toEqual([]);
    expect(problemsAt(all, { file: 'data/places.json' }, '')).toEqual([]);
  });
  it('leaves the rest for the top of the form', () => {
    const placed = problemsAt(all, { file: 'data/claims.json', id: 'a' }, 'summary');
    expect(unplaced([all[0]!, all[3]!], placed)).toEqual([all[3]]);
  });
});
