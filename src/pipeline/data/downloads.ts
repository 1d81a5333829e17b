/**
 * The downloads for everything (src/lib/data/downloads/), as build outputs in data/downloads/:
 * published with the rest of data/ in one atomic swap (write.ts).
 */
import type { Feature, Geometry } from 'geojson';
import { DOWNLOADS_DIR, downloadFiles } from '../../lib/data/downloads/files.ts';
import type { PublishedPlace } from '../../lib/data/published.ts';
import type { PublishedSource, VerifiedClaim } from '../../lib/data/types.ts';

/** What the build already holds when it writes its outputs. */
export interface DownloadInputs {
  features: readonly Feature<Geometry, PublishedPlace>[];
  /** verified claims, in id order */
  claims: readonly VerifiedClaim[];
  sources: readonly PublishedSource[];
  /** source id → its text */
  texts: ReadonlyMap<string, { text: string }>;
}

/** `data/downloads/<file>` → contents. The annotations address the texts shipped in sources/. */
export function downloadOutputs(input: DownloadInputs): Map<string, string> {
  const files = downloadFiles(
    {
      places: new Map(input.features.map((f) => [f.properties.id, f])),
      claims: input.claims,
      sources: new Map(input.sources.map((s) => [s.id, s])),
      texts: new Map([...input.texts].map(([id, t]) => [id, t.text])),
    },
    { textBase: '../../', scope: 'every claim' },
  );
  return new Map([...files].map(([name, text]) => [`data/${DOWNLOADS_DIR}/${name}`, text]));
}
