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

/** A published place, as the app fetches it: its id, name, claim count and, for a point, where. */
interface Published {
  id: string;
  name: string;
  type: string;
  point: [number, number] | null;
  claims: number;
}

/** Every published place, read from the app's own data file. */
function publishedPlaces(page: Page): Promise<Published[]> {
  return page.evaluate(async () => {
    const res = await fetch(new URL('data/places.geojson', document.baseURI));
    const data = (await res.json()) as {
      features: {
        geometry: { type: string; coordinates: unknown };
        properties: { id: string; name_en: string; claim_count: number };
      }[];
    };
    return data.features.map((f) => ({
      id: f.properties.id,
      name: f.properties.name_en,
      type: f.geometry.type,
      point: f.geometry.type === 'Point' ? (f.geometry.coordinates as [number, number]) : null,
      claims: f.properties.claim_count,
    }));
  });
}

/** Opens the map at `hash` and waits until it has drawn. */
async function openDrawn(page: Page, hash = ''): Promise<void> {
  await openMap(page, hash);
  await settled(page);
}

/** The row of the place list that names `name`. */
function listRow(page: Page, name: string) {
  return page
    .getByRole('region', { name: 'Places' })
    .getByRole('listitem')
    .filter({ hasText: name });
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
  await openDrawn(page);
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
  await openDrawn(page, '#c=41.0,34.4,8');
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
  await openDrawn(page, '#c=41.0,34.4,8');
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
  await openDrawn(page, '#c=41.0,34.4,8');
  // Far inside Syria's Homs desert at this view: no incident there.
  const at = await pagePoint(page, [39.1, 34.9]);
  await page.mouse.click(at.x, at.y);
  await page.waitForTimeout(300);
  expect(page.url()).not.toMatch(/p=/);
});

test('hovering a place shows its name and counts', async ({ page }) => {
  await openDrawn(page, '#c=41.0,34.4,8');
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
  await openDrawn(page);
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
  await openDrawn(page);
  const legend = page.getByRole('region', { name: 'Legend' });
  const kidnapping = legend.getByRole('listitem').filter({ hasText: 'Kidnapping' });
  const attack = legend.getByRole('listitem').filter({ hasText: 'Attack' });
  await expect(attack).not.toHaveClass(/none/);
  const all = await renderedPlaces(page);

  await openDrawn(page, '#cat=kidnapping');
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
  await openDrawn(page, '#c=41.0,34.4,8');
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
  // What is drawn there may be hovered (an area around it); the hidden town never is.
  expect(await tooltipName(page)).not.toBe('Al-Qaim');
  await page.waitForTimeout(300);
  // The click goes to what is drawn there (the area around it), never to the hidden town.
  expect(page.url()).not.toMatch(/[#&]p=qaim(&|$)/);
  await page.getByTestId('map').screenshot({ path: `${SHOTS}map-layers-filtered-z8.png` });
});

// ─── Every mark reachable by mouse; marks follow the filters ─────────────────

const BAGHOUZ: [number, number] = [40.95, 34.46];

interface Candidate {
  id: string;
  name: string;
  points: { x: number; y: number }[];
}

/**
 * For every point and line place drawn on screen, pixels (relative to the map) where the pointer
 * touches it: a point's centre, a line's grid pixels where it is rendered (fewest other places
 * first). Only where to try; what the pointer then picks is read from the tooltip the user sees.
 * Pixels where something else is over the map (the list, a panel, a control) are left out.
 */
async function pickCandidates(page: Page): Promise<Candidate[]> {
  const places = await publishedPlaces(page);
  return page.evaluate(
    ({ layers, places }) => {
      const map = window.citemap!.map;
      const names = new Map(places.map((f) => [f.id, f.name]));
      const rect = map.getCanvas().getBoundingClientRect();
      const { width, height } = rect;
      const onMap = (x: number, y: number) =>
        document.elementFromPoint(rect.x + x, rect.y + y) === map.getCanvas();
      const lines = new Set(places.filter((f) => f.type.includes('LineString')).map((f) => f.id));
      const hitsAt = (x: number, y: number) => [
        ...new Set(
          map
            .queryRenderedFeatures([x, y], { layers: [...layers] })
            .filter((f) => f.state?.hidden !== true)
            .map((f) => String(f.properties.id)),
        ),
      ];
      const found = new Map<string, { x: number; y: number; others: number }[]>();
      const add = (id: string, x: number, y: number, others: number) => {
        const list = found.get(id) ?? [];
        list.push({ x, y, others });
        found.set(id, list);
      };
      for (const f of places) {
        if (!f.point) continue;
        const p = map.project(f.point);
        if (p.x < 4 || p.y < 4 || p.x > width - 4 || p.y > height - 4 || !onMap(p.x, p.y)) continue;
        add(f.id, p.x, p.y, -1);
      }
      const step = 14;
      for (let y = step / 2; y < height; y += step) {
        for (let x = step / 2; x < width; x += step) {
          if (!onMap(x, y)) continue;
          const ids = hitsAt(x, y);
          for (const id of ids) if (lines.has(id)) add(id, x, y, ids.length - 1);
        }
      }
      return [...found].map(([id, pts]) => ({
        id,
        name: names.get(id) ?? id,
        points: pts.sort((a, b) => a.others - b.others).slice(0, 6),
      }));
    },
    { layers: LAYERS, places },
  );
}

/** The place name the tooltip shows (English, without the Arabic beside it), or null. */
function tooltipName(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const name = document.querySelector('[data-testid="map-tooltip"] .name');
    return name?.firstChild?.textContent?.trim() ?? null;
  });
}

