/**
 * The curation studio, as a curator uses it: from an empty project (a fresh `npm run new` copy,
 * served by the dev server with its own public folder; see playwright.studio.config.ts) to a
 * published map, with the keyboard where a person would. The tests run in order on one project.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, type Guard } from './fixtures';
import { serveStatic } from './static-server';

const WORK = process.env.CITEMAP_STUDIO_WORK ?? '';
const PROJECT = join(WORK, 'project');
const REPO = resolve(import.meta.dirname, '../..');
const FIXTURES = join(REPO, 'tests/fixtures/studio');
const SHOTS = join(REPO, 'tests/artifacts/screenshots');
mkdirSync(SHOTS, { recursive: true });
const PUBLISHED_PORT = Number(process.env.CITEMAP_TEST_PORT ?? 4173);

const HERALD = 'the-desert-herald-2019-07-21';
const DIGEST = 'gulf-wire-digest-2019-07-22';
const CROSSING = 'Between 5,000 and 7,000 Islamic State fighters have crossed from Syria into Iraq';
const CROSSING_AGAIN =
  'between 5,000 and 7,000 Islamic State fighters have crossed from Syria into Iraq';
const BOMB = 'In Baiji, north of Tikrit, a roadside bomb killed four soliders on Thursday';

test.describe.configure({ mode: 'serial' });

/** A case-sensitive match of the characters (Playwright's string match ignores case). */
const exactly = (s: string) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
test.skip(!WORK, 'run with -c tests/playwright.studio.config.ts');

const studio = (page: Page): Locator =>
  page.getByRole('complementary', { name: 'Curation studio' });

async function open(page: Page, hash = ''): Promise<Locator> {
  await page.goto(`./${hash}`);
  const panel = studio(page);
  const curate = page.getByRole('button', { name: 'Curate' });
  // An empty project opens the studio by itself once it has read the project; else the curator does.
  await expect(async () => {
    if ((await curate.getAttribute('aria-pressed')) !== 'true') await curate.click();
    await expect(panel.getByRole('heading', { level: 2 })).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 90_000 });
  return panel;
}

/** Axe on the studio as it is now: serious and critical violations fail. */
async function audit(page: Page, name: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .include('#citemap-studio')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** The browser logs a refused request (4xx) as a console error: expected where a test provokes one. */
function allowRefusals(guard: Guard, status: number): void {
  const keep = guard.consoleErrors.filter((m) => !m.includes(`status of ${status}`));
  guard.consoleErrors.splice(0, guard.consoleErrors.length, ...keep);
}

/** Puts the caret before `passage` in the reader (as a click there would), then selects it with Shift+→. */
async function selectWithKeyboard(page: Page, passage: string): Promise<void> {
  const box = studio(page).getByRole('textbox', { name: /^Text of / });
  // The recognised names re-render the text (marks), which would drop a caret placed before.
  await expect(studio(page).getByText('Looking for place names…')).toHaveCount(0);
  await box.focus();
  const found = await box.evaluate((el, passage) => {
    const at = (el.textContent ?? '').indexOf(passage);
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let left = at;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const len = (n as Text).length;
      if (left <= len) {
        document.getSelection()!.collapse(n, left);
        return at;
      }
      left -= len;
    }
    return -1;
  }, passage);
  expect(found).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < passage.length; i++) await page.keyboard.press('Shift+ArrowRight');
}

/**
 * Selects `passage` and presses Enter in the same moment, before the browser has told the page
 * the selection changed (Chromium runs input ahead of queued selectionchange events: a quick
 * curator's Shift+arrows then Enter meets the same order).
 */
async function selectAndEnterAtOnce(page: Page, passage: string): Promise<void> {
  const box = studio(page).getByRole('textbox', { name: /^Text of / });
  await expect(studio(page).getByText('Looking for place names…')).toHaveCount(0);
  const found = await box.evaluate((el, passage) => {
    const at = (el.textContent ?? '').indexOf(passage);
    const point = (offset: number): [Node, number] => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let left = offset;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = (n as Text).length;
        if (left <= len) return [n, left];
        left -= len;
      }
      throw new Error('offset outside the text');
    };
    if (at < 0) return -1;
    (el as HTMLElement).focus();
    document.getSelection()!.setBaseAndExtent(...point(at), ...point(at + passage.length));
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    return at;
  }, passage);
  expect(found).toBeGreaterThanOrEqual(0);
}

