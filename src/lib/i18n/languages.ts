/**
 * The interface languages and how the app picks one on load. The interface language is separate
 * from the map's label language (`view.lang`): an Arabic reader usually wants both in Arabic, but
 * an English-speaking analyst may read the map in Arabic with an English interface.
 */

const UI_LANGUAGES = ['en', 'ar'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export function isUiLanguage(value: unknown): value is UiLanguage {
  return UI_LANGUAGES.some((l) => l === value);
}

/**
 * The locale each language formats numbers and dates with. Arabic uses Western digits
 * (`-u-nu-latn`): the evidence this app shows — quotes, source dates, article offsets, the
 * timeline's years — is written with them, and a count in ٣ beside a quote's "3" reads as two
 * numbers. Pan-Arab news sites (Al Jazeera, Al Arabiya, BBC Arabic) also print Western digits.
 */
export const INTL_LOCALE: Readonly<Record<UiLanguage, string>> = Object.freeze({
  en: 'en-GB',
  ar: 'ar-u-nu-latn',
});

/** The value of `ui=` in a link's hash, if it names a language. */
export function uiFromHash(hash: string): UiLanguage | null {
  for (const part of hash.replace(/^#/, '').split('&')) {
    // The first occurrence wins, as in state/hash.ts.
    const value = part.startsWith('ui=') ? part.slice(3) : undefined;
    if (value !== undefined) return isUiLanguage(value) ? value : null;
  }
  return null;
}

/**
 * The language to open in: the link's, else the one remembered on this device, else Arabic when
 * the browser prefers Arabic over English, else English.
 */
export function initialUiLanguage(
  hash: string,
  remembered: string | null,
  preferred: readonly string[],
): UiLanguage {
  const fromLink = uiFromHash(hash);
  if (fromLink) return fromLink;
  if (isUiLanguage(remembered)) return remembered;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isUiLanguage(base)) return base;
  }
  return 'en';
}

/**
 * The map labels follow the interface unless the reader chose them apart: labels in the old
 * interface language move to the new one; Arabic labels under an English interface, or "both",
 * are a choice and stay.
 */
export function followLabels<L extends string>(
  labels: L,
  from: UiLanguage,
  to: UiLanguage,
): L | UiLanguage {
  return labels === from ? to : labels;
}