/**
 * What no try reaches: for each item, its tries run in turn until one reaches it (`reaches`);
 * the names of the items none did.
 */
async function unreachable<T, S>(
  items: readonly T[],
  triesOf: (item: T) => readonly S[],
  reaches: (item: T, attempt: S) => Promise<boolean>,
  nameOf: (item: T) => string,
): Promise<string[]> {
  const missed: string[] = [];
  for (const item of items) {
    let reached = false;
    for (const attempt of triesOf(item)) if ((reached = await reaches(item, attempt))) break;
    if (!reached) missed.push(nameOf(item));
  }
  return missed;
}

for (const [label, hash] of [
  ['the overview', ''],
  ['zoom 7 on the border', '#c=41.5,34.3,7'],
  ['zoom 9 on Baghouz', '#c=40.97,34.42,9'],
] as const) {
  test(`every point and line drawn at ${label} can be picked by the mouse`, async ({ page }) => {
    test.setTimeout(180_000);
    await openDrawn(page, hash);
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    const candidates = await pickCandidates(page);
    expect(candidates.length).toBeGreaterThan(label === 'the overview' ? 10 : 2);
    const missed = await unreachable(
      candidates,
      (c) => c.points,
      async (c, p) => {
        await page.mouse.move(box.x + p.x, box.y + p.y);
        return (await tooltipName(page)) === c.name;
      },
      (c) => c.id,
    );
    expect(missed, 'places no pixel picks').toEqual([]);
  });
}

