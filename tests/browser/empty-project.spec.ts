/**
 * A new project (`npm run new`) publishes an empty dataset; the app opens on it without an error.
 * The published files are the real build's output for an empty project, served in place of
 * the built ones.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, openMap } from './fixtures';
import { buildDataset } from '../../src/pipeline/data/build';
import { newProject } from '../../src/pipeline/project/new';

let outputs: Map<string, string | Uint8Array>;
let work: string;

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'citemap-empty-'));
  await newProject(join(work, 'my-map'));
  const result = await buildDataset({ rootDir: join(work, 'my-map') });
  expect(result.errors).toEqual([]);
  outputs = result.outputs;
});

test.afterAll(() => rmSync(work, { recursive: true, force: true }));

test('an empty project opens on an empty map, with no error', async ({ page }) => {
  const served: string[] = [];
  await page.route(/\/data\//, async (route) => {
    const path = new URL(route.request().url()).pathname;
    const rel = path.slice(path.lastIndexOf('/data/') + 1);
    const body = outputs.get(rel);
    if (body === undefined) return route.fulfill({ status: 404, body: 'not published' });
    served.push(rel);
    return route.fulfill({
      body: typeof body === 'string' ? body : Buffer.from(body),
      contentType: rel.endsWith('.csv') ? 'text/csv' : 'application/json',
    });
  });
  await openMap(page);
  expect(served).toContain('data/places.geojson');
  await page.screenshot({ path: 'tests/artifacts/screenshots/empty-project.png' });
  await expect(page.getByTestId('map')).toBeVisible();
});
