/** Reopening a draft: the records a refused save would have changed. */
import type { Draft } from '../data/studio-api';
import type { Claim, Place } from '../data/types';
import { FILES, recordsOf, type Files } from './project';

function draftList<T>(draft: Draft, file: string, key: string): T[] | null {
  const change = draft.request.changes.find((c) => c.file === file);
  const list = (change?.json as Record<string, unknown> | null | undefined)?.[key];
  return Array.isArray(list) ? (list as T[]) : null;
}

function changed<T extends { id: string }>(now: readonly T[], then: readonly T[] | null): T[] {
  if (!then) return [];
  const before = new Map(now.map((r) => [r.id, JSON.stringify(r)]));
  return then.filter((r) => before.get(r.id) !== JSON.stringify(r));
}

/** The claim a draft adds or changes, with the places it adds: what the claim form reopens. */
export function draftClaim(
  snapshot: Files,
  draft: Draft,
): { claim: Claim; newPlaces: Place[] } | null {
  const claims = changed(
    recordsOf(snapshot, 'claims'),
    draftList<Claim>(draft, FILES.claims, 'claims'),
  );
  const claim = claims[0];
  if (!claim) return null;
  const newPlaces = changed(
    recordsOf(snapshot, 'places'),
    draftList<Place>(draft, FILES.places, 'places'),
  );
  return { claim, newPlaces: newPlaces.filter((p) => claim.places.includes(p.id)) };
}
