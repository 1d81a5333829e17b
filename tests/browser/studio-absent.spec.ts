/**
 * The production build carries nothing of the curation studio: no endpoint path, no token
 * meta or header name in any file of dist/, no token in the page, and nothing answers there.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, openMap } from './fixtures';
import { STUDIO_BASE, STUDIO_TOKEN_HEADER, STUDIO_TOKEN_META } from '../../src/lib/data/studio-api';

const DIST = fileURLToPath(
  new URL(`../../${process.env.CITEMAP_DIST ?? 'dist'}/`, import.meta.url),
);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

test('no file of the build names the studio endpoint, its token or its header', () => {
  const code = files(DIST).filter((f) => /\.(html|js|mjs|css|json)$/.test(f));
  expect(code.length).toBeGreaterThan(3);
  const hits = code.filter((f) => {
    const text = readFileSync(f, 'utf8');
    return [STUDIO_BASE, STUDIO_TOKEN_META, STUDIO_TOKEN_HEADER].some((s) => text.includes(s));
  });
  expect(hits).toEqual([]);
});

test('the built page has no studio token and no endpoint answers', async ({ page }) => {
  await openMap(page);
  await expect(page.locator(`meta[name="${STUDIO_TOKEN_META}"]`)).toHaveCount(0);
  const r = await page.request.get(`.${STUDIO_BASE}/project`);
  expect(r.headers()['content-type'] ?? '').not.toMatch(/json/);
  const save = await page.request.post(`.${STUDIO_BASE}/save`, { data: { changes: [] } });
  expect(save.headers()['content-type'] ?? '').not.toMatch(/json/);
});
