/**
 * The layout a new user meets: a selection lands in the part of the map the citation panel leaves
 * visible, the map's controls stay clear of each other and of the panel, the header keeps to one
 * row, the legend folds to a compact key, and the map says what it is waiting for while it loads.
 */
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { Point } from 'geojson';
import { test, expect, openMap } from './fixtures';
import { readPublished } from './published';
import { expectHeaderInOneRow } from './header';

const SHOTS = new URL('../artifacts/screenshots/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

const incidents = readPublished(new URL('../../public/', import.meta.url));
const baghouz = incidents.features.find((f) => f.properties.id === 'baghouz')!;
/** Baghouz is a point place: drawn where its geometry is. */
const BAGHOUZ = (baghouz.geometry as Point).coordinates as [number, number];

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const panel = (page: Page): Locator => page.locator('aside.citation-panel');
/** The panel's box, or null when it is closed (boundingBox would wait for it). */
const panelBox = async (page: Page): Promise<Box | null> =>
  (await panel(page).count()) > 0 ? panel(page).boundingBox() : null;
const canvasWidth = (page: Page) =>
  page.evaluate(() => window.citemap!.map.getCanvas().getBoundingClientRect().width);

/** Waits until the camera has stopped and stayed still (a flight, then the URL write). */
async function cameraAtRest(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            new Promise<boolean>((resolve) => {
              const map = window.citemap!.map;
              const before = map.getCenter().toArray().join();
              setTimeout(
                () => resolve(!map.isMoving() && map.getCenter().toArray().join() === before),
                400,
              );
            }),
        ),
      { timeout: 30_000 },
    )
    .toBe(true);
}

/** Where Baghouz is drawn on the page, in CSS pixels. */
function baghouzOnPage(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const map = window.citemap!.map;
    const p = map.project(ll);
    const r = map.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, BAGHOUZ);
}

/** The part of the map no panel covers, in page coordinates. */
async function visibleMap(page: Page): Promise<Box> {
  const map = (await page.getByTestId('map').boundingBox())!;
  const cover = await panelBox(page);
  if (!cover) return map;
  const right = Math.min(map.x + map.width, cover.x);
  return { ...map, width: right - map.x };
}

async function expectCentredInVisibleMap(page: Page): Promise<void> {
  const visible = await visibleMap(page);
  const at = await baghouzOnPage(page);
  expect(at.x, 'Baghouz is left of the panel').toBeLessThan(visible.x + visible.width);
  expect(at.x).toBeGreaterThan(visible.x);
  expect(at.y).toBeGreaterThan(visible.y);
  expect(at.y).toBeLessThan(visible.y + visible.height);
  const centre = visible.x + visible.width / 2;
  expect(Math.abs(at.x - centre), `${at.x} is near ${centre}`).toBeLessThan(visible.width * 0.1);
}

test('a place chosen from the list lands in the middle of the map the panel leaves visible', async ({
  page,
}) => {
  await openMap(page);
  const before = await canvasWidth(page);
  await page
    .getByRole('region', { name: 'Places' })
    .getByRole('button', { name: /^Al-Baghuz/ })
    .click();
  await expect(panel(page)).toBeVisible();
  await cameraAtRest(page);
  expect(await canvasWidth(page), 'the map keeps its width when the panel opens').toBe(before);
  await expectCentredInVisibleMap(page);
  await page.screenshot({ path: `${SHOTS}layout-baghouz-from-list.png` });

  // The link says the same: reopened, it shows Baghouz at the same spot.
  await expect(page).toHaveURL(/[#&]c=/);
  const at = await baghouzOnPage(page);
  await page.reload();
  await expect(page.getByTestId('map')).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  await cameraAtRest(page);
  const again = await baghouzOnPage(page);
  expect(Math.abs(again.x - at.x)).toBeLessThan(3);
  expect(Math.abs(again.y - at.y)).toBeLessThan(3);

  // Closing the panel gives the map its whole width back, with Baghouz still where it was put.
  await panel(page).getByRole('button', { name: 'Close the citation panel' }).click();
  await expect(panel(page)).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => window.citemap!.map.getPadding().right)).toBe(0);
});

test('a place chosen from the search lands in the middle of the map the panel leaves visible', async ({
  page,
}) => {
  await openMap(page);
  const before = await canvasWidth(page);
  const box = page.getByRole('combobox', { name: 'Search places and quotes' });
  await box.fill('Baghuz');
  const listbox = page.getByRole('listbox', { name: 'Search results' });
  await listbox
    .getByRole('option', { name: /Al-Baghuz/ })
    .first()
    .click();
  await expect(panel(page)).toContainText('Al-Baghuz Fawqani');
  await cameraAtRest(page);
  expect(await canvasWidth(page)).toBe(before);
  await expectCentredInVisibleMap(page);
});

function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function expectControlsClear(page: Page, label: string): Promise<void> {
  const attribution = (await page.locator('.maplibregl-ctrl-attrib').boundingBox())!;
  const scales = await page.locator('.maplibregl-ctrl-scale').all();
  expect(scales).toHaveLength(2);
  const cover = await panelBox(page);
  const map = (await page.getByTestId('map').boundingBox())!;
  for (const [i, scale] of scales.entries()) {
    const bar = (await scale.boundingBox())!;
    expect(intersects(attribution, bar), `${label}: the credits cover scale bar ${i + 1}`).toBe(
      false,
    );
    if (cover) expect(intersects(cover, bar), `${label}: the panel covers a scale bar`).toBe(false);
    expect(intersects(map, bar), `${label}: scale bar ${i + 1} is on the map`).toBe(true);
  }
  if (cover)
    expect(intersects(cover, attribution), `${label}: the panel covers the credits`).toBe(false);
  expect(intersects(map, attribution), `${label}: the credits are on the map`).toBe(true);
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
]) {
  test(`at ${size.width}×${size.height} with the panel open, the credits, the scale bars and the panel keep apart`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openMap(page, '#p=baghouz');
    await expect(panel(page)).toBeVisible();
    await expectControlsClear(page, `${size.width}×${size.height}`);
  });
}

