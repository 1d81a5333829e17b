import { mkdirSync, readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type {
  IndexedClaim,
  PublishedClaimIndex,
  PublishedPlace,
} from '../../src/lib/data/published';
import { test, expect, openMap } from './fixtures';

const SHOTS = new URL('../artifacts/screenshots/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

interface Feature {
  type: 'Feature';
  geometry: { type: string; coordinates: unknown };
  properties: PublishedPlace;
}
const PUBLIC = new URL('../../public/data/', import.meta.url);
const real = JSON.parse(readFileSync(new URL('places.geojson', PUBLIC), 'utf8')) as {
  type: 'FeatureCollection';
  features: Feature[];
};
const realIndex = JSON.parse(
  readFileSync(new URL('claim-index.json', PUBLIC), 'utf8'),
) as PublishedClaimIndex;

/** The published places and claim index, each place repeated `copies` times (new ids, nudged). */
function manyPlaces(copies: number) {
  const features: Feature[] = [];
  const claims: IndexedClaim[] = [];
  for (let k = 0; k < copies; k++) {
    const suffix = k === 0 ? '' : `-${k}`;
    for (const f of real.features) {
      const p = f.properties;
      const geometry =
        f.geometry.type === 'Point'
          ? {
              type: 'Point',
              coordinates: (f.geometry.coordinates as number[]).map(
                (v, i) => v + k * 0.01 * (i + 1),
              ),
            }
          : f.geometry;
      features.push({
        ...f,
        geometry,
        properties: {
          ...p,
          id: p.id + suffix,
          name_en: k === 0 ? p.name_en : `${p.name_en} ${k}`,
        },
      });
    }
    for (const c of realIndex.claims) {
      claims.push({
        ...c,
        id: c.id + suffix,
        places: c.places.map((id) => id + suffix),
        conflicts_with: c.conflicts_with.map((id) => id + suffix),
      });
    }
  }
  return {
    places: { type: 'FeatureCollection', features },
    index: { shard_count: realIndex.shard_count, claims },
  };
}

const COPIES = 50;
const TOTAL = real.features.length * COPIES;

async function openMany(page: Page, hash = ''): Promise<void> {
  const many = manyPlaces(COPIES);
  const places = JSON.stringify(many.places);
  const index = JSON.stringify(many.index);
  await page.route('**/data/places.geojson', (route) =>
    route.fulfill({ body: places, contentType: 'application/geo+json' }),
  );
  await page.route('**/data/claim-index.json', (route) =>
    route.fulfill({ body: index, contentType: 'application/json' }),
  );
  await openMap(page, hash);
}

const rows = (page: Page): Locator => page.locator('.place-list [data-place]');
const list = (page: Page) => page.getByRole('region', { name: 'Places' });

test('with many places only the rows in view are in the page, and every one is reachable', async ({
  page,
}) => {
  await openMany(page);
  await expect(page.getByTestId('list-summary')).toContainText(`${TOTAL} of ${TOTAL} places`);
  // A screen reader is told the whole length; the page holds a window of it.
  await expect(rows(page).first()).toHaveAttribute('aria-setsize', String(TOTAL));
  await expect(rows(page).first()).toHaveAttribute('aria-posinset', '1');
  expect(await rows(page).count()).toBeLessThan(80);

  // Scrolled to the end, the last place is there, and the rows do not overlap.
  const sidebar = page.locator('.sidebar');
  await sidebar.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  const last = page.locator(`.place-list [aria-posinset="${TOTAL}"]`);
  await expect(last).toBeInViewport();
  const boxes = await rows(page).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, pos: Number(el.getAttribute('aria-posinset')) };
    }),
  );
  for (let i = 1; i < boxes.length; i++) {
    expect(boxes[i]!.pos).toBe(boxes[i - 1]!.pos + 1);
    expect(Math.abs(boxes[i]!.top - boxes[i - 1]!.bottom)).toBeLessThan(1);
  }
  await page.locator('.sidebar').screenshot({ path: `${SHOTS}list-virtual-end.png` });
});

test('arrow keys walk past the rendered rows, and a selection far down is scrolled to', async ({
  page,
}) => {
  // 1 500 places on a software-rendered map: slow on a busy machine.
  test.setTimeout(180_000);
  await openMany(page);
  const first = rows(page).first().getByRole('button').first();
  await first.focus();
  // Well past the rows first rendered (about 15).
  for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown');
  const focused = page.locator('.place-list [data-place]:has(:focus)');
  await expect(focused).toHaveAttribute('aria-posinset', '41');
  await expect(page.locator(':focus')).toBeInViewport();
  await page.keyboard.press('ArrowUp');
  await expect(focused).toHaveAttribute('aria-posinset', '40');

  // Opening a row pushes the rows below it down, measured.
  const disclose = focused.getByRole('button', { name: /^Claims at / });
  await disclose.click();
  await expect(disclose).toHaveAttribute('aria-expanded', 'true');
  await focused.evaluate((el) => el.scrollIntoView({ block: 'end' }));
  const next = page.locator('.place-list [aria-posinset="41"]');
  await expect(next).toBeInViewport();
  const [open, below] = [await focused.boundingBox(), await next.boundingBox()];
  expect(open!.height).toBeGreaterThan(150);
  expect(Math.abs(below!.y - (open!.y + open!.height))).toBeLessThan(1);

  // A link to a place deep in the list marks its row and brings it into view.
  const far = 'kirkuk-45';
  await page.goto(`./#p=${far}`);
  const row = list(page).locator(`[data-place="${far}"]`);
  await expect(row.getByRole('button').first()).toHaveAttribute('aria-current', 'true');
  await expect(row).toBeInViewport();
});
