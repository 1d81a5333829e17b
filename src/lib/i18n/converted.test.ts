/**
 * The components whose interface strings live in the catalogue must not grow new English ones:
 * their markup, with the Svelte expressions, scripts, styles and comments taken out, has no Latin
 * word left in text or in a user-visible attribute, and their scripts (and the converted `.ts`
 * modules that word announcements, captions and pages) hold no English phrase in a string. Evidence
 * is never written literally (quotes, names and headlines come from the data through `{…}`), so
 * nothing needs allowing but the app's name, the keys shown in `<kbd>` and commands in `<code>`,
 * and a few strings of CSS.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
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
  'lib/map/IncidentLayers.svelte',
  'lib/briefing/BriefingButton.svelte',
  'lib/briefing/BriefingView.svelte',
  'lib/i18n/UiLanguageControl.svelte',
  'lib/about/AboutButton.svelte',
  'lib/about/AboutContent.svelte',
  'lib/about/AboutPrint.svelte',
  'lib/legend/PrecisionSymbol.svelte',
  'lib/about/ProvenanceGraph.svelte',
  'lib/embed/EmbedBar.svelte',
  'lib/embed/CopyEmbedButton.svelte',
  'lib/downloads/DownloadPanel.svelte',
  'lib/downloads/HandoutDownloads.svelte',
  'lib/timeline/Timeline.svelte',
  'lib/timeline/PlaybackControls.svelte',
  'lib/export/ExportButton.svelte',
  'lib/export/ExportTools.svelte',
  'lib/print/Handout.svelte',
  'lib/print/HandoutButton.svelte',
];

/** Modules that word what the interface says; their English lives in the catalogue now. */
const CONVERTED_MODULES = [
  'lib/map/loading.ts',
  'lib/map/keyboard-cursor.ts',
  'lib/timeline/playback.svelte.ts',
  'lib/briefing/briefing.svelte.ts',
  'lib/export/compose.ts',
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
    const words = m[2]!.match(/[A-Za-z]{2,}/g) ?? [];
    if (words.some((w) => !ALLOWED.has(w))) found.push(`${m[1]}="${m[2]}"`);
  }
  const text = withoutExpressions(markup).replace(/<[^>]*>/g, ' ');
  for (const word of text.match(/[A-Za-z][A-Za-z'’-]+/g) ?? []) {
    if (!ALLOWED.has(word)) found.push(word);
  }
  return found;
}

/** Strings of code, not of the interface: CSS, selectors and media queries. */
const CODE_STRINGS = new Set([
  '"Noto Sans", "Noto Sans Arabic", sans-serif',
  '(prefers-reduced-motion: reduce)',
  'a[href], button:not([disabled]), input, select, textarea, [tabindex]',
  'input, textarea, select, [contenteditable]',
  '.citemap-handout img',
]);
/** Two English words in a row: a phrase someone will read. */
const PHRASE = /[A-Za-z]{2,}[,.:;!?]? +[A-Za-z]{2,}/;

/** The English phrases in a script's string and template literals (imports aside). */
function englishInScript(code: string): string[] {
  const file = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      if (PHRASE.test(node.text) && !CODE_STRINGS.has(node.text)) found.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const scripts = (source: string) =>
  [...source.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('\n');

describe('englishInScript', () => {
  it('finds English phrases in strings and templates, not in imports, regexes or comments', () => {
    const code = `import x from './a.svelte';
// Not this comment
const a = 'Loading the map…';
const b = \`Drawing the \${n} places\`;
const re = /^["“'«]/.test(s) ? 'ok' : 'x';
const sel = 'input, textarea, select, [contenteditable]';
const id = 'border-crossing';`;
    expect(englishInScript(code)).toEqual(['Loading the map…', 'Drawing the ']);
  });
});

describe('hardCodedEnglish', () => {
  it('finds English text and labels, and ignores expressions, code and comments', () => {
    const sample = `<script>const a = 'Hidden';</script>
<!-- a comment --><h2>{t.title}</h2><p>Select a mark</p>
<button aria-label="Close it" title={t.x}>{t.close}</button><kbd>Enter</kbd> <code>npm run</code>
{#if x}<span>{y ? 'Yes' : 'No'}</span>{/if}<p>citemap</p>`;
    expect(hardCodedEnglish(sample)).toEqual(['aria-label="Close it"', 'Select', 'mark']);
  });
});

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

describe('converted components', () => {
  it.each(CONVERTED)('%s has no hard-coded English left', (file) => {
    const source = read(file);
    expect(hardCodedEnglish(source)).toEqual([]);
    expect(englishInScript(scripts(source))).toEqual([]);
  });

  it.each(CONVERTED_MODULES)('%s has no English phrase left', (file) => {
    expect(englishInScript(read(file))).toEqual([]);
  });
});
