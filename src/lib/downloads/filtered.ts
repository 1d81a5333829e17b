/**
 * The current filters' selection as a DownloadSet: the claims the map and the list show, at the
 * places they show them, with the quotes the source and independence filters count. The full
 * claims and the article texts are fetched first (they are loaded lazily by the app).
 */
import type { Dataset } from '../data/dataset';
import type { DownloadSet } from '../data/downloads/rows';
import type { PublishedSource } from '../data/types';
import { matchingQuoteIndices, type FilterResult, type Filters } from '../data/visibility';

export type LoadText = (source: PublishedSource) => Promise<string>;

export async function filteredSet(
  data: Dataset,
  filters: Filters,
  result: Pick<FilterResult, 'placeIds' | 'claimIds'>,
  loadText: LoadText,
): Promise<DownloadSet> {
  const ids = [...result.claimIds].sort();
  await data.claims.load(ids);
  const claims = ids.map((id) => {
    const claim = data.claims.get(id);
    if (!claim) throw new Error(`claim "${id}" did not load`);
    return claim;
  });
  const quotes = new Map(
    claims.map((c) => [c.id, new Set(matchingQuoteIndices(c, filters, data.sourcesById))]),
  );
  const quoted = new Set(
    claims.flatMap((c) => c.quotes.filter((_, i) => quotes.get(c.id)!.has(i)).map((q) => q.source)),
  );
  const texts = new Map<string, string>();
  await Promise.all(
    [...quoted].map(async (id) => {
      const source = data.sourcesById.get(id);
      if (source) texts.set(id, await loadText(source));
    }),
  );
  return {
    places: data.placesById,
    claims,
    sources: data.sourcesById,
    texts,
    keep: {
      place: (claim, placeId) => result.placeIds.has(placeId) && result.claimIds.has(claim.id),
      quote: (claim, index) => quotes.get(claim.id)?.has(index) ?? false,
    },
  };
}
