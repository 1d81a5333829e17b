import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { readPublished, type TestPlace } from './published';
import { test, expect, openMap } from './fixtures';

const SHOTS = new URL('../artifacts/screenshots/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

const incidents = readPublished(new URL('../../public/', import.meta.url));
const places = incidents.features.map((f) => f.properties);
const totalClaims = new Set(places.flatMap((p) => p.claims.map((c) => c.id))).size;

/** Places with at least one claim passing `test` (the filters' rule: a place shows its matches). */
function placesWhere(test: (c: TestPlace['claims'][number]) => boolean): string[] {
  return places.filter((p) => p.claims.some(test)).map((p) => p.id);
}

const rows = (page: Page): Locator => page.locator('.place-list [data-place]');
const summary = (page: Page): Locator => page.getByTestId('list-summary');
const hash = (page: Page) => page.evaluate(() => decodeURIComponent(location.hash));
const center = (page: Page) =>
  page.evaluate(() => window.citemap!.map.getCenter().toArray() as [number, number]);

/** Presses Tab (Shift+Tab when `back`) until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, back = false, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

test('the list shows every place and stays in step with the map selection', async ({ page }) => {
  await openMap(page);
  await expect(rows(page)).toHaveCount(places.length);
  await expect(summary(page)).toHaveText(
    `${places.length} of ${places.length} places · ${totalClaims} of ${totalClaims} claims`,
  );

  const before = await center(page);
  const list = page.getByRole('region', { name: 'Places' });
  await list.getByRole('button', { name: /^Al-Qaim/ }).click();
  await expect.poll(() => hash(page)).toContain('p=qaim');
  await expect(list.getByRole('button', { name: /^Al-Qaim/ })).toHaveAttribute(
    'aria-current',
    'true',
  );
  // The map flew to Al-Qaim, on the Euphrates near the Syrian border (~41°E).
  await expect
    .poll(async () => {
      const [lon] = await center(page);
      return Math.abs(lon - before[0]) > 0.5 && lon < 42;
    })
    .toBe(true);

  // A selection made elsewhere (here a link) marks its row and scrolls it into view.
  await page.goto('./#p=kirkuk');
  const kirkuk = list.getByRole('button', { name: /^Kirkuk كركوك/ });
  await expect(kirkuk).toHaveAttribute('aria-current', 'true');
  await expect(kirkuk).toBeInViewport();
  await expect(list.getByRole('button', { name: /^Al-Qaim/ })).not.toHaveAttribute('aria-current');

  // Rows expand to their claims; a claim opens in the panel (cl= in the link).
  const disclose = list.getByRole('button', { name: 'Claims at Al-Baghuz Fawqani' });
  await expect(disclose).toHaveAttribute('aria-expanded', 'false');
  await disclose.click();
  await expect(disclose).toHaveAttribute('aria-expanded', 'true');
  const claims = page.getByRole('list', { name: 'Claims at Al-Baghuz Fawqani' });
  await expect(claims.getByRole('button')).toHaveCount(
    places.find((p) => p.id === 'baghouz')!.claims.length,
  );
  await claims.getByRole('button').first().click();
  await expect.poll(() => hash(page)).toMatch(/p=baghouz&cl=[\w-]+/);

  // Sorting A–Z puts Ain al-Asad first and Al-Qaim among the Qs.
  await list.getByRole('radio', { name: 'A–Z' }).check();
  await expect(rows(page).first()).toHaveAttribute('data-place', 'ain-al-assad');
  await page.setViewportSize({ width: 1280, height: 1500 });
  await rows(page).nth(1).getByRole('button').first().focus();
  await page.keyboard.press('ArrowDown');
  await page.locator('.place-list').screenshot({ path: `${SHOTS}list-expanded.png` });
});

test('search finds places in English and Arabic and words inside quotes', async ({ page }) => {
  await openMap(page);
  const box = page.getByRole('combobox', { name: 'Search places and quotes' });

  // "/" jumps to the search box from anywhere on the page.
  await page.locator('body').press('/');
  await expect(box).toBeFocused();
  await page.keyboard.type('Qaim');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  const listbox = page.getByRole('listbox', { name: 'Search results' });
  const first = listbox.getByRole('option').first();
  await expect(first).toContainText('Al-Qaim');
  await expect(first.locator('mark')).toContainText('Qaim');
  await page.keyboard.press('Enter');
  await expect.poll(() => hash(page)).toContain('p=qaim');
  await expect(box).toHaveAttribute('aria-expanded', 'false');

  // Escape closes the list if it is open, then clears; an Arabic query finds the Arabic name.
  await box.press('Escape');
  await box.press('Escape');
  await expect(box).toHaveValue('');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await page.goto('./#p=kirkuk');
  await box.fill('القائم');
  const arabic = listbox.getByRole('option').first();
  await expect(arabic).toContainText('Al-Qaim');
  await expect(arabic.locator('mark')).toHaveText('القائم');
  await expect(arabic.locator('[lang="ar"][dir="rtl"]').first()).toBeVisible();
  await page.screenshot({
    path: `${SHOTS}search-arabic.png`,
    clip: { x: 500, y: 0, width: 600, height: 200 },
  });
  await arabic.click();
  await expect.poll(() => hash(page)).toContain('p=qaim');

  // A word from a quote: arrow to a quote result, open its claim, the match marked in the snippet.
  await box.fill('truffle');
  const quotes = listbox.getByRole('group', { name: 'Quotes' }).getByRole('option');
  await expect(quotes.first()).toBeVisible();
  await expect(quotes.first().locator('mark')).toHaveText(/^truffle$/i);
  await box.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', /search-option-0/);
  await expect(quotes.first()).toHaveAttribute('aria-selected', 'true');
  await page.screenshot({
    path: `${SHOTS}search-dropdown.png`,
    clip: { x: 0, y: 0, width: 1280, height: 560 },
  });
  await box.press('Enter');
  await expect.poll(() => hash(page)).toMatch(/cl=[\w-]*truffle/);

  await box.fill('zzqxv');
  await expect(page.getByText('No results for “zzqxv”.')).toBeVisible();
  await box.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
});

test('category filters work with the keyboard alone and reset restores everything', async ({
  page,
}) => {
  await openMap(page);
  const kidnapping = placesWhere((c) => c.category === 'kidnapping');
  expect(kidnapping.length).toBeGreaterThan(0);

  await page.locator('body').press('/');
  await tabTo(page, page.getByRole('button', { name: 'Select no categories' }));
  await page.keyboard.press('Space');
  await expect(rows(page)).toHaveCount(0);
  await expect(summary(page)).toContainText(`0 of ${places.length} places`);
  await tabTo(page, page.getByRole('checkbox', { name: /^Kidnapping \d+ claims$/ }));
  await page.keyboard.press('Space');

  await expect(rows(page)).toHaveCount(kidnapping.length);
  await expect(summary(page)).toContainText(`${kidnapping.length} of ${places.length} places`);
  expect(await rows(page).evaluateAll((els) => els.map((e) => e.dataset.place).sort())).toEqual(
    [...kidnapping].sort(),
  );
  await expect.poll(() => hash(page)).toContain('cat=kidnapping');

  // The list's row, reached and opened with the keyboard.
  await tabTo(page, page.getByRole('button', { name: /^Claims at / }).first());
  await page.keyboard.press('Enter');
  await expect(page.locator('.place-list .claims .claim').first()).toContainText('Kidnapping');

  await tabTo(page, page.getByRole('button', { name: 'Reset filters' }), true);
  await page.keyboard.press('Enter');
  await expect(rows(page)).toHaveCount(places.length);
  await expect.poll(() => hash(page)).not.toContain('cat=');
});

test('a filter group the reader opened stays open while its counts change', async ({ page }) => {
  await openMap(page);
  const sources = page.locator('.filters details', {
    has: page.locator('summary', { hasText: /^\s*Sources/ }),
  });
  await expect(sources).not.toHaveAttribute('open');
  await sources.locator('summary').click();
  await expect(sources).toHaveAttribute('open', '');

  // Every source's count falls to nothing; the group the reader opened stays as it was.
  await page.getByRole('button', { name: 'None: select no categories' }).click();
  await expect(sources.getByRole('checkbox').first()).toHaveAccessibleName(/ 0 claims$/);
  await expect(sources).toHaveAttribute('open', '');
  await expect(sources.getByRole('checkbox').first()).toBeVisible();
});

test('dates filter the list from the date fields and from a brush on the strip', async ({
  page,
}) => {
  await openMap(page);
  const inFeb = placesWhere(
    (c) => !!c.occurred && c.occurred.start <= '2019-02-28' && c.occurred.end >= '2019-02-01',
  );

  await page.getByLabel('From', { exact: true }).fill('2019-02-01');
  await page.getByLabel('To', { exact: true }).fill('2019-02-28');
  await expect.poll(() => hash(page)).toContain('d=2019-02-01..2019-02-28');
  await expect(rows(page)).toHaveCount(inFeb.length);
  // Al-Qaim's claims are from 2017 or undated: gone while February 2019 is selected.
  await expect(page.locator('[data-place="qaim"]')).toHaveCount(0);
  await expect(page.locator('.timeline rect.window')).toBeVisible();

  await page.getByRole('button', { name: 'Clear dates' }).click();
  await expect(rows(page)).toHaveCount(places.length);
  await expect.poll(() => hash(page)).not.toContain('d=');

  // Drag across the middle of the strip: a range is set, drawn, and written to the link.
  const strip = page.getByTestId('timeline-strip');
  const box = (await strip.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.75, box.y + 10);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.85, box.y + 12, { steps: 4 });
  await page.mouse.move(box.x + box.width * 0.92, box.y + 12, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => hash(page)).toMatch(/d=\d{4}-\d\d-\d\d\.\.\d{4}-\d\d-\d\d/);
  const [from, to] = [
    await page.getByLabel('From', { exact: true }).inputValue(),
    await page.getByLabel('To', { exact: true }).inputValue(),
  ];
  expect(from < to).toBe(true);
  expect(await rows(page).count()).toBeLessThan(places.length);

  // "Fit all" brings the strip's earlier claims (2011–2018) into view.
  const marks = page.locator('.timeline svg g.marks > rect');
  const recent = await marks.count();
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect.poll(() => marks.count()).toBeGreaterThan(recent);
  await page.locator('.timeline').screenshot({ path: `${SHOTS}timeline-all-years.png` });

  const expand = page.getByRole('button', { name: /^Claims at / }).first();
  await expand.click();
  await page.locator('summary', { hasText: 'Sources' }).click();
  // Tall enough to see the whole sidebar at once in the screenshot.
  await page.setViewportSize({ width: 1280, height: 1500 });
  await page.locator('.sidebar').evaluate((el) => el.scrollTo(0, 0));
  await page.locator('.sidebar').screenshot({ path: `${SHOTS}sidebar-brushed.png` });

  await page.getByRole('button', { name: 'Reset filters' }).click();
  await expect(rows(page)).toHaveCount(places.length);
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('');
});

test('without WebGL the list is the app: every place, selectable, with its claims', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      kind: string,
      ...rest: unknown[]
    ) {
      if (kind.startsWith('webgl') || kind === 'experimental-webgl') return null;
      return (original as (...a: unknown[]) => RenderingContext | null).call(this, kind, ...rest);
    } as typeof original;
  });
  await page.goto('./');
  await expect(rows(page)).toHaveCount(places.length);
  const list = page.getByRole('region', { name: 'Places' });
  await list.getByRole('button', { name: /^Iraq العراق/ }).click();
  await expect.poll(() => hash(page)).toContain('p=iraq');
  await list.getByRole('button', { name: 'Claims at Iraq', exact: true }).click();
  await page
    .getByRole('list', { name: 'Claims at Iraq', exact: true })
    .getByRole('button')
    .first()
    .click();
  await expect.poll(() => hash(page)).toMatch(/p=iraq&cl=/);
});