test('at the overview, Baghouz is hovered and opened at its own mark, Qaim at its own', async ({
  page,
}) => {
  await openDrawn(page);
  const tip = page.getByTestId('map-tooltip');
  const baghouz = await pagePoint(page, BAGHOUZ);
  const qaim = await pagePoint(page, QAIM);
  expect(Math.hypot(baghouz.x - qaim.x, baghouz.y - qaim.y)).toBeGreaterThan(2);
  // The two overlap at the overview: the test is only meaningful while they do.
  expect(Math.hypot(baghouz.x - qaim.x, baghouz.y - qaim.y)).toBeLessThan(12);
  await page.mouse.move(baghouz.x, baghouz.y);
  await expect(tip).toContainText('Al-Baghuz Fawqani');
  await expect(tip).toContainText('12 claims');
  await expect.poll(() => featureState(page, 'baghouz')).toMatchObject({ hovered: true });
  await page.getByTestId('map').screenshot({ path: `${SHOTS}map-layers-overview-baghouz.png` });
  await page.mouse.click(baghouz.x, baghouz.y);
  await expect(page).toHaveURL(/[#&]p=baghouz(&|$)/);
  await expect(page.getByRole('heading', { name: /Al-Baghuz Fawqani/ }).first()).toBeVisible();

  // The panel may have moved the map: find Qaim's centre again.
  await settled(page);
  const qaimNow = await pagePoint(page, QAIM);
  await page.mouse.move(qaimNow.x, qaimNow.y);
  await expect(tip).toContainText('Al-Qaim');
  await page.mouse.click(qaimNow.x, qaimNow.y);
  await expect(page).toHaveURL(/[#&]p=qaim(&|$)/);
});

/**
 * How far from `lonLat` the drawn dot reaches, in CSS px, looking west: the dot layer alone is
 * drawn and compared with the bare basemap, pixel by pixel along the row through its centre.
 */
function dotRadius(page: Page, lonLat: [number, number]): Promise<number> {
  return page.evaluate(
    (ll) =>
      new Promise<number>((resolve) => {
        const map = window.citemap!.map;
        const ours = map
          .getStyle()
          .layers.filter((l) => l.id.startsWith('incidents-'))
          .map((l) => l.id);
        const show = (ids: string[]) =>
          ours.forEach((id) =>
            map.setLayoutProperty(id, 'visibility', ids.includes(id) ? 'visible' : 'none'),
          );
        const { x, y } = map.project(ll as [number, number]);
        const r = devicePixelRatio;
        const row = () => {
          const canvas = map.getCanvas();
          const copy = document.createElement('canvas');
          copy.width = canvas.width;
          copy.height = canvas.height;
          const ctx = copy.getContext('2d')!;
          ctx.drawImage(canvas, 0, 0);
          const w = Math.round(40 * r);
          return ctx.getImageData(Math.round(x * r) - w, Math.round(y * r), w + 1, 1).data;
        };
        const frame = (then: () => void) => {
          map.once('render', then);
          map.triggerRepaint();
        };
        // A layer switched back on is laid out again before it draws: wait for the map to settle.
        const settle = (then: () => void) => map.once('idle', () => frame(then));
        show([]);
        settle(() => {
          const bare = row();
          show(['incidents-point']);
          settle(() => {
            const dot = row();
            show(ours);
            const n = bare.length / 4;
            let reach = 0;
            // From the centre (the last pixel) westwards, until the row is the basemap again.
            for (let i = n - 1; i >= 0; i--) {
              const d = Math.max(
                ...[0, 1, 2].map((k) => Math.abs(dot[i * 4 + k]! - bare[i * 4 + k]!)),
              );
              if (d < 8) break;
              reach = n - 1 - i;
            }
            resolve(reach / r);
          });
        });
      }),
    lonLat,
  );
}

test('with one source selected, Baghouz is drawn and counted from its claims alone', async ({
  page,
}) => {
  await openDrawn(page, '#c=41.0,34.4,7');
  const maxClaims = Math.max(...(await publishedPlaces(page)).map((p) => p.claims));
  const { sizeScale } = await import('../../src/lib/legend/scales');
  const scale = sizeScale(maxClaims);
  const full = await dotRadius(page, BAGHOUZ);
  expect(Math.abs(full - scale(12))).toBeLessThan(2);

  // Only The Christian Science Monitor's quotes count (a shared link, or the source filter).
  await openMap(page, '#c=41.0,34.4,7&src=ap-csm-2019-02');
  const row = listRow(page, 'Al-Baghuz Fawqani');
  await expect(row).toContainText('4 claims');
  await settled(page);
  // The size scale keeps its domain (every claim), so sizes compare across filters.
  const filtered = await dotRadius(page, BAGHOUZ);
  expect(Math.abs(filtered - scale(4))).toBeLessThan(2);
  await page.getByTestId('map').screenshot({ path: `${SHOTS}map-layers-filtered-csm.png` });

  const at = await pagePoint(page, BAGHOUZ);
  await page.mouse.move(at.x, at.y);
  await expect(page.getByTestId('map-tooltip')).toContainText('Al-Baghuz Fawqani');
  await expect(page.getByTestId('map-tooltip')).toContainText('4 claims, 2 independent sources');
});

/** The colour an area's fill paints at a pixel, undoing its opacity over the bare basemap. */
function areaFillColour(page: Page, id: string, lonLat: [number, number], alpha: number) {
  return page.evaluate(
    ([placeId, ll, a]) =>
      new Promise<number[]>((resolve) => {
        const map = window.citemap!.map;
        const ours = map
          .getStyle()
          .layers.filter((l) => l.id.startsWith('incidents-'))
          .map((l) => l.id);
        const fill = 'incidents-area-fill';
        const filter = map.getFilter(fill);
        const { x, y } = map.project(ll as [number, number]);
        const r = devicePixelRatio;
        const px = () => {
          const canvas = map.getCanvas();
          const copy = document.createElement('canvas');
          copy.width = canvas.width;
          copy.height = canvas.height;
          const ctx = copy.getContext('2d')!;
          ctx.drawImage(canvas, 0, 0);
          return [...ctx.getImageData(Math.round(x * r), Math.round(y * r), 1, 1).data];
        };
        const frame = (then: () => void) => {
          map.once('render', then);
          map.triggerRepaint();
        };
        ours.forEach((l) => map.setLayoutProperty(l, 'visibility', 'none'));
        frame(() => {
          const bare = px();
          // This one area's fill alone, so the areas around and over it do not tint the pixel.
          map.setFilter(fill, ['all', filter as never, ['==', ['get', 'id'], placeId]]);
          map.setLayoutProperty(fill, 'visibility', 'visible');
          map.once('idle', () =>
            frame(() => {
              const drawn = px();
              map.setFilter(fill, filter || null);
              ours.forEach((l) => map.setLayoutProperty(l, 'visibility', 'visible'));
              resolve([0, 1, 2].map((k) => bare[k]! + (drawn[k]! - bare[k]!) / (a as number)));
            }),
          );
        });
      }),
    [id, lonLat, alpha] as const,
  );
}

test('with Attack alone, Diyala is drawn in the attack colour and labelled with its one claim', async ({
  page,
}) => {
  const { PRECISION_STYLE } = await import('../../src/lib/legend/scales');
  const { CATEGORY_COLORS } = await import('../../src/lib/data/vocabulary');
  const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
  const dist = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));
  const attack = hex(CATEGORY_COLORS.attack);
  const cells = hex(CATEGORY_COLORS['cell-presence']);
  const alpha = PRECISION_STYLE.province.fillOpacity;
  // Inside Diyala, east of its label.
  const inside: [number, number] = [45.35, 33.55];

  await openDrawn(page, '#c=44.9,34.0,7');
  const before = await areaFillColour(page, 'diyala', inside, alpha);
  expect(dist(before, cells)).toBeLessThan(dist(before, attack));

  // Attack alone (a shared link, or the category filter).
  await openMap(page, '#c=44.9,34.0,7&cat=attack');
  const row = listRow(page, 'Diyala Governorate');
  await expect(row).toContainText('1 claim');
  await settled(page);
  const after = await areaFillColour(page, 'diyala', inside, alpha);
  expect(dist(after, attack), `fill ${after.map(Math.round).join(',')}`).toBeLessThan(
    dist(after, cells),
  );
  expect(dist(after, attack)).toBeLessThan(30);
  await page.getByTestId('map').screenshot({ path: `${SHOTS}map-layers-filtered-attack.png` });

  // The label the reader sees is built from the drawn feature's properties.
  const label = await page.evaluate(() =>
    window
      .citemap!.map.queryRenderedFeatures({ layers: ['incidents-area-label'] })
      .filter((f) => f.properties.id === 'diyala')
      .map((f) => ({ count: f.properties.claim_count, category: f.properties.dominant_category })),
  );
  expect(label).toEqual([{ count: 1, category: 'attack' }]);
  const at = await pagePoint(page, inside);
  await page.mouse.move(at.x, at.y);
  await expect(page.getByTestId('map-tooltip')).toContainText('Diyala Governorate');
  await expect(page.getByTestId('map-tooltip')).toContainText('1 claim, 1 independent source');
});

// ─── Stacked marks: a repeated click at one spot steps through what lies under it ─────────────

interface StackSpot {
  /** the ground under the pixel, so the spot is found again if the map slides under the pointer */
  at: [number, number];
  /** visible places within 4 px of it: at least the stack the pointer picks from */
  marks: number;
}

/**
 * Every place drawn on screen, with spots (fewest marks first) where the pointer touches it: a
 * grid of pixels over the map and every dot's centre. The names come from the published data.
 */
async function stackSpots(page: Page): Promise<{ id: string; name: string; spots: StackSpot[] }[]> {
  const places = await publishedPlaces(page);
  return page.evaluate(
    ({ layers, places }) => {
      const map = window.citemap!.map;
      const names = new Map(places.map((f) => [f.id, f.name]));
      const rect = map.getCanvas().getBoundingClientRect();
      const onMap = (x: number, y: number) =>
        document.elementFromPoint(rect.x + x, rect.y + y) === map.getCanvas();
      const ids = (where: [number, number] | [[number, number], [number, number]]) => [
        ...new Set(
          map
            .queryRenderedFeatures(where, { layers: [...layers] })
            .filter((f) => f.state?.hidden !== true)
            .map((f) => String(f.properties.id)),
        ),
      ];
      const found = new Map<string, (StackSpot & { fromMiddle: number })[]>();
      const probe = (x: number, y: number) => {
        if (x < 4 || y < 4 || x > rect.width - 4 || y > rect.height - 4 || !onMap(x, y)) return;
        const marks = ids([
          [x - 4, y - 4],
          [x + 4, y + 4],
        ]).length;
        const { lng, lat } = map.unproject([x, y]);
        const fromMiddle = Math.hypot(x - rect.width / 2, y - rect.height / 2);
        for (const id of ids([x, y])) {
          found.set(id, [...(found.get(id) ?? []), { at: [lng, lat], marks, fromMiddle }]);
        }
      };
      for (const f of places) {
        if (!f.point) continue;
        const p = map.project(f.point);
        probe(p.x, p.y);
      }
      for (let y = 5; y < rect.height; y += 10)
        for (let x = 5; x < rect.width; x += 10) probe(x, y);
      return [...found].map(([id, spots]) => ({
        id,
        name: names.get(id) ?? id,
        // Fewest marks first, then nearest the middle, which stays in view when a panel opens.
        spots: spots
          .sort((a, b) => a.marks - b.marks || a.fromMiddle - b.fromMiddle)
          .slice(0, 5)
          .map(({ at, marks }) => ({ at, marks })),
      }));
    },
    { layers: LAYERS, places },
  );
}

/** The place the citation panel shows, or null when it is closed. */
function panelTitle(page: Page): Promise<string | null> {
  return page.evaluate(
    () => document.getElementById('citation-panel-title')?.textContent?.trim() ?? null,
  );
}

/** The pixel on the page where a point on the ground is drawn now, if the map shows it there. */
async function visiblePoint(page: Page, lonLat: [number, number]) {
  const at = await pagePoint(page, lonLat);
  const onMap = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y) === window.citemap!.map.getCanvas(),
    at,
  );
  return onMap ? at : null;
}

