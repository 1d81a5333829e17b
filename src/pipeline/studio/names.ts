/**
 * Folding a place name to the key the gazetteer matches on, so every common spelling of a name
 * meets the others: Qaim, al-Qa'im, Al Qā'im and El Qa’im all fold to "qaim"; القائم, قائم and
 * القآئم to "قايم". Latin: diacritics, apostrophes and hamza/ayn signs dropped, the Arabic
 * article (al-, el-, and its assimilated forms ad-, ar-, as-, ash-…) dropped. Arabic: harakat and
 * tatweel dropped, hamza carriers and alef forms folded, taa marbuta → haa, alef maqsura → yaa,
 * the article ال dropped.
 */

const MARKS = /\p{M}/gu;
// Apostrophes, primes and the signs transliterations use for hamza and ayn.
const APOSTROPHES = /['‘’‛′`´ʹʻʼʽʾʿˈ‘’]/gu;
const TATWEEL = /\u0640/g;
export const LATIN_ARTICLES = new Set([
  'al',
  'el',
  'ad',
  'adh',
  'an',
  'ar',
  'as',
  'ash',
  'at',
  'ath',
  'az',
  'ed',
  'er',
  'es',
  'et',
  'ez',
]);

function foldArabicWord(word: string): string {
  let w = word
    .replace(/[ٱأإآ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/ئ/g, 'ي')
    .replace(/ؤ/g, 'و')
    .replace(/ء/g, '')
    .replace(/ک/g, 'ك')
    .replace(/ی/g, 'ي');
  if (w.startsWith('ال') && w.length > 3) w = w.slice(2);
  return w;
}

/** The words of a name, folded (articles dropped, unless the name is nothing else). */
export function foldWords(name: string): string[] {
  // NFKD splits letters from their accents and hamzas (أ → ا + hamza above), which MARKS drops.
  const plain = name
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(TATWEEL, '')
    .replace(APOSTROPHES, '')
    .toLowerCase();
  const words = plain.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const folded = words.map((w) => (/[\u0600-\u06FF]/u.test(w) ? foldArabicWord(w) : w));
  const content = folded.filter((w) => !LATIN_ARTICLES.has(w));
  return content.length > 0 ? content : folded;
}

export function foldName(name: string): string {
  return foldWords(name).join(' ');
}