/** Drags the mouse over the characters of `passage` from `from` characters in to `to` from its end. */
async function dragOver(page: Page, passage: string, from: number, to: number): Promise<void> {
  const box = studio(page).getByRole('textbox', { name: /^Text of / });
  const rects = await box.evaluate(
    (el, [passage, from, to]) => {
      const text = el.textContent ?? '';
      const start = text.indexOf(passage as string) + (from as number);
      const end = text.indexOf(passage as string) + (passage as string).length - (to as number);
      const point = (offset: number) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let left = offset;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const len = (n as Text).length;
          if (left < len) {
            const r = document.createRange();
            r.setStart(n, left);
            r.setEnd(n, left + 1);
            r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
            return r.getBoundingClientRect().toJSON() as DOMRect;
          }
          left -= len;
        }
        throw new Error('offset outside the text');
      };
      point(start);
      return { a: point(start), b: point(end - 1) };
    },
    [passage, from, to] as const,
  );
  await page.mouse.move(rects.a.left + 1, rects.a.top + rects.a.height / 2);
  await page.mouse.down();
  await page.mouse.move(rects.b.right - 1, rects.b.top + rects.b.height / 2, { steps: 5 });
  await page.mouse.up();
}

interface SourceRecord {
  id: string;
  url?: string;
  archive_url?: string;
  note?: string;
}
function sourceRecord(id: string): SourceRecord | undefined {
  const file = JSON.parse(readFileSync(join(PROJECT, 'seeds/sources.json'), 'utf8')) as {
    sources: SourceRecord[];
  };
  return file.sources.find((r) => r.id === id);
}

interface PlaceRecord {
  id: string;
  name: { en: string };
  precision: string;
  geometry: { from: string; coordinates?: unknown };
}
function placeRecords(): PlaceRecord[] {
  return (
    JSON.parse(readFileSync(join(PROJECT, 'data/places.json'), 'utf8')) as {
      places: PlaceRecord[];
    }
  ).places;
}

/** The explorer's list row of a place, by its name. */
const listRow = (page: Page, name: string): Locator =>
  page
    .getByRole('region', { name: 'Places', exact: true })
    .getByRole('listitem')
    .filter({ hasText: name });

/** The pixel on the page where the map draws `lonLat`. */
async function pagePoint(page: Page, lonLat: [number, number]): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((ll) => window.citemap!.map.project(ll), lonLat);
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  return { x: box.x + p.x, y: box.y + p.y };
}

/** Clicks the map where it draws `lonLat`, checking the map (not the studio) is what is there. */
async function clickMapAt(page: Page, lonLat: [number, number]): Promise<void> {
  const { x, y } = await pagePoint(page, lonLat);
  expect(
    await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y) === window.citemap!.map.getCanvas(),
      { x, y },
    ),
  ).toBe(true);
  await page.mouse.click(x, y);
}

async function placeFromGazetteer(panel: Locator, name: string, choice: RegExp): Promise<void> {
  await panel.getByLabel('Find a place by name, in English or Arabic').fill(name);
  const found = panel.getByRole('list', { name: 'Places found' });
  await found.getByRole('button', { name: choice }).first().click();
}

