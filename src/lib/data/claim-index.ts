/**
 * A verified claim's facts, as claim-index.json publishes them: what filters, counts, the
 * timeline, the list and links need, without the quotes' text. The build writes them with this
 * function; tests build them from full claims with it too.
 */
import type { IndexedClaim } from './published';
import type { VerifiedClaim } from './types';

export function indexClaim(c: VerifiedClaim): IndexedClaim {
  return {
    id: c.id,
    places: [...c.places],
    category: c.category,
    summary: c.summary,
    occurred: c.occurred
      ? { start: c.occurred.start, end: c.occurred.end, precision: c.occurred.precision }
      : null,
    reported: { first: c.reported.first, last: c.reported.last },
    quote_sources: c.quotes.map((q) => q.source),
    origins: [...c.corroboration.origins],
    conflicts_with: [...(c.conflicts_with ?? [])],
  };
}
