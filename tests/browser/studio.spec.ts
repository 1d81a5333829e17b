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

async function open(page: Page): Promise<Locator> {
  await page.goto('./');
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
  await selectWithKeyboard(page, 'paid smugglers for passage');
  await page.keyboard.press('Enter');
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
