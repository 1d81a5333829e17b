import { mkdirSync } from 'node:fs';
import { test, expect, openMap, pixelVariety } from './fixtures';
import type { Page } from '@playwright/test';

const SHOTS = new URL('../artifacts/screenshots/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

interface RenderedLabel {
  layer: string;
  en: string | undefined;
  ar: string | undefined;
}

/** The basemap labels MapLibre actually placed on screen. */
function renderedLabels(page: Page): Promise<RenderedLabel[]> {
  return page.evaluate(() => {
    const map = window.citemap!.map;
    const ids = map
      .getStyle()
      .layers.filter((l) => l.type === 'symbol')
      .map((l) => l.id);
    return map.queryRenderedFeatures({ layers: ids }).map((f) => ({
      layer: f.layer.id,
      en: f.properties.name_en as string | undefined,
      ar: f.properties.name_ar as string | undefined,
    }));
  });
}

function textFields(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = window.citemap!.map;
    return map
      .getStyle()
      .layers.filter((l) => l.type === 'symbol')
      .map((l) => JSON.stringify(map.getLayoutProperty(l.id, 'text-field')));
  });
}

test('the map loads offline and draws a real basemap with governorate and city labels', async ({
  page,
}) => {
  await openMap(page);
  const shot = await page.getByTestId('map').screenshot({ path: `${SHOTS}overview.png` });
  expect(await pixelVariety(page, shot), 'share of pixels unlike the background').toBeGreaterThan(
    0.05,
  );

  const labels = await renderedLabels(page);
  const english = labels.map((l) => l.en);
  // Governorates, cities and neighbours named in English by default.
  for (const name of [
    'Baghdad',
    'Al Anbar',
    'Nineveh',
    'Syria',
    'Iran',
    'Jordan',
    'Saudi Arabia',
  ]) {
    expect(
      english.some((n) => n?.includes(name)),
      `label "${name}" on the first view`,
    ).toBe(true);
  }
  expect(labels.filter((l) => l.ar).length).toBeGreaterThan(10);
  await page.screenshot({ path: `${SHOTS}app.png` });
});

test('switching the label language to Arabic and to both changes the labels', async ({ page }) => {
  await openMap(page);
  const english = await textFields(page);
  const before = await page.getByTestId('map').screenshot();

  await page.getByRole('radio', { name: 'العربية' }).check();
  await expect.poll(() => textFields(page)).not.toEqual(english);
  const arabic = await textFields(page);
  expect(arabic.join()).toContain('name_ar');
  await expect(page.getByTestId('map')).toHaveAttribute('aria-busy', 'false');
  await page.waitForFunction(() => window.citemap!.map.loaded());
  const after = await page.getByTestId('map').screenshot({ path: `${SHOTS}arabic.png` });
  expect(after.equals(before)).toBe(false);

  await page.getByRole('radio', { name: 'Both' }).check();
  await expect.poll(() => textFields(page)).not.toEqual(arabic);
  const both = (await textFields(page)).join();
  expect(both).toContain('name_ar');
  expect(both).toContain('name_en');
  await page.waitForFunction(() => window.citemap!.map.loaded());
  await page.getByTestId('map').screenshot({ path: `${SHOTS}both.png` });
});

test('zoom buttons, keyboard zoom, reset and the km/mile scale work', async ({ page }) => {
  await openMap(page);
  const zoom = () => page.evaluate(() => window.citemap!.map.getZoom());
  const start = await zoom();

  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(zoom).toBeGreaterThan(start + 0.5);

  await page.getByRole('button', { name: /Reset map/ }).click();
  await expect.poll(zoom).toBeCloseTo(start, 1);

  await page.locator('.maplibregl-canvas').focus();
  await page.keyboard.press('Equal');
  await expect.poll(zoom).toBeGreaterThan(start + 0.5);
  const center = await page.evaluate(() => window.citemap!.map.getCenter().lng);
  await page.keyboard.press('ArrowRight');
  await expect
    .poll(() => page.evaluate(() => window.citemap!.map.getCenter().lng))
    .toBeGreaterThan(center);

  const scales = await page.locator('.maplibregl-ctrl-scale').allTextContents();
  expect(scales.some((s) => /km|\bm\b/.test(s))).toBe(true);
  expect(scales.some((s) => /mi|ft/.test(s))).toBe(true);
  await expect(page.getByRole('button', { name: /fullscreen/i })).toBeVisible();
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Natural Earth');
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('GeoNames');
});

test('without WebGL the page says so plainly and still shows its text', async ({ page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      kind: string,
      ...rest: unknown[]
    ) {
      if (kind.startsWith('webgl') || kind === 'experimental-webgl') return null;
      return (original as (...a: unknown[]) => RenderingContext | null).call(this, kind, ...rest);
    } as typeof original;
  });
  await page.goto('./');
  await expect(
    page.getByRole('heading', { name: 'This browser cannot draw the map' }),
  ).toBeVisible();
  await expect(page.getByTestId('map')).toHaveCount(0);
  // The list is the app: every place is there, and selecting one opens its citations.
  const sidebar = page.getByRole('complementary', { name: 'Filters and list of places' });
  await sidebar.getByRole('button', { name: /Qaim/ }).first().click();
  await expect(page.getByRole('complementary', { name: /Qaim/ }).first()).toBeVisible();
  await expect(page).toHaveURL(/p=qaim/);
});
