import { describe, expect, it } from 'vitest';
import { downloadFiles } from '../data/downloads/files';
import { makeClaim, makeDataset, makeFeature, makeSource } from '../data/factories';
import type { PublishedSource } from '../data/types';
import { applyFilters, buildFilterIndex, DEFAULT_FILTERS, type Filters } from '../data/visibility';
import { filteredSet } from './filtered';

const TEXT = 'Intro. A blast in Kirkuk. A raid in Mosul. End.';
const q = (source: string, text: string) => ({
  source,
  text,
  start: TEXT.indexOf(text),
  end: TEXT.indexOf(text) + text.length,
});
const pub = (s: ReturnType<typeof makeSource>): PublishedSource => ({
  ...s,
  path: `sources/${s.file}`,
  length: TEXT.length,
  origins: [s.id],
});

function setup() {
  const blast = makeClaim({
    id: 'blast',
    places: ['kirkuk'],
    quotes: [q('a', 'A blast in Kirkuk.'), q('b', 'A blast in Kirkuk.')],
  });
  const raid = makeClaim({
    id: 'raid',
    places: ['mosul'],
    category: 'military-operation',
    quotes: [q('a', 'A raid in Mosul.')],
  });
  const data = makeDataset(
    [
      makeFeature({ claims: [blast] }),
      makeFeature({ id: 'mosul', name_en: 'Mosul', claims: [raid], anchor: [43.1, 36.3] }),
    ],
    [pub(makeSource({ id: 'a', file: 'a.txt' })), pub(makeSource({ id: 'b', file: 'b.txt' }))],
  );
  const index = buildFilterIndex(data.places, data.sources);
  const loaded: string[] = [];
  const load = (filters: Filters) =>
    filteredSet(data, filters, applyFilters(index, filters), (s) => {
      loaded.push(s.id);
      return Promise.resolve(TEXT);
    });
  return { load, loaded };
}

const csvRows = (csv: string) => csv.slice(1).trim().split('\r\n').slice(1);

describe('filteredSet', () => {
  it('keeps only the claims the filters show', async () => {
    const { load } = setup();
    const set = await load({ ...DEFAULT_FILTERS, categories: ['military-operation'] });
    const csv = downloadFiles(set, { textBase: '', scope: 't' }).get('claims.csv')!;
    expect(csvRows(csv).map((r) => r.split(',').slice(0, 2))).toEqual([['raid', 'mosul']]);
  });

  it('keeps only the quotes from the selected sources, and fetches only their texts', async () => {
    const { load, loaded } = setup();
    const set = await load({ ...DEFAULT_FILTERS, sources: ['b'] });
    const files = downloadFiles(set, { textBase: '', scope: 't' });
    const rows = csvRows(files.get('claims.csv')!);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^blast,kirkuk,.*,2,2,A blast in Kirkuk\.,/);
    expect(loaded).toEqual(['b']);
    expect(JSON.parse(files.get('sources.csl.json')!)).toHaveLength(1);
  });

  it('is everything with no filter', async () => {
    const { load } = setup();
    const set = await load({ ...DEFAULT_FILTERS });
    expect(
      csvRows(downloadFiles(set, { textBase: '', scope: 't' }).get('claims.csv')!),
    ).toHaveLength(3);
  });
});