test('on a phone, the credits and the scale bars keep apart, with and without the sheet', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openMap(page);
  // Nothing widens the page past the screen: the map, and the sheet's inset, are as wide as it.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
  await expectControlsClear(page, 'phone');
  await page.screenshot({ path: `${SHOTS}layout-phone.png` });

  await page
    .getByRole('region', { name: 'Places' })
    .getByRole('button', { name: /^Al-Baghuz/ })
    .click();
  await expect(panel(page)).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await cameraAtRest(page);
  await expectControlsClear(page, 'phone, sheet open');
  // The sheet pads the camera from below: Baghouz is in the part of the map above it.
  const sheet = (await panel(page).boundingBox())!;
  const map = (await page.getByTestId('map').boundingBox())!;
  const at = await baghouzOnPage(page);
  expect(at.y).toBeGreaterThan(map.y);
  expect(at.y).toBeLessThan(Math.min(sheet.y, map.y + map.height));
  await page.screenshot({ path: `${SHOTS}layout-phone-sheet.png` });
});

test('at 1280 the header is one row: the label languages sit beside the title', async ({
  page,
}) => {
  await openMap(page);
  const checked = await expectHeaderInOneRow(page);
  expect(checked).toEqual(
    expect.arrayContaining(['English', 'العربية', 'Both', 'Search places and quotes', 'Download']),
  );
  await page.screenshot({ path: `${SHOTS}layout-overview.png` });
});

test('the legend folds to a compact key, and stays folded after a reload', async ({ page }) => {
  await openMap(page);
  const legend = page.getByRole('region', { name: 'Legend' });
  const toggle = legend.getByRole('button', { name: 'Legend' });
  const area = async () => {
    const b = (await legend.boundingBox())!;
    return b.width * b.height;
  };
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const full = await area();

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const compact = await area();
  expect(compact, 'the compact key takes much less of the map').toBeLessThan(full / 2);
  // Still a key: every kind of claim, its letter and its name.
  const key = legend.getByRole('list', { name: 'Main kind of claim' });
  await expect(key.getByRole('listitem')).toHaveCount(9);
  await expect(key.getByRole('listitem').filter({ hasText: 'Attack' })).toContainText('X');
  await legend.screenshot({ path: `${SHOTS}layout-legend-compact.png` });

  await page.reload();
  await expect(page.getByTestId('map')).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');

  await toggle.click();
  await page.reload();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
});

/** Holds back the requests matching `pattern` until the returned function is called. */
async function holdBack(page: Page, pattern: string): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('the page says what it is loading until the marks are drawn', async ({ page }) => {
  // Hold the data, then the basemap back, so each wait can be read.
  const releaseData = await holdBack(page, '**/data/places.geojson');
  const releaseBasemap = await holdBack(page, '**/basemap/**');
  await page.goto('./');
  await expect(
    page.getByRole('status').filter({ hasText: 'Loading the places and their sources' }),
  ).toBeVisible();
  releaseData();
  const map = page.getByTestId('map');
  const status = page.getByRole('status').filter({ hasText: /Loading the map|Drawing \d+ places/ });
  await expect(status).toBeVisible();
  await expect(map).toHaveAttribute('aria-busy', 'true');
  await page.screenshot({ path: `${SHOTS}layout-loading.png` });

  releaseBasemap();
  await expect(map).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  await expect(status).toHaveCount(0);
});

test('a first-run hint says how to read the map, and goes for good after a selection', async ({
  page,
}) => {
  await openMap(page);
  const hint = page.getByText('Select a mark to read the sources behind it');
  await expect(hint).toBeVisible();

  await page
    .getByRole('region', { name: 'Places' })
    .getByRole('button', { name: /^Al-Qaim/ })
    .click();
  await expect(panel(page)).toBeVisible();
  await expect(hint).toHaveCount(0);
  await panel(page).getByRole('button', { name: 'Close the citation panel' }).click();
  await expect(panel(page)).toHaveCount(0);
  await expect(hint).toHaveCount(0);

  await page.goto('./');
  await expect(page.getByTestId('map')).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  await expect(hint).toHaveCount(0);
});

test('the first-run hint can be closed, and stays closed', async ({ page }) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Dismiss the hint' }).click();
  await expect(page.getByText('Select a mark to read the sources behind it')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('map')).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  await expect(page.getByText('Select a mark to read the sources behind it')).toHaveCount(0);
});

test('a link to a place opens at the overview fitted beside its panel', async ({ page }) => {
  await openMap(page, '#p=qaim');
  await expect(panel(page)).toBeVisible();
  const visible = await visibleMap(page);
  // The overview's west and east ends (the Syrian desert, Basra) are drawn left of the panel.
  const xs = await page.evaluate(() => {
    const map = window.citemap!.map;
    const left = map.getCanvas().getBoundingClientRect().left;
    return [
      [39.2, 34.5],
      [47.78, 30.5],
    ].map((ll) => left + map.project(ll as [number, number]).x);
  });
  for (const x of xs) {
    expect(x).toBeGreaterThan(visible.x);
    expect(x).toBeLessThan(visible.x + visible.width);
  }
});