for (const [label, hash] of [
  ['the overview', ''],
  // Anbar's centroid: the province, the western desert and all of Iraq under small marks.
  ['zoom 9 over the middle of Anbar', '#c=42.76,33.13,9'],
  ['zoom 9 on Baghouz', '#c=40.97,34.42,9'],
] as const) {
  test(`at ${label}, every place drawn opens by clicking one spot at most as often as marks lie there`, async ({
    page,
  }) => {
    test.setTimeout(420_000);
    await openDrawn(page, hash);
    const places = await stackSpots(page);
    if (label === 'the overview') {
      // The overview frames the whole dataset: every published place is drawn.
      const all = (await publishedPlaces(page)).map((p) => p.id).sort();
      expect(places.map((p) => p.id).sort()).toEqual(all);
    } else {
      expect(places.length).toBeGreaterThan(2);
    }
    const missed = await unreachable(
      places,
      (place) => place.spots,
      async (place, spot) => {
        // Each try starts as a user would: nothing selected, the map not padded by a panel.
        if ((await panelTitle(page)) !== null) {
          await page.getByRole('button', { name: 'Close the citation panel' }).click();
          await settled(page);
        }
        for (let click = 1; click <= spot.marks; click++) {
          // The same spot on the map: the panel the first click opens slides the map under it.
          const at = await visiblePoint(page, spot.at);
          if (!at) return false;
          await page.mouse.click(at.x, at.y);
          await settled(page);
          if ((await panelTitle(page)) === place.name) return true;
        }
        return false;
      },
      (place) => place.name,
    );
    expect(missed, 'places no spot opens by clicking').toEqual([]);
  });
}

