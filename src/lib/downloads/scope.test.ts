import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../data/visibility';
import { describeFilters, downloadName, filteredScope, isUnfiltered } from './scope';

const sources = new Map([['wapo', { publication: 'The Washington Post' }]]);

describe('download scope', () => {
  it('knows when nothing is filtered', () => {
    expect(isUnfiltered({ ...DEFAULT_FILTERS })).toBe(true);
    expect(isUnfiltered({ ...DEFAULT_FILTERS, categories: [] })).toBe(false);
    expect(isUnfiltered({ ...DEFAULT_FILTERS, independentOnly: true })).toBe(false);
  });

  it('says the filters in words, with the link that shows them', () => {
    const filters = {
      ...DEFAULT_FILTERS,
      categories: ['attack' as const],
      sources: ['wapo'],
      independentOnly: true,
      dateRange: ['2019-07-01', '2019-07-31'] as [string, string],
    };
    expect(describeFilters(filters, sources)).toBe(
      'categories: Attack; sources: The Washington Post; independent origins only; dates 2019-07-01 to 2019-07-31',
    );
    expect(filteredScope(filters, sources, 'https://x/#f=1')).toMatch(/, as at https:\/\/x\/#f=1$/);
    expect(describeFilters({ ...DEFAULT_FILTERS }, sources)).toBe('no filter');
  });

  it('names the files after the map and the selection', () => {
    expect(downloadName('claims.csv', false)).toBe('citemap-claims.csv');
    expect(downloadName('claims.csv', true)).toBe('citemap-filtered-claims.csv');
  });
});
