/**
 * Dates in the interface language, at the precision they are known (never a day the article does
 * not give). English keeps the app's one format (data/format.ts: "21 July 2019"); Arabic uses
 * `Intl.DateTimeFormat` with Western digits and the Gregorian month names (يوليو), which readers
 * across the Arab world know; dates are UTC days, so the time zone is pinned.
 */
import { formatSourceDate } from '../data/format';
import { parseIsoDate } from '../data/dates';
import type { Source } from '../data/types';
import { INTL_LOCALE, type UiLanguage } from './languages';

const ORDER = ['year', 'month', 'day'] as const;
const OPTIONS: Record<(typeof ORDER)[number], Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

export function formatDate(
  lang: UiLanguage,
  date: string,
  precision: Source['date_precision'],
): string {
  if (lang === 'en') return formatSourceDate(date, precision);
  const parsed = parseIsoDate(date);
  if (!parsed) return date;
  const p = ORDER[Math.min(ORDER.indexOf(precision), ORDER.indexOf(parsed.granularity))]!;
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], OPTIONS[p]).format(parsed.date);
}
