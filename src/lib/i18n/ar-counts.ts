/**
 * Arabic counted nouns the catalogue uses in more than one sentence, each with its six plural
 * forms (plural.ts), in the case those sentences put it in.
 */
import { countAr, type ArabicForms } from './plural';

const count = (forms: ArabicForms) => (n: number) => countAr(n, forms);

export const claimsAr = count({
  zero: 'لا ادعاءات',
  one: 'ادعاء واحد',
  two: 'ادعاءان',
  few: '# ادعاءات',
  many: '# ادعاءً',
  other: '# ادعاء',
});

export const placesAr = count({
  zero: 'لا أماكن',
  one: 'مكان واحد',
  two: 'مكانان',
  few: '# أماكن',
  many: '# مكانًا',
  other: '# مكان',
});

/** after a preposition (في، من، إلى): the dual is genitive */
export const placesAfterAr = count({
  zero: 'لا أماكن',
  one: 'مكان واحد',
  two: 'مكانين',
  few: '# أماكن',
  many: '# مكانًا',
  other: '# مكان',
});

/** after a preposition: the dual is genitive */
export const originsAfterAr = count({
  zero: 'لا أصول مستقلة',
  one: 'أصل مستقل واحد',
  two: 'أصلين مستقلين',
  few: '# أصول مستقلة',
  many: '# أصلًا مستقلًا',
  other: '# أصل مستقل',
});

export const independentSourcesAr = count({
  zero: 'لا مصدر مستقل',
  one: 'مصدر مستقل واحد',
  two: 'مصدران مستقلان',
  few: '# مصادر مستقلة',
  many: '# مصدرًا مستقلًا',
  other: '# مصدر مستقل',
});
