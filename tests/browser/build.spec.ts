import { fileURLToPath } from 'node:url';
import { test, expect, openMap } from './fixtures';
import { danglingSourceMaps } from '../../src/pipeline/build/source-maps';

const DIST = fileURLToPath(
  new URL(`../../${process.env.CITEMAP_DIST ?? 'dist'}/`, import.meta.url),
);

/**
 * Written out in full, not imported: the built page must keep exactly this policy (README's
 * "Serving it with headers" gives hosts the same one), so loosening it has to change this line.
 */
const PRODUCTION_POLICY =
  "default-src 'none'; script-src 'self'; worker-src 'self' blob:; connect-src 'self'; " +
  "img-src 'self' data: blob:; style-src 'self'; font-src 'self'; manifest-src 'self'; " +
  "base-uri 'none'; form-action 'none'";

test('the built page carries the strict Content-Security-Policy, and only that one', async ({
  page,
}) => {
  await openMap(page);
  const policies = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(policies).toHaveCount(1);
  await expect(policies).toHaveAttribute('content', PRODUCTION_POLICY);
  // In force before anything loads: no script, stylesheet or preload comes ahead of it.
  const ahead = await page.evaluate(() => {
    const children = [...document.head.children];
    const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]')!;
    return children.slice(0, children.indexOf(meta)).map((el) => el.outerHTML);
  });
  expect(ahead.filter((html) => /^<(script|link|style)\b/i.test(html))).toEqual([]);
});

test('no file in the build points at a source map it does not ship', async ({ page }) => {
  // Lighthouse and the browser's devtools fetch each `sourceMappingURL`; a missing map is an error.
  expect(danglingSourceMaps(DIST)).toEqual([]);
  // And the served worker, as the browser gets it, names no map either.
  await openMap(page);
  const workers = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => /maplibre-gl-worker.*\.mjs$/.test(name)),
  );
  expect(workers.length).toBeGreaterThan(0);
  for (const url of workers) {
    const body = await (await page.request.get(url)).text();
    expect(body, url).not.toMatch(/sourceMappingURL=/);
  }
});
