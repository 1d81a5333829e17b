import { mkdirSync, readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, openMap } from './fixtures';
import { readPublished } from './published';
import type { Category } from '../../src/lib/data/types';
import { CATEGORIES, CATEGORY_LABELS } from '../../src/lib/data/vocabulary';

const SHOTS = new URL('../artifacts/screenshots/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

// The build under test: its data is what the app shows.
const DIST = new URL(`../../${process.env.CITEMAP_DIST ?? 'dist'}/`, import.meta.url);
const published = readPublished(DIST);
const places = published.features.map((f) => f.properties);
const totalClaims = published.claimsById.size;

const playback = (page: Page): Locator => page.getByRole('group', { name: 'Timeline playback' });
const status = (page: Page): Locator => page.getByTestId('playback-status');
const said = (page: Page): Locator => page.getByTestId('playback-announcement');
const summary = (page: Page): Locator => page.getByTestId('list-summary');
const rows = (page: Page): Locator => page.locator('.place-list [data-place]');
const stripKeys = (page: Page): Locator => page.getByRole('group', { name: /^Timeline strip/ });
const button = (page: Page, name: string | RegExp): Locator =>
  playback(page).getByRole('button', { name, exact: typeof name === 'string' });
const hash = (page: Page) => page.evaluate(() => decodeURIComponent(location.hash.slice(1)));

/** The playback part of the hash, e.g. `month,2019-03-01,x4,play,loop`; '' when none. */
async function pb(page: Page): Promise<string> {
  return /(?:^|&)pb=([^&]*)/.exec(await hash(page))?.[1] ?? '';
}

/** The date filter in the hash as inclusive ISO days. */
async function range(page: Page): Promise<[string, string] | null> {
  const m = /(?:^|&)d=(\d{4}-\d\d-\d\d)\.\.(\d{4}-\d\d-\d\d)/.exec(await hash(page));
  return m ? [m[1]!, m[2]!] : null;
}

/** "step 3 of 9" from the status line. */
async function step(page: Page): Promise<{ index: number; count: number }> {
  const m = /step (\d+) of (\d+)/.exec((await status(page).textContent()) ?? '');
  expect(m, 'the status says which step is shown').not.toBeNull();
  return { index: Number(m![1]), count: Number(m![2]) };
}

/**
 * Records every step the status line shows from now on. At ×4 a step lasts 0.75 s: on a busy
 * machine, reading the status after clicking Play can already find the second, so the order
 * of frames is taken from the page as it changes, not sampled afterwards.
 */
async function recordSteps(page: Page): Promise<void> {
  await page.evaluate(() => {
    const el = document.querySelector('[data-testid="playback-status"]')!;
    const w = window as unknown as { __steps: number[]; __stepsObserver?: MutationObserver };
    w.__stepsObserver?.disconnect();
    w.__steps = [];
    const shown = () => /step (\d+) of/.exec(el.textContent ?? '')?.[1] ?? null;
    // The step already shown is not a new frame; the next one that differs is.
    let last = shown();
    const note = () => {
      const index = shown();
      if (index !== null && index !== last) w.__steps.push(Number(index));
      last = index;
    };
    w.__stepsObserver = new MutationObserver(note);
    w.__stepsObserver.observe(el, { childList: true, characterData: true, subtree: true });
  });
}

/** The first step shown since `recordSteps`, once there is one. */
async function firstRecorded(page: Page): Promise<number> {
  const read = () =>
    page.evaluate(() => (window as unknown as { __steps: number[] }).__steps[0] ?? null);
  await expect.poll(read).not.toBeNull();
  return (await read())!;
}

/** What the filters must leave for an inclusive day range, worked out from the data. */
function expected(days: [string, string]) {
  const inside = (c: (typeof places)[number]['claims'][number]) =>
    !!c.occurred && c.occurred.start <= days[1] && c.occurred.end >= days[0];
  const shownPlaces = places.filter((p) => p.claims.some(inside));
  const claims = new Map(shownPlaces.flatMap((p) => p.claims.filter(inside).map((c) => [c.id, c])));
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const c of claims.values()) byCategory[c.category]++;
  return {
    summary: `${shownPlaces.length} of ${places.length} places · ${claims.size} of ${totalClaims} claims`,
    claims: claims.size,
    places: shownPlaces.length,
    byCategory,
  };
}

