/** data/claims.json: what the articles say happened, each claim resting on verbatim quotes. */
import * as v from 'valibot';
import { CATEGORIES, OCCURRED_PRECISIONS } from '../vocabulary.ts';
import { say } from './messages.ts';
import { LIMITS, day, id, text } from './text.ts';
import { list, number, object, oneOf, unique } from './shapes.ts';

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The days a precision other than "range" must span, given its first day. */
function wholePeriod(start: string, precision: string): [string, string] | undefined {
  const [y, m] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  if (precision === 'day') return [start, start];
  if (precision === 'month') {
    const last = String(lastDayOfMonth(y, m)).padStart(2, '0');
    return [`${start.slice(0, 7)}-01`, `${start.slice(0, 7)}-${last}`];
  }
  if (precision === 'year') return [`${y}-01-01`, `${y}-12-31`];
  return undefined;
}

type Dates = { start: string; end: string; precision: string };

const DateSpecSchema = v.pipe(
  object({
    /** ISO dates bounding the event; equal for a known day */
    start: day(),
    end: day(),
    precision: oneOf(OCCURRED_PRECISIONS),
    /** how the dates were worked out from the text ("earlier this month" + publication date…) */
    basis: text({ max: LIMITS.text }),
  }),
  v.partialCheck(
    [['start'], ['end'], ['precision']],
    (d) => d.start <= d.end,
    (issue) => {
      const d = issue.input as Dates;
      return say(`start ${d.start} is after end ${d.end}.`, 'Swap them.');
    },
  ),
  v.partialCheck(
    [['start'], ['end'], ['precision']],
    (d) => {
      const want = wholePeriod(d.start, d.precision);
      return d.start > d.end || !want || (d.start === want[0] && d.end === want[1]);
    },
    (issue) => {
      const d = issue.input as Dates;
      const want = wholePeriod(d.start, d.precision) as [string, string];
      return say(
        `${d.start}…${d.end} is not a whole ${d.precision}.`,
        `Write start "${want[0]}" and end "${want[1]}", or use precision "range".`,
      );
    },
  ),
);

const NumberRangeSchema = v.pipe(
  object({
    /** what is counted, e.g. "fighters crossed" */
    what: text({ max: LIMITS.name, cell: true }),
    min: number({ min: 0, max: 1e9 }),
    max: number({ min: 0, max: 1e9 }),
    /** the words of the text, e.g. "5,000 and 7,000" */
    as_written: text({ max: LIMITS.name, verbatim: true }),
  }),
  v.partialCheck(
    [['min'], ['max']],
    (n) => n.min <= n.max,
    (issue) => {
      const n = issue.input as { min: number; max: number };
      return say(`min ${n.min} is greater than max ${n.max}.`, 'Swap them.');
    },
  ),
);

/** Longer than any context the studio writes (32 characters each side). */
const CONTEXT_MAX = 200;

/** A quote's context: copied from the source, so any characters, whitespace at the ends too. */
function context() {
  const wrong = (issue: v.BaseIssue<unknown>) =>
    say(
      `must be a string of at most ${CONTEXT_MAX} characters, not ${typeof issue.input === 'string' ? `${issue.input.length} characters` : typeof issue.input}.`,
      'Copy the few characters around the passage from the source (the studio writes 32).',
    );
  return v.pipe(v.string(wrong), v.maxLength(CONTEXT_MAX, wrong));
}

const QuoteRefSchema = object({
  source: id(),
  /** the exact characters of the source */
  text: text({ max: LIMITS.quote, verbatim: true }),
  /** 1-based; required when the text occurs more than once in the source */
  occurrence: v.optional(number({ min: 1, max: 1000, integer: true })),
  /** the source's characters just before the quote (W3C TextQuoteSelector); tells repeats apart */
  prefix: v.optional(context()),
  /** the source's characters just after the quote */
  suffix: v.optional(context()),
});

export const ClaimSchema = v.pipe(
  object({
    id: id(),
    /** place ids; the first is where the claim is primarily drawn */
    places: v.pipe(list(id(), 1, 30), unique()),
    category: oneOf(CATEGORIES),
    /** what happened or is asserted, in our own words */
    summary: text({ max: LIMITS.summary, cell: true }),
    quotes: list(QuoteRefSchema, 1, LIMITS.quotesPerClaim),
    /** when it happened, if the text says */
    occurred: v.optional(DateSpecSchema),
    numbers: v.optional(list(NumberRangeSchema, 1, 20)),
    /** ids of claims that disagree with this one (must be reciprocal) */
    conflicts_with: v.optional(v.pipe(list(id(), 1, 20), unique())),
    conflict_note: v.optional(text({ max: LIMITS.text })),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    const c = dataset.value as Record<string, unknown>;
    if (typeof c !== 'object' || c === null || !('conflict_note' in c) || 'conflicts_with' in c) {
      return;
    }
    addIssue({
      message: say(
        'is set but conflicts_with is not.',
        'List the conflicting claim ids in "conflicts_with".',
      ),
      path: [
        { type: 'object', origin: 'value', input: c, key: 'conflict_note', value: c.conflict_note },
      ],
    });
  }),
);

export type Claim = v.InferOutput<typeof ClaimSchema>;
export type DateSpec = v.InferOutput<typeof DateSpecSchema>;
export type NumberRange = v.InferOutput<typeof NumberRangeSchema>;
export type QuoteRef = v.InferOutput<typeof QuoteRefSchema>;
