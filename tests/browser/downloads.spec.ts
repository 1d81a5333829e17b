import { mkdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';
import { test, expect, openMap } from './fixtures';
import { catchPrint, printHandout } from './print';
import type { PublishedClaimIndex } from '../../src/lib/data/published';
import { DOWNLOAD_FILES } from '../../src/lib/data/downloads/files';
import type { PublishedSource } from '../../src/lib/data/types';
import { apaReference } from '../../src/lib/citations/citations';

const SHOTS = new URL('../artifacts/screenshots/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

// What the built app serves.
const DIST = new URL(`../../${process.env.CITEMAP_DIST ?? 'dist'}/`, import.meta.url);
const claims = (
  JSON.parse(readFileSync(new URL('data/claim-index.json', DIST), 'utf8')) as PublishedClaimIndex
).claims;
const published = (file: string) => readFileSync(new URL(`data/downloads/${file}`, DIST), 'utf8');

/** claim ids in a downloaded CSV (after its BOM and header). */
function csvClaimIds(csv: string): Set<string> {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const lines = csv.slice(1).split('\r\n').filter(Boolean);
  expect(lines[0]!.startsWith('claim_id,place_id,')).toBe(true);
  return new Set(lines.slice(1).map((l) => l.slice(0, l.indexOf(','))));
}

async function text(download: Download): Promise<string> {
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

async function openByKeyboard(page: Page) {
  const button = page.getByRole('banner').getByRole('button', { name: 'Download', exact: true });
  for (let i = 0; i < 80 && !(await button.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Download the data' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { level: 2, name: 'Download the data' })).toBeFocused();
  return { button, dialog };
}

test('the Download panel opens by keyboard and downloads everything and the filtered set', async ({
  page,
}) => {
  // Filter to attacks: the panel offers them as the filtered set
  const attacks = new Set(claims.filter((c) => c.category === 'attack').map((c) => c.id));
  expect(attacks.size).toBeGreaterThan(0);
  expect(attacks.size).toBeLessThan(claims.length);
  await openMap(page, '#cat=attack');
  const { button, dialog } = await openByKeyboard(page);

  await expect(
    dialog.getByRole('columnheader', { name: `Everything (${claims.length} claims)` }),
  ).toBeVisible();
  await expect(
    dialog.getByText(/^The current filters show \d+ claims? at \d+ places?\./),
  ).toHaveText(new RegExp(`show ${attacks.size} claims at `));
  const rows = dialog.getByRole('row');
  await expect(rows).toHaveCount(DOWNLOAD_FILES.length + 1);
  for (const f of DOWNLOAD_FILES) {
    const row = rows.filter({ has: page.getByRole('rowheader', { name: f.title }) });
    await expect(row.getByRole('link', { name: f.file, exact: true })).toBeVisible();
    await expect(row.getByRole('button', { name: `Filtered ${f.file}` })).toBeEnabled();
  }
  await dialog.screenshot({ path: `${SHOTS}downloads-panel.png` });

  // Everything: the published CSV, by keyboard (Tab to the link, Enter)
  const allCsv = dialog.getByRole('link', { name: 'claims.csv', exact: true });
  await allCsv.focus();
  const [all] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(all.suggestedFilename()).toBe('citemap-claims.csv');
  const allText = await text(all);
  expect(allText).toBe(published('claims.csv'));
  expect(csvClaimIds(allText)).toEqual(new Set(claims.map((c) => c.id)));

  // The filtered CSV is made in the browser: only the attacks
  const filteredCsv = dialog.getByRole('button', { name: 'Filtered claims.csv' });
  await filteredCsv.focus();
  const [some] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(some.suggestedFilename()).toBe('citemap-filtered-claims.csv');
  const someText = await text(some);
  expect(csvClaimIds(someText)).toEqual(attacks);
  for (const line of someText.slice(1).split('\r\n').slice(1).filter(Boolean)) {
    expect(line).toContain(',attack,');
  }
  await expect(dialog.getByRole('status')).toHaveText('citemap-filtered-claims.csv downloaded.');

  // …and so are the GeoJSON points and the annotations, addressed at this app's texts
  const [points] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Filtered claims.geojson' }).click(),
  ]);
  const fc = JSON.parse(await text(points)) as {
    features: { geometry: { type: string }; properties: { claim_id: string; category: string } }[];
  };
  expect(new Set(fc.features.map((f) => f.properties.claim_id))).toEqual(attacks);
  expect(new Set(fc.features.map((f) => f.geometry.type))).toEqual(new Set(['Point']));
  const [notes] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Filtered annotations.jsonld' }).click(),
  ]);
  const collection = JSON.parse(await text(notes)) as {
    '@context': string;
    label: string;
    first: { items: { id: string; target: { source: string } }[] };
  };
  expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
  expect(collection.label).toMatch(/categories: Attack/);
  const origin = new URL(page.url()).origin;
  for (const a of collection.first.items) {
    expect(attacks.has(a.id.slice(1, a.id.indexOf('/quotes/')))).toBe(true);
    expect(a.target.source.startsWith(`${origin}/sources/`)).toBe(true);
  }

  // Escape closes the dialog and gives focus back to the header button
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('Tab goes round the Download dialog, and its Close button gives focus back', async ({
  page,
}) => {
  await openMap(page);
  const { button, dialog } = await openByKeyboard(page);
  const close = dialog.getByRole('button', { name: 'Close', exact: true });
  const last = dialog.getByRole('button', { name: `Filtered ${DOWNLOAD_FILES.at(-1)!.file}` });
  // From the heading, Tab reaches the first control; past the last one it comes round to it.
  await page.keyboard.press('Tab');
  await expect(close).toBeFocused();
  await last.focus();
  await page.keyboard.press('Tab');
  await expect(close).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(last).toBeFocused();
  await close.click();
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('every published download is linked from the panel and served', async ({ page, request }) => {
  await openMap(page);
  await page.getByRole('banner').getByRole('button', { name: 'Download', exact: true }).click();
  // WCAG 2.2 AA, as axe judges the open dialog
  const { violations } = await new AxeBuilder({ page })
    .include('[data-testid="download-dialog"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
  const links = page.getByRole('dialog', { name: 'Download the data' }).getByRole('link');
  const hrefs = await links.evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).href));
  expect(hrefs.map((h) => new URL(h).pathname.replace(/^.*\/data\/downloads\//, ''))).toEqual(
    DOWNLOAD_FILES.map((f) => f.file),
  );
  for (const href of hrefs) {
    const res = await request.get(href);
    expect(res.ok(), href).toBe(true);
    expect((await res.body()).length, href).toBeGreaterThan(100);
  }
});

test('"Copy citation" copies a clean reference in the chosen style', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const sources = JSON.parse(
    readFileSync(new URL('data/sources.json', DIST), 'utf8'),
  ) as PublishedSource[];
  const rewrite = sources.find((s) => s.id === 'rewrite-2019-07')!;
  const claim = claims.find((c) => c.quote_sources.includes(rewrite.id))!;
  const placeId = claim.places[0]!;
  await openMap(page, `#p=${placeId}`);
  const panel = page.locator('aside.citation-panel');
  const card = panel.getByRole('article').filter({ hasText: claim.summary });
  const item = card
    .getByRole('listitem')
    .filter({ has: page.locator('figcaption', { hasText: rewrite.headline }) })
    .first();
  await expect(item).toBeVisible();
  const style = item.getByRole('combobox', { name: 'Citation style' });
  const copy = async () => {
    await item.getByRole('button', { name: 'Copy citation' }).click();
    await expect(item.getByRole('status')).toHaveText('Copied');
    return page.evaluate(() => navigator.clipboard.readText());
  };

  // the default: the quote and a reference without the catalogue's "Unknown (…)" note
  const plain = await copy();
  expect(plain).toMatch(new RegExp(` — “${rewrite.headline},” July 2019\\.$`));
  expect(plain).not.toContain('Unknown');

  await style.selectOption({ label: 'APA' });
  expect(await copy()).toBe(apaReference(rewrite));
  await style.selectOption({ label: 'Chicago' });
  expect(await copy()).toBe(`“${rewrite.headline}.” July 2019.`);
  await style.selectOption({ label: 'BibTeX' });
  expect(await copy()).toMatch(new RegExp(`^@misc\\{${rewrite.id},\\n`));
  await style.selectOption({ label: 'RIS' });
  expect(await copy()).toMatch(/^TY {2}- GEN\r\n/);
  await item.screenshot({ path: `${SHOTS}copy-citation-styles.png` });
});

test('the printed handout lists every download with its address', async ({ page }) => {
  await catchPrint(page);
  await openMap(page);
  await printHandout(page);
  const list = page.getByTestId('handout-downloads');
  await expect(list).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(list.getByRole('heading', { level: 2, name: 'Downloads' })).toBeVisible();
  const origin = new URL(page.url()).origin;
  for (const f of DOWNLOAD_FILES) {
    await expect(
      list.getByText(`${origin}/data/downloads/${f.file}`, { exact: true }),
    ).toBeVisible();
  }
  await page.setViewportSize({ width: 703, height: 1000 });
  await list.screenshot({ path: `${SHOTS}handout-downloads.png` });
});
