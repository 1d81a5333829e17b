import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expression, latest } from '@maplibre/maplibre-gl-style-spec';
import { sourceLine } from '../../src/lib/data/format';
import type { PublishedBriefing, PublishedSource } from '../../src/lib/data/types';
import { HIGHLIGHT_LAYERS } from '../../src/lib/map/highlight';
import { readPublished } from './published';
import { test, expect, openMap } from './fixtures';

const SHOTS = new URL('../artifacts/screenshots/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

const ID = 'isis-return-2019';

const published = readPublished(new URL('../../public/', import.meta.url));
const sources = JSON.parse(
  readFileSync(new URL('../../public/data/sources.json', import.meta.url), 'utf8'),
) as PublishedSource[];

/** A step's key quote, looked up in its claim, with its source. */
function keyQuote(step: PublishedBriefing['steps'][number]) {
  const q = published.claimsById.get(step.key_quote.claim)!.quotes[step.key_quote.quote]!;
  return { text: q.text, source: sources.find((s) => s.id === q.source)! };
}

/** The briefing as the app received it. */
async function loadBriefing(page: Page): Promise<PublishedBriefing> {
  const res = await page.request.get('data/briefings.json');
  const all = (await res.json()) as PublishedBriefing[];
  const briefing = all.find((b) => b.id === ID);
  if (!briefing) throw new Error(`briefing ${ID} is not in data/briefings.json`);
  return briefing;
}

const card = (page: Page) =>
  page.getByRole('region', { name: /./ }).filter({
    has: page.getByTestId('briefing-quote'),
  });

/** The step the URL hash names, or null. */
function hashStep(page: Page): number | null {
  const m = new RegExp(`[#&]b=${ID}:(\\d+)`).exec(new URL(page.url()).hash);
  return m ? Number(m[1]) : null;
}

async function expectStep(page: Page, briefing: PublishedBriefing, step: number) {
  const data = briefing.steps[step]!;
  await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(data.heading);
  await expect(card(page)).toContainText(`${step + 1} / ${briefing.steps.length}`);
  await expect.poll(() => hashStep(page)).toBe(step);
}

/** Resolves once the map has stopped and drawn everything. */
function mapIdle(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.citemap!.map;
        if (!map.isMoving() && map.loaded() && map.areTilesLoaded()) resolve();
        else map.once('idle', () => resolve());
      }),
  );
}

test('the button starts the briefing and the keyboard steps through it, each step in the URL', async ({
  page,
}) => {
  await openMap(page);
  const briefing = await loadBriefing(page);
  await page.getByRole('button', { name: 'Present briefing' }).click();
  await expectStep(page, briefing, 0);
  // The explorer's side panels give the screen to the map.
  await expect(
    page.getByRole('complementary', { name: 'Filters and list of places' }),
  ).toBeHidden();

  const moves: [string, number][] = [
    ['ArrowRight', 1],
    ['Space', 2],
    ['PageDown', 3],
    ['ArrowLeft', 2],
    ['PageUp', 1],
    ['End', 6],
    ['ArrowRight', 6],
    ['Home', 0],
    ['ArrowLeft', 0],
    ['5', 4],
    ['2', 1],
    ['9', 6],
  ];
  for (const [key, step] of moves) {
    await page.keyboard.press(key);
    await expectStep(page, briefing, step);
  }
});

test('a step link opens the briefing at that step, and reloading keeps it', async ({ page }) => {
  await openMap(page, `#b=${ID}:3`);
  const briefing = await loadBriefing(page);
  await expectStep(page, briefing, 3);
  await page.keyboard.press('ArrowRight');
  await expectStep(page, briefing, 4);
  await page.reload();
  await expect(page.getByTestId('map')).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  await expectStep(page, briefing, 4);
});

test('each step applies its filters and shows its key quote exactly, with its source', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openMap(page, `#b=${ID}:0`);
  const briefing = await loadBriefing(page);
  for (const [i, step] of briefing.steps.entries()) {
    await expectStep(page, briefing, i);
    // Exact characters: compare the DOM text, not a normalised rendering of it.
    await expect
      .poll(() => page.getByTestId('briefing-quote').evaluate((el) => el.textContent))
      .toBe(keyQuote(step).text);
    await expect(page.getByTestId('briefing-source')).toHaveText(sourceLine(keyQuote(step).source));
    const cats = step.filters.categories;
    if (cats)
      await expect(page).toHaveURL(new RegExp(`cat=${cats.map(encodeURIComponent).join(',')}`));
    if (i < briefing.steps.length - 1) await page.keyboard.press('ArrowRight');
  }
});

