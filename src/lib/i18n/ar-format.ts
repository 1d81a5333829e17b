/**
 * Dates, places and numbers worded in Arabic, at the precision the English ones keep (never a day
 * the text does not give). Ranges come from `Intl.DateTimeFormat.formatRange`, which knows how
 * Arabic shares a month or a year between the two ends ("17–24 فبراير 2019"); the English
 * wordings stay where the pipeline and the downloads use them (data/format.ts, panel-model.ts).
 */
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { dateSpecDays, dateSpecInterval, parseIsoDate, type DateBounds } from '../data/dates';
import type { describePrecision, GeometryFact } from '../citations/panel-model';
import { windowDays, type PlaybackWindow } from '../timeline/playback';
import { formatNumber } from './plural';
import { INTL_LOCALE } from './languages';

type Unit = 'day' | 'month' | 'year';
const OPTIONS: Record<Unit | 'monthOnly' | 'dayOnly', Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
  monthOnly: { month: 'long' },
  dayOnly: { day: 'numeric' },
};
const formats = new Map<keyof typeof OPTIONS, Intl.DateTimeFormat>();

function format(unit: keyof typeof OPTIONS): Intl.DateTimeFormat {
  let f = formats.get(unit);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE.ar, { ...OPTIONS[unit], timeZone: 'UTC' });
    formats.set(unit, f);
  }
  return f;
}

/** The inclusive days `a`..`b` named to `unit`: one date when they are the same. */
function range(a: Date, b: Date, unit: Unit): string {
  return format(unit).formatRange(a, b);
}

/** "19 فبراير 2019", "فبراير 2019", "2019"; as written when it is not an ISO date. */
export function isoDateAr(value: string): string {
  const p = parseIsoDate(value);
  return p ? format(p.granularity).format(p.date) : value;
}

/** A half-open UTC interval, named as coarsely as its ends are aligned (as formatInterval). */
export function intervalAr(start: Date, end: Date): string {
  const last = utcDay.offset(end, -1);
  if (+utcYear.floor(start) === +start && +utcYear.floor(end) === +end) {
    return range(start, last, 'year');
  }
  if (+utcMonth.floor(start) === +start && +utcMonth.floor(end) === +end) {
    return range(start, last, 'month');
  }
  return range(start, last, 'day');
}

/** The span a claim's date covers, or null when it cannot be read (as the timeline's). */
export function occurredShortAr(spec: DateBounds): string | null {
  const interval = dateSpecInterval(spec);
  return interval ? intervalAr(interval[0], interval[1]) : null;
}

/** When a claim occurred, in the citation panel: at its precision, a range said to be one. */
export function occurredAr(spec: DateBounds): string {
  const days = dateSpecDays(spec);
  if (!days) return spec.start === spec.end ? spec.start : `${spec.start} – ${spec.end}`;
  const [a, b] = [parseIsoDate(days[0])!.date, parseIsoDate(days[1])!.date];
  if (spec.precision === 'year' || spec.precision === 'month') return range(a, b, spec.precision);
  const text = range(a, b, 'day');
  return spec.precision === 'range' ? `في وقت ما بين ${text}` : text;
}

/** An axis tick: the year on 1 January, the month on the first, else the day. */
export function tickAr(date: Date): string {
  if (+utcYear.floor(date) === +date) return format('year').format(date);
  if (+utcMonth.floor(date) === +date) return format('monthOnly').format(date);
  return format('dayOnly').format(date);
}

/** A playback window, every day named: "1–31 مارس 2019". */
export function windowLabelAr(unit: PlaybackWindow, at: string): string {
  const days = windowDays(unit, at);
  if (!days) return at;
  return range(parseIsoDate(days[0])!.date, parseIsoDate(days[1])!.date, 'day');
}

/** what the panel knows of a place's position (panel-model's) */
type PlaceFacts = Parameters<typeof describePrecision>[0];

const km = (n: number) => `± ${formatNumber('ar', n)} كم`;

/** How precisely the articles locate the place (panel-model's describePrecision, in Arabic). */
export function precisionSentenceAr(p: PlaceFacts, precision: string, kind: string): string {
  const uncertainty = p.uncertainty_km !== undefined ? ` (${km(p.uncertainty_km)})` : '';
  let how: string;
  if (p.precision === 'site' || p.precision === 'settlement') {
    how =
      p.geonames_id !== undefined
        ? `${kind}؛ الموقع من GeoNames`
        : `${kind}؛ الموقع محدد يدويًا${uncertainty}`;
  } else if (p.precision === 'district') {
    how = `في مكان ما داخل قضاء${p.approximate ? ' مرسوم تقريبيًا' : ''}${uncertainty}`;
  } else if (p.precision === 'province') {
    how = 'في مكان ما داخل المحافظة';
  } else if (p.kind === 'border') {
    how = 'في مكان ما على امتداد الحدود';
  } else if (p.kind === 'river') {
    how = `في مكان ما على امتداد النهر${uncertainty}`;
  } else {
    how = 'منطقة تقريبية';
  }
  return `${precision} — ${how}`;
}

/** The provenance of the drawn geometry (panel-model's geometryFacts, labelled in Arabic). */
export function geometryFactsAr(p: PlaceFacts): GeometryFact[] {
  const facts: GeometryFact[] = [{ label: 'مصدر الرسم', value: p.geometry_source }];
  if (p.geonames_id !== undefined)
    facts.push({ label: 'معرّف GeoNames', value: String(p.geonames_id) });
  if (p.province) facts.push({ label: 'ISO 3166-2', value: p.province });
  if (p.uncertainty_km !== undefined)
    facts.push({ label: 'هامش الخطأ', value: km(p.uncertainty_km) });
  facts.push({
    label: 'الحدود المرسومة',
    value: p.approximate ? 'تقريبية: رسم تحريري، لا حدود مسَّاحة' : 'هندسة مرجعية',
  });
  return facts;
}
