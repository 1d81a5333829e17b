/**
 * Hostile data in the real app: the built app, served with the hostile-but-legal fixture
 * (tests/fixtures/hostile/legal) as its data. Markup, `javascript:` text, a bidi override and
 * zero-width characters pass through every view a user reaches — list, search, panel, reader,
 * tooltip, briefing — and must come out as the exact characters, inert: no dialog, no script, no
 * event-handler attribute, no request for `x`, and no Content-Security-Policy violation.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { buildDataset } from '../../src/pipeline/data/build';
import { readPublished, type TestPlace } from './published';
import { test, expect, openMap } from './fixtures';
import { serveStatic } from './static-server';

const SHOTS = new URL('../artifacts/screenshots/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

const PORT = Number(process.env.CITEMAP_TEST_PORT ?? 4173) + 9;
const MOUNT = '/hostile/';
const DIST = fileURLToPath(
  new URL(`../../${process.env.CITEMAP_DIST ?? 'dist'}/`, import.meta.url),
);
const LEGAL = fileURLToPath(new URL('../fixtures/hostile/legal/', import.meta.url));

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const JS = 'javascript:alert(1)';
const NAME = `${SCRIPT} Town`;
const SEED = readFileSync(join(LEGAL, 'seeds/hostile.txt'), 'utf8');

let root: string;
let server: Server;
let town: { properties: TestPlace; geometry: { coordinates: [number, number] } };

/** The built app with its data/ and sources/ replaced by the hostile build's. */
test.beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'citemap-hostile-app-'));
  const result = await buildDataset({ rootDir: LEGAL, outDir: root });
  expect(result.errors).toEqual([]);
  for (const entry of readdirSync(DIST)) {
    if (entry !== 'data' && entry !== 'sources') symlinkSync(join(DIST, entry), join(root, entry));
  }
  const fc = readPublished(`${root}/`) as unknown as { features: (typeof town)[] };
  town = fc.features[0]!;
  server = await serveStatic(root, MOUNT, PORT);
});
test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

test.use({ baseURL: `http://127.0.0.1:${PORT}${MOUNT}` });

declare global {
  interface Window {
    __pwned?: string[];
    __cspViolations?: string[];
  }
}

/**
 * Tripwires, installed before any of the app's code runs: alert/confirm/prompt record that they
 * were called, and every CSP violation (an inline script or handler the policy blocked) is kept.
 */
async function arm(page: Page): Promise<{ dialogs: string[]; strayRequests: string[] }> {
  const dialogs: string[] = [];
  const strayRequests: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  // `<img src=x>` would fetch `x` next to the page if it ever became an element.
  page.on('request', (req) => {
    if (/\/x$/.test(new URL(req.url()).pathname)) strayRequests.push(req.url());
  });
  await page.addInitScript(() => {
    window.__pwned = [];
    window.__cspViolations = [];
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      Object.defineProperty(window, name, {
        value: (...args: unknown[]) => {
          window.__pwned!.push(`${name}(${args.map(String).join(', ')})`);
          return null;
        },
      });
    }
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations!.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
    });
  });
  return { dialogs, strayRequests };
}

/** Nothing ran and nothing executable was made from the data. */
async function expectInert(page: Page, trip: { dialogs: string[]; strayRequests: string[] }) {
  const state = await page.evaluate(() => ({
    pwned: window.__pwned,
    csp: window.__cspViolations,
    inlineScripts: document.querySelectorAll('script:not([src])').length,
    handlers: [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes]
        .filter((a) => /^on/i.test(a.name))
        .map((a) => `${el.tagName.toLowerCase()}[${a.name}]`),
    ),
    jsUrls: document.querySelectorAll(
      '[href^="javascript:" i], [src^="javascript:" i], [action^="javascript:" i]',
    ).length,
    dataImages: document.querySelectorAll('img[src="x"], svg[onload]').length,
  }));
  expect(state).toEqual({
    pwned: [],
    csp: [],
    inlineScripts: 0,
    handlers: [],
    jsUrls: 0,
    dataImages: 0,
  });
  expect(trip.dialogs).toEqual([]);
  expect(trip.strayRequests).toEqual([]);
}

