/**
 * For tests: the build's normalized outputs read back as places with their full claims and
 * aliases, which is how a test asks about them ("Kirkuk's quotes").
 */
import type {
  PublishedClaimIndex,
  PublishedPlace,
  PublishedSearchIndex,
  PublishedShard,
} from '../../lib/data/published.ts';
import type { VerifiedClaim } from '../../lib/data/types.ts';
import { OUTPUT_FILES } from './build.ts';

export type AssembledPlace = PublishedPlace & { aliases: string[]; claims: VerifiedClaim[] };

export function assemble(outputs: ReadonlyMap<string, string | Uint8Array>): {
  places: AssembledPlace[];
  claimsById: Map<string, VerifiedClaim>;
} {
  const text = (path: string) => {
    const out = outputs.get(path);
    if (typeof out !== 'string') throw new Error(`${path} was not built`);
    return out;
  };
  const fc = JSON.parse(text(OUTPUT_FILES.places)) as {
    features: { properties: PublishedPlace }[];
  };
  const index = JSON.parse(text(OUTPUT_FILES.claimIndex)) as PublishedClaimIndex;
  const search = JSON.parse(text(OUTPUT_FILES.searchIndex)) as PublishedSearchIndex;
  const claimsById = new Map<string, VerifiedClaim>();
  for (const [path, out] of outputs) {
    if (!path.startsWith('data/claims/') || typeof out !== 'string') continue;
    for (const c of (JSON.parse(out) as PublishedShard).claims) claimsById.set(c.id, c);
  }
  const places = fc.features.map((f) => ({
    ...f.properties,
    aliases: search.aliases[f.properties.id] ?? [],
    claims: index.claims
      .filter((c) => c.places.includes(f.properties.id))
      .map((c) => claimsById.get(c.id)!),
  }));
  return { places, claimsById };
}
