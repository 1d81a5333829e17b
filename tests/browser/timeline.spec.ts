import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, openMap } from './fixtures';
import { readPublished, type TestPlace } from './published';

const SHOTS = new URL('../artifacts/screenshots/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

const incidents = readPublished(new URL('../../public/', import.meta.url));
const places = incidents.features.map((f) => f.properties);
type Claim = TestPlace['claims'][number];
const claims: ReadonlyMap<string, Claim> = incidents.claimsById;
const dated = [...claims.values()].filter((c) => c.occurred);
const undated = [...claims.values()].filter((c) => !c.occurred);

const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const rows = (page: Page): Locator => page.locator('.place-list [data-place]');
const summary = (page: Page): Locator => page.getByTestId('list-summary');
const hash = (page: Page) => page.evaluate(() => decodeURIComponent(location.hash));
const strip = (page: Page): Locator => page.getByTestId('timeline-strip');
const marks = (page: Page): Locator => page.locator('.timeline svg g.marks > rect');
const timeline = (page: Page): Locator => page.getByRole('region', { name: 'When' });

/** "19 Feb 2019" → UTC ms. */
function parseDay(text: string): number {
  const [d, mon, y] = text.split(' ');
  return Date.UTC(Number(y), MONTHS.indexOf(mon!), Number(d));
}

/**
 * The stretch of time the strip shows, as it tells a screen reader ("… between 1 Jan 2019 and
 * 31 Jul 2019 …"): [first day, day after the last) in UTC ms.
 */
async function shown(page: Page): Promise<[number, number]> {
  const label = (await strip(page).getAttribute('aria-label')) ?? '';
  const m = /between (\d{1,2} \w{3} \d{4}) and (\d{1,2} \w{3} \d{4})/.exec(label);
  expect(m, `the strip says which dates it shows: ${label}`).not.toBeNull();
  return [parseDay(m![1]!), parseDay(m![2]!) + DAY];
}

/** The number in a button such as "◂ 7 earlier"; 0 when it names none. */
async function countIn(button: Locator): Promise<number> {
  const m = /(\d+)/.exec((await button.textContent()) ?? '');
  return m ? Number(m[1]) : 0;
}

/** Places with at least one claim passing `keep`. */
function placesWhere(keep: (c: Claim) => boolean): string[] {
  return places.filter((p) => p.claims.some(keep)).map((p) => p.id);
}
const inFebruary = (c: Claim) =>
  !!c.occurred && c.occurred.start <= '2019-02-28' && c.occurred.end >= '2019-02-01';

test('the strip opens on the dense months, says what lies outside them, and zooms', async ({
  page,
}) => {
  await openMap(page);
  await expect(strip(page)).toBeVisible();
  const [from, to] = await shown(page);

  // Most of the width goes to 2019, where the claims are (it had ~70 of 320 px).
  const y2019: [number, number] = [Date.UTC(2019, 0, 1), Date.UTC(2020, 0, 1)];
  const overlap = Math.min(to, y2019[1]) - Math.max(from, y2019[0]);
  expect(overlap / (to - from)).toBeGreaterThanOrEqual(0.6);
  // Its axis is in months, not years: the ticks name months.
  const ticks = await page.locator('.timeline .axis text').allTextContents();
  expect(ticks.filter((t) => MONTHS.includes(t)).length).toBeGreaterThanOrEqual(3);

  // Every dated claim is either drawn or counted at an edge; none vanish silently.
  const earlier = timeline(page).getByRole('button', { name: /^(\d+ )?earlier$/i });
  const later = timeline(page).getByRole('button', { name: /^(\d+ )?later$/i });
  const before = dated.filter((c) => Date.parse(`${c.occurred!.end}T00:00:00Z`) + DAY <= from);
  expect(before.length).toBeGreaterThan(0);
  await expect(earlier).toContainText(`${before.length} earlier`);
  expect((await marks(page).count()) + before.length + (await countIn(later))).toBe(dated.length);
  await page.locator('.timeline').screenshot({ path: `${SHOTS}timeline-focus.png` });

  // Zoom in with the button: a shorter stretch; out again: a longer one.
  await timeline(page).getByRole('button', { name: 'Zoom the timeline in' }).click();
  const zoomedIn = await shown(page);
  expect(zoomedIn[1] - zoomedIn[0]).toBeLessThan(to - from);
  await timeline(page).getByRole('button', { name: 'Zoom the timeline out' }).click();
  await timeline(page).getByRole('button', { name: 'Zoom the timeline out' }).click();
  const zoomedOut = await shown(page);
  expect(zoomedOut[1] - zoomedOut[0]).toBeGreaterThan(to - from);

  // Ctrl + wheel (a trackpad pinch) zooms about the pointer, as on a map.
  const box = (await strip(page).boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.8, box.y + 8);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await expect
    .poll(async () => (await shown(page))[1] - (await shown(page))[0])
    .toBeLessThan(zoomedOut[1] - zoomedOut[0]);

  // The "earlier" marker pans back in time.
  const beforePan = await shown(page);
  await earlier.click();
  const panned = await shown(page);
  expect(panned[0]).toBeLessThan(beforePan[0]);
  expect(panned[1] - panned[0]).toBe(beforePan[1] - beforePan[0]);

  // Dragging the axis pans too: drag it to the left to go later.
  const axis = (await page.locator('.timeline rect.pan').boundingBox())!;
  await page.mouse.move(axis.x + axis.width * 0.6, axis.y + axis.height / 2);
  await page.mouse.down();
  await page.mouse.move(axis.x + axis.width * 0.3, axis.y + axis.height / 2, { steps: 5 });
  await page.mouse.up();
  const dragged = await shown(page);
  expect(dragged[0]).toBeGreaterThan(panned[0]);

  // "Fit all" shows every dated claim, back to the earliest.
  await timeline(page).getByRole('button', { name: 'Fit all' }).click();
  const all = await shown(page);
  const earliest = Math.min(...dated.map((c) => Date.parse(`${c.occurred!.start}T00:00:00Z`)));
  expect(all[0]).toBeLessThanOrEqual(earliest);
  await expect(marks(page)).toHaveCount(dated.length);
  await expect(earlier).toBeDisabled();

  // And "Focus" returns to the opening view.
  await timeline(page).getByRole('button', { name: 'Focus' }).click();
  expect(await shown(page)).toEqual([from, to]);

  // Brushing still sets a date range.
  await page.mouse.move(box.x + box.width * 0.1, box.y + 8);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, box.y + 10, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => hash(page)).toMatch(/d=\d{4}-\d\d-\d\d\.\.\d{4}-\d\d-\d\d/);
});

