import { mkdirSync, readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { readPublished, type TestPlace } from './published';
import { test, expect, openMap } from './fixtures';
import type { PublishedSource } from '../../src/lib/data/types';
import { formatCitation } from '../../src/lib/citations/citations';
import { sourceLinks } from '../../src/lib/citations/reader-model';

const SHOTS = new URL('../artifacts/screenshots/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

const PUBLIC = new URL('../../public/', import.meta.url);
const incidents = readPublished(PUBLIC);
const sources = JSON.parse(
  readFileSync(new URL('data/sources.json', PUBLIC), 'utf8'),
) as PublishedSource[];

function place(id: string): TestPlace {
  const p = incidents.features.find((f) => f.properties.id === id)?.properties;
  if (!p) throw new Error(`no place ${id} in places.geojson`);
  return p;
}

function source(id: string): PublishedSource {
  const s = sources.find((x) => x.id === id);
  if (!s) throw new Error(`no source ${id} in sources.json`);
  return s;
}

/** Every distinct cited position in one article, in reading order, as `start-end`. */
function citedPositions(sourceId: string): string[] {
  const seen = new Map<string, [number, number]>();
  for (const f of incidents.features) {
    for (const c of f.properties.claims) {
      for (const q of c.quotes) {
        if (q.source === sourceId) seen.set(`${q.start}-${q.end}`, [q.start, q.end]);
      }
    }
  }
  return [...seen.values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([s, e]) => `${s}-${e}`);
}

function hashParam(page: Page, key: string): string | null {
  return new URLSearchParams(new URL(page.url()).hash.slice(1)).get(key);
}

const panelOf = (page: Page): Locator => page.locator('aside.citation-panel');

/** The list item of the quotation with exactly this text. */
function quoteItem(panel: Locator, text: string): Locator {
  return panel.getByRole('listitem').filter({
    has: panel.page().locator('blockquote', { hasText: text }),
  });
}

const qaim = place('qaim');
const wapo = source('wapo-2019-07-21');
const saad = qaim.claims.find((c) => c.id === 'col-saad-wounded-near-qaim-2017')!;
const saadQuote = saad.quotes.find((q) => q.source === wapo.id)!;

test('a place link opens the citation panel with names, exact quotes, sources and corroboration', async ({
  page,
}) => {
  await openMap(page, '#p=qaim');
  const panel = panelOf(page);
  await expect(panel).toBeVisible();
  await expect(page.getByRole('complementary', { name: qaim.name_en })).toBeVisible();

  const heading = panel.getByRole('heading', { level: 2, name: qaim.name_en });
  await expect(heading).toBeFocused();
  const arabic = panel.getByText(qaim.name_ar, { exact: true });
  await expect(arabic).toHaveAttribute('lang', 'ar');
  await expect(arabic).toHaveAttribute('dir', 'rtl');
  await expect(panel).toContainText('Settlement — a town located by GeoNames');
  await expect(panel).toContainText(String(qaim.geonames_id));

  // Every quote of every claim, character for character, as a quotation.
  const shown = await panel.locator('blockquote').allTextContents();
  const expected = qaim.claims.flatMap((c) => c.quotes.map((q) => q.text));
  expect(shown).toEqual(expect.arrayContaining(expected));
  expect(shown).toHaveLength(expected.length);
  for (const claim of qaim.claims) {
    await expect(panel.getByRole('heading', { level: 4, name: claim.summary })).toBeVisible();
  }

  // The source line and the badge of the Post's quote about Col. Saad.
  const item = quoteItem(panel, saadQuote.text);
  await expect(item.locator('figcaption')).toContainText(
    `${wapo.publication} · Louisa Loveluck and Mustafa Salim · 21 July 2019 · ${wapo.headline}`,
  );
  const card = panel.getByRole('article', { name: saad.summary });
  const n = saad.corroboration.independent_origins;
  await expect(card).toContainText(`${n} independent source${n === 1 ? '' : 's'}`);
  // The rewrite's quote says it is not a second witness.
  const rewriteQuote = saad.quotes.find((q) => q.source === 'rewrite-2019-07')!;
  await expect(quoteItem(panel, rewriteQuote.text).locator('figcaption')).toContainText(
    'Rewrite of The Washington Post article — not independent',
  );

  await panel.screenshot({ path: `${SHOTS}citation-panel-qaim.png` });

  // Clicking a claim's heading opens it: highlighted, and in the URL.
  await panel.getByRole('button', { name: saad.summary }).click();
  await expect(card).toHaveAttribute('aria-current', 'true');
  expect(hashParam(page, 'cl')).toBe(saad.id);
});

test('"Read in source" opens the article at exactly that passage and steps through the others', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openMap(page, '#p=qaim');
  const panel = panelOf(page);
  const read = quoteItem(panel, saadQuote.text).getByRole('button', { name: 'Read in source' });
  await read.click();

  const reader = page.getByRole('dialog', { name: wapo.headline });
  await expect(reader).toBeVisible();
  const body = reader.getByTestId('article-body');
  const current = body.locator('mark#reader-current');
  await expect(current).toHaveText(saadQuote.text, { useInnerText: false });
  expect(await current.textContent()).toBe(saadQuote.text);
  await expect(current).toBeInViewport();
  expect(await body.textContent()).toBe(readFileSync(new URL(wapo.path, PUBLIC), 'utf8'));
  expect(hashParam(page, 'a')).toBe(wapo.id);
  expect(hashParam(page, 'q')).toBe(`${saadQuote.start}-${saadQuote.end}`);

  const positions = citedPositions(wapo.id);
  const at = positions.indexOf(`${saadQuote.start}-${saadQuote.end}`);
  await expect(reader).toContainText(`Passage ${at + 1} of ${positions.length}`);
  await expect(reader).toContainText(`cited at ${qaim.name_en} — ${saad.summary}`);
  await expect(reader.locator('mark.cited')).not.toHaveCount(0);

  // Scrolled to the passage, the headline is out of view; the bar above the text names the
  // article: publication, date and headline.
  const topbar = reader.getByTestId('reader-topbar');
  await expect(reader.getByRole('heading', { level: 2 })).not.toBeInViewport();
  await expect(topbar).toBeInViewport();
  await expect(topbar).toContainText(`Archived article · ${wapo.publication} · 21 July 2019`);
  const topHeadline = topbar.getByText(wapo.headline, { exact: true });
  await expect(topHeadline).toBeInViewport();
  expect((await topHeadline.boundingBox())!.width).toBeGreaterThan(100);
  await reader.screenshot({ path: `${SHOTS}article-reader.png` });

  // "Original" and "Archived copy" links as the catalogue has them (the 2019 seeds have none
  // yet, so none): never a link without a web address or a name.
  const expected = sourceLinks(wapo);
  const links = reader.getByTestId('reader-links').getByRole('link');
  await expect(links).toHaveCount(expected.length);
  for (const [i, link] of expected.entries()) {
    await expect(links.nth(i)).toHaveAttribute('href', link.href);
    await expect(links.nth(i)).toHaveAttribute('rel', 'noopener noreferrer');
  }
  for (const a of await reader.locator('a').all()) {
    expect(await a.getAttribute('href')).toMatch(/^https?:\/\/\S+$/);
    expect((await a.innerText()).trim()).not.toBe('');
  }

  await reader.getByRole('button', { name: 'Next' }).click();
  await expect.poll(() => hashParam(page, 'q')).toBe(positions[at + 1]);
  await expect(reader).toContainText(`Passage ${at + 2} of ${positions.length}`);
  const [s, e] = positions[at + 1]!.split('-').map(Number) as [number, number];
  const text = readFileSync(new URL(wapo.path, PUBLIC), 'utf8');
  await expect(current).toHaveText(text.slice(s, e));
  await expect(current).toBeInViewport();

  await reader.getByRole('button', { name: 'Previous' }).click();
  await expect.poll(() => hashParam(page, 'q')).toBe(positions[at]);

  // Keys inside the dialog: n / → forward, p / ← back.
  await page.keyboard.press('n');
  await expect.poll(() => hashParam(page, 'q')).toBe(positions[at + 1]);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => hashParam(page, 'q')).toBe(positions[at]);

  // Clicking another marked passage makes it current.
  const other = reader.locator('mark.cited').first();
  const otherText = await other.textContent();
  await other.click();
  await expect(current).toContainText(otherText!);
  expect(hashParam(page, 'q')).not.toBe(positions[at]);

  await page.keyboard.press('Escape');
  await expect(reader).toBeHidden();
  expect(hashParam(page, 'a')).toBeNull();
  await expect(read).toBeFocused();
});

