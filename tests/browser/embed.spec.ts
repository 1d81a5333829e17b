import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import type { FrameLocator, Page } from '@playwright/test';
import { readPublished } from './published';
import { test, expect } from './fixtures';

const SHOTS = new URL('../artifacts/screenshots/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

// What the built app serves (the folder the preview server serves).
const DIST = new URL(`../../${process.env.CITEMAP_DIST ?? 'dist'}/`, import.meta.url);
const data = readPublished(DIST);
const SUBJECT = 'ISIS fighters slip back into Iraq from Syria, 2019';
const place = (id: string) => data.features.find((f) => f.properties.id === id)!.properties;

/**
 * A host page on a second origin: a news site's article with the map embedded. The app is on
 * 127.0.0.1:PORT (the preview server); the host is on another port of this machine, so the frame
 * is cross-origin for the browser in every respect (storage, focus, history, frame-ancestors).
 */
let host: Server;
let hostOrigin = '';
let hostBody = '';

test.beforeAll(async () => {
  host = createServer((req, res) => {
    if (req.url !== '/article.html') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host article</title>` +
        `</head><body><main><h1>Reporting the return</h1>` +
        `<p><a href="#before">A link before the map</a></p>${hostBody}` +
        `<p>Text after the map.</p></main></body></html>`,
    );
  });
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((done) => host.close(() => done())));

/** Opens the host page with `body` in it; the guard lets this one other origin through. */
async function openHost(page: Page, body: string): Promise<FrameLocator> {
  hostBody = body;
  await page.route(`${hostOrigin}/**`, (route) => route.continue());
  await page.goto(`${hostOrigin}/article.html`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByTestId('map')).toHaveAttribute('aria-busy', 'false', {
    timeout: 60_000,
  });
  return frame;
}

const iframe = (src: string) =>
  `<iframe src="${src.replaceAll('&', '&amp;')}" title="citemap map" width="800" height="560" ` +
  `style="border:0" allow="fullscreen"></iframe>`;

/** Presses Tab until `isThere` says the focus arrived, at most `max` times. */
async function tabUntil(page: Page, isThere: () => Promise<boolean>, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await isThere()) return;
  }
  throw new Error('Tab never reached its target');
}

test('an embed on another origin: the map and legend, credit, keyboard selection, no serious axe violations', async ({
  page,
  baseURL,
}) => {
  const frame = await openHost(page, iframe(`${baseURL}?embed#cat=attack,kidnapping`));

  // Minimal chrome: no header, no sidebar; the map, its legend, the credit and the way out.
  await expect(frame.getByRole('banner')).toHaveCount(0);
  await expect(
    frame.getByRole('complementary', { name: 'Filters and list of places' }),
  ).toHaveCount(0);
  await expect(frame.getByRole('region', { name: /^Map of Iraq/ })).toBeVisible();
  await expect(frame.locator('section.legend')).toBeVisible();
  await expect(frame.getByText('citemap: every mark backed by a verified quote')).toBeVisible();
  await expect(frame.locator('.maplibregl-ctrl-attrib')).toContainText('Natural Earth');
  const open = frame.getByRole('link', { name: /Open the full map/ });
  await expect(open).toHaveAttribute('target', '_blank');
  await expect(open).toHaveAttribute('rel', 'noopener');

  // From the host page, Tab into the frame and on to the map; ] picks a place, Enter opens it.
  const canvas = frame.locator('canvas.maplibregl-canvas');
  const entries = await page.evaluate(() => history.length);
  await page.getByRole('link', { name: 'A link before the map' }).focus();
  await tabUntil(page, () => canvas.evaluate((el) => el === document.activeElement));
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
  await page.keyboard.press(']');
  await expect(frame.getByTestId('map-cursor-status')).not.toBeEmpty();
  await page.keyboard.press('Enter');
  const panel = frame.locator('aside.citation-panel');
  await expect(panel).toBeVisible();
  const name = (await panel.getByRole('heading', { level: 2 }).textContent())!.trim();
  const chosen = data.features.find((f) => f.properties.name_en === name)?.properties;
  expect(chosen, `the embed opened an unknown place "${name}"`).toBeDefined();
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  // The link out follows the view: the same place and filters, without ?embed.
  await expect(open).toHaveAttribute('href', new RegExp(`^${baseURL}#.*p=${chosen!.id}`));
  await expect(open).toHaveAttribute('href', /cat=attack,kidnapping/);
  // The embed never pushes into the host page's history: Back leaves nothing of the map behind.
  expect(await page.evaluate(() => history.length)).toBe(entries);

  await page.screenshot({ path: `${SHOTS}embed-in-host.png` });

  // axe on the host page and into the frame (axe-core/playwright audits cross-origin frames).
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  for (const v of violations)
    console.log(
      `[embed] ${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});

test('"Open the full map" opens the same view in the full app, in a new tab', async ({
  page,
  context,
  baseURL,
}) => {
  const qaim = place('qaim');
  const frame = await openHost(page, iframe(`${baseURL}?embed#p=qaim&ind=1`));
  const panel = frame.locator('aside.citation-panel');
  await expect(panel.getByRole('heading', { level: 2, name: qaim.name_en })).toBeVisible();

  const [full] = await Promise.all([
    context.waitForEvent('page'),
    frame.getByRole('link', { name: /Open the full map/ }).click(),
  ]);
  await expect(full.getByTestId('map')).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  const url = new URL(full.url());
  expect(url.origin + url.pathname).toBe(new URL(baseURL!).href);
  expect(url.search).toBe('');
  const hash = new URLSearchParams(url.hash.slice(1));
  expect(hash.get('p')).toBe('qaim');
  expect(hash.get('ind')).toBe('1');
  // The full app: header, sidebar, and the same place open.
  await expect(full.getByRole('banner')).toBeVisible();
  await expect(
    full.getByRole('complementary', { name: 'Filters and list of places' }),
  ).toBeVisible();
  await expect(
    full.locator('aside.citation-panel').getByRole('heading', { level: 2, name: qaim.name_en }),
  ).toBeVisible();
  // Opened with noopener: the new tab cannot reach back into the host page.
  expect(await full.evaluate(() => window.opener)).toBeNull();
  await full.close();
});

test('a briefing step embeds too, with its card and the way out', async ({ page, baseURL }) => {
  const briefings = (await (await page.request.get(`${baseURL}data/briefings.json`)).json()) as {
    id: string;
    steps: { heading: string }[];
  }[];
  const b = briefings[0]!;
  const frame = await openHost(page, iframe(`${baseURL}?embed#b=${b.id}:2`));
  await expect(frame.getByRole('heading', { level: 2, name: b.steps[2]!.heading })).toBeVisible();
  await expect(frame.getByRole('link', { name: /Open the full map/ })).toHaveAttribute(
    'href',
    new RegExp(`#.*b=${b.id}%3A2|#.*b=${b.id}:2`),
  );
  await page.screenshot({ path: `${SHOTS}embed-briefing.png` });
});

test('"Copy embed code" copies an iframe of this view that a host page can paste', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const kirkuk = place('kirkuk');
  await page.goto(`./#p=kirkuk&cat=attack`);
  await expect(page.getByTestId('map')).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  const button = page.getByRole('banner').getByRole('button', { name: 'Copy embed code' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('banner').getByRole('status').filter({ hasText: 'Embed code copied' }),
  ).toBeVisible();
  const code = await page.evaluate(() => navigator.clipboard.readText());
  expect(code).toMatch(/^<iframe [^<>]*><\/iframe>$/);
  const hash = new URL(page.url()).hash;
  expect(new URLSearchParams(hash.slice(1)).get('p')).toBe('kirkuk');
  expect(new URLSearchParams(hash.slice(1)).get('cat')).toBe('attack');

  // Pasted into a page on another origin, it is one iframe that shows this view.
  const frame = await openHost(page, code);
  await expect(
    frame.locator('aside.citation-panel').getByRole('heading', { level: 2, name: kirkuk.name_en }),
  ).toBeVisible();
  const pasted = page.locator('main > iframe');
  await expect(page.locator('iframe')).toHaveCount(1);
  await expect(pasted).toHaveAttribute('src', `${baseURL}?embed${hash}`);
  await expect(pasted).toHaveAttribute('title', `citemap map: ${kirkuk.name_en} — ${SUBJECT}`);
  await expect(pasted).toHaveAttribute('loading', 'lazy');
  const size = await pasted.evaluate((el) => [el.getAttribute('width'), el.getAttribute('height')]);
  expect(Number(size[0])).toBeGreaterThanOrEqual(600);
  expect(Number(size[1])).toBeGreaterThanOrEqual(400);
});
