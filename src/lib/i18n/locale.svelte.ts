/**
 * The interface language, live: components read `ui.t.filters.title` (or `ui.t.search.claims(n)`)
 * in their markup and re-render when the language changes. One instance for the page, because the
 * loading screen speaks before the explorer (and its app state) exists. Setting the language also
 * sets `<html lang dir>`, so the browser lays the page out right to left and picks the Arabic font.
 */
import { readPref, PREF_KEYS } from '../app/prefs';
import { ar } from './ar';
import { en, type Catalogue } from './en';
import { formatDate } from './dates';
import { formatNumber } from './plural';
import { isolate } from './bidi';
import { INTL_LOCALE, initialUiLanguage, type UiLanguage } from './languages';
import type { Source } from '../data/types';

const CATALOGUES: Readonly<Record<UiLanguage, Catalogue>> = { en, ar };

/**
 * Its methods are arrow fields, bound to the instance: a caller may pass `ui.name` along or
 * destructure `const { name } = ui` without losing `this` (a prototype method then throws).
 */
class Locale {
  lang: UiLanguage = $state('en');

  constructor(lang: UiLanguage) {
    this.set(lang);
  }

  get t(): Catalogue {
    return CATALOGUES[this.lang];
  }

  get dir(): 'ltr' | 'rtl' {
    return this.lang === 'ar' ? 'rtl' : 'ltr';
  }

  /** A source or claim date at its precision, in the interface language. */
  date = (date: string, precision: Source['date_precision']): string =>
    formatDate(this.lang, date, precision);

  /** A count or a figure, in the interface language's grouping (Western digits throughout). */
  number = (n: number): string => formatNumber(this.lang, n);

  /** A place's name in the interface language (English where the data has no Arabic). */
  name = (place: { name_en: string; name_ar?: string | undefined }): string =>
    this.lang === 'ar' && place.name_ar ? place.name_ar : place.name_en;

  /**
   * "A, B and C" / "A وB وC". In Arabic each item is isolated: the items are publications, in
   * English, and a bare "(Associated Press story)" would lose its bracket to the sentence.
   */
  list = (items: readonly string[]): string =>
    new Intl.ListFormat(INTL_LOCALE[this.lang], { type: 'conjunction' }).format(
      this.lang === 'ar' ? items.map(isolate) : items,
    );

  /** "English", "الإنجليزية": a source's language, named in the interface language. */
  languageName = (tag: string): string => {
    try {
      return new Intl.DisplayNames([INTL_LOCALE[this.lang]], { type: 'language' }).of(tag) ?? tag;
    } catch {
      return tag;
    }
  };

  set = (lang: UiLanguage): void => {
    this.lang = lang;
    if (typeof document === 'undefined') return;
    const root = document.documentElement;
    root.lang = lang;
    root.dir = this.dir;
    document.title = this.t.app.title;
  };
}

function detect(): UiLanguage {
  if (typeof location === 'undefined') return 'en';
  return initialUiLanguage(location.hash, readPref(PREF_KEYS.ui), navigator.languages ?? []);
}

export const ui = new Locale(detect());