test('"Copy citation" puts a reference a journalist can paste on the clipboard and says so', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openMap(page, '#p=qaim');
  const item = quoteItem(panelOf(page), saadQuote.text);
  await item.getByRole('button', { name: 'Copy citation' }).click();
  await expect(item.getByRole('status')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(formatCitation(saadQuote, wapo));
  expect(copied).toBe(
    `“${saadQuote.text}” — Louisa Loveluck and Mustafa Salim, “${wapo.headline},” ` +
      `${wapo.publication}, 21 July 2019.`,
  );

  // A quote that opens with the article's own quotation mark, and an unbylined rewrite of it.
  await openMap(page, '#p=anbar');
  const claim = place('anbar').claims.find((c) => c.id === 'anbar-people-reject-isis')!;
  const sanad = claim.quotes.find((q) => q.source === wapo.id)!;
  expect(sanad.text.startsWith('“')).toBe(true);
  const sanadItem = quoteItem(panelOf(page), sanad.text);
  await sanadItem.getByRole('button', { name: 'Copy citation' }).click();
  await expect(sanadItem.getByRole('status')).toHaveText('Copied');
  const nested = await page.evaluate(() => navigator.clipboard.readText());
  expect(nested).toBe(
    `‘${sanad.text}’ — Louisa Loveluck and Mustafa Salim, “${wapo.headline},” ` +
      `${wapo.publication}, 21 July 2019.`,
  );
  expect(nested).not.toContain('““');

  const rewrite = source('rewrite-2019-07');
  const echo = claim.quotes.find((q) => q.source === rewrite.id)!;
  const echoItem = quoteItem(panelOf(page), echo.text);
  await echoItem.getByRole('button', { name: 'Copy citation' }).click();
  await expect(echoItem.getByRole('status')).toHaveText('Copied');
  const unbylined = await page.evaluate(() => navigator.clipboard.readText());
  // the catalogue's "Unknown (…)" is our note, not a publication: a clean reference leaves it out
  expect(unbylined).toBe(`“${echo.text}” — “${rewrite.headline},” July 2019.`);
  expect(unbylined).not.toContain('Unknown');
  for (const internal of [rewrite.id, wapo.id, claim.id, String(echo.start), 'citemap']) {
    expect(unbylined).not.toContain(internal);
  }
});

