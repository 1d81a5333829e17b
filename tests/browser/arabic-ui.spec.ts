import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, openMap } from './fixtures';
import { readPublished } from './published';
import { ar } from '../../src/lib/i18n/ar';
import { en } from '../../src/lib/i18n/en';

const SHOTS = new URL('../artifacts/screenshots/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

// What is served: the build under test (CITEMAP_DIST, as in playwright.config.ts).
const published = readPublished(
  new URL(`../../${process.env.CITEMAP_DIST ?? 'dist'}/`, import.meta.url),
);
const qaim = published.features.find((f) => f.properties.id === 'qaim')!.properties;
const qaimQuote = qaim.claims[0]!.quotes[0]!;

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function audit(page: Page, name: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const blocking = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(blocking, `serious or critical axe violations in ${name}`).toEqual([]);
}

/** The interface switch names the other language, in that language. */
const switchTo = (page: Page, name: 'English' | 'العربية') =>
  page.getByRole('button', { name, exact: true });

async function box(page: Page, selector: string) {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not laid out`);
  return b;
}

test('the interface switches to Arabic by keyboard, right to left, and stays after a reload', async ({
  page,
}) => {
  await openMap(page);
  const width = page.viewportSize()!.width;
  expect((await box(page, 'aside.sidebar')).x).toBeLessThan(width / 2);

  // Keyboard only: Tab from the control before it onto the switch, Enter.
  await switchTo(page, 'العربية').focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(switchTo(page, 'العربية')).toBeFocused();
  await page.keyboard.press('Enter');

  const html = page.locator('html');
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(html).toHaveAttribute('lang', 'ar');
  // The switch now offers English, and keeps the focus.
  await expect(switchTo(page, 'English')).toBeFocused();
  await expect(page).toHaveTitle(ar.app.title);

  // Header, filters and legend speak Arabic; the map labels followed (they were English).
  await expect(page.getByRole('group', { name: ar.labels.legend })).toBeVisible();
  await expect(page.getByRole('heading', { name: ar.filters.title })).toBeVisible();
  await expect(page.getByRole('switch', { name: ar.filters.independent })).toBeVisible();
  await expect(page.locator('.filters summary').first()).toContainText(ar.filters.categories);
  await expect(page.locator('.legend')).toContainText(ar.legend.title);
  await expect(page.getByRole('combobox', { name: ar.search.label })).toBeVisible();
  await expect(page.getByRole('complementary', { name: ar.header.sidebar })).toBeVisible();
  expect(new URL(page.url()).hash).toMatch(/(^#|&)lang=ar(&|$)/);
  expect(new URL(page.url()).hash).toMatch(/(^#|&)ui=ar(&|$)/);

  // Mirrored: the sidebar on the right, the map on the left of it; time still runs left to right.
  await expect.poll(async () => (await box(page, 'aside.sidebar')).x).toBeGreaterThan(width / 2);
  expect((await box(page, 'main.stage')).x).toBeLessThan(width / 2);
  const strip = page.locator('.timeline .strip');
  if ((await strip.count()) > 0) {
    expect(await strip.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  }

  // The map's labels followed into Arabic; the screenshot waits for them to be drawn.
  await expect
    .poll(() =>
      page.evaluate(() =>
        JSON.stringify(window.citemap!.map.getLayoutProperty('label-city', 'text-field')),
      ),
    )
    .toContain('name_ar');
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.citemap!.map;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
  await page.screenshot({ path: `${SHOTS}arabic-overview.png` });
  await audit(page, 'arabic main');

  // A reload keeps it (the link and the device both remember).
  await page.reload();
  await expect(page.getByTestId('map')).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { name: ar.filters.title })).toBeVisible();
});

test('in Arabic the panel and the reader keep the evidence in English, left to right, unaltered', async ({
  page,
}) => {
  await openMap(page, '#p=qaim&ui=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  const panel = page.locator('aside.citation-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(qaim.name_ar);
  await expect(panel).toContainText(ar.panel.cited(qaim.claims.length));
  await expect(panel.getByRole('button', { name: ar.claim.read }).first()).toBeVisible();
  await expect(panel.locator('.group-title').first()).toContainText(
    ar.category[qaim.claims[0]!.category],
  );

  // The quote: its own language, left to right, character for character.
  const quote = panel.locator('blockquote', { hasText: qaimQuote.text.slice(0, 40) }).first();
  await expect(quote).toHaveAttribute('lang', 'en');
  expect(await quote.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  expect((await quote.innerText()).replace(/\s+/g, ' ').trim()).toBe(
    qaimQuote.text.replace(/\s+/g, ' ').trim(),
  );

  // The panel stays over the map's right edge, beside the sidebar (the map is not mirrored).
  const width = page.viewportSize()!.width;
  const panelBox = await box(page, 'aside.citation-panel');
  const sidebar = await box(page, 'aside.sidebar');
  expect(panelBox.x + panelBox.width).toBeLessThanOrEqual(sidebar.x + 1);
  expect(panelBox.x).toBeGreaterThan(width / 4);

  await page.screenshot({ path: `${SHOTS}arabic-panel.png` });
  await audit(page, 'arabic panel');

  await quote.locator('xpath=ancestor::li[1]').getByRole('button', { name: ar.claim.read }).click();
  const reader = page.locator('dialog.reader');
  await expect(reader).toBeVisible();
  await expect(reader).toContainText(ar.reader.archived);
  const body = reader.getByTestId('article-body');
  await expect(body).toContainText(qaimQuote.text.slice(0, 60));
  expect(await body.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  await expect(reader.locator('mark.current')).toHaveText(qaimQuote.text);
  await page.screenshot({ path: `${SHOTS}arabic-reader.png` });
  await audit(page, 'arabic reader');
});

test('the device remembers Arabic; English comes back by keyboard, the labels with it', async ({
  page,
}) => {
  await openMap(page);
  await page.evaluate(() => localStorage.setItem('citemap.ui-language', 'ar'));
  const before = await page.evaluate(() => history.length);
  await page.goto('./');
  await expect(page.getByTestId('map')).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  const html = page.locator('html');
  await expect(html).toHaveAttribute('dir', 'rtl');
  // Opening the app added no history step, and the labels followed the device's language.
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  expect(new URL(page.url()).hash).toContain('lang=ar');

  await switchTo(page, 'English').focus();
  await page.keyboard.press('Enter');
  await expect(html).toHaveAttribute('dir', 'ltr');
  await expect(html).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: en.filters.title })).toBeVisible();
  expect(new URL(page.url()).hash).not.toContain('lang=');
  expect(await page.evaluate(() => localStorage.getItem('citemap.ui-language'))).toBe('en');
});

test('on a phone in Arabic the header keeps its rows and the sheet reads right to left', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openMap(page, '#p=qaim&ui=ar');
  // The switch is a globe here, still named by its language; the header does not grow a row.
  const toEnglish = switchTo(page, 'English');
  await expect(toEnglish).toBeVisible();
  expect((await box(page, '[data-testid="ui-language"]')).width).toBeLessThanOrEqual(32);
  const sheet = page.locator('aside.citation-panel');
  await expect(sheet.getByRole('heading', { level: 2 })).toHaveText(qaim.name_ar);
  expect(await sheet.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  await page.screenshot({ path: `${SHOTS}arabic-phone-sheet.png` });
});