test('two fingers spread on the strip zoom it in, and no date range is set', async ({ page }) => {
  await openMap(page);
  const [from, to] = await shown(page);
  const box = (await strip(page).boundingBox())!;
  const y = box.y + 10;
  const cx = box.x + box.width / 2;
  // Real touch input through the DevTools protocol, so the pointers are live (capturable).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 2 });
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', dx: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints:
        type === 'touchEnd'
          ? []
          : [
              { x: cx - dx, y, id: 1 },
              { x: cx + dx, y, id: 2 },
            ],
    });
  await touch('touchStart', 20);
  for (const dx of [30, 45, 60, 80]) await touch('touchMove', dx);
  await touch('touchEnd', 0);
  await expect
    .poll(async () => {
      const [a, b] = await shown(page);
      return (b - a) / (to - from);
    })
    .toBeLessThan(0.5);
  expect(await hash(page)).not.toContain('d=');
});

test('a date range says how many undated claims it hides, and can keep them', async ({ page }) => {
  await openMap(page);
  const keep = page.getByRole('checkbox', { name: 'Keep undated claims' });
  const note = page.getByTestId('timeline-undated');
  expect(undated.length).toBeGreaterThan(0);

  await page.getByLabel('From', { exact: true }).fill('2019-02-01');
  await page.getByLabel('To', { exact: true }).fill('2019-02-28');
  await expect.poll(() => hash(page)).toContain('d=2019-02-01..2019-02-28');
  const n = undated.length;
  await expect(note).toContainText(`${n} claims have no date and are hidden`);
  await expect(keep).not.toBeChecked();
  await expect(rows(page)).toHaveCount(placesWhere(inFebruary).length);
  const inFeb = [...claims.values()].filter(inFebruary).length;
  await expect(summary(page)).toContainText(`· ${inFeb} of ${claims.size} claims`);

  // Keep them: the list gets them back, the note says so, the link remembers it.
  await keep.check();
  const kept = placesWhere((c) => inFebruary(c) || !c.occurred);
  await expect(rows(page)).toHaveCount(kept.length);
  await expect(summary(page)).toContainText(`· ${inFeb + n} of ${claims.size} claims`);
  await expect(note).toContainText(`${n} claims with no date are kept`);
  await expect.poll(() => hash(page)).toMatch(/(^|&)und=1(&|$)/);
  await page.locator('.timeline').screenshot({ path: `${SHOTS}timeline-keep-undated.png` });

  // A reload (or a shared link) opens the same view.
  await page.reload();
  await expect(page.getByTestId('map')).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  await expect(keep).toBeChecked();
  await expect(rows(page)).toHaveCount(kept.length);

  await page.setViewportSize({ width: 1280, height: 1500 });
  await page.locator('.sidebar').evaluate((el) => el.scrollTo(0, 0));
  await page.locator('.sidebar').screenshot({ path: `${SHOTS}sidebar-timeline.png` });

  await keep.uncheck();
  await expect(rows(page)).toHaveCount(placesWhere(inFebruary).length);
  await expect.poll(() => hash(page)).not.toContain('und=');
});
