import { test, expect, openMap } from './fixtures';

/** The hash of the current page, without '#'. */
const hashOf = (url: string) => new URL(url).hash.slice(1);

test('a link copied mid-flow reopens the same place, claim, article and highlighted passage', async ({
  page,
  context,
}) => {
  await openMap(page, '#p=qaim');
  const panel = page.locator('.citation-panel');
  await expect(panel).toBeVisible();
  await panel
    .getByRole('button', { name: /Read in source/ })
    .first()
    .click();
  const reader = page.getByRole('dialog');
  await expect(reader).toBeVisible();
  const current = reader.locator('mark[aria-current], mark.current').first();
  const passage = await current.textContent();
  expect(passage?.length).toBeGreaterThan(10);
  await expect(page).toHaveURL(/a=[^&]+&q=\d+-\d+/);
  const link = page.url();

  const second = await context.newPage();
  const errors: string[] = [];
  second.on('pageerror', (e) => errors.push(e.message));
  await openMap(second, `#${hashOf(link)}`);
  await expect(second.locator('.citation-panel')).toBeVisible();
  await expect(second.getByRole('dialog')).toBeVisible();
  await expect(
    second.getByRole('dialog').locator('mark[aria-current], mark.current').first(),
  ).toHaveText(passage!);
  expect(hashOf(second.url())).toBe(hashOf(link));
  expect(errors).toEqual([]);
});

test('back and forward step through selections', async ({ page }) => {
  await openMap(page, '#p=qaim');
  await expect(page.locator('.citation-panel')).toContainText('Qaim');
  await page.goto('./#p=kirkuk');
  await expect(page.locator('.citation-panel')).toContainText('Kirkuk');
  await page.goBack();
  await expect(page.locator('.citation-panel')).toContainText('Qaim');
  await page.goForward();
  await expect(page.locator('.citation-panel')).toContainText('Kirkuk');
});

test('a malformed or hostile hash is ignored safely', async ({ page }) => {
  for (const hash of [
    '#p=<script>alert(1)</script>',
    '#c=NaN,Infinity,1e308&p=__proto__&cl=%E0%A4%A',
    '#q=999999999-1&a=nope&d=2019-13-45..2018-01-01&cat=,,,&prec=%00',
    `#${'p=qaim&'.repeat(3000)}`,
  ]) {
    await openMap(page, hash);
    await expect(page.getByRole('heading', { name: 'citemap' })).toBeVisible();
  }
  // The last one repeats a valid key thousands of times: far too long to trust, so nothing opens.
  await expect(page.locator('.citation-panel')).toHaveCount(0);
});
