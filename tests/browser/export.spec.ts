import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { readPublished } from './published';
import { test, expect, openMap } from './fixtures';
import type { PublishedBriefing, PublishedSource } from '../../src/lib/data/types';

const SHOTS = new URL('../artifacts/screenshots/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

const PUBLIC = new URL('../../public/', import.meta.url);
const read = <T>(path: string) => JSON.parse(readFileSync(new URL(path, PUBLIC), 'utf8')) as T;
const incidents = readPublished(PUBLIC);
const sources = read<PublishedSource[]>('data/sources.json');
const briefing = read<PublishedBriefing[]>('data/briefings.json')[0]!;
const claimsById = incidents.claimsById;
const sourcesById = new Map(sources.map((s) => [s.id, s]));

/** The PNG's pixel size, from its IHDR chunk (big-endian, bytes 16–23). */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * The share of sampled pixels inside a rectangle (device px) that differ from its most common
 * colour: a blank or single-colour map scores ~0. Decoded in the page, as in fixtures.ts.
 */
async function varietyIn(
  page: Page,
  png: Buffer,
  rect: { x: number; y: number; w: number; h: number },
): Promise<number> {
  return page.evaluate(
    async ({ b64, rect }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = rect.w;
      canvas.height = rect.h;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, rect.x, rect.y, rect.w, rect.h, 0, 0, rect.w, rect.h);
      const { data } = ctx.getImageData(0, 0, rect.w, rect.h);
      const counts = new Map<number, number>();
      let samples = 0;
      for (let i = 0; i < data.length; i += 4 * 97) {
        const key = ((data[i]! >> 3) << 10) | ((data[i + 1]! >> 3) << 5) | (data[i + 2]! >> 3);
        counts.set(key, (counts.get(key) ?? 0) + 1);
        samples++;
      }
      return (samples - Math.max(...counts.values())) / samples;
    },
    { b64: png.toString('base64'), rect },
  );
}

/** The map's camera and pixel ratio, to check an export leaves them as they were. */
function mapState(page: Page) {
  return page.evaluate(() => {
    const map = window.citemap!.map;
    const c = map.getCenter();
    return {
      center: [Number(c.lng.toFixed(5)), Number(c.lat.toFixed(5))],
      zoom: Number(map.getZoom().toFixed(4)),
      ratio: map.getPixelRatio(),
      canvasWidth: map.getCanvas().width,
    };
  });
}

async function exportPng(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Export PNG' }).click(),
  ]);
  const png = readFileSync(await download.path());
  const tools = page.getByTestId('export');
  await expect(tools).toHaveAttribute('data-export-file', download.suggestedFilename());
  const [cssW, cssH] = (await tools.getAttribute('data-export-css-size'))!.split(' ').map(Number);
  const [mx, my, mw, mh] = (await tools.getAttribute('data-export-map-rect'))!
    .split(' ')
    .map(Number);
  return {
    name: download.suggestedFilename(),
    png,
    css: { width: cssW!, height: cssH! },
    map: { x: mx!, y: my!, w: mw!, h: mh! },
  };
}

test('Export PNG downloads the selected place at 2×: title, real map, and its sources as footnotes', async ({
  page,
}) => {
  // A screen on which the map is narrower than the picture (the panel lies over it).
  await page.setViewportSize({ width: 1100, height: 800 });
  await openMap(page, '#p=qaim');
  const before = await mapState(page);
  const mapBox = (await page.getByTestId('map').boundingBox())!;

  const out = await exportPng(page);
  writeFileSync(`${SHOTS}export.png`, out.png);
  await page.screenshot({ path: `${SHOTS}export-tools.png` });
  expect(out.name).toBe('citemap-qaim-2019.png');

  // Twice the composed size: the map at full width, with a header above it and a footer below.
  const size = pngSize(out.png);
  expect(size).toEqual({ width: out.css.width * 2, height: out.css.height * 2 });
  // The map is narrow: it is drawn 800 px wide (captureSize).
  expect(mapBox.width).toBeLessThan(800);
  expect(out.css.width).toBe(800);
  expect(out.map.h).toBe(Math.round(Math.min(Math.max(mapBox.height, 400), 600)));
  expect(out.map.y).toBeGreaterThan(40);
  expect(out.css.height).toBeGreaterThan(out.map.y + out.map.h + 150);
  await expect(page.getByTestId('export')).toHaveAttribute('data-export-width', String(size.width));

  // The map area holds a drawn map, not a cleared WebGL buffer.
  const mapArea = { x: out.map.x * 2, y: out.map.y * 2, w: out.map.w * 2, h: out.map.h * 2 };
  expect(await varietyIn(page, out.png, mapArea)).toBeGreaterThan(0.2);

  // Each source of Qaim's claims is cited once, fully, in the order first cited.
  const wapo = sourcesById.get('wapo-2019-07-21')!;
  const notes = page.getByTestId('export-footnotes').getByRole('listitem');
  const cited = new Set(
    incidents.features
      .find((f) => f.properties.id === 'qaim')!
      .properties.claims.flatMap((c) => c.quotes.map((q) => q.source)),
  );
  await expect(notes).toHaveCount(cited.size);
  await expect(notes.filter({ hasText: /^The Washington Post/ })).toHaveText(
    `${wapo.publication} — Louisa Loveluck and Mustafa Salim, ‘${wapo.headline}’, 21 July 2019`,
  );

  // The map is left as it was: same camera, back at the screen's pixel ratio.
  expect(await mapState(page)).toEqual(before);
});

