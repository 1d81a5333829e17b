import { mkdirSync, readFileSync } from 'node:fs';
import type { Response } from '@playwright/test';
import { readPublished } from './published';
import { test, expect, openMap, pixelVariety } from './fixtures';
import { expectHeaderInOneRow, expectHeaderTargets } from './header';
import type { PublishedSource } from '../../src/lib/data/types';
import { ar } from '../../src/lib/i18n/ar';
import { en } from '../../src/lib/i18n/en';

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

test('npm run dev: the Curate switch keeps the header to one row, in English and Arabic, and fits a phone', async ({
  page,
}) => {
  await openMap(page);
  const banner = page.getByRole('banner');
  for (const [lang, t] of [
    ['en', en],
    ['ar', ar],
  ] as const) {
    // The interface switch names the other language in itself.
    if (lang === 'ar') await banner.getByRole('button', { name: 'العربية', exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    for (const size of [
      { width: 1280, height: 800 },
      { width: 1366, height: 768 },
    ]) {
      await page.setViewportSize(size);
      await expect(banner.getByRole('button', { name: 'Curate' })).toBeVisible();
      const checked = await expectHeaderInOneRow(page);
      expect(checked, `${lang} at ${size.width}`).toEqual(
        expect.arrayContaining(['Curate', t.search.label, t.downloads.button]),
      );
      await page.screenshot({ path: `${SHOTS}dev-header-${size.width}-${lang}.png` });
    }
    // A phone: the header may take several rows, but nothing is hidden and nothing widens the page.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    expect(await expectHeaderTargets(page)).toEqual(
      expect.arrayContaining(['Curate', t.search.label, t.downloads.button]),
    );
    await page.screenshot({ path: `${SHOTS}dev-header-390-${lang}.png` });
    await page.setViewportSize({ width: 1280, height: 800 });
  }
});

test('npm run dev: while the data loads, the studio shows its own Curate switch, steadily, then the header holds it', async ({
  page,
}) => {
  // With the data held back there is no header yet: the studio's own switch stands in for it
  // (once it counted itself among the header's, so showing it hid it, in an endless loop).
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/places.geojson', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  const curate = page.getByRole('button', { name: 'Curate' });
  await expect(curate).toHaveCount(1);
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(curate).toBeVisible();
  // It opens the studio (which then offers its own close button, under no header).
  await curate.click();
  const studio = page.getByRole('complementary', { name: 'Curation studio' });
  await expect(studio).toBeVisible();
  await studio.getByRole('button', { name: 'Close the studio' }).click();
  await expect(studio).toHaveCount(0);
  await expect(curate).toHaveAttribute('aria-pressed', 'false');

  release();
  await expect(page.getByTestId('map')).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  await expect(curate).toHaveCount(1);
  await expect(page.getByRole('banner').getByRole('button', { name: 'Curate' })).toBeVisible();
});
