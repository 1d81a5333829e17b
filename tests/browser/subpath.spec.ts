import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { PublishedBriefing } from '../../src/lib/data/types';
import { readPublished } from './published';
import { test, expect, openMap } from './fixtures';
import { serveStatic } from './static-server';

const PORT = Number(process.env.CITEMAP_TEST_PORT ?? 4173) + 8;
const MOUNT = '/usb-stick/citemap/';
const DIST = fileURLToPath(
  new URL(`../../${process.env.CITEMAP_DIST ?? 'dist'}/`, import.meta.url),
);

let server: Server;
test.beforeAll(async () => {
  server = await serveStatic(DIST, MOUNT, PORT);
});
test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test.use({ baseURL: `http://127.0.0.1:${PORT}${MOUNT}` });

test('dist/ works from a plain static server under a sub-path', async ({ page }) => {
  await openMap(page);
  const labels = await page.evaluate(() => {
    const map = window.citemap!.map;
    const ids = map
      .getStyle()
      .layers.filter((l) => l.type === 'symbol')
      .map((l) => l.id);
    return map.queryRenderedFeatures({ layers: ids }).length;
  });
  expect(labels).toBeGreaterThan(10);
});

test('the main journey works from the sub-path, every request staying under it', async ({
  page,
}) => {
  const incidents = readPublished(DIST);
  const [briefing] = JSON.parse(
    readFileSync(`${DIST}data/briefings.json`, 'utf8'),
  ) as PublishedBriefing[];
  const places = incidents.features.map((f) => f.properties);
  const qaim = places.find((p) => p.id === 'qaim')!;
  const quote = qaim.claims[0]!.quotes[0]!;
  const kidnapping = places.filter((p) => p.claims.some((c) => c.category === 'kidnapping'));
  expect(briefing?.steps.length).toBeGreaterThan(1);
  expect(kidnapping.length).toBeGreaterThan(0);

  // The guard fails on another origin; this also fails on a path outside the mount.
  const outside: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol.startsWith('http') && !url.pathname.startsWith(MOUNT)) outside.push(req.url());
  });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openMap(page);

  // A place from the list opens its citations; a quote is there, exactly.
  const list = page.getByRole('region', { name: 'Places' });
  await list.getByRole('button', { name: /^Al-Qaim/ }).click();
  const panel = page.locator('aside.citation-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(qaim.name_en);
  const item = panel.getByRole('listitem').filter({
    has: page.locator('blockquote', { hasText: quote.text }),
  });
  await expect(item.locator('blockquote')).toHaveText(quote.text);

  // "Read in source" loads the archived text from the sub-path and marks the passage.
  await item.getByRole('button', { name: 'Read in source' }).click();
  const reader = page.getByRole('dialog');
  await expect(reader.locator('mark#reader-current')).toHaveText(quote.text);
  await expect(reader.locator('mark#reader-current')).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(reader).toBeHidden();

  // A category filter.
  await page.getByRole('button', { name: 'Select no categories' }).click();
  await page.getByRole('checkbox', { name: /^Kidnapping \d+ claims?$/ }).check();
  await expect(list.locator('[data-place]')).toHaveCount(kidnapping.length);
  await expect(page).toHaveURL(/[#&]cat=kidnapping/);

  // The briefing starts and steps.
  await page.getByRole('button', { name: 'Present briefing' }).click();
  const card = page.locator('section.briefing');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText(briefing!.steps[0]!.heading);
  await page.keyboard.press('ArrowRight');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText(briefing!.steps[1]!.heading);
  await expect(page.getByTestId('briefing-quote')).toHaveText(
    incidents.claimsById.get(briefing!.steps[1]!.key_quote.claim)!.quotes[
      briefing!.steps[1]!.key_quote.quote
    ]!.text,
  );

  expect(outside).toEqual([]);
});
