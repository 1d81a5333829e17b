import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../data/visibility';
import { moveStep, newBriefing, stepFilters, stepFromView } from './brief';

describe('stepFilters', () => {
  it('keeps only what narrows the map', () => {
    expect(stepFilters({ ...DEFAULT_FILTERS })).toBeUndefined();
    expect(
      stepFilters({ ...DEFAULT_FILTERS, categories: ['attack'], independentOnly: true }),
    ).toEqual({
      categories: ['attack'],
      independentOnly: true,
    });
  });
});

describe('stepFromView', () => {
  it('takes the camera (rounded), the filters and the dates of the view', () => {
    const step = stepFromView(
      {
        heading: 'The crossing at Qaim',
        text: 'Fighters crossed here.',
        places: ['qaim'],
        claims: ['crossing'],
        keyQuote: { claim: 'crossing', quote: 0 },
        camera: { center: [41.123456, 34.987654], zoom: 8.456, bearing: 12.6 },
        filters: { ...DEFAULT_FILTERS, dateRange: ['2019-01-01', '2019-12-31'] },
      },
      [{ id: 'the-crossing-at-qaim' } as never],
    );
    expect(step).toEqual({
      id: 'the-crossing-at-qaim-2',
      heading: 'The crossing at Qaim',
      text: 'Fighters crossed here.',
      places: ['qaim'],
      claims: ['crossing'],
      key_quote: { claim: 'crossing', quote: 0 },
      camera: { center: [41.1235, 34.9877], zoom: 8.46, bearing: 13 },
      date_range: ['2019-01-01', '2019-12-31'],
    });
  });
});

describe('moveStep and newBriefing', () => {
  it('reorders within bounds only', () => {
    expect(moveStep(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveStep(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });
  it('names a briefing from its title', () => {
    expect(newBriefing(' Return of the fighters ', new Set())).toEqual({
      id: 'return-of-the-fighters',
      title: 'Return of the fighters',
    });
  });
});
