import type { Page } from '@playwright/test';
import { expect } from './fixtures';

type Printed = { printed: number };

/** Replaces window.print with a counter, before the app loads: a test cannot answer a print dialog. */
export async function catchPrint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as Printed).printed = 0;
    window.print = () => {
      (window as unknown as Printed).printed += 1;
    };
  });
}

/** Clicks the print button (its name in the interface language) and waits for one print. */
export async function printHandout(page: Page, button = 'Print handout'): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as Printed).printed), { timeout: 90_000 })
    .toBe(1);
}
