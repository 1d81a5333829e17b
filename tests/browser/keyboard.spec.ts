import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { readPublished } from './published';
import { test, expect, openMap } from './fixtures';
import { CATEGORY_LABELS } from '../../src/lib/data/vocabulary';

const SHOTS = new URL('../artifacts/screenshots/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

const incidents = readPublished(new URL('../../public/', import.meta.url));
const places = incidents.features.map((f) => f.properties);
const claims = new Map(places.flatMap((p) => p.claims.map((c) => [c.id, c] as const)));

interface Focused {
  /** a short description of document.activeElement, for messages */
  what: string;
  /** true when focus sits on <body> (or nowhere) */
  lost: boolean;
  /** true when the focused element, or the mark that stands in for a hidden input, shows a ring */
  ring: boolean;
}

/**
 * What has the focus and whether it shows. A ring is an outline (style not none, width > 0) or a
 * box-shadow on the focused element; for an input drawn by its label or by the track after it
 * (the visually hidden switch), on that label or track.
 */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { what: 'body', lost: true, ring: false };
    const shows = (e: Element | null | undefined): boolean => {
      if (!e) return false;
      const s = getComputedStyle(e);
      return (
        (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'
      );
    };
    const stand =
      el instanceof HTMLInputElement ? [el.closest('label'), el.nextElementSibling] : [];
    return {
      what: el.outerHTML.slice(0, 160),
      lost: false,
      ring: shows(el) || stand.some(shows),
    };
  });
}

async function expectVisibleFocus(page: Page, step: string): Promise<void> {
  const f = await focused(page);
  expect(f.lost, `${step}: focus was lost to <body>`).toBe(false);
  expect(f.ring, `${step}: no visible focus on ${f.what}`).toBe(true);
}

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/**
 * Presses Tab until `target` has the focus, as a keyboard user would, checking that every stop on
 * the way shows where the focus is.
 */
async function tabTo(page: Page, target: Locator, max = 200): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    expect(f.lost, `Tab ${i + 1} on the way to ${String(target)} lost the focus`).toBe(false);
    expect(f.ring, `Tab stop without visible focus: ${f.what}`).toBe(true);
    if (await isFocused(target)) return;
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

const hashParam = (page: Page, key: string) =>
  page.evaluate((k) => new URLSearchParams(location.hash.slice(1)).get(k), key);

