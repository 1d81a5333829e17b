/**
 * Counts in words. Arabic has six plural forms (zero, one, two, few for 3–10, many for 11–99,
 * other for 100+ and fractions) and the noun changes with each, so a catalogue gives every form
 * and `Intl.PluralRules` picks one; `#` in a form is the number, formatted for the language.
 */
import { INTL_LOCALE, type UiLanguage } from './languages';

export interface EnglishForms {
  one: string;
  other: string;
}
export type ArabicForms = Record<'zero' | 'one' | 'two' | 'few' | 'many' | 'other', string>;

const rules = new Map<UiLanguage, Intl.PluralRules>();
const numbers = new Map<UiLanguage, Intl.NumberFormat>();

export function formatNumber(lang: UiLanguage, n: number): string {
  let format = numbers.get(lang);
  if (!format) numbers.set(lang, (format = new Intl.NumberFormat(INTL_LOCALE[lang])));
  return format.format(n);
}

function select(lang: UiLanguage, n: number): Intl.LDMLPluralRule {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(INTL_LOCALE[lang])));
  return r.select(n);
}

export function countEn(n: number, forms: EnglishForms): string {
  const form = select('en', n) === 'one' ? forms.one : forms.other;
  return form.replaceAll('#', formatNumber('en', n));
}

export function countAr(n: number, forms: ArabicForms): string {
  return forms[select('ar', n) as keyof ArabicForms].replaceAll('#', formatNumber('ar', n));
}
