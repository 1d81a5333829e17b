import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  // So do the scale bars: "100 km", not "km 100".
  for (const scale of await page.locator('.maplibregl-ctrl-scale').all()) {
    await expect(scale).toHaveText(/^\d+\s(km|m|mi|ft)$/);
    expect(await scale.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
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

  // The publications named in an Arabic sentence are isolated, so their brackets stay theirs.
  await expect(panel.locator('.corroboration .detail').first()).toHaveText(
    /\u2068[^\u2069]+\u2069/,
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

  // Right to left, "next" is the button on the left (its arrow ←), and so is the arrow key.
  const passage = async () => {
    const m = /المقطع (\d+) من (\d+)/.exec((await reader.textContent()) ?? '');
    if (!m) throw new Error('the reader does not say which passage is current');
    return [Number(m[1]), Number(m[2])] as const;
  };
  const [at, of] = await passage();
  expect(of).toBeGreaterThan(1);
  const [forward, back] = at < of ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft'];
  const step = at < of ? 1 : -1;
  await page.keyboard.press(forward);
  await expect.poll(async () => (await passage())[0]).toBe(at + step);
  await page.keyboard.press(back);
  await expect.poll(async () => (await passage())[0]).toBe(at);
  const next = reader.getByRole('button', { name: ar.reader.next });
  const previous = reader.getByRole('button', { name: ar.reader.previous });
  expect((await next.boundingBox())!.x).toBeLessThan((await previous.boundingBox())!.x);
});

test('in Arabic the border panel gives its lengths in Arabic units, the article’s words kept', async ({
  page,
}) => {
  const border = published.features.find(
    (f) => f.properties.id === 'iraq-syria-border',
  )!.properties;
  await openMap(page, '#p=iraq-syria-border&ui=ar');
  const length = page.locator('aside.citation-panel .length');
  await expect(length).toContainText(ar.panel.measured);
  await expect(length).toContainText(`${border.measured_length_km!.toFixed(1)} كم`);
  await expect(length).toContainText(`${(border.measured_length_km! / 1.609344).toFixed(1)} ميل`);
  // What the article says stays in its own words; the number beside it is in Arabic units.
  await expect(length).toContainText('370 ميلاً');
  await expect(length).toContainText('370-mile');
  await expect(length).not.toContainText(/\b(km|miles)\b/);
});

/** Reads right to left, in Arabic, and passes axe; its picture is saved for a look. */
async function readsArabic(page: Page, selector: string, name: string) {
  const el = page.locator(selector).first();
  await expect(el).toBeVisible();
  expect(await el.evaluate((node) => getComputedStyle(node).direction)).toBe('rtl');
  expect(await el.innerText()).toMatch(/[\u0600-\u06FF]{3}/);
  await page.screenshot({ path: `${SHOTS}arabic-${name}.png` });
  await audit(page, `arabic ${name}`);
}

test('in Arabic, About this map and Download speak Arabic, right to left', async ({ page }) => {
  await openMap(page, '#ui=ar');
  await page.getByRole('button', { name: ar.about.button }).first().click();
  const about = page.getByTestId('about-dialog');
  await expect(about.getByRole('heading', { level: 2 })).toHaveText(ar.about.title);
  for (const heading of [
    ar.about.sources,
    ar.about.counting,
    ar.about.precision,
    ar.about.licences,
  ]) {
    await expect(about.getByRole('heading', { name: heading })).toBeVisible();
  }
  await expect(about).toContainText(ar.about.countingRule);
  await expect(about).toContainText(ar.about.licenceRows[0]!.what);
  // The articles' references and evidence stay as written, in English.
  const reference = about.locator('.reference').first();
  await expect(reference).toHaveAttribute('lang', 'en');
  expect(await reference.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  await readsArabic(page, '[data-testid="about-dialog"]', 'about');
  await page.keyboard.press('Escape');
  await expect(about).toBeHidden();

  await page.getByRole('button', { name: ar.downloads.button }).click();
  const downloads = page.getByTestId('download-dialog');
  await expect(downloads.getByRole('heading', { level: 2 })).toHaveText(ar.downloads.title);
  await expect(downloads).toContainText(ar.downloads.files.points);
  await expect(downloads).toContainText(ar.downloads.noFilters);
  await expect(
    downloads.getByRole('button', { name: ar.downloads.filteredButton('claims.csv') }),
  ).toBeVisible();
  await expect(downloads.getByRole('columnheader', { name: ar.downloads.current })).toBeVisible();
  await readsArabic(page, '[data-testid="download-dialog"]', 'downloads');
});

test('in Arabic the timeline and its playback speak Arabic; time still runs left to right', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openMap(page, '#ui=ar');
  const timeline = page.locator('section.timeline');
  await expect(timeline.getByRole('heading', { name: ar.timeline.title })).toBeVisible();
  await expect(timeline.getByRole('button', { name: ar.timeline.zoomIn })).toBeVisible();
  await expect(timeline.getByText(ar.timeline.clear)).toBeVisible();
  const strip = timeline.getByTestId('timeline-strip');
  await expect(strip).toHaveAttribute('aria-label', /^الخط الزمني: /);
  expect(await timeline.locator('.strip').evaluate((el) => getComputedStyle(el).direction)).toBe(
    'ltr',
  );

  const playback = page.getByRole('group', { name: ar.playback.group });
  await expect(playback).toContainText(ar.playback.idle);
  await playback.getByRole('button', { name: ar.playback.play, exact: true }).click();
  await playback.getByRole('button', { name: ar.playback.pause }).click();
  // The window in Arabic month names, its step in Arabic; the announcement too.
  const status = page.getByTestId('playback-status');
  await expect(status).toContainText(/الخطوة 1 من \d+/);
  await expect(status).toContainText(
    /(يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر) \d{4}/,
  );
  await expect(page.getByTestId('playback-announcement')).toContainText(ar.playback.paused);
  await expect(page.getByTestId('playback-announcement')).toContainText('يُعرض');
  await timeline.scrollIntoViewIfNeeded();
  await readsArabic(page, '[data-testid="playback"]', 'playback');
});

test('in Arabic a briefing speaks Arabic around its English story', async ({ page }) => {
  await openMap(page, '#b=isis-return-2019:0&ui=ar');
  const card = page.locator('section.briefing');
  await expect(card.getByRole('button', { name: ar.briefingView.next })).toBeVisible();
  await expect(card.getByRole('button', { name: ar.briefingView.exit })).toBeVisible();
  await expect(card.getByRole('list', { name: ar.briefingView.steps })).toBeVisible();
  await expect(card).toContainText(ar.briefingView.keyFull);
  // The story is the data's, in English, left to right.
  const heading = card.getByRole('heading', { level: 2 });
  await expect(heading).toHaveAttribute('lang', 'en');
  expect(await heading.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  // Right to left the story runs leftwards: ← is the next step, → the one before.
  const next = card.getByRole('button', { name: ar.briefingView.next });
  const previous = card.getByRole('button', { name: ar.briefingView.previous });
  await page.keyboard.press('ArrowLeft');
  await expect(card).toContainText(/الخطوة 2 من \d+/);
  expect((await next.boundingBox())!.x).toBeLessThan((await previous.boundingBox())!.x);
  await expect(next).toContainText('←');
  await page.keyboard.press('ArrowRight');
  await expect(card).toContainText(/الخطوة 1 من \d+/);
  await page.keyboard.press('ArrowLeft');
  await expect(card).toContainText(/الخطوة 2 من \d+/);
  await readsArabic(page, 'section.briefing', 'briefing');
});

test('in Arabic the printed handout and the exported image speak Arabic', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await openMap(page, '#p=qaim&ui=ar');

  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: ar.exporting.button }).click(),
  ]);
  writeFileSync(`${SHOTS}arabic-export.png`, readFileSync((await download.path())!));

  await page.getByRole('button', { name: ar.handout.button }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed), {
      timeout: 90_000,
    })
    .toBe(1);
  await page.emulateMedia({ media: 'print' });
  const sheet = page.getByTestId('handout-page').first();
  await expect(sheet.getByRole('heading', { name: ar.handout.whatSay })).toBeVisible();
  await expect(sheet.getByRole('heading', { name: ar.handout.sources })).toBeVisible();
  await expect(sheet).toContainText(/الخطوة 1 من \d+ · citemap/);
  await expect(sheet.getByRole('img', { name: /^خريطة الخطوة 1،/ })).toBeVisible();
  await expect(sheet.locator('figure.quote figcaption').first()).toContainText(
    /الأحرف \d+–\d+ من /,
  );
  await expect(page.getByTestId('handout-downloads')).toContainText(ar.downloads.handoutTitle);
  await expect(page.getByTestId('handout-about')).toContainText(ar.about.title);
  await page.setViewportSize({ width: 703, height: 1000 });
  await readsArabic(page, '[data-testid="handout-page"]', 'handout');
  await sheet.screenshot({ path: `${SHOTS}arabic-handout-page-1.png` });
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
