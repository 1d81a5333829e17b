/**
 * Time playback on the timeline, as pure functions: the calendar windows it steps through (Monday
 * weeks, months, calendar quarters), where the next and previous steps are, how a window reads
 * ("1–31 March 2019"), how long a step lasts at each speed, and its part of the URL hash. The
 * playback drives the date filter, so everything that follows the filters follows it. UTC
 * throughout, like the rest of the timeline.
 */
import { utcDay, utcMonday, utcMonth, type TimeInterval } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { formatIsoDay, isIsoDay, parseIsoDate, type IsoDay } from '../data/dates';

/** The window lengths offered: the 2019 claims are mostly dated to the month, some to the day. */
export const PLAYBACK_WINDOWS = ['week', 'month', 'quarter'] as const;
export type PlaybackWindow = (typeof PLAYBACK_WINDOWS)[number];

export const PLAYBACK_SPEEDS = [1, 2, 4] as const;
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];

/** What the URL remembers of a playback: `at` is the first day of the window shown. */
export interface PlaybackView {
  window: PlaybackWindow;
  speed: PlaybackSpeed;
  playing: boolean;
  loop: boolean;
  at: IsoDay;
}

/** A step at ×1 lasts this long: time to read the window and hear it announced. */
const BASE_STEP_MS = 3000;
/** With reduced motion the steps come this much slower (and the window jumps, not slides). */
const REDUCED_MOTION_FACTOR = 2;
/** A playback over a very long span stops listing steps here (weeks over 40 years). */
const MAX_STEPS = 2000;

// `every(3)` on months keeps January, April, July and October: calendar quarters.
const INTERVALS: Record<PlaybackWindow, TimeInterval> = {
  week: utcMonday,
  month: utcMonth,
  quarter: utcMonth.every(3)!,
};

/** The half-open UTC window `[start, end)` holding `date`. */
export function windowAround(unit: PlaybackWindow, date: Date): [Date, Date] {
  const interval = INTERVALS[unit];
  const start = interval.floor(date);
  return [start, interval.offset(start, 1)];
}

/** The inclusive ISO days of the window starting on (or holding) `at`: the date filter it sets. */
export function windowDays(unit: PlaybackWindow, at: IsoDay): [IsoDay, IsoDay] | null {
  const day = parseIsoDate(at);
  if (day?.granularity !== 'day') return null;
  const [start, end] = windowAround(unit, day.date);
  return [formatIsoDay(start), formatIsoDay(utcDay.offset(end, -1))];
}

/** The window starts overlapping `span` (half-open), in order; at most MAX_STEPS of them. */
export function playbackSteps(unit: PlaybackWindow, span: readonly [Date, Date]): IsoDay[] {
  const interval = INTERVALS[unit];
  const out: IsoDay[] = [];
  for (let t = interval.floor(span[0]); t < span[1] && out.length < MAX_STEPS;) {
    out.push(formatIsoDay(t));
    t = interval.offset(t, 1);
  }
  return out;
}

/**
 * The step after `at` among `steps`: the next window, or with `loop` the first one after the
 * last; null at the end without loop. A position outside the steps (the reader panned the strip
 * away) goes on at the first step after it, or the first of all.
 */
export function nextStep(steps: readonly IsoDay[], at: IsoDay, loop: boolean): IsoDay | null {
  if (steps.length === 0) return null;
  const next = steps.find((s) => s > at);
  if (next !== undefined) return next;
  return loop || at < steps[0]! ? steps[0]! : null;
}

/** The step before `at`: the previous window, or with `loop` the last one; null at the start. */
export function previousStep(steps: readonly IsoDay[], at: IsoDay, loop: boolean): IsoDay | null {
  if (steps.length === 0) return null;
  let prev: IsoDay | undefined;
  for (const s of steps) if (s < at) prev = s;
  if (prev !== undefined) return prev;
  return loop || at > steps[steps.length - 1]! ? steps[steps.length - 1]! : null;
}

/**
 * Where pressing Play starts: the window holding the start of the date range already set, if
 * it is one of the steps (so a reader who brushed March plays on from March); else the first.
 */