test('under reduced motion the camera jumps to each step instead of flying', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openMap(page, `#b=${ID}:0`);
  const briefing = await loadBriefing(page);
  await expectStep(page, briefing, 0);
  for (const key of ['ArrowRight', 'ArrowRight', 'End']) {
    await page.keyboard.press(key);
    // Read at once, in the same task as nothing else: a flight would still be under way.
    const seen = await page.evaluate(() => {
      const map = window.citemap!.map;
      const c = map.getCenter();
      return { lon: c.lng, lat: c.lat, zoom: map.getZoom(), moving: map.isMoving() };
    });
    const step = briefing.steps[hashStep(page)!]!;
    expect(seen.moving).toBe(false);
    expect(seen.lon).toBeCloseTo(step.camera.center[0], 4);
    expect(seen.lat).toBeCloseTo(step.camera.center[1], 4);
    expect(seen.zoom).toBeCloseTo(step.camera.zoom, 4);
  }
});

test('with motion allowed, a step flies there', async ({ page }) => {
  await openMap(page, `#b=${ID}:0`);
  const briefing = await loadBriefing(page);
  await expectStep(page, briefing, 0);
  await mapIdle(page);
  await page.keyboard.press('ArrowRight');
  expect(await page.evaluate(() => window.citemap!.map.isMoving())).toBe(true);
  await mapIdle(page);
  const center = await page.evaluate(() => window.citemap!.map.getCenter().toArray());
  expect(center[0]).toBeCloseTo(briefing.steps[1]!.camera.center[0], 3);
  expect(center[1]).toBeCloseTo(briefing.steps[1]!.camera.center[1], 3);
});

test('Esc leaves the briefing and gives back the explorer as it was', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openMap(page, '#cat=attack');
  const briefing = await loadBriefing(page);
  const button = page.getByRole('button', { name: 'Present briefing' });
  await button.click();
  await expectStep(page, briefing, 0);
  await expect(page).toHaveURL(/cat=border-crossing/);
  await page.keyboard.press('ArrowRight');
  await expectStep(page, briefing, 1);

  await page.keyboard.press('Escape');
  await expect(card(page)).toHaveCount(0);
  expect(hashStep(page)).toBeNull();
  await expect(page).toHaveURL(/cat=attack(&|$)/);
  await expect(
    page.getByRole('complementary', { name: 'Filters and list of places' }),
  ).toBeVisible();
  await expect(button).toBeFocused();
  const padding = await page.evaluate(() => window.citemap!.map.getPadding());
  expect(padding).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
});

test('the presenter can step out to explore a place and resume at the same step', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openMap(page, `#b=${ID}:1`);
  const briefing = await loadBriefing(page);
  await expectStep(page, briefing, 1);
  await card(page).getByRole('button', { name: 'Explore', exact: true }).click();
  await expect(card(page)).toHaveCount(0);
  await expect(page.locator('.citation-panel')).toContainText('Baghouz');
  expect(hashStep(page)).toBeNull();

  await page.getByRole('button', { name: 'Resume briefing at step 2' }).click();
  await expectStep(page, briefing, 1);
  await expect(page.locator('.citation-panel')).toHaveCount(0);
});

test('the presentation reads from the back of the room (screenshots at 1280×720)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const briefing = await loadBriefing(page);
  for (const step of briefing.steps.keys()) {
    await openMap(page, `#b=${ID}:${step}`);
    await expectStep(page, briefing, step);
    await mapIdle(page);
    await page.screenshot({ path: `${SHOTS}briefing-step-${step + 1}.png` });
    const sizes = await card(page).evaluate((el) => {
      const px = (sel: string) => parseFloat(getComputedStyle(el.querySelector(sel)!).fontSize);
      return {
        heading: px('h2'),
        text: px('.text'),
        overflow: el.scrollHeight - el.clientHeight,
      };
    });
    // ≥ 2rem headings and ≥ 1.4rem text, and the card fits without scrolling.
    expect.soft(sizes.heading, `step ${step + 1} heading px`).toBeGreaterThanOrEqual(32);
    expect.soft(sizes.text, `step ${step + 1} text px`).toBeGreaterThanOrEqual(22.4);
    expect.soft(sizes.overflow, `step ${step + 1} card overflow px`).toBeLessThanOrEqual(0);
  }
});

