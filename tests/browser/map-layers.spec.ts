import { mkdirSync } from 'node:fs';
import { test, expect, openMap } from './fixtures';
import type { Page } from '@playwright/test';

const SHOTS = new URL('../artifacts/screenshots/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

const LAYERS = [
  'incidents-area-fill',
  'incidents-line',
  'incidents-point',
  'incidents-point-halo',
] as const;

/**
 * The place ids MapLibre actually drew in the incident layers (on screen now). A place the filters
 * leave out is still in the tiles, drawn at opacity 0 through feature-state `hidden`: not drawn.
 */
function renderedPlaces(page: Page): Promise<string[]> {
  return page.evaluate((layers) => {
    const map = window.citemap!.map;
    const ids = map
      .queryRenderedFeatures({ layers: [...layers].filter((id) => map.getLayer(id)) })
      .filter((f) => f.state?.hidden !== true)
      .map((f) => String(f.properties.id));
    return [...new Set(ids)].sort();
  }, LAYERS);
}

/**
 * The colour the canvas shows at a place, read in the frame MapLibre has just drawn; with
 * `without: true`, as drawn with every incident layer switched off (the bare basemap there).
 */
function pixelAt(page: Page, lonLat: [number, number], without = false): Promise<number[]> {
  return page.evaluate(
    ([ll, off]) =>
      new Promise<number[]>((resolve) => {
        const map = window.citemap!.map;
        const ours = map
          .getStyle()
          .layers.filter((l) => l.id.startsWith('incidents-'))
          .map((l) => l.id);
        const set = (v: 'none' | 'visible') =>
          ours.forEach((id) => map.setLayoutProperty(id, 'visibility', v));
        if (off) set('none');
        const { x, y } = map.project(ll as [number, number]);
        const read = () => {
          const canvas = map.getCanvas();
          const copy = document.createElement('canvas');
          copy.width = canvas.width;
          copy.height = canvas.height;
          const ctx = copy.getContext('2d')!;
          ctx.drawImage(canvas, 0, 0);
          const r = devicePixelRatio;
          resolve([...ctx.getImageData(Math.round(x * r), Math.round(y * r), 1, 1).data]);
          if (off) set('visible');
        };
        // Read inside the render event: the drawing buffer is only valid until the frame ends.
        map.once('idle', () => {
          map.once('render', read);
          map.triggerRepaint();
        });
        map.triggerRepaint();
      }),
    [lonLat, without] as const,
  );
}

/** Waits until the map has finished drawing after a change. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.citemap!.map;
        if (map.loaded() && !map.isMoving()) {
          // One more frame, so a just-set filter or feature-state is on screen.
          map.once('idle', () => resolve());
          map.triggerRepaint();
        } else map.once('idle', () => resolve());
      }),
  );
}

/** The pixel on the page where a place's coordinates are drawn. */
async function pagePoint(page: Page, lonLat: [number, number]): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((ll) => window.citemap!.map.project(ll), lonLat);
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  return { x: box.x + p.x, y: box.y + p.y };
}

function featureState(page: Page, id: string): Promise<Record<string, unknown>> {
  return page.evaluate(
    (placeId) => window.citemap!.map.getFeatureState({ source: 'incidents', id: placeId }),
    id,
  );
}

const QAIM: [number, number] = [40.98945, 34.39251];

test('the incident layers draw the verified places, with no DOM element per place', async ({
  page,
}) => {
  await openMap(page);
  await settled(page);
  await page.getByTestId('map').screenshot({ path: `${SHOTS}map-layers-overview.png` });
  const ids = await renderedPlaces(page);
  for (const id of ['qaim', 'kirkuk', 'rutba', 'baghouz', 'iraq-syria-border', 'anbar']) {
    expect(ids).toContain(id);
  }
  // MapLibre draws them on the canvas: no markers, the canvas container holds the canvas alone,
  // and outside the controls the map holds a handful of elements, however many places it draws.
  await expect(page.locator('.maplibregl-marker')).toHaveCount(0);
  await expect(page.locator('.maplibregl-canvas-container > *')).toHaveCount(1);
  const mapElements = await page
    .getByTestId('map')
    .evaluate(
      (el) =>
        [...el.querySelectorAll('*')].filter((e) => !e.closest('.maplibregl-control-container'))
          .length,
    );
  expect(mapElements).toBeLessThan(ids.length);
});

test('zoomed on the border, Qaim and Baghouz are separate marks with their glyphs', async ({
  page,
}) => {
  await openMap(page, '#c=41.0,34.4,8');
  await settled(page);
  await page.getByTestId('map').screenshot({ path: `${SHOTS}map-layers-border-z8.png` });
  const ids = await renderedPlaces(page);
  expect(ids).toEqual(expect.arrayContaining(['qaim', 'baghouz', 'iraq-syria-border']));
  const glyphs = await page.evaluate(() =>
    window
      .citemap!.map.queryRenderedFeatures({ layers: ['incidents-point-glyph'] })
      .map((f) => String(f.properties.id)),
  );
  expect(glyphs).toEqual(expect.arrayContaining(['qaim', 'baghouz']));
});