test('when the clipboard refuses, the citation is offered selected for Ctrl+C', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await openMap(page, '#p=qaim');
  const item = quoteItem(panelOf(page), saadQuote.text);
  await item.getByRole('button', { name: 'Copy citation' }).click();
  const field = item.getByRole('textbox', { name: /press Ctrl\+C/ });
  await expect(field).toBeFocused();
  const expected =
    `“${saadQuote.text}” — Louisa Loveluck and Mustafa Salim, “${wapo.headline},” ` +
    `${wapo.publication}, 21 July 2019.`;
  await expect(field).toHaveValue(expected);
  const selected = await field.evaluate((el: HTMLTextAreaElement) =>
    el.value.slice(el.selectionStart, el.selectionEnd),
  );
  expect(selected).toBe(expected);
});

test('the close button and Escape clear the selected place from the link', async ({ page }) => {
  await openMap(page, '#p=qaim');
  const panel = panelOf(page);
  await panel.getByRole('button', { name: 'Close the citation panel' }).click();
  await expect(panel).toBeHidden();
  expect(hashParam(page, 'p')).toBeNull();

  await openMap(page, '#p=qaim');
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  expect(hashParam(page, 'p')).toBeNull();
});

test('disagreeing claims are shown side by side and each opens the other', async ({ page }) => {
  const baghouz = place('baghouz');
  const oneWeek = baghouz.claims.find((c) => c.id === 'baghouz-battle-one-week')!;
  const weeksLong = baghouz.claims.find((c) => c.id === 'baghouz-battle-weeks-long')!;
  await openMap(page, `#p=baghouz&cl=${oneWeek.id}`);
  const panel = panelOf(page);
  const card = panel.getByRole('article', { name: oneWeek.summary });
  await expect(card).toHaveAttribute('aria-current', 'true');
  await expect(card).toBeInViewport();
  const conflict = card.getByRole('region', { name: 'Claims that disagree with this one' });
  await expect(conflict).toContainText('The sources disagree');
  await expect(conflict).toContainText(oneWeek.conflict_note!);
  await expect(conflict).toContainText(weeksLong.summary);
  await card.screenshot({ path: `${SHOTS}citation-conflict.png` });

  await conflict.getByRole('button', { name: 'Open this claim' }).click();
  await expect(panel.getByRole('article', { name: weeksLong.summary })).toHaveAttribute(
    'aria-current',
    'true',
  );
  expect(hashParam(page, 'cl')).toBe(weeksLong.id);
});

test('the Iraq–Syria border panel puts the measured length beside the articles’ 370 miles', async ({
  page,
}) => {
  const border = place('iraq-syria-border');
  await openMap(page, '#p=iraq-syria-border');
  const panel = panelOf(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(border.name_en);
  const km = `${border.measured_length_km!.toFixed(1)} km`;
  const miles = `${(border.measured_length_km! / 1.609344).toFixed(1)} miles`;
  const length = panel.locator('.length');
  await expect(length).toContainText(km);
  await expect(length).toContainText(miles);
  await expect(length).toContainText('370 miles');
  await panel.screenshot({ path: `${SHOTS}citation-panel-border.png` });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the panel is a bottom sheet over the map, and Escape closes it', async ({ page }) => {
    await openMap(page, '#p=qaim');
    const panel = panelOf(page);
    await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
    const box = (await panel.boundingBox())!;
    expect(Math.round(box.y + box.height)).toBe(844);
    expect(box.height).toBeLessThanOrEqual(844 * 0.7 + 1);
    expect(Math.round(box.width)).toBe(390);
    await page.screenshot({ path: `${SHOTS}citation-panel-phone.png` });
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
  });
});