test('from an empty project to a published map, through the studio', async ({ page, browser }) => {
  test.setTimeout(600_000);
  page.on('dialog', (d) => void d.accept());
  const panel = await open(page);

  // 1. The welcome state says how to start.
  await expect(panel.getByRole('heading', { name: 'An empty project' })).toBeVisible();
  await expect(panel.getByText('Start by adding a source')).toBeVisible();
  await audit(page, 'welcome');
  await page.screenshot({ path: join(SHOTS, 'studio-welcome.png') });
  await panel
    .getByRole('region', { name: 'How to start' })
    .getByRole('button', { name: 'Add a source' })
    .click();

  // 2. A saved page: reduced to the article's text, which the curator checks and confirms.
  await panel
    .getByLabel('Choose a file')
    .setInputFiles(join(FIXTURES, 'desert-herald-2019-07-21.html'));
  const text = panel.getByLabel(/^Text/);
  await expect(text).toHaveValue(/Between 5,000 and 7,000 Islamic State fighters/);
  const extracted = await text.inputValue();
  for (const boilerplate of [
    'trackVisitor',
    'cookies',
    'Subscribe',
    'Related stories',
    'Newsletter',
  ])
    expect(extracted).not.toContain(boilerplate);
  await expect(panel.getByLabel('Headline')).toHaveValue(
    'Thousands of Islamic State fighters slip back into Iraq',
  );
  await expect(panel.getByLabel('Publication', { exact: true })).toHaveValue('The Desert Herald');
  await expect(panel.getByLabel('Publication date')).toHaveValue('2019-07-21');
  const save = panel.getByRole('button', { name: 'Save the source and read it' });
  await expect(save).toBeDisabled();
  await panel
    .getByLabel('What the date rests on')
    .fill('the dateline and the page’s published time');
  await panel
    .getByLabel('URL', { exact: true })
    .fill('https://desertherald.example/2019/07/21/returning-fighters');
  await audit(page, 'add a source');
  await page.screenshot({ path: join(SHOTS, 'studio-add-source.png') });
  await panel.getByLabel(/I have checked this text/).check();
  await save.click();
  await expect(
    panel.getByRole('status').filter({ hasText: `Saved: Add source ${HERALD}` }),
  ).toBeVisible();
  // The address is the record's own field, not a line in its note.
  expect(sourceRecord(HERALD)).toMatchObject({
    url: 'https://desertherald.example/2019/07/21/returning-fighters',
  });
  expect(sourceRecord(HERALD)).not.toHaveProperty('note');

  // 3. The reader marks the place names; a passage selected with the keyboard becomes a claim.
  await expect(
    panel.getByRole('heading', { name: /^Read: Thousands of Islamic State/ }),
  ).toBeVisible();
  const names = panel.getByRole('region', { name: 'Places named in the text' });
  await expect(
    names.getByRole('button', { name: /Place a claim here: .*Qaim/i }).first(),
  ).toBeVisible();
  await audit(page, 'reader');
  const stored = readFileSync(join(PROJECT, 'seeds', `${HERALD}.txt`), 'utf8');
  expect(stored).toBe(extracted);
  await selectWithKeyboard(page, CROSSING);
  await expect(panel.getByRole('region', { name: 'The selected passage' })).toContainText(CROSSING);
  await page.screenshot({ path: join(SHOTS, 'studio-reader.png') });
  await page.keyboard.press('Enter');

  await expect(panel.getByRole('heading', { name: 'A new claim' })).toBeVisible();
  const start = stored.indexOf(CROSSING);
  await expect(panel.getByText(`characters ${start}–${start + CROSSING.length}`)).toBeVisible();
  await expect(panel.getByTestId('claim-quote').locator('strong')).toHaveText(CROSSING);
  await panel
    .getByLabel('Summary, in your own words')
    .fill('Thousands of Islamic State fighters crossed from Syria into Iraq at al-Qaim');
  await panel.getByLabel('Category').selectOption({ label: 'Border crossing' });
  await panel.getByRole('button', { name: 'Add “5,000”' }).click();
  await panel.getByLabel('What is counted').fill('fighters crossed');
  await panel.getByLabel('Max').fill('7,000');
  await panel.getByLabel('As written (the words of a quote)').fill('5,000 and 7,000');
  // by its Arabic name
  await placeFromGazetteer(panel, 'القائم', /Al Qā’im \(القائم\) — Al Anbar, Iraq/);
  await expect(panel.getByRole('list', { name: 'Chosen places' })).toContainText(
    'Al Qā’im (primary) · new',
  );
  await audit(page, 'claim form');
  await page.screenshot({ path: join(SHOTS, 'studio-claim.png') });
  await panel.getByRole('button', { name: 'Save the claim' }).click();
  await expect(panel.getByRole('status').filter({ hasText: /Saved: Add claim/ })).toBeVisible();
  // The map's list has the new place without a page reload.
  await expect(page.locator('li[data-place="al-qaim"]')).toBeVisible({ timeout: 60_000 });

  // A second passage, dragged over with the mouse from mid-word: snapped to whole words.
  await expect(panel.getByRole('heading', { name: /^Read:/ })).toBeVisible();
  await dragOver(page, BOMB, 1, 3);
  await expect(
    panel.getByRole('region', { name: 'The selected passage' }).locator('blockquote'),
  ).toHaveText(BOMB);
  await panel.getByRole('button', { name: 'Cite this passage' }).click();
  await panel
    .getByLabel('Summary, in your own words')
    .fill('A roadside bomb killed four soldiers in Baiji');
  await panel.getByLabel('Category').selectOption({ label: 'Attack' });
  await placeFromGazetteer(panel, 'Baiji', /Bayjī .* Salah ad-Din, Iraq/);
  await panel.getByRole('button', { name: 'Save the claim' }).click();
  await expect(panel.getByRole('status').filter({ hasText: /Saved: Add claim/ })).toBeVisible();

  // A rewrite of the first, pasted, derived from it.
  await panel
    .getByRole('navigation', { name: 'Studio' })
    .getByRole('button', { name: 'Add a source' })
    .click();
  await panel
    .getByLabel(/^Text/)
    .fill(readFileSync(join(FIXTURES, 'gulf-wire-digest-2019-07-22.txt'), 'utf8'));
  await panel.getByLabel('Publication', { exact: true }).fill('Gulf Wire Digest');
  await panel.getByLabel('Headline').fill('Iraq sees return of IS fighters, report says');
  await panel.getByLabel(/Unbylined/).check();
  await panel.getByLabel('Publication date').fill('2019-07-22');
  await panel.getByLabel('What the date rests on').fill('the digest’s issue date');
  await panel.getByRole('button', { name: 'Add “derived from”' }).click();
  await panel.getByLabel('Relation').selectOption('rewrite');
  await panel
    .getByLabel('Evidence (what in the text shows it)')
    .fill('“The Desert Herald reported on Sunday”');
  await panel.getByLabel(/I have checked this text/).check();
  await panel.getByRole('button', { name: 'Save the source and read it' }).click();
  await expect(
    panel.getByRole('status').filter({ hasText: `Saved: Add source ${DIGEST}` }),
  ).toBeVisible();

  // Another source says this too: the third passage joins the first claim.
  await selectWithKeyboard(page, CROSSING_AGAIN);
  await panel.getByLabel('Another source says this too: add it to').selectOption({
    label: 'Thousands of Islamic State fighters crossed from Syria into Iraq at al-Qaim',
  });
  await panel.getByRole('button', { name: 'Add the passage to this claim' }).click();
  await expect(
    panel.getByRole('status').filter({ hasText: /Saved: Add a quote from/ }),
  ).toBeVisible();
  await panel
    .getByRole('navigation', { name: 'Studio' })
    .getByRole('button', { name: 'Project' })
    .click();
  await expect(panel.getByRole('region', { name: /Claims \(2\)/ })).toContainText('(2 quotes)');
  await audit(page, 'project');
  await page.screenshot({ path: join(SHOTS, 'studio-project.png') });

  // Publish: the same build as `npm run build`, into a folder of its own, served statically.
  const pub = join(WORK, 'publish-public');
  const dist = join(WORK, 'publish-dist');
  for (const entry of readdirSync(join(REPO, 'public')))
    if (entry !== 'data' && entry !== 'sources')
      cpSync(join(REPO, 'public', entry), join(pub, entry), { recursive: true });
  execFileSync('npx', ['tsx', 'src/pipeline/data/build.ts', '--root', PROJECT, '--out', pub], {
    cwd: REPO,
  });
  execFileSync('npx', ['vite', 'build', '--outDir', dist, '--logLevel', 'warn'], {
    cwd: REPO,
    env: { ...process.env, CITEMAP_PROJECT: PROJECT, CITEMAP_PUBLIC_DIR: pub },
  });
  const server = await serveStatic(dist, '/', PUBLISHED_PORT);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const published = await context.newPage();
    const problems: string[] = [];
    published.on('pageerror', (e) => problems.push(e.message));
    published.on('console', (m) => void (m.type() === 'error' && problems.push(m.text())));
    await published.goto(`http://127.0.0.1:${PUBLISHED_PORT}/#p=al-qaim`);
    await expect(published.getByRole('button', { name: 'Curate' })).toHaveCount(0);
    const citations = published.locator('aside.citation-panel');
    await expect(citations.getByRole('heading', { level: 2, name: 'Al Qā’im' })).toBeVisible({
      timeout: 90_000,
    });
    await expect(citations.locator('blockquote', { hasText: exactly(CROSSING) })).toHaveCount(1);
    await expect(citations.locator('blockquote', { hasText: exactly(CROSSING_AGAIN) })).toHaveCount(
      1,
    );
    await expect(citations).toContainText('Quoted by 2 articles');
    await expect(citations).toContainText('1 independent source');
    await published.goto(`http://127.0.0.1:${PUBLISHED_PORT}/#p=bayji`);
    await expect(citations.locator('blockquote', { hasText: exactly(BOMB) })).toHaveCount(1);
    await published.screenshot({ path: join(SHOTS, 'studio-published.png') });
    expect(problems).toEqual([]);
  } finally {
    await context.close();
    server.close();
  }
});

