/**
 * The components whose interface strings live in the catalogue must not grow new English ones:
 * their markup, with the Svelte expressions, scripts, styles and comments taken out, has no Latin
 * word left in text or in a user-visible attribute. Evidence is never written literally in markup
 * (quotes, names and headlines come from the data through `{…}`), so nothing needs allowing but
 * the app's name and the keys shown in `<kbd>` and commands in `<code>`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const CONVERTED = [
  'App.svelte',
  'lib/app/Explorer.svelte',
  'lib/filters/FilterPanel.svelte',
  'lib/legend/Legend.svelte',
  'lib/search/SearchBox.svelte',
  'lib/citations/CitationPanel.svelte',
  'lib/citations/ClaimCard.svelte',
  'lib/citations/ArticleReader.svelte',
  'lib/list/PlaceList.svelte',
  'lib/list/PlaceRow.svelte',
  'lib/map/LabelLanguageControl.svelte',
  'lib/map/MapTooltip.svelte',
  'lib/briefing/BriefingButton.svelte',
  'lib/i18n/UiLanguageControl.svelte',
];

const ALLOWED = new Set(['citemap']);
const VISIBLE_ATTRIBUTES = /\b(aria-label|title|placeholder|alt|aria-description)="([^"{]*)"/g;

/** Drops `{…}` groups, nested ones included (Svelte expressions and blocks). */
function withoutExpressions(markup: string): string {
  let out = '';
  let depth = 0;
  for (const ch of markup) {
    if (ch === '{') depth++;
    else if (ch === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}

/** The English words a component's markup still shows, with where they are. */
function hardCodedEnglish(source: string): string[] {
  const markup = source
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(kbd|code)>[\s\S]*?<\/\1>/g, '')
    .replace(/&[a-z]+;/g, ' ');
  const found: string[] = [];
  for (const m of markup.matchAll(VISIBLE_ATTRIBUTES)) {
    if (/[A-Za-z]{2,}/.test(m[2]!)) found.push(`${m[1]}="${m[2]}"`);
  }
  const text = withoutExpressions(markup).replace(/<[^>]*>/g, ' ');
  for (const word of text.match(/[A-Za-z][A-Za-z'’-]+/g) ?? []) {
    if (!ALLOWED.has(word)) found.push(word);
  }
  return found;
}

describe('hardCodedEnglish', () => {
  it('finds English text and labels, and ignores expressions, code and comments', () => {
    const sample = `<script>const a = 'Hidden';</script>
<!-- a comment --><h2>{t.title}</h2><p>Select a mark</p>
<button aria-label="Close it" title={t.x}>{t.close}</button><kbd>Enter</kbd> <code>npm run</code>
{#if x}<span>{y ? 'Yes' : 'No'}</span>{/if}<p>citemap</p>`;
    expect(hardCodedEnglish(sample)).toEqual(['aria-label="Close it"', 'Select', 'mark']);
  });
});

describe('converted components', () => {
  it.each(CONVERTED)('%s has no hard-coded English left', (file) => {
    const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    expect(hardCodedEnglish(source)).toEqual([]);
  });
});
