import type { Page } from '@playwright/test';
import { expect } from './fixtures';

interface Control {
  /** what a reader would call it: its label, its text or its placeholder */
  name: string;
  box: { x: number; y: number; width: number; height: number };
}

/** Every control the header shows (its closed dialogs and menus show none), with its box. */
async function headerControls(page: Page): Promise<Control[]> {
  const found = page.getByRole('banner').locator('button, input, select, a[href]').filter({
    visible: true,
  });
  const controls: Control[] = [];
  for (const control of await found.all()) {
    const name = await control.evaluate(
      (el) =>
        el.getAttribute('aria-label') ??
        ((el as HTMLInputElement).labels?.[0]?.textContent ||
          el.getAttribute('placeholder') ||
          el.textContent ||
          el.tagName),
    );
    controls.push({ name: name.trim(), box: (await control.boundingBox())! });
  }
  return controls;
}

/**
 * The header keeps to one row: every control in it starts and ends within the title's row, and
 * each is still a 24 px target (nothing made to fit by shrinking it). Returns the controls' names,
 * so that a test can say which controls it expects to have been checked.
 */
export async function expectHeaderInOneRow(page: Page): Promise<string[]> {
  const title = (await page.getByRole('banner').locator('.title').boundingBox())!;
  const controls = await headerControls(page);
  for (const { name, box } of controls) {
    expect(box.y, `${name} starts within the title's row`).toBeLessThan(title.y + title.height);
    expect(box.y + box.height, `${name} ends within the title's row`).toBeGreaterThan(title.y);
  }
  expectTargets(controls);
  return controls.map((c) => c.name);
}

/** Every control the header shows is at least 24 × 24 px (WCAG 2.2 target size); returns their names. */
export async function expectHeaderTargets(page: Page): Promise<string[]> {
  const controls = await headerControls(page);
  expectTargets(controls);
  return controls.map((c) => c.name);
}

function expectTargets(controls: Control[]): void {
  for (const { name, box } of controls) {
    expect(box.width, `${name} is at least 24 px wide`).toBeGreaterThanOrEqual(24);
    expect(box.height, `${name} is at least 24 px high`).toBeGreaterThanOrEqual(24);
  }
}