test('where marks are stacked, the tooltip names the next one and clicking again opens it', async ({
  page,
}) => {
  await openDrawn(page);
  const tip = page.getByTestId('map-tooltip');
  const hint = /(\d+) marks here: click again for (.+)$/;
  const stackLine = () => tip.getByTestId('map-tooltip-stack');

  let at = await pagePoint(page, QAIM);
  await page.mouse.move(at.x, at.y);
  await expect(tip).toContainText('Al-Qaim');
  await expect(stackLine()).toHaveText(hint);
  const [, count, second] = (await stackLine().textContent())!.trim().match(hint)!;
  expect(Number(count)).toBeGreaterThan(1);
  expect(second).not.toBe('Al-Qaim');
  await page.getByTestId('map').screenshot({ path: `${SHOTS}map-layers-stack-hint.png` });

  await page.mouse.click(at.x, at.y);
  await expect(page.locator('#citation-panel-title')).toHaveText('Al-Qaim');
  // The panel may have slid the map: the same spot is where Qaim is drawn now.
  await settled(page);
  at = await pagePoint(page, QAIM);
  await page.mouse.move(at.x, at.y);
  await expect(tip.locator('.name')).toContainText('Al-Qaim');
  await expect(stackLine()).toHaveText(`${count} marks here: click again for ${second}`);
  await page.mouse.click(at.x, at.y);
  await expect(page.locator('#citation-panel-title')).toHaveText(second!);
  // The tooltip follows: it names what is open now and what comes after it.
  await expect(tip.locator('.name')).toContainText(second!);
  await expect(stackLine()).toHaveText(hint);
  await page.getByTestId('map').screenshot({ path: `${SHOTS}map-layers-stack-second.png` });

  // Clicking twice quickly steps on, as two clicks do, and does not zoom the map as well.
  const zoom = await page.evaluate(() => window.citemap!.map.getZoom());
  await page.mouse.dblclick(at.x, at.y);
  await settled(page);
  expect(await page.evaluate(() => window.citemap!.map.getZoom())).toBe(zoom);
  const name = (await tip.locator('.name').evaluate((el) => el.firstChild?.textContent))!.trim();
  await expect(page.locator('#citation-panel-title')).toHaveText(name);
  // Two steps on from the second mark: another mark, unless the stack holds only two.
  if (Number(count) > 2) expect(name).not.toBe(second);
});
