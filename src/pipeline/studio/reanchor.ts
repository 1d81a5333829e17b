/**
 * POST /reanchor: where a source's quotes are in a replacement text (a cleaner re-archive), so
 * the curator can confirm each one — nothing is written or silently altered. As Hypothesis
 * anchors a TextQuoteSelector: the exact passage first; else an approximate match
 * (approx-string-match, edit distance up to half the quote) ranked by how well the quote, the
 * text before it (prefix) and after it (suffix) match, with the old position as a tie-breaker.
 */
import approxSearch from 'approx-string-match';
import type { ReanchorResponse, ReanchoredQuote } from '../../lib/data/studio-api.ts';
import { findOccurrences, verifyQuote } from '../data/quotes.ts';
import { bad, isRecord } from './http.ts';
import { checkId } from './paths.ts';
import { readBytes, sourceRecords, type Project } from './project.ts';
import { MAX_TEXT_CHARS, checkText } from './text-checks.ts';

/** How much context the studio records on each side of a quote. */
const CONTEXT_CHARS = 32;

interface Anchor {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

function anchorAt(text: string, start: number, end: number): Anchor {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
    start,
    end,
  };
}

/** 1 for identical, falling to 0 as the edit distance reaches the length of `expected`. */
function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  const best = approxSearch(actual, expected, expected.length)[0];
  return best ? 1 - best.errors / expected.length : 0;
}

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };

/** The best place for the quote in `text`, or undefined when nothing near enough is there. */
function matchQuote(
  text: string,
  quote: Pick<Anchor, 'exact' | 'prefix' | 'suffix'>,
  hint: number,
): { start: number; end: number; errors: number } | undefined {
  const { exact } = quote;
  if (exact === '') return undefined;
  const exactHits = findOccurrences(text, exact).map((start) => ({
    start,
    end: start + exact.length,
    errors: 0,
  }));
  const hits =
    exactHits.length > 0
      ? exactHits
      : approxSearch(text, exact, Math.min(256, Math.floor(exact.length / 2)));
  if (hits.length === 0) return undefined;
  const score = (m: { start: number; end: number; errors: number }) =>
    WEIGHTS.quote * (1 - m.errors / exact.length) +
    WEIGHTS.prefix *
      similarity(text.slice(Math.max(0, m.start - quote.prefix.length), m.start), quote.prefix) +
    WEIGHTS.suffix * similarity(text.slice(m.end, m.end + quote.suffix.length), quote.suffix) +
    WEIGHTS.position * (1 - Math.abs(m.start - hint) / Math.max(1, text.length));
  let best = hits[0]!;
  let bestScore = score(best);
  for (const m of hits.slice(1)) {
    const s = score(m);
    if (s > bestScore) [best, bestScore] = [m, s];
  }
  return best;
}

interface QuoteLike {
  source?: unknown;
  text?: unknown;
  occurrence?: unknown;
  prefix?: unknown;
  suffix?: unknown;
}

/** Every quote of `sourceId` in the claims, re-anchored from the old text into the new. */
export function reanchorQuotes(
  claims: unknown[],
  sourceId: string,
  oldText: string,
  newText: string,
): ReanchoredQuote[] {
  const out: ReanchoredQuote[] = [];
  for (const claim of claims) {
    if (!isRecord(claim) || typeof claim.id !== 'string' || !Array.isArray(claim.quotes)) continue;
    (claim.quotes as QuoteLike[]).forEach((q, index) => {
      if (!isRecord(q) || q.source !== sourceId || typeof q.text !== 'string') return;
      const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
      const found = verifyQuote(oldText, {
        text: q.text,
        ...(typeof q.occurrence === 'number' ? { occurrence: q.occurrence } : {}),
        ...(str(q.prefix) !== undefined ? { prefix: str(q.prefix) } : {}),
        ...(str(q.suffix) !== undefined ? { suffix: str(q.suffix) } : {}),
      });
      const before: Anchor = found.ok
        ? anchorAt(oldText, found.start, found.end)
        : {
            exact: q.text,
            prefix: str(q.prefix) ?? '',
            suffix: str(q.suffix) ?? '',
            start: -1,
            end: -1,
          };
      const hit = matchQuote(newText, before, Math.max(0, before.start));
      if (!hit) {
        out.push({ claimId: claim.id as string, index, status: 'missing', before });
        return;
      }
      const after = anchorAt(newText, hit.start, hit.end);
      const status =
        hit.errors > 0 || after.exact !== before.exact
          ? 'changed'
          : after.start === before.start
            ? 'unchanged'
            : 'moved';
      out.push({ claimId: claim.id as string, index, status, before, after, errors: hit.errors });
    });
  }
  return out;
}

export function reanchor(project: Project, body: unknown): ReanchorResponse {
  if (!isRecord(body)) throw bad('Send { "sourceId": "…", "text": "…" }.');
  const sourceId = checkId(body.sourceId, 'sourceId');
  const text = checkText(body.text, 'The new text', MAX_TEXT_CHARS);
  const sourcesBytes = readBytes(project, 'seeds/sources.json');
  const sources = sourceRecords(
    sourcesBytes ? (JSON.parse(sourcesBytes.toString('utf8')) as unknown) : null,
  );
  const source = sources.find((s) => s.id === sourceId);
  if (!source || typeof source.file !== 'string') {
    throw bad(`seeds/sources.json lists no source "${sourceId}".`);
  }
  const old = readBytes(project, `seeds/${source.file}`);
  if (!old) throw bad(`seeds/${source.file} (the text of "${sourceId}") does not exist.`);
  const claimsBytes = readBytes(project, 'data/claims.json');
  const claims = (
    claimsBytes ? (JSON.parse(claimsBytes.toString('utf8')) as { claims?: unknown }) : {}
  ).claims;
  return {
    ok: true,
    quotes: reanchorQuotes(
      Array.isArray(claims) ? claims : [],
      sourceId,
      old.toString('utf8'),
      text,
    ),
  };
}