test('a corrected source text: every quote that moved or changed is listed for the curator', async ({
  page,
}) => {
  const panel = await open(page);
  const old = readFileSync(join(PROJECT, 'seeds', `${HERALD}.txt`), 'utf8');
  const corrected = `Corrected on 23 July 2019: an earlier version misspelt a word.\n\n${old.replace('soliders', 'soldiers')}`;
  await panel.getByRole('button', { name: `Replace the text of ${HERALD}` }).click();
  await panel.getByLabel('The corrected text').fill(corrected);
  await panel.getByRole('button', { name: 'Check the quotes against it' }).click();
  const list = panel.getByRole('region', { name: /What becomes of the 2 quotes/ });
  await expect(list).toContainText('quote 1: Found, at another place in the text');
  await expect(list).toContainText('quote 1: Found with different wording');
  const confirm = panel.getByRole('button', { name: 'Save the new text and these quotes' });
  await expect(confirm).toBeDisabled();
  await audit(page, 're-anchor');
  await page.screenshot({ path: join(SHOTS, 'studio-reanchor.png') });
  await list.getByLabel('Accept the new wording').check();
  await confirm.click();
  await expect(
    panel.getByRole('status').filter({ hasText: `Saved: Replace the text of ${HERALD}` }),
  ).toBeVisible();
  expect(readFileSync(join(PROJECT, 'seeds', `${HERALD}.txt`), 'utf8')).toBe(corrected);
  const claims = readFileSync(join(PROJECT, 'data/claims.json'), 'utf8');
  expect(claims).toContain(BOMB.replace('soliders', 'soldiers'));
  expect(claims).not.toContain('soliders');
});