test('clicking Qaim on the map selects it', async ({ page }) => {
  await openMap(page, '#c=41.0,34.4,8');
  await settled(page);
  const at = await pagePoint(page, QAIM);
  await page.mouse.click(at.x, at.y);
  await expect(page).toHaveURL(/[#&]p=qaim(&|$)/);
  await expect.poll(() => featureState(page, 'qaim')).toMatchObject({ selected: true });
  await settled(page);
  await page.getByTestId('map').screenshot({ path: `${SHOTS}map-layers-selected.png` });
  // The selection ring is drawn: the ring layer renders Qaim with a visible stroke.
  const ring = await page.evaluate((ll) => {
    const map = window.citemap!.map;
    return map
      .queryRenderedFeatures(map.project(ll), { layers: ['incidents-point-ring'] })
      .map((f) => String(f.properties.id));
  }, QAIM);
  expect(ring).toContain('qaim');
});

test('clicking empty map selects nothing', async ({ page }) => {
  await openMap(page, '#c=41.0,34.4,8');
  await settled(page);
  // Far inside Syria's Homs desert at this view: no incident there.
  const at = await pagePoint(page, [39.1, 34.9]);
  await page.mouse.click(at.x, at.y);
  await page.waitForTimeout(300);
  expect(page.url()).not.toMatch(/p=/);
});

test('hovering a place shows its name and counts', async ({ page }) => {
  await openMap(page, '#c=41.0,34.4,8');
  await settled(page);
  const at = await pagePoint(page, QAIM);
  await page.mouse.move(at.x, at.y);
  const tip = page.getByTestId('map-tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Qaim');
  await expect(tip).toContainText('3 claims, 1 independent source');
  await expect.poll(() => featureState(page, 'qaim')).toMatchObject({ hovered: true });
  await page.getByTestId('map').screenshot({ path: `${SHOTS}map-layers-hover.png` });
  const cursor = await page.locator('.maplibregl-canvas-container').evaluate((el) => {
    return getComputedStyle(el).cursor;
  });
  expect(cursor).toBe('pointer');
});

test('the keyboard cursor steps through places and Enter selects one', async ({ page }) => {
  await openMap(page);
  await settled(page);
  await page.locator('.maplibregl-canvas').focus();
  await expect(page.locator('.maplibregl-canvas')).toHaveAttribute('aria-label', /\[|bracket/);
  const status = page.getByTestId('map-cursor-status');
  // MapLibre keeps its keys: an arrow still pans the map.
  const before = await page.evaluate(() => window.citemap!.map.getCenter().lng);
  await page.keyboard.press('ArrowRight');
  await expect
    .poll(() => page.evaluate(() => window.citemap!.map.getCenter().lng))
    .toBeGreaterThan(before);
  await page.keyboard.press(']');
  // West to east, the first place is the westernmost one.
  await expect(status).toContainText(/Place 1 of \d+/);
  const first = (await status.textContent())!;
  await page.keyboard.press(']');
  await expect(status).toContainText(/Place 2 of \d+/);
  await page.keyboard.press('[');
  await expect(status).toHaveText(first.trim());
  const name = first.trim().split(' (')[0]!;
  await expect(page.getByTestId('map-tooltip')).toContainText(name);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[#&]p=/);
  const placeId = new URL(page.url()).hash.match(/p=([^&]+)/)![1]!;
  await expect.poll(() => featureState(page, placeId)).toMatchObject({ selected: true });
});

test('a category filter hides places without such claims, and the legend follows', async ({
  page,
}) => {
  await openMap(page);
  await settled(page);
  const legend = page.getByRole('region', { name: 'Legend' });
  const kidnapping = legend.getByRole('listitem').filter({ hasText: 'Kidnapping' });
  const attack = legend.getByRole('listitem').filter({ hasText: 'Attack' });
  await expect(attack).not.toHaveClass(/none/);
  const all = await renderedPlaces(page);

  await openMap(page, '#cat=kidnapping');
  await settled(page);
  const shown = await renderedPlaces(page);
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.length).toBeLessThan(all.length);
  expect(shown).not.toContain('kirkuk');
  expect(shown).not.toContain('qaim');
  await expect(attack).toHaveClass(/none/);
  await expect(attack).toContainText('0');
  await expect(kidnapping).not.toHaveClass(/none/);
  await legend.screenshot({ path: `${SHOTS}map-layers-legend-kidnapping.png` });

  // What the eye sees: at Qaim's dot the canvas shows the bare basemap once it is filtered out.
  await openMap(page, '#c=41.0,34.4,8');
  await settled(page);
  const basemap = await pixelAt(page, QAIM, true);
  const drawn = await pixelAt(page, QAIM);
  const distance = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));
  expect(distance(drawn, basemap)).toBeGreaterThan(40);
  await page.getByRole('button', { name: 'Select no categories' }).click();
  await page.getByRole('checkbox', { name: /^Kidnapping \d+ claims$/ }).click();
  await settled(page);
  expect(distance(await pixelAt(page, QAIM), basemap)).toBeLessThan(6);
  // Nor can it be hovered or clicked where it is no longer drawn.
  const at = await pagePoint(page, QAIM);
  await page.mouse.click(at.x, at.y);
  await expect(page.getByTestId('map-tooltip')).toHaveCount(0);
  await page.waitForTimeout(300);
  // The click goes to what is drawn there (the area around it), never to the hidden town.
  expect(page.url()).not.toMatch(/[#&]p=qaim(&|$)/);
  await page.getByTestId('map').screenshot({ path: `${SHOTS}map-layers-filtered-z8.png` });
});
