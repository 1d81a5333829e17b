/**
 * POST /extract: a saved web page reduced to its article's text, for the curator to confirm
 * before it becomes evidence. Readability finds the article; linkedom parses without running
 * anything (no script executes, nothing is fetched). The text keeps paragraph breaks.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ExtractRequest, ExtractResponse } from '../../lib/data/studio-api.ts';
import { bad, isRecord } from './http.ts';
import { MAX_HTML_CHARS, checkText } from './text-checks.ts';

const BLOCK = new Set(
  'address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot tr ul'.split(
    ' ',
  ),
);
const DROP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg']);

/** Stands for a <br> while runs of whitespace are collapsed (a private-use character). */
const BREAK = '\uE000';

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** The text of an article's HTML: block elements become paragraphs, runs of space one space. */
function htmlToText(root: DomNode): string {
  const paragraphs: string[] = [];
  let line = '';
  const flush = () => {
    const text = line.replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (text) paragraphs.push(text);
    line = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      line += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toLowerCase();
    if (DROP.has(name)) return;
    if (name === 'br') {
      line += BREAK;
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  // A <br> inside a paragraph stays a line break within it.
  return paragraphs.map((p) => p.replace(new RegExp(` ?${BREAK} ?`, 'g'), '\n')).join('\n\n');
}

export function extract(body: unknown): ExtractResponse {
  if (!isRecord(body)) throw bad('Send { "html": "…" }.');
  const html: ExtractRequest['html'] = checkText(body.html, 'The page', MAX_HTML_CHARS);
  if (!/<[a-z!]/i.test(html)) {
    throw bad('This is not an HTML page (no tags found). Paste it as text instead.');
  }
  const { document } = parseHTML(html);
  for (const name of DROP) for (const el of document.querySelectorAll(name)) el.remove();
  const lang = document.documentElement?.getAttribute('lang') ?? undefined;
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  let text: string;
  if (article?.content) {
    const { document: inner } = parseHTML(
      `<!doctype html><html><body>${article.content}</body></html>`,
    );
    text = htmlToText(inner.body as unknown as DomNode);
  } else {
    text = htmlToText(document.body as unknown as DomNode);
  }
  if (text.trim() === '') {
    throw bad('No article text found in this page. Paste the article text instead.');
  }
  const optional = (key: keyof ExtractResponse, value: string | null | undefined) =>
    value ? { [key]: value.trim() } : {};
  return {
    ok: true,
    text,
    ...optional('title', article?.title),
    ...optional('byline', article?.byline),
    ...optional('published', article?.publishedTime),
    ...optional('lang', article?.lang ?? lang),
    ...optional('siteName', article?.siteName),
  };
}