test('a claim the verifier refuses is kept as a draft, its problem beside the field', async ({
  page,
  guard,
}) => {
  const panel = await open(page);
  await panel.getByRole('button', { name: `Read ${DIGEST}` }).click();
  await selectAndEnterAtOnce(page, 'paid smugglers for passage');
  await expect(panel.getByTestId('claim-quote').locator('strong')).toHaveText(
    'paid smugglers for passage',
  );
  // A summary starting with "=" would run as a formula in claims.csv.
  await panel.getByLabel('Summary, in your own words').fill('=Smugglers were paid');
  await panel.getByLabel('Category').selectOption({ label: 'Extortion and finance' });
  await placeFromGazetteer(panel, 'Qaim', /Al Qā’im/);
  await panel.getByRole('button', { name: 'Save the claim' }).click();
  await expect(
    panel.getByRole('status').filter({ hasText: /Not saved: .* kept as a draft/ }),
  ).toBeVisible();
  const summary = panel.getByLabel('Summary, in your own words');
  const problem = panel.locator('#claim-summary + ul.problems');
  await expect(problem).toContainText('Fix:');
  // The field itself says so to a screen reader: invalid, and described by its problem.
  await expect(summary).toHaveAttribute('aria-invalid', 'true');
  await expect(summary).toHaveAccessibleDescription(/would run as a formula/);
  await expect(summary).toHaveValue('=Smugglers were paid');
  await audit(page, 'claim refused');
  await page.screenshot({ path: join(SHOTS, 'studio-draft.png') });
  await panel
    .getByRole('navigation', { name: 'Studio' })
    .getByRole('button', { name: 'Project' })
    .click();
  const drafts = panel.getByRole('region', { name: /Drafts/ });
  await expect(drafts).toContainText('Add claim');
  await drafts
    .getByRole('button', { name: /Reopen draft/ })
    .first()
    .click();
  await expect(panel.getByLabel('Summary, in your own words')).toHaveValue('=Smugglers were paid');
  await expect(panel.locator('#claim-summary + ul.problems')).toContainText('Fix:');
  expect(readFileSync(join(PROJECT, 'data/claims.json'), 'utf8')).not.toContain(
    'Smugglers were paid',
  );
  allowRefusals(guard, 422);
});

test('a file changed on disk since the studio read it: the save is refused and the project read again', async ({
  page,
  guard,
}) => {
  page.on('dialog', (d) => void d.accept());
  const panel = await open(page);
  await panel.getByRole('button', { name: /^Edit claim a-roadside-bomb/ }).click();
  await panel
    .getByLabel('Summary, in your own words')
    .fill('A roadside bomb killed four soldiers near Baiji');
  // Someone else (an editor, a git pull) changes the file meanwhile.
  appendFileSync(join(PROJECT, 'data/claims.json'), '\n');
  const onDisk = readFileSync(join(PROJECT, 'data/claims.json'), 'utf8');
  await panel.getByRole('button', { name: 'Save the claim' }).click();
  await expect(
    panel.getByRole('status').filter({ hasText: /Not saved: data\/claims\.json changed on disk/ }),
  ).toBeVisible();
  expect(readFileSync(join(PROJECT, 'data/claims.json'), 'utf8')).toBe(onDisk);
  // The form is kept; saved again, now based on what is on disk, it goes through.
  await panel.getByRole('button', { name: 'Save the claim' }).click();
  await expect(panel.getByRole('status').filter({ hasText: /Saved: Edit claim/ })).toBeVisible();
  expect(readFileSync(join(PROJECT, 'data/claims.json'), 'utf8')).toContain('near Baiji');
  allowRefusals(guard, 409);
});