test('hostile names, quotes and source metadata are shown as exact, inert text everywhere', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const trip = await arm(page);
  await openMap(page);
  // The policy is in force: the page itself cannot run an inline script.
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /script-src 'self';/,
  );

  // The list: the name as text, the Arabic name (with its legal zero-width non-joiner) as text.
  const list = page.getByRole('region', { name: 'Places' });
  const row = list.locator('[data-place="hostile-town"]');
  await expect(row).toContainText(NAME);
  await expect(row).toContainText(town.properties.name_ar);
  await row.getByRole('button', { name: NAME }).first().click();
  await expect(page).toHaveURL(/[#&]p=hostile-town/);

  // The panel: heading, Arabic name, summaries, every quote and source line, character for character.
  const panel = page.locator('aside.citation-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(NAME);
  await expect(panel.getByText(town.properties.name_ar, { exact: true })).toHaveAttribute(
    'dir',
    'rtl',
  );
  for (const claim of town.properties.claims) {
    await expect(panel.getByRole('heading', { level: 4, name: claim.summary })).toBeVisible();
  }
  const quotes = await panel.locator('blockquote').allTextContents();
  expect(quotes).toEqual(
    expect.arrayContaining(town.properties.claims.flatMap((c) => c.quotes.map((q) => q.text))),
  );
  expect(quotes.join('\n')).toContain(SCRIPT);
  expect(quotes.join('\n')).toContain(IMG);
  expect(quotes.join('\n')).toContain('named \u202Egnp.exe and was sent to 40\u200B000 phones.');
  await expect(panel.locator('figcaption').first()).toContainText(
    `${SCRIPT} Gazette · "><svg onload=alert(1)> · 21 July 2019 · Checkpoint note: ${IMG}`,
  );
  // The unterminated override stays inside its quotation: the quote's characters sit in an inline
  // bidi isolate, so the closing quotation mark after them keeps its place. (A block such as the
  // <p> around them already stops the override at its end, but not before its ::after mark.)
  await panel
    .locator('[data-claim="hostile-leaflet"] figure')
    .filter({ hasText: 'gnp.exe' })
    .screenshot({ path: `${SHOTS}hostile-quote-bidi.png` });
  const reversed = panel.locator('.quote-text', { hasText: 'gnp.exe' });
  expect(
    await reversed.evaluate((p) => {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      while (walker.nextNode() && !walker.currentNode.nodeValue!.includes('\u202E'));
      const isolates: string[] = [];
      for (let el = walker.currentNode.parentElement; el && el !== p; el = el.parentElement) {
        const style = getComputedStyle(el);
        if (style.display === 'inline') isolates.push(style.unicodeBidi);
      }
      return isolates;
    }),
  ).toContain('isolate');
  await panel.screenshot({ path: `${SHOTS}hostile-panel.png` });

  // The reader: the whole archived text exactly as stored, the quoted passage marked.
  const quote = panel.getByRole('listitem').filter({ hasText: SCRIPT }).first();
  await quote.getByRole('button', { name: 'Read in source' }).click();
  const reader = page.getByRole('dialog', { name: `Checkpoint note: ${IMG}` });
  await expect(reader).toBeVisible();
  const body = reader.getByTestId('article-body');
  await expect(body.locator('mark#reader-current')).toHaveText(
    `Militants left a note on the checkpoint that read ${SCRIPT} in plain letters.`,
  );
  expect(await body.textContent()).toBe(SEED);
  await reader.getByText('Editorial note').click();
  await expect(reader).toContainText(`The original was at ${JS} before it was archived.`);
  await reader.screenshot({ path: `${SHOTS}hostile-reader.png` });
  await page.keyboard.press('Escape');
  await expect(reader).toBeHidden();

  // Search: the markup is just letters to match.
  const box = page.getByRole('combobox', { name: 'Search places and quotes' });
  await box.fill('onerror');
  const listbox = page.getByRole('listbox', { name: 'Search results' });
  await expect(listbox.getByRole('option').first()).toContainText(IMG);
  await page.screenshot({
    path: `${SHOTS}hostile-search.png`,
    clip: { x: 0, y: 0, width: 1280, height: 400 },
  });
  await box.fill('script');
  await expect(listbox.getByRole('option').first()).toContainText(NAME);
  await box.press('Enter');
  await expect(page).toHaveURL(/[#&]p=hostile-town/);

  // The tooltip, hovering the place on the map.
  await page.getByRole('button', { name: 'Close the citation panel' }).click();
  // The search flew the map there and closing the panel resized it: project once it has settled.
  await expect
    .poll(async () => {
      const at = await page.evaluate(
        (ll) => (window.citemap!.map.isMoving() ? null : window.citemap!.map.project(ll)),
        town.geometry.coordinates,
      );
      if (!at) return false;
      const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
      await page.mouse.move(canvas.x + at.x + 1, canvas.y + at.y);
      await page.mouse.move(canvas.x + at.x, canvas.y + at.y);
      return page.getByTestId('map-tooltip').isVisible();
    })
    .toBe(true);
  await expect(page.getByTestId('map-tooltip')).toContainText(NAME);
  await page.getByTestId('map').screenshot({ path: `${SHOTS}hostile-tooltip.png` });

  await expectInert(page, trip);
});

test('a hostile briefing presents its text inert', async ({ page }) => {
  const trip = await arm(page);
  await openMap(page);
  await page.getByRole('button', { name: 'Present briefing' }).click();
  const card = page.locator('section.briefing');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText(`The note ${IMG}`);
  await expect(card).toContainText(`It read ${SCRIPT}; the leaflet linked to ${JS}.`);
  await expect(page.getByTestId('briefing-quote')).toHaveText(
    `Militants left a note on the checkpoint that read ${SCRIPT} in plain letters.`,
  );
  await page.keyboard.press('ArrowRight');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('The leaflet');
  await expect(page.getByTestId('briefing-quote')).toHaveText(
    'Officials said the file was named \u202Egnp.exe and was sent to 40\u200B000 phones.',
  );
  await page.screenshot({ path: `${SHOTS}hostile-briefing.png` });
  await expectInert(page, trip);
});

test('the tripwires catch markup that does become HTML', async ({ page, guard }) => {
  // A control for the two tests above: if the app ever wrote a value as HTML, this is what they
  // would see — the policy refuses the inline handler and reports it, and nothing else runs.
  const trip = await arm(page);
  await openMap(page);
  await page.evaluate(async (html) => {
    const probe = document.createElement('div');
    probe.innerHTML = html;
    const failed = new Promise((resolve) =>
      probe.firstElementChild!.addEventListener('error', resolve),
    );
    document.body.append(probe);
    await failed;
  }, IMG);
  await expect
    .poll(() => page.evaluate(() => window.__cspViolations))
    .toEqual([expect.stringMatching(/^script-src-attr inline /)]);
  expect(await page.evaluate(() => window.__pwned)).toEqual([]);
  expect(trip.strayRequests).toEqual([expect.stringMatching(/\/hostile\/x$/)]);
  // The browser logs the refusal; that expected error is this test's, not the app's.
  expect(guard.consoleErrors).toContainEqual(expect.stringContaining('Content Security Policy'));
  guard.consoleErrors.length = 0;
});
