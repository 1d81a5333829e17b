import { test as base, expect, type Page } from '@playwright/test';

export interface Guard {
  /** uncaught exceptions in the page */
  pageErrors: string[];
  /** console.error messages */
  consoleErrors: string[];
  /** requests that tried to leave our origin (aborted) */
  foreignRequests: string[];
}

/**
 * Every browser test runs under this guard: a request to another origin is aborted and fails the
 * test, as do uncaught page errors and console errors. citemap must work with the cable pulled out.
 */
export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      const guard: Guard = { pageErrors: [], consoleErrors: [], foreignRequests: [] };
      page.on('pageerror', (err) => guard.pageErrors.push(err.message));
      page.on('console', (msg) => {
        if (msg.type() === 'error') guard.consoleErrors.push(msg.text());
      });
      await page.context().route('**/*', (route) => {
        const url = route.request().url();
        const allowed =
          url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin;
        if (allowed) return route.continue();
        guard.foreignRequests.push(url);
        return route.abort('blockedbyclient');
      });
      await use(guard);
      expect(guard.foreignRequests, 'requests that left our origin').toEqual([]);
      expect(guard.pageErrors, 'uncaught page errors').toEqual([]);
      expect(guard.consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the app and waits for the first complete render (the map's aria-busy turns false). */
export async function openMap(page: Page, hash = ''): Promise<void> {
  await page.goto(`./${hash}`);
  await expect(page.getByTestId('map')).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
}

/**
 * Counts the share of sampled pixels in a screenshot that differ from the most common colour —
 * a blank or single-colour canvas scores ~0. Decoded in the page, so no PNG library is needed.
 */
export async function pixelVariety(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) return 0;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    const counts = new Map<number, number>();
    let samples = 0;
    for (let i = 0; i < data.length; i += 4 * 97) {
      const key = ((data[i]! >> 3) << 10) | ((data[i + 1]! >> 3) << 5) | (data[i + 2]! >> 3);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      samples++;
    }
    const top = Math.max(...counts.values());
    return (samples - top) / samples;
  }, png.toString('base64'));
}