test('undo, a refused delete, a briefing from the current view and axe on the remaining views', async ({
  page,
  guard,
}) => {
  page.on('dialog', (d) => void d.accept());
  const panel = await open(page);
  await panel
    .getByRole('navigation', { name: 'Studio' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(panel.getByRole('status').filter({ hasText: /Undone: Edit claim/ })).toBeVisible();
  expect(readFileSync(join(PROJECT, 'data/claims.json'), 'utf8')).not.toContain('near Baiji');

  // A cited source cannot be deleted: the verifier names the claims that quote it.
  await panel.getByRole('button', { name: `Delete source ${DIGEST}` }).click();
  await expect(panel.getByRole('status').filter({ hasText: /Not saved/ })).toBeVisible();
  await expect(panel.locator('ul.problems')).toContainText('thousands-of-islamic-state');
  allowRefusals(guard, 422);

  await panel.getByRole('button', { name: 'Edit place al-qaim' }).click();
  await audit(page, 'place form');
  await panel.getByRole('button', { name: 'Cancel' }).click();

  await page.goto('./#p=al-qaim');
  await panel
    .getByRole('navigation', { name: 'Studio' })
    .getByRole('button', { name: 'Brief' })
    .click();
  await panel.getByLabel('Briefing', { exact: true }).selectOption({ label: 'A new briefing' });
  await panel.getByLabel('Title of the new briefing').fill('Fighters return');
  await panel.getByRole('button', { name: 'Use the current view' }).click();
  await panel.getByLabel('Heading').fill('The crossing at al-Qaim');
  await panel
    .getByLabel('What the step says (at most 60 words)')
    .fill('Thousands of fighters crossed here after Baghouz fell.');
  await panel.getByRole('button', { name: 'Add the step' }).click();
  await audit(page, 'brief');
  await page.screenshot({ path: join(SHOTS, 'studio-brief.png') });
  await panel.getByRole('button', { name: 'Save the briefing' }).click();
  await expect(
    panel.getByRole('status').filter({ hasText: 'Saved: Save briefing fighters-return' }),
  ).toBeVisible();
  const briefing = JSON.parse(
    readFileSync(join(PROJECT, 'data/briefings/fighters-return.json'), 'utf8'),
  ) as {
    steps: { places: string[]; key_quote: { claim: string } }[];
  };
  expect(briefing.steps[0]!.places).toEqual(['al-qaim']);
  expect(briefing.steps[0]!.key_quote.claim).toMatch(/^thousands-of-islamic-state/);
});

test('a source’s URL and archive URL are its own fields; a bad one is named beside its field', async ({
  page,
  guard,
}) => {
  const panel = await open(page);
  await panel.getByRole('button', { name: `Edit source ${HERALD}`, exact: true }).click();
  await expect(panel.getByLabel('URL', { exact: true })).toHaveValue(
    'https://desertherald.example/2019/07/21/returning-fighters',
  );
  const archive = panel.getByLabel('Archive URL');
  await archive.fill('ftp://archive.example/desert-herald/returning-fighters');
  await panel.getByRole('button', { name: 'Save the source' }).click();
  await expect(
    panel.getByRole('status').filter({ hasText: `Not saved: “Edit source ${HERALD}”` }),
  ).toBeVisible();
  const problem = panel.locator('#src-archive-problems');
  await expect(problem).toContainText('is not a web address');
  await expect(problem).toContainText('Fix:');
  await expect(archive).toHaveAttribute('aria-invalid', 'true');
  await expect(archive).toHaveAttribute('aria-describedby', 'src-archive-problems');
  await expect(panel.locator('#src-url-problems')).toHaveCount(0);
  expect(sourceRecord(HERALD)).not.toHaveProperty('archive_url');
  await audit(page, 'source form, a bad archive URL');
  await archive.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'studio-source-urls.png') });
  allowRefusals(guard, 422);

  await archive.fill(
    'https://archive.example/web/20190721/https://desertherald.example/2019/07/21/returning-fighters',
  );
  await panel.getByRole('button', { name: 'Save the source' }).click();
  await expect(
    panel.getByRole('status').filter({ hasText: `Saved: Edit source ${HERALD}` }),
  ).toBeVisible();
  expect(sourceRecord(HERALD)).toMatchObject({
    url: 'https://desertherald.example/2019/07/21/returning-fighters',
    archive_url:
      'https://archive.example/web/20190721/https://desertherald.example/2019/07/21/returning-fighters',
  });
  expect(sourceRecord(HERALD)).not.toHaveProperty('note');
  // Read back into the form.
  await panel.getByRole('button', { name: `Edit source ${HERALD}`, exact: true }).click();
  await expect(panel.getByLabel('Archive URL')).toHaveValue(/^https:\/\/archive\.example\/web\//);
  await expect(panel.getByLabel('Notes')).toHaveValue('');
});