test('Export PNG in a briefing draws the step, titled with its heading, citing its claims', async ({
  page,
}) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Present briefing' }).click();
  await page.keyboard.press('ArrowRight');
  const step = briefing.steps[1]!;
  await expect(page.getByRole('heading', { level: 2, name: step.heading })).toBeVisible();
  // Let the flight to the step end before reading the camera.
  await page.waitForFunction(() => !window.citemap!.map.isMoving());
  const before = await mapState(page);

  const out = await exportPng(page);
  writeFileSync(`${SHOTS}export-briefing.png`, out.png);
  expect(out.name).toBe(`citemap-${briefing.id}-step-2-${step.id}.png`);
  expect(pngSize(out.png)).toEqual({ width: out.css.width * 2, height: out.css.height * 2 });
  const mapArea = { x: out.map.x * 2, y: out.map.y * 2, w: out.map.w * 2, h: out.map.h * 2 };
  expect(await varietyIn(page, out.png, mapArea)).toBeGreaterThan(0.2);

  const stepSources = new Set(
    step.claims.flatMap((id) => claimsById.get(id)!.quotes.map((q) => q.source)),
  );
  await expect(page.getByTestId('export-footnotes').getByRole('listitem')).toHaveCount(
    stepSources.size,
  );
  expect(await mapState(page)).toEqual(before);
});

test('Print handout prints one page per step: map, heading, every quote with its reference', async ({
  page,
}) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await openMap(page, '#p=qaim');
  const before = await mapState(page);
  const hashBefore = new URL(page.url()).hash;

  await page.getByRole('button', { name: 'Print handout' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed), {
      timeout: 90_000,
    })
    .toBe(1);
  // The reader's view is untouched: camera, pixel ratio, filters and selection (the URL).
  expect(await mapState(page)).toEqual(before);
  expect(new URL(page.url()).hash).toBe(hashBefore);

  // On screen the handout is not shown.
  await expect(page.getByTestId('handout')).toBeHidden();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(
    page.getByRole('complementary', { name: 'Filters and list of places' }),
  ).toBeHidden();
  await expect(page.getByTestId('map')).toBeHidden();

  const pages = page.getByTestId('handout-page');
  await expect(pages).toHaveCount(briefing.steps.length);
  for (const [i, step] of briefing.steps.entries()) {
    const sheet = pages.nth(i);
    await expect(sheet.getByRole('heading', { level: 2 })).toHaveText(step.heading);
    await expect(sheet).toContainText(step.text);
    const img = sheet.getByRole('img', { name: new RegExp(`^Map for step ${i + 1}`) });
    await expect(img).toBeVisible();
    expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
    // Every quote, exactly, with its offsets and the number of its source; the page lists each
    // source once with publication, byline, headline and date.
    const listed = sheet.locator('ol.sources > li');
    for (const id of step.claims) {
      for (const quote of claimsById.get(id)!.quotes) {
        const source = sourcesById.get(quote.source)!;
        const cite = sheet.locator('figure.quote', { hasText: quote.text }).first();
        await expect(cite).toBeVisible();
        await expect(cite).toContainText(
          `characters ${quote.start}–${quote.end} of ${quote.source}`,
        );
        const n = /source (\d+),/.exec((await cite.locator('figcaption').textContent()) ?? '')?.[1];
        const entry = sheet.locator(`ol.sources > li[value="${n}"]`);
        await expect(entry).toContainText(`${source.publication}`);
        await expect(entry).toContainText(`‘${source.headline}’`);
      }
    }
    await expect(listed).toHaveCount(
      new Set(step.claims.flatMap((id) => claimsById.get(id)!.quotes.map((q) => q.source))).size,
    );
  }

  // A4's printable width at 96 px/in (210 mm less two 12 mm margins).
  await page.setViewportSize({ width: 703, height: 1000 });
  for (const i of [0, 1])
    await pages.nth(i).screenshot({ path: `${SHOTS}handout-page-${i + 1}.png` });
  // Chromium's own PDF: one sheet per step (the downloads list and the methodology after them are
  // downloads.spec.ts's and about.spec.ts's).
  await page.getByTestId('handout-downloads').evaluate((el) => el.remove());
  await page.getByTestId('handout-about').evaluate((el) => el.remove());
  const pdf = await page.pdf({ format: 'A4' });
  writeFileSync(`${SHOTS}handout.pdf`, pdf);
  const sheets = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
  expect(sheets.length).toBe(briefing.steps.length);
});