/** The legend's count for each category, as drawn. */
async function legendCounts(page: Page): Promise<Record<string, number>> {
  const items = page.locator('.legend ul.categories li');
  const out: Record<string, number> = {};
  for (const li of await items.all()) {
    const label = (await li.locator('.label').textContent())!.trim();
    out[label] = Number(/\d+/.exec((await li.locator('.count').textContent()) ?? '')![0]);
  }
  return out;
}

const legendFor = (byCategory: Record<Category, number>) =>
  Object.fromEntries(CATEGORIES.map((c) => [CATEGORY_LABELS[c], byCategory[c]]));

/** The map, the list, the counts and the legend show exactly the window in the hash. */
async function expectFrame(page: Page): Promise<[string, string]> {
  const days = await range(page);
  expect(days, 'a playback sets the date filter').not.toBeNull();
  const want = expected(days!);
  await expect(summary(page)).toHaveText(want.summary);
  await expect(rows(page)).toHaveCount(want.places);
  await expect.poll(() => legendCounts(page)).toEqual(legendFor(want.byCategory));
  return days!;
}

test('plays month by month at ×4: the list, the counts and the legend follow; pause, step, loop', async ({
  page,
}) => {
  await openMap(page);
  await expect(status(page)).toContainText('Plays the stretch of time shown');
  await expect(page.locator('.legend ul.categories')).toBeVisible();

  await playback(page).getByRole('group', { name: 'Playback speed' }).getByText('×4').click();
  await expect(playback(page).getByText('a step every 0.75 s')).toBeVisible();
  await recordSteps(page);
  await button(page, 'Play').click();
  await expect(button(page, 'Pause')).toBeVisible();
  expect(await pb(page)).toMatch(/^month,\d{4}-\d\d-01,x4,play,loop$/);
  expect(await firstRecorded(page), 'playing starts at the first step').toBe(1);
  const first = await step(page);
  // The opening view covers the dense 2019 months: several month steps.
  expect(first.count).toBeGreaterThanOrEqual(6);
  await expect(said(page)).toHaveText(/^Showing \d+–\d+ \w+ \d{4}: \d+ claims? at \d+ places?$/);

  // It moves on by itself, one month a step, and the hash follows (replacing, not pushing).
  const historyBefore = await page.evaluate(() => history.length);
  const seen = new Set<number>();
  await expect
    .poll(
      async () => {
        seen.add((await step(page)).index);
        return seen.size;
      },
      { intervals: [100] },
    )
    .toBeGreaterThanOrEqual(4);
  await page.locator('.timeline').screenshot({ path: `${SHOTS}playback-playing.png` });
  await page.screenshot({ path: `${SHOTS}playback-playing-page.png` });
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);

  // Pause: it stays put, and what is shown is exactly that month.
  await button(page, 'Pause').click();
  await expect(button(page, 'Play')).toBeVisible();
  await expect(said(page)).toHaveText(/^Paused\. Showing /);
  const paused = await step(page);
  await page.waitForTimeout(1600);
  expect(await step(page)).toEqual(paused);
  expect(await pb(page)).toMatch(/^month,\d{4}-\d\d-01,x4,loop$/);
  await expectFrame(page);

  // Step by hand through every month to the last, checking each frame; the list changes.
  const summaries = new Set<string>();
  await button(page, 'Previous step').click();
  while ((await step(page)).index > 1) await button(page, 'Previous step').click();
  for (let i = 1; i <= first.count; i++) {
    expect((await step(page)).index).toBe(i);
    const days = await expectFrame(page);
    await expect(status(page)).toContainText(
      new RegExp(`^\\s*${Number(days[0].slice(8))}–${Number(days[1].slice(8))} `),
    );
    summaries.add((await summary(page).textContent())!);
    if (i < first.count) await button(page, 'Next step').click();
  }
  expect(summaries.size, 'the months do not all show the same places').toBeGreaterThan(2);

  // With loop on, the step after the last is the first again; off, it stops at the end.
  await button(page, 'Next step').click();
  expect((await step(page)).index).toBe(1);
  await button(page, 'Previous step').click();
  expect((await step(page)).index).toBe(first.count);
  await playback(page).getByRole('checkbox', { name: 'Loop' }).uncheck();
  await expect(button(page, 'Next step')).toBeDisabled();
  await button(page, 'Previous step').click();
  await button(page, 'Play').click();
  await expect(said(page)).toHaveText(/^End of the timeline\. Showing /, { timeout: 10_000 });
  expect((await step(page)).index).toBe(first.count);
  await expect(button(page, 'Play')).toBeVisible();
  // Play at the end starts over.
  await recordSteps(page);
  await button(page, 'Play').click();
  expect(await firstRecorded(page), 'play at the end starts over').toBe(1);
  await button(page, 'Pause').click();

  // Stop puts the reader's dates back: none were set, so every claim shows again.
  await button(page, 'Stop').click();
  await expect(status(page)).toContainText('Plays the stretch of time shown');
  expect(await hash(page)).not.toMatch(/(^|&)(pb|d)=/);
  await expect(summary(page)).toContainText(`${totalClaims} of ${totalClaims} claims`);
});