test('a draft is discarded from the project view, after a confirm, and stays gone', async ({
  page,
}) => {
  const panel = await open(page);
  const drafts = panel.getByRole('region', { name: /Drafts/ });
  const label = `Edit source ${HERALD}`;
  const row = drafts.getByRole('listitem').filter({ hasText: label });
  await expect(row).toHaveCount(1);
  const before = await drafts.getByRole('listitem').count();
  const kept = readdirSync(join(PROJECT, '.citemap/drafts')).length;

  // Asked first; "Keep the draft" keeps it.
  const discard = row.getByRole('button', { name: `Discard draft: ${label}` });
  await discard.click();
  const confirm = row.getByRole('group', { name: `Discard draft: ${label}` });
  await expect(confirm).toContainText('for good');
  await expect(confirm.getByRole('button', { name: 'Yes, discard it' })).toBeFocused();
  await audit(page, 'discard confirm');
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'studio-discard-draft.png') });
  await confirm.getByRole('button', { name: 'Keep the draft' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(discard).toBeFocused();
  await expect(row).toHaveCount(1);

  await discard.click();
  await confirm.getByRole('button', { name: 'Yes, discard it' }).click();
  await expect(
    panel.getByRole('status').filter({ hasText: `Draft discarded: ${label}` }),
  ).toBeVisible();
  await expect(row).toHaveCount(0);
  await expect(drafts.getByRole('listitem')).toHaveCount(before - 1);
  expect(readdirSync(join(PROJECT, '.citemap/drafts'))).toHaveLength(kept - 1);

  // Gone for good: not back after a reload.
  await page.reload();
  const again = await open(page);
  await expect(again.getByRole('region', { name: /Drafts/ }).getByRole('listitem')).toHaveCount(
    before - 1,
  );
  await expect(again.getByRole('listitem').filter({ hasText: label })).toHaveCount(0);
});

test('“Place a claim here” on a recognised name: the claim is saved at that place', async ({
  page,
}) => {
  const panel = await open(page);
  await panel.getByRole('button', { name: `Read ${HERALD}` }).click();
  const names = panel.getByRole('region', { name: 'Places named in the text' });
  await names.getByRole('button', { name: 'Place a claim here: Anbar' }).click();
  await expect(panel.getByRole('heading', { name: 'A new claim' })).toBeVisible();
  // The quote is the name's sentence, exactly as the text has it.
  const sentence =
    'The officials said the returning fighters were regrouping in the deserts of Anbar and in the Hamrin mountains, where the army has struggled to hold territory since 2017.';
  await expect(panel.getByTestId('claim-quote').locator('strong')).toHaveText(sentence);
  const province = panel
    .getByRole('listitem')
    .filter({ hasText: /Anbar.*· province/ })
    .first();
  await province.getByRole('button', { name: /^Use / }).click();
  await expect(panel.getByRole('list', { name: 'Chosen places' })).toContainText(
    /Anbar \(primary\) · new/,
  );
  await panel
    .getByLabel('Summary, in your own words')
    .fill('Returning fighters were regrouping in the deserts of Anbar');
  await panel.getByLabel('Category').selectOption({ label: 'Cell presence' });
  await panel.getByRole('button', { name: 'Save the claim' }).click();
  await expect(panel.getByRole('status').filter({ hasText: /Saved: Add claim/ })).toBeVisible();

  const anbar = placeRecords().find((p) => p.geometry.from === 'admin1');
  expect(anbar).toMatchObject({ precision: 'province' });
  // What the curator sees: the province in the map's list, at its precision, without a reload.
  await expect(listRow(page, anbar!.name.en)).toContainText('Province · precision: province', {
    timeout: 60_000,
  });
});

