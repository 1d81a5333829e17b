import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tilePublished } from '../../src/pipeline/tiles/build';
import { builtDataset } from './dataset';
import { buildStreamed } from './large';

describe('the streamed 10^6 build', () => {
  it('publishes the same tiles and search index as the full pipeline followed by the tiler', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'citemap-large-'));
    const full = await builtDataset(join(dir, 'cache'), 400, 7);
    const fromPipeline = tilePublished(join(full.outDir, 'data'), { xyz: false });
    const streamed = buildStreamed(join(dir, 'streamed'), 400, 7);
    expect(streamed).toMatchObject({
      places: full.summary.places,
      claims: full.summary.claims,
      quotes: full.summary.quotes,
    });
    expect(streamed.tiles.manifest).toEqual(fromPipeline.manifest);
    const bytes = (root: string, file: string) => readFileSync(join(root, 'data', file));
    expect(
      bytes(join(dir, 'streamed'), 'tiles/places.pmtiles').equals(
        bytes(full.outDir, 'tiles/places.pmtiles'),
      ),
    ).toBe(true);
    expect(bytes(join(dir, 'streamed'), 'tiles/search/000.json').toString()).toBe(
      bytes(full.outDir, 'tiles/search/000.json').toString(),
    );
  }, 60_000);
});
