/**
 * POST /recognise: the place names of the gazetteer that occur in a text — suggestions of
 * where the article's places are, never claims. A dictionary match over the folded names
 * (names.ts): at each word, the longest run of up to five words that is a name wins; a name
 * with several places is returned with all of them, so the reader shows it as ambiguous.
 */
import type {
  RecognisedName,
  RecogniseRequest,
  RecogniseResponse,
} from '../../lib/data/studio-api.ts';
import { COUNTRIES } from '../reference/index.ts';
import { candidates, gazetteer } from './gazetteer.ts';
import { bad, isRecord } from './http.ts';
import { LATIN_ARTICLES, foldName, foldWords } from './names.ts';
import { MAX_TEXT_CHARS, checkText } from './text-checks.ts';

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ‘][\p{L}\p{M}]+)*/gu;
const LONGEST = 5;
// Capitalised at the start of a sentence, and also some settlement's alternate name somewhere.
const COMMON = new Set(
  'a an and as at but by for from he her his i if in is it its man may more most mr ms new no of on one or our said she some that the their then there these they this to two was we were when where while who will with you also after before during since under over about against between into near army police state islamic forces group city town village province border north south east west eastern western northern southern central'.split(
    ' ',
  ),
);
const ARABIC = /[\u0600-\u06FF]/u;
// و and, ب in, ل for, ف so, ك like: glued to the article before a name (بالقائم, والموصل).
const ARABIC_CLITIC = /^(?:[وبلفك](?=ال)|[وب](?=[\u0621-\u064A]{3}))/u;
// What may stand between the words of one name: spaces, hyphens, and words of the name.
const JOINED = /^[\p{L}\p{M}\p{N}'’ʼ‘ \-‐]*$/u;

// Country names are not settlements, though a village in one country may be called "Iraq".
const COUNTRY_KEYS = new Set(COUNTRIES.flatMap((c) => [foldName(c.name_en), foldName(c.name_ar)]));
// Words after a name that keep it a place name ("Anbar Province"), not part of a person's.
const PLACE_WORDS = new Set([
  'province',
  'governorate',
  'city',
  'district',
  'region',
  'desert',
  'river',
]);
const ARTICLE_START = /^(?:(?:al|el|ad|ar|as|ash|at|az)[\s\-‐])+/iu;
const ARTICLE_END = /(^|[\s\-‐])(al|el|ad|ar|as|ash|at|az)$/iu;

function acceptable(text: string, key: string, after: string): boolean {
  if (key.length < 3 || COUNTRY_KEYS.has(key)) return false;
  if (ARABIC.test(text)) return true;
  // Latin: a proper noun, capitalised, not a common word that happens to be a name, not cut
  // before its article's noun ("Ali al-…"), and not the first name of a person ("Sam Heller").
  if (!/^\p{Lu}/u.test(text.replace(ARTICLE_START, '')) || COMMON.has(key)) return false;
  if (ARTICLE_END.test(text)) return false;
  const next = /^[ ]+(?:(?:al|el|ad|ar|as|ash|at|az)[-‐ ])?(\p{Lu}[\p{L}\p{M}]*)/u.exec(after)?.[1];
  return next === undefined || PLACE_WORDS.has(next.toLowerCase());
}

/** The lookup key of words i…j, as foldName would give for their text (articles dropped). */
function keyOf(folded: string[][], i: number, j: number): string {
  const all = folded.slice(i, j + 1).flat();
  const content = all.filter((w) => !LATIN_ARTICLES.has(w));
  return (content.length > 0 ? content : all).join(' ');
}

export function recogniseNames(text: string): RecognisedName[] {
  const { byKey } = gazetteer();
  const words = [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length] as const);
  // Each word folded once; a run of words is looked up by joining them.
  const folded = words.map(([s, e]) => foldWords(text.slice(s, e)));
  const names: RecognisedName[] = [];
  for (let i = 0; i < words.length;) {
    let found: RecognisedName | undefined;
    for (let j = Math.min(words.length - 1, i + LONGEST - 1); j >= i && !found; j--) {
      const end = words[j]![1];
      // Only words joined by spaces or hyphens make one name ("Deir ez-Zor", not "Mosul. Then").
      if (j > i && !JOINED.test(text.slice(words[i]![1], words[j]![0]))) continue;
      let start = words[i]![0];
      let key = keyOf(folded, i, j);
      if (!byKey.has(key) && ARABIC_CLITIC.test(text.slice(start, end))) {
        // Drop the clitic: fold the word again without its first letter.
        start += 1;
        key = foldName(text.slice(start, end));
      }
      const span = text.slice(start, end);
      if (!byKey.has(key) || !acceptable(span, key, text.slice(end, end + 40))) continue;
      found = { start, end, text: span, candidates: candidates(key) };
    }
    if (found) {
      names.push(found);
      while (i < words.length && words[i]![0] < found.end) i++;
    } else i++;
  }
  return names;
}

export function recognise(body: unknown): RecogniseResponse {
  if (!isRecord(body)) throw bad('Send { "text": "…" }.');
  const text: RecogniseRequest['text'] = checkText(body.text, 'The text', MAX_TEXT_CHARS);
  return { ok: true, names: recogniseNames(text) };
}
