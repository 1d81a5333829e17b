/** Re-anchoring: the claims a corrected source text leaves, once the curator has confirmed. */
import type { ReanchoredQuote } from '../data/studio-api';
import type { Claim } from '../data/types';
import { quoteAt } from './passage';

/** What the curator decided for a quote that moved, changed or went missing. */
export type Decision = 'accept' | 'remove';

/** Whether a quote needs the curator's word before the new text can be saved. */
export function needsDecision(q: ReanchoredQuote): boolean {
  return q.status === 'changed' || q.status === 'missing';
}

const key = (q: Pick<ReanchoredQuote, 'claimId' | 'index'>) => `${q.claimId}#${q.index}`;
export { key as quoteKey };

/**
 * The claims with each re-anchored quote of the source rewritten to its new wording and
 * occurrence (accepted) or dropped (removed); `null` while a change or a loss is undecided, or
 * when removing would leave a claim with no quote (the curator deletes that claim instead).
 */
export function reanchoredClaims(
  claims: readonly Claim[],
  newText: string,
  quotes: readonly ReanchoredQuote[],
  decisions: ReadonlyMap<string, Decision>,
): { claims: Claim[] } | { undecided: string[] } | { emptied: string[] } {
  const undecided = quotes.filter((q) => needsDecision(q) && !decisions.has(key(q)));
  const missingAccepted = quotes.filter(
    (q) => q.status === 'missing' && decisions.get(key(q)) === 'accept',
  );
  if (undecided.length || missingAccepted.length)
    return { undecided: [...undecided, ...missingAccepted].map(key) };
  const byClaim = new Map<string, ReanchoredQuote[]>();
  for (const q of quotes) byClaim.set(q.claimId, [...(byClaim.get(q.claimId) ?? []), q]);
  const emptied: string[] = [];
  const next = claims.map((c): Claim => {
    const moved = byClaim.get(c.id);
    if (!moved) return c;
    const quotesOut = c.quotes.flatMap((quote, index) => {
      const r = moved.find((m) => m.index === index);
      if (!r) return [quote];
      if (decisions.get(key(r)) === 'remove' || !r.after) return [];
      const { occurrence, count } = quoteAt(newText, r.after);
      const next = {
        ...quote,
        text: r.after.exact,
        prefix: r.after.prefix,
        suffix: r.after.suffix,
      };
      if (count > 1) next.occurrence = occurrence;
      else delete next.occurrence;
      return [next];
    });
    if (quotesOut.length === 0) emptied.push(c.id);
    return { ...c, quotes: quotesOut };
  });
  return emptied.length ? { emptied } : { claims: next };
}
