import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, openMap } from './fixtures';
import { CATEGORY_GLYPHS, CATEGORY_LABELS, CATEGORIES } from '../../src/lib/data/vocabulary';
import { glyphExpression } from '../../src/lib/legend/scales';
import { LAYER } from '../../src/lib/map/layer-ids';

const SHOTS = new URL('../artifacts/screenshots/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

/** Makes every WebGL context request fail, as in a browser with WebGL turned off. */
async function disableWebGL(page: Page): Promise<void> {
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
}

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA (target size, 2.5.8, is 2.2 AA), and best practice. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe-core on the page as it is now, prints every violation (any impact) with its targets,
 * and fails on the serious and critical ones. Nothing is excluded: MapLibre's canvas carries its
 * own role and label, which axe checks like the rest of the page.
 */
async function audit(page: Page, name: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  for (const v of violations) {
    console.log(`[${name}] ${v.impact ?? 'unknown'} ${v.id}: ${v.help} (${v.helpUrl})`);
    for (const node of v.nodes) {
      console.log(
        `    ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, ' ')}`,
      );
    }
  }
  const blocking = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(blocking, `serious or critical axe violations in ${name}`).toEqual([]);
}

test('the main view with the map loaded', async ({ page }) => {
  await openMap(page);
  await audit(page, 'main');
});

test('the citation panel open', async ({ page }) => {
  await openMap(page, '#p=qaim');
  await expect(page.locator('aside.citation-panel')).toBeVisible();
  await audit(page, 'panel');
});

test('the article reader open', async ({ page }) => {
  await openMap(page, '#p=qaim');
  await page.getByRole('button', { name: 'Read in source' }).first().click();
  await expect(page.locator('dialog mark#reader-current')).toBeVisible();
  await audit(page, 'reader');
});

test('the list with a row expanded', async ({ page }) => {
  await openMap(page);
  const disclose = page.getByRole('button', { name: 'Claims at Al-Baghuz Fawqani' });
  await disclose.click();
  await expect(disclose).toHaveAttribute('aria-expanded', 'true');
  await audit(page, 'list');
});

test('the search dropdown open', async ({ page }) => {
  await openMap(page);
  const box = page.getByRole('combobox', { name: 'Search places and quotes' });
  await box.fill('qa');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await box.press('ArrowDown');
  await audit(page, 'search');
});

test('the filters expanded', async ({ page }) => {
  await openMap(page);
  const closed = page.locator('.filters details:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
  await expect(page.locator('.filters details:not([open])')).toHaveCount(0);
  await audit(page, 'filters');
});

test('a briefing being presented', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openMap(page, '#b=isis-return-2019:1');
  await expect(page.getByTestId('briefing-quote')).toBeVisible();
  await audit(page, 'briefing');
});

test('the briefing says which step it is in text, with no aria-label on a paragraph', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openMap(page, '#b=isis-return-2019:1');
  const card = page.locator('section.briefing');
  await expect(card.getByText('Step 2 of 7', { exact: true })).toBeAttached();
  // aria-label is prohibited on generic and paragraph roles (WAI-ARIA 1.2): it would be ignored.
  expect(await card.locator('p[aria-label], span[aria-label], div[aria-label]').count()).toBe(0);
});

/** Controls in `scope` (visible ones) whose box is under 24 × 24 CSS px, by a short description. */
function smallTargets(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const controls = document.querySelectorAll<HTMLElement>(
      `${selector} :is(button, input, select, summary, a[href], [role=button], [tabindex="0"])`,
    );
    const small: string[] = [];
    for (const el of controls) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.width < 24 || r.height < 24) {
        const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? '';
        small.push(
          `${el.tagName.toLowerCase()} “${name}” ${r.width.toFixed(0)}×${r.height.toFixed(0)}`,
        );
      }
    }
    return small;
  }, scope);
}

