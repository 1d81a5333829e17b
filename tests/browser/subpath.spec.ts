import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { test, expect, openMap } from './fixtures';
import { serveStatic } from './static-server';

const PORT = Number(process.env.CITEMAP_TEST_PORT ?? 4173) + 8;
const MOUNT = '/usb-stick/citemap/';
const DIST = fileURLToPath(
  new URL(`../../${process.env.CITEMAP_DIST ?? 'dist'}/`, import.meta.url),
);

let server: Server;
test.beforeAll(async () => {
  server = await serveStatic(DIST, MOUNT, PORT);
});
test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test.use({ baseURL: `http://127.0.0.1:${PORT}${MOUNT}` });

test('dist/ works from a plain static server under a sub-path', async ({ page }) => {
  await openMap(page);
  const labels = await page.evaluate(() => {
    const map = window.citemap!.map;
    const ids = map
      .getStyle()
      .layers.filter((l) => l.type === 'symbol')
      .map((l) => l.id);
    return map.queryRenderedFeatures({ layers: ids }).length;
  });
  expect(labels).toBeGreaterThan(10);
});