/** The map's camera, read in the page. */
function mapCamera(page: Page): Promise<{ lon: number; lat: number; zoom: number }> {
  return page.evaluate(() => {
    const map = window.citemap!.map;
    const c = map.getCenter();
    return { lon: c.lng, lat: c.lat, zoom: map.getZoom() };
  });
}

async function expectCamera(page: Page, want: { lon: number; lat: number; zoom: number }) {
  const got = await mapCamera(page);
  expect(Math.abs(got.lon - want.lon), `longitude ${got.lon} vs ${want.lon}`).toBeLessThan(0.01);
  expect(Math.abs(got.lat - want.lat), `latitude ${got.lat} vs ${want.lat}`).toBeLessThan(0.01);
  expect(Math.abs(got.zoom - want.zoom), `zoom ${got.zoom} vs ${want.zoom}`).toBeLessThan(0.01);
}

for (const motion of ['no-preference', 'reduce'] as const) {
  test(`Exit gives back the explorer’s camera exactly (motion: ${motion})`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: motion });
    await openMap(page, '#c=43.6,33.3,5.5');
    await mapIdle(page);
    const before = await mapCamera(page);
    const link = new URL(page.url()).hash;
    const briefing = await loadBriefing(page);
    await page.getByRole('button', { name: 'Present briefing' }).click();
    await expectStep(page, briefing, 0);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, briefing, 1);
    await mapIdle(page);
    await card(page).getByRole('button', { name: 'Exit', exact: true }).click();
    await expect(card(page)).toHaveCount(0);
    await mapIdle(page);
    await expectCamera(page, before);
    // The link says so too, once the camera has settled.
    await expect.poll(() => new URL(page.url()).hash).toBe(link);
  });
}

test('Esc in the middle of a flight still gives back the explorer’s camera', async ({ page }) => {
  await openMap(page, '#c=43.6,33.3,5.5');
  await mapIdle(page);
  const before = await mapCamera(page);
  const briefing = await loadBriefing(page);
  await page.getByRole('button', { name: 'Present briefing' }).click();
  await expectStep(page, briefing, 0);
  await mapIdle(page);
  await page.keyboard.press('ArrowRight');
  expect(await page.evaluate(() => window.citemap!.map.isMoving())).toBe(true);
  await page.keyboard.press('Escape');
  await expect(card(page)).toHaveCount(0);
  await mapIdle(page);
  await expectCamera(page, before);
});

test('in presentation the map labels are drawn larger, and their size comes back on exit', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openMap(page);
  const sizes = () =>
    page.evaluate(() => {
      const map = window.citemap!.map;
      return Object.fromEntries(
        map
          .getLayersOrder()
          .filter((id) => id.startsWith('label-'))
          .map((id) => [id, JSON.stringify(map.getLayoutProperty(id, 'text-size') ?? 16)]),
      );
    });
  const before = await sizes();
  expect(Object.keys(before).length).toBeGreaterThanOrEqual(3);
  await page.getByRole('button', { name: 'Present briefing' }).click();
  await expect(card(page)).toBeVisible();
  const during = await sizes();
  // Evaluate each size expression at a spread of zooms and label ranks, as MapLibre would.
  const at = (json: string, zoom: number, rank: number) => {
    const parsed = expression.normalizePropertyExpression(
      JSON.parse(json),
      'text-size',
      latest.layout_symbol['text-size'] as never,
    );
    return (parsed as { evaluate: (g: object, f: object) => number }).evaluate(
      { zoom },
      { type: 'Point', properties: { rank } },
    );
  };
  for (const [id, json] of Object.entries(before)) {
    for (const zoom of [4, 6, 9])
      for (const rank of [1, 3]) {
        const ratio = at(during[id]!, zoom, rank) / at(json, zoom, rank);
        expect(ratio, `${id} at zoom ${zoom}, rank ${rank}`).toBeGreaterThanOrEqual(1.4);
      }
  }
  await page.keyboard.press('Escape');
  await expect(card(page)).toHaveCount(0);
  expect(await sizes()).toEqual(before);
});