test('the whole journey with the keyboard alone: search, panel, reader, filters, map', async ({
  page,
}) => {
  // Reduced motion: camera moves are instant, so MapLibre fires its move events synchronously —
  // the path on which the map cursor once looped (CameraSync re-running on the tooltip's state).
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openMap(page);

  // Tab to the search, type a place, Enter.
  const box = page.getByRole('combobox', { name: 'Search places and quotes' });
  await tabTo(page, box);
  await page.keyboard.type('Qaim');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Enter');
  await expect.poll(() => hashParam(page, 'p')).toBe('qaim');

  const panel = page.getByRole('complementary', { name: 'Al-Qaim' });
  await expect(panel).toBeVisible();
  const heading = panel.getByRole('heading', { level: 2, name: 'Al-Qaim' });
  await expect(heading).toBeFocused();
  await expectVisibleFocus(page, 'the panel heading after choosing a search result');

  // Tab to a quote's "Read in source", Enter: the reader opens at that passage.
  const read = panel.getByRole('button', { name: 'Read in source' }).first();
  await tabTo(page, read);
  await page.keyboard.press('Enter');
  const reader = page.getByRole('dialog');
  await expect(reader).toBeVisible();
  expect(await reader.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await expectVisibleFocus(page, 'inside the reader');
  const current = reader.locator('mark#reader-current');
  await expect(current).toBeInViewport();
  const first = await hashParam(page, 'q');
  const position = reader.getByText(/^Passage \d+ of \d+$/);
  const at = Number((await position.textContent())!.match(/\d+/)![0]);
  const total = Number((await position.textContent())!.match(/of (\d+)/)![1]);
  expect(total).toBeGreaterThan(at + 1);

  // n, then →, step to the following passages; each is scrolled into view.
  await page.keyboard.press('n');
  await expect(position).toHaveText(`Passage ${at + 1} of ${total}`);
  expect(await hashParam(page, 'q')).not.toBe(first);
  await expect(current).toBeInViewport();
  await page.keyboard.press('ArrowRight');
  await expect(position).toHaveText(`Passage ${at + 2} of ${total}`);
  await expect(current).toBeInViewport();
  await reader.screenshot({ path: `${SHOTS}keyboard-reader.png` });

  // Escape closes the reader and gives the focus back to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(reader).toBeHidden();
  await expect(read).toBeFocused();
  await expectVisibleFocus(page, 'back on "Read in source"');

  // Escape again closes the panel; the focus goes back to where the selection came from.
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  expect(await hashParam(page, 'p')).toBeNull();
  await expect(box).toBeFocused();
  await expectVisibleFocus(page, 'after the panel closed');

  // Tab to the filters and untick a category with Space: the list follows.
  const category = 'kidnapping' as const;
  const checkbox = page.getByRole('checkbox', {
    name: new RegExp(`^${CATEGORY_LABELS[category]} \\d+ claims$`),
  });
  await tabTo(page, checkbox);
  await page.keyboard.press('Space');
  await expect(checkbox).not.toBeChecked();
  const left = [...claims.values()].filter((c) => c.category !== category).length;
  const placesLeft = places.filter((p) => p.claims.some((c) => c.category !== category)).length;
  await expect(page.getByTestId('list-summary')).toHaveText(
    `${placesLeft} of ${places.length} places · ${left} of ${claims.size} claims`,
  );
  await expect(page.locator('.place-list [data-place]')).toHaveCount(placesLeft);
  await expectVisibleFocus(page, 'the category checkbox after Space');

  // The map: Tab to its canvas, ] puts the cursor on a place, Enter opens it.
  const canvas = page.locator('canvas.maplibregl-canvas');
  await tabTo(page, canvas);
  await page.keyboard.press(']');
  const status = page.getByTestId('map-cursor-status');
  await expect(status).not.toBeEmpty();
  await page.screenshot({ path: `${SHOTS}keyboard-map-cursor.png` });
  await page.keyboard.press('Enter');
  await expect.poll(() => hashParam(page, 'p')).not.toBeNull();
  const id = (await hashParam(page, 'p'))!;
  const chosen = places.find((p) => p.id === id)!;
  expect(chosen, `the map selected an unknown place ${id}`).toBeDefined();
  await expect(status).toContainText(chosen.name_en);
  const mapPanel = page.getByRole('complementary', { name: chosen.name_en });
  await expect(mapPanel.getByRole('heading', { level: 2, name: chosen.name_en })).toBeFocused();
  await expectVisibleFocus(page, 'the panel heading after Enter on the map');
  await page.screenshot({ path: `${SHOTS}keyboard-map-selected.png` });

  // Escape closes it and the focus goes back to the map, where the cursor still is.
  await page.keyboard.press('Escape');
  await expect(mapPanel).toBeHidden();
  await expect(canvas).toBeFocused();
  await expectVisibleFocus(page, 'the map after its panel closed');
});

test.describe('the search box and the Tab key', () => {
  // 600 px tall: the popup's listbox (max-height 70vh) scrolls whatever the font metrics, the
  // case in which Chromium makes a scrolling element a Tab stop of its own.
  test.use({ viewport: { width: 1280, height: 600 } });

  /** Where Tab goes from the empty search box: the control after it. */
  async function nextAfterSearch(page: Page, box: Locator) {
    await box.focus();
    await expect(box).toHaveValue('');
    await page.keyboard.press('Tab');
    const f = await focused(page);
    expect(f.lost, 'Tab from the empty search box').toBe(false);
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(false);
    return page.evaluateHandle(() => document.activeElement!);
  }

  test('Tab with the results open goes on to the next control and closes them', async ({
    page,
  }) => {
    await openMap(page);
    const box = page.getByRole('combobox', { name: 'Search places and quotes' });
    const next = await nextAfterSearch(page, box);

    await box.focus();
    await page.keyboard.type('Qaim');
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    const listbox = page.getByRole('listbox', { name: 'Search results' });
    await expect(listbox.getByRole('option').first()).toContainText('Al-Qaim');
    const [scroll, client] = await listbox.evaluate((el) => [el.scrollHeight, el.clientHeight]);
    expect(scroll, 'the results overflow the listbox, so it scrolls').toBeGreaterThan(client);

    await page.keyboard.press('Tab');
    const f = await focused(page);
    expect(f.lost, 'Tab from the search box with its results open lost the focus').toBe(false);
    expect(
      await page.evaluate((el) => el === document.activeElement, next),
      `Tab went to ${f.what}, not to the control after the search box`,
    ).toBe(true);
    await expectVisibleFocus(page, 'the control after the search box');
    await expect(listbox).toBeHidden();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(box).toHaveValue('Qaim');
  });

  test('Escape from the panel gives the focus back to the search box without its old results', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openMap(page);
    const box = page.getByRole('combobox', { name: 'Search places and quotes' });
    const next = await nextAfterSearch(page, box);

    await box.focus();
    await page.keyboard.type('Qaim');
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Al-Qaim' });
    await expect(panel.getByRole('heading', { level: 2, name: 'Al-Qaim' })).toBeFocused();

    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(box).toBeFocused();
    await expectVisibleFocus(page, 'the search box after the panel closed');
    const listbox = page.getByRole('listbox', { name: 'Search results' });
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(listbox).toBeHidden();
    await page.screenshot({ path: `${SHOTS}keyboard-search-after-panel.png` });

    await page.keyboard.press('Tab');
    const f = await focused(page);
    expect(f.lost, 'Tab from the search box after the panel closed lost the focus').toBe(false);
    expect(
      await page.evaluate((el) => el === document.activeElement, next),
      `Tab went to ${f.what}, not to the control after the search box`,
    ).toBe(true);

    // The way back to the old results is the combobox's own: Down opens them at the first.
    await page.keyboard.press('Shift+Tab');
    await expect(box).toBeFocused();
    await expect(listbox).toBeHidden();
    await page.keyboard.press('ArrowDown');
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await expect(listbox.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  });
});
