/**
 * ISO date strings as the data model writes them (`2019-07-21`, `2019-07`, `2019`), parsed and
 * formatted in UTC only: a calendar day in an article is a day, wherever the reader's laptop is.
 */
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import type { DateSpec } from './types';

/** What a date's reading needs: its bounds and precision (the basis is for people). */
export type DateBounds = Pick<DateSpec, 'start' | 'end' | 'precision'>;

/** A calendar day as `YYYY-MM-DD`. */
export type IsoDay = string;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const ISO_YEAR = /^(\d{4})$/;

/** The granularity an ISO string is written at. */
type IsoGranularity = 'day' | 'month' | 'year';

export interface ParsedIsoDate {
  /** UTC midnight at the start of the day, month or year */
  date: Date;
  granularity: IsoGranularity;
}

/**
 * Parse `YYYY-MM-DD`, `YYYY-MM` or `YYYY` to UTC midnight; null for anything else, including
 * impossible calendar dates such as `2019-02-30` (which `Date.UTC` would silently roll over).
 */
export function parseIsoDate(value: string): ParsedIsoDate | null {
  let m = ISO_DAY.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    // Date.UTC maps years 0–99 to 1900–1999, so set the full year explicitly.
    date.setUTCFullYear(y);
    if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
    return { date, granularity: 'day' };
  }
  m = ISO_MONTH.exec(value);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) return null;
    const date = new Date(Date.UTC(y, mo - 1, 1));
    date.setUTCFullYear(y);
    return { date, granularity: 'month' };
  }
  m = ISO_YEAR.exec(value);
  if (m) {
    const date = new Date(Date.UTC(2000, 0, 1));
    date.setUTCFullYear(Number(m[1]));
    return { date, granularity: 'year' };
  }
  return null;
}

/** True for a real calendar day written exactly as `YYYY-MM-DD`. */
export function isIsoDay(value: string): boolean {
  return parseIsoDate(value)?.granularity === 'day';
}

const formatDay = utcFormat('%Y-%m-%d');

/** Format a Date as its UTC calendar day. */
export function formatIsoDay(date: Date): IsoDay {
  return formatDay(date);
}

/**
 * The half-open UTC interval `[start, end)` an ISO string covers: a day covers one day, a month
 * the whole month, a year the whole year. Null for malformed input.
 */
function isoInterval(value: string): [Date, Date] | null {
  const parsed = parseIsoDate(value);
  if (!parsed) return null;
  const { date, granularity } = parsed;
  const interval = granularity === 'day' ? utcDay : granularity === 'month' ? utcMonth : utcYear;
  return [date, interval.offset(date, 1)];
}

/**
 * The half-open interval a DateSpec covers: from the start of `start` to the end of `end`, each
 * read at its own granularity. A `day` spec therefore spans one day, a `month` spec (whether
 * written `2019-07` or `2019-07-01`..`2019-07-31`) the month, and a `range` exactly its days.
 * When the precision is coarser than the strings (e.g. `month` with `start: 2019-07-14`), the
 * interval is widened to whole months, because that is what the text supports.
 */
export function dateSpecInterval(spec: DateBounds): [Date, Date] | null {
  const a = isoInterval(spec.start);
  const b = isoInterval(spec.end);
  if (!a || !b) return null;
  let start = a[0];
  let end = b[1];
  if (spec.precision === 'month') {
    start = utcMonth.floor(start);
    end = utcMonth.ceil(end);
  } else if (spec.precision === 'year') {
    start = utcYear.floor(start);
    end = utcYear.ceil(end);
  }
  if (end <= start) return null;
  return [start, end];
}

/** The inclusive first and last calendar days a DateSpec covers, or null when malformed. */
export function dateSpecDays(spec: DateBounds): [IsoDay, IsoDay] | null {
  const interval = dateSpecInterval(spec);
  if (!interval) return null;
  return [formatIsoDay(interval[0]), formatIsoDay(utcDay.offset(interval[1], -1))];
}