export function startStep(
  unit: PlaybackWindow,
  steps: readonly IsoDay[],
  range: readonly [IsoDay, IsoDay] | null,
): IsoDay | null {
  const day = range ? parseIsoDate(range[0]) : null;
  if (day?.granularity === 'day') {
    const at = formatIsoDay(windowAround(unit, day.date)[0]);
    if (steps.includes(at)) return at;
  }
  return steps[0] ?? null;
}

/** How long a step stays on screen, in ms. */
export function stepDelay(speed: PlaybackSpeed, reducedMotion: boolean): number {
  return (BASE_STEP_MS / speed) * (reducedMotion ? REDUCED_MOTION_FACTOR : 1);
}

const DAY = utcFormat('%-d');
const DAY_MONTH = utcFormat('%-d %B');
const FULL = utcFormat('%-d %B %Y');

/**
 * A window in words, every day named so the reader need not know how long a month is:
 * "1–31 March 2019", "25 February – 3 March 2019", "30 December 2019 – 5 January 2020".
 */
export function windowLabel(unit: PlaybackWindow, at: IsoDay): string {
  const days = windowDays(unit, at);
  if (!days) return at;
  const [a, b] = [parseIsoDate(days[0])!.date, parseIsoDate(days[1])!.date];
  if (a.getUTCFullYear() !== b.getUTCFullYear()) return `${FULL(a)} – ${FULL(b)}`;
  if (a.getUTCMonth() !== b.getUTCMonth()) return `${DAY_MONTH(a)} – ${FULL(b)}`;
  return `${DAY(a)}–${FULL(b)}`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What a step says to a screen reader: "Showing 1–31 March 2019: 4 claims at 3 places". */
export function stepAnnouncement(label: string, claims: number, places: number): string {
  return `Showing ${label}: ${plural(claims, 'claim')} at ${plural(places, 'place')}`;
}

// ─── The URL hash: pb=window,YYYY-MM-DD,xN[,play][,loop] ───────────────────────

const SPEED_TOKEN = /^x([124])$/;
/** Years a playback may sit in: far beyond the data, and every window end stays `YYYY-MM-DD`. */
const YEAR_MIN = 1000;
const YEAR_MAX = 9998;

/** The hash value for a playback, e.g. `month,2019-03-01,x2,play,loop`. */
export function encodePlayback(pb: PlaybackView): string {
  const parts: string[] = [pb.window, pb.at, `x${pb.speed}`];
  if (pb.playing) parts.push('play');
  if (pb.loop) parts.push('loop');
  return parts.join(',');
}

/**
 * Read a playback from its hash value; null unless the window and the day are valid. The day is
 * moved to the start of its window; a missing or unknown speed is ×1; unknown flags are ignored.
 */
export function decodePlayback(raw: string | undefined): PlaybackView | null {
  if (raw === undefined) return null;
  const [unit, at, ...rest] = raw.split(',');
  const window = PLAYBACK_WINDOWS.find((w) => w === unit);
  if (window === undefined || at === undefined || !isIsoDay(at)) return null;
  const year = Number(at.slice(0, 4));
  if (year < YEAR_MIN || year > YEAR_MAX) return null;
  const start = formatIsoDay(windowAround(window, parseIsoDate(at)!.date)[0]);
  const speed = Number(SPEED_TOKEN.exec(rest.find((t) => SPEED_TOKEN.test(t)) ?? '')?.[1] ?? 1);
  return {
    window,
    speed: PLAYBACK_SPEEDS.find((s) => s === speed) ?? 1,
    playing: rest.includes('play'),
    loop: rest.includes('loop'),
    at: start,
  };
}

/** Whether a playback is one `decodePlayback` could return (its day a window start, and so on). */
export function isPlaybackValid(pb: PlaybackView): boolean {
  if (typeof pb.playing !== 'boolean' || typeof pb.loop !== 'boolean') return false;
  const again = decodePlayback(encodePlayback(pb));
  return (
    again !== null &&
    again.window === pb.window &&
    again.at === pb.at &&
    again.speed === pb.speed &&
    again.playing === pb.playing &&
    again.loop === pb.loop
  );
}
