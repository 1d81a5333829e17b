/**
 * A claim's `occurred` in words, at exactly the precision the text supports: "19 Feb 2019",
 * "Feb 2019", "2017", "Feb–Mar 2019", "17–24 Feb 2019", "Aug 2018 – Feb 2019". UTC throughout.
 */
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { dateSpecInterval, parseIsoDate, type DateBounds } from '../data/dates';

const DAY = utcFormat('%-d %b %Y');
const DAY_MONTH = utcFormat('%-d %b');
const DAY_ONLY = utcFormat('%-d');
const MONTH = utcFormat('%b %Y');
const MONTH_ONLY = utcFormat('%b');
const YEAR = utcFormat('%Y');

/** "19 Feb 2019" for an ISO day, "Feb 2019" for a month, "2019" for a year; as written otherwise. */
export function formatIsoDate(value: string): string {
  const p = parseIsoDate(value);
  if (!p) return value;
  return p.granularity === 'day'
    ? DAY(p.date)
    : p.granularity === 'month'
      ? MONTH(p.date)
      : YEAR(p.date);
}

/** The span a DateSpec covers, in words; null when it cannot be read. */
export function formatOccurred(spec: DateBounds): string | null {
  const interval = dateSpecInterval(spec);
  return interval ? formatInterval(interval[0], interval[1]) : null;
}

/**
 * A half-open UTC interval `[start, end)` in words, as short as its alignment allows: whole
 * years as "2017", whole months as "Jan–Jul 2019", days as "17–24 Feb 2019".
 */
export function formatInterval(start: Date, end: Date): string {
  const last = utcDay.offset(end, -1);
  const sameYear = start.getUTCFullYear() === last.getUTCFullYear();
  if (+utcYear.floor(start) === +start && +utcYear.floor(end) === +end) {
    return sameYear ? YEAR(start) : `${YEAR(start)}–${YEAR(last)}`;
  }
  if (+utcMonth.floor(start) === +start && +utcMonth.floor(end) === +end) {
    if (+utcMonth.offset(start, 1) === +end) return MONTH(start);
    return sameYear ? `${MONTH_ONLY(start)}–${MONTH(last)}` : `${MONTH(start)} – ${MONTH(last)}`;
  }
  if (+utcDay.offset(start, 1) === +end) return DAY(start);
  if (sameYear && start.getUTCMonth() === last.getUTCMonth()) {
    return `${DAY_ONLY(start)}–${DAY(last)}`;
  }
  return sameYear ? `${DAY_MONTH(start)} – ${DAY(last)}` : `${DAY(start)} – ${DAY(last)}`;
}

const TICK_DAY = utcFormat('%-d');

/**
 * An axis tick, short enough for a 320 px strip and never ambiguous about where a year starts:
 * "2019" on 1 January, "Feb" on the first of a month, "18" on any other day.
 */
export function formatTick(date: Date): string {
  if (+utcYear.floor(date) === +date) return YEAR(date);
  if (+utcMonth.floor(date) === +date) return MONTH_ONLY(date);
  return TICK_DAY(date);
}