test('each step’s places are ringed on the map, and only them', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  const briefing = await loadBriefing(page);
  const ringed = () =>
    page.evaluate((layers) => {
      const map = window.citemap!.map;
      const present = layers.filter((id) => map.getLayer(id));
      if (present.length === 0) return [];
      const ids = map.queryRenderedFeatures({ layers: present }).map((f) => f.properties.id);
      return [...new Set(ids as string[])].sort();
    }, HIGHLIGHT_LAYERS);
  await openMap(page, `#b=${ID}:0`);
  for (const [i, step] of briefing.steps.entries()) {
    await expectStep(page, briefing, i);
    await mapIdle(page);
    expect(await ringed(), `step ${i + 1}`).toEqual([...step.places].sort());
    if (i < briefing.steps.length - 1) await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Escape');
  await expect(card(page)).toHaveCount(0);
  await mapIdle(page);
  expect(await ringed()).toEqual([]);
});

/** The card's and the scale bars' boxes, and the largest empty stretch inside the card. */
function layoutOf(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const cardEl = document.querySelector('section.briefing')!;
    const children = [...cardEl.children].map((c) => c.getBoundingClientRect());
    let gap = 0;
    for (let i = 1; i < children.length; i++)
      gap = Math.max(gap, children[i]!.top - children[i - 1]!.bottom);
    const last = children[children.length - 1]!;
    gap = Math.max(gap, cardEl.getBoundingClientRect().bottom - last.bottom);
    return {
      card: box(cardEl),
      scales: [...document.querySelectorAll('.maplibregl-ctrl-scale')].map(box),
      gap,
    };
  });
}

for (const [width, height] of [
  [1920, 1080],
  [1280, 720],
] as const) {
  test(`at ${width}×${height} each step card fits its content and clears the scale bars`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const briefing = await loadBriefing(page);
    await openMap(page, `#b=${ID}:0`);
    for (const [i] of briefing.steps.entries()) {
      await expectStep(page, briefing, i);
      if (width === 1920 && (i === 1 || i === 4)) {
        await mapIdle(page);
        await page.screenshot({ path: `${SHOTS}briefing-${width}-step-${i + 1}.png` });
      }
      const { card: c, scales, gap } = await layoutOf(page);
      expect(scales.length).toBe(2);
      for (const s of scales) {
        const overlap =
          s.left < c.right && c.left < s.right && s.top < c.bottom && c.top < s.bottom;
        expect(overlap, `step ${i + 1}: scale bar ${JSON.stringify(s)} under the card`).toBe(false);
      }
      expect(gap, `step ${i + 1}: empty stretch inside the card, px`).toBeLessThanOrEqual(48);
      if (width === 1920) {
        const px = await card(page).evaluate((el) => ({
          heading: parseFloat(getComputedStyle(el.querySelector('h2')!).fontSize),
          text: parseFloat(getComputedStyle(el.querySelector('.text')!).fontSize),
        }));
        expect(px.heading, `step ${i + 1} heading px`).toBeGreaterThanOrEqual(48);
        expect(px.text, `step ${i + 1} text px`).toBeGreaterThanOrEqual(28);
      }
      if (i < briefing.steps.length - 1) await page.keyboard.press('ArrowRight');
    }
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('every step keeps Exit and Next on screen', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const briefing = await loadBriefing(page);
    await openMap(page, `#b=${ID}:0`);
    for (const [i] of briefing.steps.entries()) {
      await expectStep(page, briefing, i);
      for (const name of ['Exit', 'Next'])
        await expect(
          card(page).getByRole('button', { name, exact: true }),
          `step ${i + 1}: ${name}`,
        ).toBeInViewport({ ratio: 1 });
      if (i < briefing.steps.length - 1) await page.keyboard.press('ArrowRight');
    }
    await card(page).getByRole('button', { name: 'Exit', exact: true }).click();
    await expect(card(page)).toHaveCount(0);
  });
});