test('keyboard only: Space on the strip plays and pauses, the arrows step, the buttons work', async ({
  page,
}) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Fit all' }).focus();
  await page.getByRole('button', { name: 'Focus' }).click();
  // From the zoom buttons, Tab reaches the strip past the edge buttons.
  for (
    let i = 0;
    i < 6 && !(await stripKeys(page).evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(stripKeys(page)).toBeFocused();
  expect(await stripKeys(page).evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');

  await page.keyboard.press('Space');
  await expect(button(page, 'Pause')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(button(page, 'Play')).toBeVisible();
  // Space did not scroll the sidebar or reach anything else.
  await expect(stripKeys(page)).toBeFocused();
  const at = await step(page);
  await page.keyboard.press('ArrowRight');
  expect((await step(page)).index).toBe(at.index + 1);
  await page.keyboard.press('ArrowLeft');
  expect((await step(page)).index).toBe(at.index);
  await expectFrame(page);
  await page.locator('.timeline').screenshot({ path: `${SHOTS}playback-keyboard.png` });

  // Tab on into the controls: Play with Enter, the window from the select, then Stop.
  await page.keyboard.press('Tab');
  await expect(button(page, 'Play')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(button(page, 'Pause')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(button(page, 'Play')).toBeVisible();
  await playback(page).getByLabel('Window').focus();
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => pb(page)).toMatch(/^quarter,\d{4}-(01|04|07|10)-01,x1,loop$/);
  const days = await expectFrame(page);
  expect(Number(days[1].slice(5, 7)) - Number(days[0].slice(5, 7))).toBe(2);
  await button(page, 'Stop').focus();
  await page.keyboard.press('Enter');
  expect(await pb(page)).toBe('');

  // The strip's other keys are unchanged: the date fields still set a range by typing, and a
  // typed range takes over from a playback.
  await stripKeys(page).focus();
  await page.keyboard.press('Space');
  await expect(button(page, 'Pause')).toBeVisible();
  await page.getByLabel('From', { exact: true }).fill('2019-02-01');
  await page.getByLabel('To', { exact: true }).fill('2019-02-28');
  await expect.poll(() => hash(page)).toContain('d=2019-02-01..2019-02-28');
  expect(await pb(page)).toBe('');
  await expect(status(page)).toContainText('Plays the stretch of time shown');
});

test('with reduced motion the window jumps, at half the pace', async ({ page }) => {
  await openMap(page);
  const pace = playback(page).getByText(/a step every/);
  await expect(pace).toHaveText('a step every 3 s');
  await button(page, 'Play').click();
  const slide = () =>
    page.locator('.timeline rect.window').evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(await slide()).toMatch(/0\.3s/);
  await button(page, 'Pause').click();

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await expect(pace).toHaveText('a step every 6 s');
  await playback(page).getByRole('group', { name: 'Playback speed' }).getByText('×4').click();
  await expect(pace).toHaveText('a step every 1.5 s');
  await button(page, 'Play').click();
  // (The app's reduced-motion rule cuts every transition to a hundredth of a millisecond.)
  expect(parseFloat(await slide())).toBeLessThan(0.001);
  const from = await step(page);
  // A step lasts 1.5 s: not over after one second, over well within three.
  await page.waitForTimeout(1000);
  expect((await step(page)).index).toBe(from.index);
  await expect.poll(async () => (await step(page)).index, { timeout: 3000 }).not.toBe(from.index);
  await page.locator('.timeline').screenshot({ path: `${SHOTS}playback-reduced-motion.png` });
  await button(page, 'Pause').click();
});

test('the link holds the playback: a reload opens the same frame, and a playing link plays', async ({
  page,
}) => {
  await openMap(page);
  await playback(page).getByLabel('Window').selectOption('week');
  await playback(page).getByRole('group', { name: 'Playback speed' }).getByText('×2').click();
  await button(page, 'Next step').click();
  await button(page, 'Next step').click();
  await button(page, 'Next step').click();
  const frame = await pb(page);
  expect(frame).toMatch(/^week,\d{4}-\d\d-\d\d,x2,loop$/);
  const label = (await status(page).textContent())!;
  const days = await expectFrame(page);

  await page.reload();
  await expect(page.getByTestId('map')).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  expect(await pb(page)).toBe(frame);
  expect(await range(page)).toEqual(days);
  await expect(status(page)).toHaveText(label);
  await expect(playback(page).getByLabel('Window')).toHaveValue('week');
  await expect(
    playback(page).getByRole('group', { name: 'Playback speed' }).getByText('×2'),
  ).toHaveAttribute('aria-pressed', 'true');
  await expectFrame(page);

  // One Back leaves the playback: its frames did not pile up in the history.
  await page.goBack();
  await expect.poll(() => pb(page)).toBe('');
  await expect(status(page)).toContainText('Plays the stretch of time shown');
  expect(await range(page)).toBeNull();

  // A shared link that is playing plays; garbage in the link is ignored, not fatal.
  await page.goto('about:blank');
  await openMap(page, '#pb=month,2019-02-17,x4,play,loop&d=2017-01-01..2017-12-31');
  await expect(button(page, 'Pause')).toBeVisible();
  await expect.poll(() => range(page)).not.toEqual(['2019-02-01', '2019-02-28']);
  await page.goto('about:blank');
  await openMap(page, '#pb=fortnight,2019-02-30,x9,play');
  await expect(status(page)).toContainText('Plays the stretch of time shown');
  expect(await range(page)).toBeNull();
});

test('a PNG exported from a playback frame says which dates it shows', async ({ page }) => {
  // Record what the export draws as text on its canvas.
  await page.addInitScript(() => {
    const texts: string[] = [];
    (window as unknown as { drawnTexts: string[] }).drawnTexts = texts;
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
      texts.push(String(text));
      return fillText.call(this, text, ...rest);
    };
  });
  await openMap(page);
  await playback(page).getByRole('group', { name: 'Playback speed' }).getByText('×4').click();
  await button(page, 'Play').click();
  await expect.poll(async () => (await step(page)).index).toBeGreaterThan(2);

  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Export PNG' }).click(),
  ]);
  // Exporting pauses the playback, so the picture and its caption show one frame.
  await expect(button(page, 'Play')).toBeVisible();
  const days = await expectFrame(page);
  const png = readFileSync(await download.path());
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect(download.suggestedFilename()).toBe(`citemap-map-${days[0]}-to-${days[1]}.png`);
  const texts = await page.evaluate(
    () => (window as unknown as { drawnTexts: string[] }).drawnTexts,
  );
  const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
  const fmt = (iso: string) =>
    `${Number(iso.slice(8))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
  expect(texts).toContain(`Dates shown: ${fmt(days[0])} – ${fmt(days[1])}`);
});
