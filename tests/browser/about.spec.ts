import { mkdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, openMap } from './fixtures';
import { catchPrint, printHandout } from './print';
import type { PublishedClaimIndex, PublishedPlace } from '../../src/lib/data/published';
import type { PublishedBriefing, PublishedSource } from '../../src/lib/data/types';
import { PRECISION_LABELS, PRECISIONS } from '../../src/lib/data/vocabulary';

const SHOTS = new URL('../artifacts/screenshots/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

// What the built app serves.
const DIST = new URL(`../../${process.env.CITEMAP_DIST ?? 'dist'}/`, import.meta.url);
const json = <T>(file: string) => JSON.parse(readFileSync(new URL(file, DIST), 'utf8')) as T;
const sources = json<PublishedSource[]>('data/sources.json');
const places = json<{ features: { properties: PublishedPlace }[] }>(
  'data/places.geojson',
).features.map((f) => f.properties);
const claims = json<PublishedClaimIndex>('data/claim-index.json').claims;
const briefing = json<PublishedBriefing[]>('data/briefings.json')[0]!;
const source = (id: string) => sources.find((s) => s.id === id)!;

/** The dependencies as the curated data states them: "dependent>source". */
const derivations = sources.flatMap((s) => s.derived_from.map((d) => `${s.id}>${d.source}`));

async function openAboutByKeyboard(page: Page) {
  const button = page.getByRole('banner').getByRole('button', { name: 'About this map' });
  for (let i = 0; i < 60 && !(await button.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'About this map' });
  await expect(dialog).toBeVisible();
  return { button, dialog };
}

test('"About this map" opens from the header by keyboard and tells where the evidence comes from', async ({
  page,
}) => {
  await openMap(page);
  const { button, dialog } = await openAboutByKeyboard(page);
  await expect(dialog.getByRole('heading', { level: 2, name: 'About this map' })).toBeFocused();

  // The provenance graph: one box per source, one arrow per derived_from, and the two rewrites
  // of the Post (CBN and the unbylined web rewrite) pointing at it.
  const graph = dialog.getByTestId('provenance-graph');
  await expect(graph).toBeVisible();
  await expect(graph.locator('[data-source]')).toHaveCount(sources.length);
  const edges = await graph
    .locator('.edge')
    .evaluateAll((els) =>
      els.map((e) => `${e.getAttribute('data-from')}>${e.getAttribute('data-to')}`),
    );
  expect(edges.sort()).toEqual([...derivations].sort());
  expect(edges).toEqual(
    expect.arrayContaining(['cbn-2019-07>wapo-2019-07-21', 'rewrite-2019-07>wapo-2019-07-21']),
  );
  await expect(graph.locator('.edge', { hasText: 'rewrite' })).toHaveCount(2);
  // Its accessible name says the same in words.
  await expect(graph).toHaveAttribute('aria-label', /CBN News .* rewrites The Washington Post/);

  // The list says it in full, for screen readers and print alike.
  const list = dialog.getByTestId('about-sources');
  await expect(list.getByRole('listitem')).toHaveCount(sources.length);
  for (const id of ['cbn-2019-07', 'rewrite-2019-07']) {
    const item = list.locator(`li[data-source="${id}"]`);
    await expect(item).toContainText(source(id).headline);
    await expect(item).toContainText(`rewrites ${source('wapo-2019-07-21').publication}`);
    await expect(item).toContainText(source(id).derived_from[0]!.evidence);
    await expect(item).toContainText('Leads back to: The Washington Post.');
  }
  const origins = sources.filter((s) => s.derived_from.length === 0);
  for (const s of origins)
    await expect(list.locator(`li[data-source="${s.id}"]`)).toContainText('independent origin');

  // How independent origins are counted, with the data's numbers.
  const counting = dialog.getByTestId('about-counting');
  await expect(counting).toContainText('a rewrite repeats its source', { ignoreCase: true });
  await expect(counting).toContainText(
    `Of the ${sources.length} articles, ${origins.length} are independent origins:`,
  );
  const byOrigins = new Map<number, number>();
  for (const c of claims)
    byOrigins.set(c.origins.length, (byOrigins.get(c.origins.length) ?? 0) + 1);
  for (const [n, count] of byOrigins)
    await expect(counting).toContainText(
      `${count} ${count === 1 ? 'claim rests' : 'claims rest'} on ${n} independent ${n === 1 ? 'origin' : 'origins'}`,
    );

  // The precision ladder, finest first, each with its symbol and the number of places.
  const ladder = dialog.getByTestId('about-precision').getByRole('listitem');
  await expect(ladder).toHaveCount(PRECISIONS.length);
  for (const [i, p] of PRECISIONS.entries()) {
    const n = places.filter((x) => x.precision === p).length;
    await expect(ladder.nth(i)).toContainText(PRECISION_LABELS[p]);
    await expect(ladder.nth(i)).toContainText(`(${n} ${n === 1 ? 'place' : 'places'})`);
    await expect(ladder.nth(i).locator('svg')).toHaveCount(1);
  }

  // How places were located, and every approximate place with what makes it so.
  const located = dialog.getByTestId('about-located');
  await expect(located).toContainText('GeoNames');
  await expect(located).toContainText('Natural Earth');
  await expect(located).toContainText('Hand-placed or hand-drawn');
  for (const p of places) await expect(located).toContainText(p.name_en);
  const approximate = places.filter((p) => p.approximate);
  const approx = dialog.getByTestId('about-approximate').getByRole('listitem');
  await expect(approx).toHaveCount(approximate.length);
  for (const p of approximate)
    await expect(
      dialog.getByTestId('about-approximate').locator(`li[data-place="${p.id}"]`),
    ).toContainText(p.geometry_source);

  // Licences.
  await expect(dialog.getByRole('table')).toContainText('CC BY 4.0 (GeoNames)');

  await page.screenshot({ path: `${SHOTS}about-dialog.png` });
  await dialog.getByTestId('provenance-graph').screenshot({ path: `${SHOTS}about-graph.png` });

  const { violations } = await new AxeBuilder({ page })
    .include('dialog')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  for (const v of violations)
    console.log(
      `[about] ${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  // Focus stays in the dialog while it is open; Escape closes it and gives focus back.
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  // The close button does the same.
  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Close “About this map”' }).click();
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('the printed handout ends with "About this map"', async ({ page }) => {
  await catchPrint(page);
  await openMap(page);
  await printHandout(page);
  const about = page.getByTestId('handout-about');
  await expect(about).toBeHidden();

  await page.emulateMedia({ media: 'print' });
  await expect(about).toBeVisible();
  await expect(about.getByRole('heading', { level: 2, name: 'About this map' })).toBeVisible();
  // After every step's page.
  expect(
    await about.evaluate(
      (el) =>
        el.parentElement?.lastElementChild === el &&
        // (the list of downloads sits between the last step and the methodology)
        el.previousElementSibling?.matches(
          '[data-testid="handout-page"], [data-testid="handout-downloads"]',
        ),
    ),
  ).toBe(true);
  await expect(about.getByTestId('provenance-graph')).toBeVisible();
  await expect(about.getByTestId('about-sources').getByRole('listitem')).toHaveCount(
    sources.length,
  );
  await expect(about.getByTestId('about-counting')).toContainText('independent origins');
  await expect(about.getByRole('table')).toBeVisible();

  await page.setViewportSize({ width: 703, height: 1000 });
  await about.screenshot({ path: `${SHOTS}handout-about.png` });
  const pdf = await page.pdf({ format: 'A4' });
  const sheets = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
  // One sheet per step, then the methodology on sheets of its own.
  expect(sheets.length).toBeGreaterThan(briefing.steps.length);
});
