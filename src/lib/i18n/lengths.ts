/**
 * A length with its unit, in the interface language: "599.4 km", "372.4 miles"; "599.4 كم",
 * "372.4 ميل". `Intl`'s unit formats know each language's unit words and their plural forms
 * (370 ميلاً); kilometres take the short unit, as the articles write them, miles the long one.
 */
import { INTL_LOCALE, type UiLanguage } from './languages';

export type LengthUnit = 'km' | 'miles';

const UNIT: Readonly<Record<LengthUnit, Intl.NumberFormatOptions>> = {
  km: { style: 'unit', unit: 'kilometer', unitDisplay: 'short' },
  miles: { style: 'unit', unit: 'mile', unitDisplay: 'long' },
};

const formats = new Map<string, Intl.NumberFormat>();

/** `value` in `unit`, with exactly `fractionDigits` decimals. */
export function formatLength(
  lang: UiLanguage,
  value: number,
  unit: LengthUnit,
  fractionDigits: number,
): string {
  const key = `${lang} ${unit} ${fractionDigits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[lang], {
      ...UNIT[unit],
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    formats.set(key, format);
  }
  return format.format(value);
}