test('a point dropped and an area drawn by clicking the map, saved with a claim', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const HILLS: [number, number] = [43.62, 34.93];
  const HAMRIN: [number, number][] = [
    [44.3, 34.3],
    [44.9, 34.4],
    [44.6, 34.8],
  ];
  const panel = await open(page);
  await expect(page.getByTestId('map')).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  await panel.getByRole('button', { name: `Read ${HERALD}` }).click();
  await selectWithKeyboard(page, 'a cell that had moved into the hills east of the town');
  await page.keyboard.press('Enter');
  await panel
    .getByLabel('Summary, in your own words')
    .fill('Officials blamed a cell in the hills east of Baiji and the Hamrin mountains');
  await panel.getByLabel('Category').selectOption({ label: 'Cell presence' });

  // The curator pans the map so the places are in view beside the studio.
  const right = (await panel.boundingBox())!;
  await page.evaluate(
    ({ left, corners }) => {
      const map = window.citemap!.map;
      const lons = corners.map((c) => c[0]);
      const lats = corners.map((c) => c[1]);
      map.fitBounds(
        [
          [Math.min(...lons), Math.min(...lats)],
          [Math.max(...lons), Math.max(...lats)],
        ],
        { padding: { left, right: 260, top: 140, bottom: 100 }, animate: false },
      );
    },
    {
      left:
        right.x + right.width + 60 - (await page.locator('.maplibregl-canvas').boundingBox())!.x,
      corners: [HILLS, ...HAMRIN],
    },
  );

  // A point: one click on the map.
  await panel.getByRole('button', { name: 'Drop a point on the map' }).click();
  const point = panel.getByRole('group', { name: /^A point/ });
  await expect(point).toHaveAccessibleName(/\(0 placed\)/);
  await clickMapAt(page, HILLS);
  await expect(point).toHaveAccessibleName(/\(1 placed\)/);
  await point.getByLabel('Name (English)').fill('The hills east of Baiji');
  await point.getByLabel('Name (Arabic)').fill('التلال شرق بيجي');
  await point.getByLabel('Kind', { exact: true }).selectOption('site');
  await point.getByLabel('Precision').selectOption('site');
  await point.getByLabel(/^Province/).fill('IQ-SD');
  await point
    .getByLabel('Where the position comes from')
    .fill('The Desert Herald: “the hills east of the town” (Baiji)');
  await audit(page, 'drop a point');
  await point.getByRole('button', { name: 'Use this point' }).click();

  // An area: a click at each corner.
  await panel.getByRole('button', { name: 'Draw an area on the map' }).click();
  const area = panel.getByRole('group', { name: /^An area/ });
  await expect(area.getByLabel('Name (English)')).toHaveValue('');
  for (const corner of HAMRIN) await clickMapAt(page, corner);
  await expect(area).toHaveAccessibleName(/\(3 corners\)/);
  await area.getByLabel('Name (English)').fill('Hamrin mountains');
  await area.getByLabel('Name (Arabic)').fill('جبال حمرين');
  await area
    .getByLabel('Where the position comes from')
    .fill('The Desert Herald: “the Hamrin mountains”, drawn round the range');
  await area.getByLabel('Uncertainty (km)').fill('15');
  await area.getByRole('button', { name: 'Use this area' }).click();
  const chosen = panel.getByRole('list', { name: 'Chosen places' });
  await expect(chosen).toContainText('The hills east of Baiji (primary) · new');
  await expect(chosen).toContainText('Hamrin mountains · new');
  await panel.getByRole('button', { name: 'Save the claim' }).click();
  await expect(panel.getByRole('status').filter({ hasText: /Saved: Add claim/ })).toBeVisible();

  const saved = placeRecords();
  const hills = saved.find((p) => p.name.en === 'The hills east of Baiji')!;
  const hamrin = saved.find((p) => p.name.en === 'Hamrin mountains')!;
  expect(hills.geometry.from).toBe('curated-point');
  const [lon, lat] = hills.geometry.coordinates as [number, number];
  // Where the click fell, to a pixel or so.
  expect(Math.abs(lon - HILLS[0])).toBeLessThan(0.02);
  expect(Math.abs(lat - HILLS[1])).toBeLessThan(0.02);
  expect(hamrin.geometry.from).toBe('curated-area');
  expect(hamrin.geometry.coordinates as [number, number][]).toHaveLength(3);

  // What the curator sees: both in the map's list at their precision, and the point on the map.
  await expect(listRow(page, 'The hills east of Baiji')).toContainText(
    'Site · precision: exact site',
    { timeout: 60_000 },
  );
  await expect(listRow(page, 'Hamrin mountains')).toContainText('Region · precision: region');
  await expect
    .poll(
      () =>
        page.evaluate(
          ({ ll, id }) => {
            const map = window.citemap!.map;
            return map.queryRenderedFeatures(map.project(ll)).some((f) => f.properties.id === id);
          },
          { ll: [lon, lat] as [number, number], id: hills.id },
        ),
      { timeout: 60_000 },
    )
    .toBe(true);
  await page.screenshot({ path: join(SHOTS, 'studio-drawn-places.png') });
});

test('the gazetteer is warmed as the studio opens; the picker says so until it answers', async ({
  page,
}) => {
  // The first answer is held back, as a dev server still building its index would hold it.
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/__citemap/studio/gazetteer?*', async (route) => {
    await held;
    await route.continue();
  });
  const warmed = page.waitForRequest('**/__citemap/studio/gazetteer?*');
  const panel = await open(page);
  await warmed; // fired when the studio opened, before any search
  await panel.getByRole('button', { name: /^Edit claim a-roadside-bomb/ }).click();
  const status = panel.locator('#place-search-status');
  await expect(status).toHaveText(/Loading the gazetteer…/);
  const search = panel.getByLabel('Find a place by name, in English or Arabic');
  await expect(search).toBeEnabled();
  await search.fill('Tikrit');
  await expect(status).toHaveText(/Loading the gazetteer…/);
  await audit(page, 'gazetteer loading');
  release();
  await expect(status).toHaveText(/\d+ found/);
  await expect(
    panel.getByRole('list', { name: 'Places found' }).getByText(/Tikr/).first(),
  ).toBeVisible();
});
