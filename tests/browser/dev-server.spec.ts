import { mkdirSync, readFileSync } from 'node:fs';
import type { Response } from '@playwright/test';
import { readPublished } from './published';
import { test, expect, openMap, pixelVariety } from './fixtures';
import type { PublishedSource } from '../../src/lib/data/types';

/*
 * Runs under playwright.dev.config.ts against `vite --force`: the README's `npm run dev` on a fresh
 * clone. The guard fails it on any console error (a CSP violation, a `504 (Outdated Optimize Dep)`),
 * page error or outside request, so the dev server must serve the app as cleanly as the build.
 */

const SHOTS = new URL('../artifacts/screenshots/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

const PUBLIC = new URL('../../public/', import.meta.url);
const incidents = readPublished(PUBLIC);
const sources = JSON.parse(
  readFileSync(new URL('data/sources.json', PUBLIC), 'utf8'),
) as PublishedSource[];

const qaim = incidents.features.find((f) => f.properties.id === 'qaim')!.properties;
const quote = qaim.claims[0]!.quotes[0]!;
const article = sources.find((s) => s.id === quote.source)!;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('npm run dev: the first load draws the map, and a place leads to its quote in the article', async ({
  page,
}) => {
  const rtlPlugin: Response[] = [];
  page.on('response', (r) => {
    if (r.url().includes('mapbox-gl-rtl-text')) rtlPlugin.push(r);
  });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openMap(page);

  // Styled and drawn: the app's stylesheet applies, and the canvas shows the basemap.
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain(
    'Noto Sans',
  );
  const shot = await page.getByTestId('map').screenshot({ path: `${SHOTS}dev-overview.png` });
  expect(await pixelVariety(page, shot), 'share of pixels unlike the background').toBeGreaterThan(
    0.05,
  );
  // The RTL text plugin came from our origin as a script, not as the app's HTML.
  await expect.poll(() => rtlPlugin.length, 'a request for the RTL text plugin').toBeGreaterThan(0);
  expect(rtlPlugin[0]!.status()).toBe(200);
  expect(rtlPlugin[0]!.headers()['content-type']).toMatch(/javascript/);
  // The dev server keeps the policy too; only inline style is allowed, for Vite's injected CSS.
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /script-src 'self';.*style-src 'self' 'unsafe-inline';/,
  );

  const sidebar = page.getByRole('complementary', { name: 'Filters and list of places' });
  await sidebar
    .getByRole('button', { name: new RegExp(escapeRegExp(qaim.name_en)) })
    .first()
    .click();
  await expect(page).toHaveURL(/[#&]p=qaim/);
  const panel = page.locator('aside.citation-panel');
  await expect(panel.getByRole('heading', { level: 2, name: qaim.name_en })).toBeVisible();

  const item = panel
    .getByRole('listitem')
    .filter({ has: page.locator('blockquote', { hasText: quote.text }) })
    .first();
  await item.getByRole('button', { name: 'Read in source' }).click();
  const reader = page.getByRole('dialog', { name: new RegExp(escapeRegExp(article.headline)) });
  await expect(reader).toBeVisible();
  const current = reader.getByTestId('article-body').locator('mark#reader-current');
  await expect(current).toHaveText(quote.text, { useInnerText: false });
  await expect(current).toBeInViewport();
  await page.screenshot({ path: `${SHOTS}dev-reader.png` });
});