test('every control in the filters and the briefing card is at least 24 × 24 px', async ({
  page,
}) => {
  await openMap(page);
  const closed = page.locator('.filters details:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
  expect(await smallTargets(page, '.filters')).toEqual([]);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.getByRole('button', { name: 'Present briefing' }).click();
  await expect(page.getByTestId('briefing-quote')).toBeVisible();
  expect(await smallTargets(page, 'section.briefing')).toEqual([]);
});

test('the quick-select buttons are named by what they show (WCAG 2.5.3)', async ({ page }) => {
  await openMap(page);
  const fieldset = page.getByRole('group', { name: 'Categories (claims)' });
  for (const word of ['All', 'None']) {
    const button = fieldset.getByRole('button', { name: new RegExp(`^${word}\\b`) });
    await expect(button).toHaveText(word);
  }
  await fieldset.getByRole('button', { name: /^None\b/ }).click();
  await expect(page.getByRole('checkbox', { name: /Attack/ })).not.toBeChecked();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the bottom sheet', async ({ page }) => {
    await openMap(page, '#p=qaim');
    await expect(page.locator('aside.citation-panel')).toBeVisible();
    await audit(page, 'phone');
  });

  test('a briefing being presented', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openMap(page, '#b=isis-return-2019:1');
    await expect(page.getByTestId('briefing-quote')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}briefing-phone-step-2.png` });
    await audit(page, 'phone briefing');
  });
});

test('without WebGL', async ({ page }) => {
  await disableWebGL(page);
  await page.goto('./');
  await expect(
    page.getByRole('heading', { name: 'This browser cannot draw the map' }),
  ).toBeVisible();
  await expect(page.locator('.place-list [data-place]').first()).toBeVisible();
  await audit(page, 'no-webgl');
});

test('contrast holds in the normal theme: axe’s color-contrast rule passes everywhere it looks', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openMap(page, '#p=qaim');
  await page.getByRole('button', { name: 'Claims at Al-Baghuz Fawqani' }).click();
  const closed = page.locator('.filters details:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
  const contrast = async (name: string, min: number) => {
    const result = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
    for (const v of result.violations) {
      for (const n of v.nodes)
        console.log(`[${name}] contrast ${n.target.join(' ')}: ${n.failureSummary}`);
    }
    // What axe cannot measure (one-letter glyphs, measured in the colour test below; text over
    // the map or other elements) is listed, to be looked at by eye.
    for (const n of result.incomplete.flatMap((v) => v.nodes)) {
      const why = [...n.any, ...n.all, ...n.none].map((c) => c.message).join('; ');
      console.log(`[${name}] contrast not measurable: ${n.target.join(' ')} (${why})`);
    }
    expect(result.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
    // The rule really looked at the page's text (a modal reader hides the page behind it).
    expect(result.passes.flatMap((v) => v.nodes).length).toBeGreaterThan(min);
  };
  await contrast('panel, list, filters', 150);

  const box = page.getByRole('combobox', { name: 'Search places and quotes' });
  await box.fill('truffle');
  await box.press('ArrowDown');
  await contrast('search', 150);
  await box.press('Escape');

  await page.getByRole('button', { name: 'Read in source' }).first().click();
  await expect(page.locator('dialog mark#reader-current')).toBeVisible();
  await contrast('reader', 10);
});

/** Texts with Arabic letters inside `roots` that have no ancestor-or-self with lang="ar" dir="rtl". */
function arabicWithoutLang(page: Page, roots: string): Promise<{ found: number; bare: string[] }> {
  return page.evaluate((selector) => {
    const arabic = /[\u0600-\u06FF]/;
    let found = 0;
    const bare: string[] = [];
    for (const root of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!arabic.test(n.textContent ?? '')) continue;
        found++;
        const lang = n.parentElement?.closest('[lang]');
        if (
          lang?.getAttribute('lang') !== 'ar' ||
          lang.closest('[dir]')?.getAttribute('dir') !== 'rtl'
        )
          bare.push(`${n.parentElement?.outerHTML.slice(0, 120)}`);
      }
    }
    return { found, bare };
  }, roots);
}

test('Arabic names carry lang="ar" dir="rtl" in the panel, the list and the search results', async ({
  page,
}) => {
  await openMap(page, '#p=qaim');
  const list = page.getByRole('region', { name: 'Places' });
  for (const name of ['Claims at Al-Baghuz Fawqani', 'Claims at Al-Qaim']) {
    await list.getByRole('button', { name }).click();
  }
  const panelAndList = await arabicWithoutLang(page, 'aside.citation-panel, .place-list');
  expect(panelAndList.found).toBeGreaterThan(20);
  expect(panelAndList.bare).toEqual([]);

  const box = page.getByRole('combobox', { name: 'Search places and quotes' });
  for (const query of ['al', 'القائم', 'Baghdad']) {
    await box.fill(query);
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await expect(
      page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first(),
    ).toBeVisible();
    const results = await arabicWithoutLang(page, '#search-listbox');
    expect(results.found, `Arabic shown for “${query}”`).toBeGreaterThan(0);
    expect(results.bare, `results for “${query}”`).toEqual([]);
  }
});

test('colour is never the only carrier: every category mark has its letter and a label', async ({
  page,
}) => {
  await openMap(page, '#p=qaim');
  const glyphs = CATEGORIES.map((c) => CATEGORY_GLYPHS[c]);
  expect(new Set(glyphs).size, 'one distinct letter per category').toBe(CATEGORIES.length);

  // The legend: a letter in each sample, and the category's name beside it.
  const legend = page.locator('.legend .categories li');
  await expect(legend).toHaveCount(CATEGORIES.length);
  for (const [i, c] of CATEGORIES.entries()) {
    await expect(legend.nth(i).locator('.swatch')).toHaveText(CATEGORY_GLYPHS[c]);
    await expect(legend.nth(i).locator('.label')).toHaveText(CATEGORY_LABELS[c]);
  }

  // The filters: the same letter and the name, in the box's accessible name.
  for (const c of CATEGORIES) {
    const option = page.locator('.filters label.option', { hasText: CATEGORY_LABELS[c] });
    await expect(option.locator('.swatch')).toHaveText(CATEGORY_GLYPHS[c]);
    await expect(
      page.getByRole('checkbox', { name: new RegExp(`^${CATEGORY_LABELS[c]} \\d+ claims$`) }),
    ).toBeVisible();
  }

  // The list rows and the panel's groups: every coloured swatch holds a letter that matches the
  // label said beside it (to screen readers: "mostly …"; in the panel: the group heading).
  const swatches = page.locator('.place-list .swatch, aside.citation-panel .swatch');
  expect(await swatches.count()).toBeGreaterThan(10);
  for (const text of await swatches.allTextContents()) expect(glyphs).toContain(text.trim());
  for (const heading of await page.locator('aside.citation-panel h3.group-title').all()) {
    const letter = (await heading.locator('.swatch').textContent())!.trim();
    const c = CATEGORIES.find((k) => CATEGORY_GLYPHS[k] === letter)!;
    await expect(heading).toContainText(CATEGORY_LABELS[c]);
  }

  // The letters must be legible on their colour. axe skips one-character text, so measure here:
  // 3:1, the bar for a graphical object (SC 1.4.11), as the category's name is always written too.
  const inks = await page.evaluate(() => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    const ratio = (a: number[], b: number[]) => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    const swatches = [...document.querySelectorAll<HTMLElement>('.swatch')].map((el) => {
      const s = getComputedStyle(el);
      return { letter: el.textContent!.trim(), ratio: ratio(rgb(s.color), rgb(s.backgroundColor)) };
    });
    // Every swatch: the legend's, the filters', the list's and the panel's (CategorySwatch).
    return swatches;
  });
  for (const { letter, ratio } of inks) {
    expect(ratio, `contrast of the letter ${letter} on its colour`).toBeGreaterThanOrEqual(3);
  }

  // The map: the point symbols draw the same letters, and some are on screen at this view.
  const onMap = await page.evaluate((layer) => {
    const map = window.citemap!.map;
    return {
      field: JSON.stringify(map.getLayoutProperty(layer, 'text-field')),
      drawn: map.queryRenderedFeatures({ layers: [layer] }).length,
    };
  }, LAYER.pointGlyph);
  expect(onMap.field).toBe(JSON.stringify(glyphExpression()));
  expect(onMap.drawn).toBeGreaterThan(0);
});

/** The longest transition or animation (in seconds) on any element or its ::before/::after. */
function longestMotion(page: Page): Promise<number> {
  return page.evaluate(() => {
    const seconds = (value: string) =>
      Math.max(
        ...value
          .split(',')
          .map((v) => (v.trim().endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v))),
      );
    let longest = 0;
    for (const el of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const s = getComputedStyle(el, pseudo);
        longest = Math.max(longest, seconds(s.transitionDuration), seconds(s.animationDuration));
      }
    }
    return longest;
  });
}

test('with reduced motion the map jumps to a place from the list and nothing transitions', async ({
  page,
}) => {
  await openMap(page);
  // Without the preference, the page does animate (so the measurement below can fail).
  expect(await longestMotion(page)).toBeGreaterThan(0.05);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await longestMotion(page)).toBeLessThanOrEqual(0.00001);

  const before = await page.evaluate(() => window.citemap!.map.getCenter().lng);
  await page
    .getByRole('region', { name: 'Places' })
    .getByRole('button', { name: /^Al-Qaim/ })
    .click();
  await expect(page.getByRole('complementary', { name: 'Al-Qaim' })).toBeVisible();
  const after = await page.evaluate(() => {
    const map = window.citemap!.map;
    return { moving: map.isMoving(), lng: map.getCenter().lng };
  });
  expect(after.moving, 'the camera is still animating').toBe(false);
  // Already at Al-Qaim, on the Euphrates by the Syrian border (~41°E).
  expect(Math.abs(after.lng - before)).toBeGreaterThan(0.5);
  expect(after.lng).toBeLessThan(42);
});
