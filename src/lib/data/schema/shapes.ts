/**
 * The building blocks of the curated files' schemas: valibot schemas whose every issue carries
 * the message and fix a curator reads (see messages.ts).
 */
import * as v from 'valibot';
import { FIELD_PLACEHOLDER, closest, describe, say } from './messages.ts';

export interface NumberRange {
  min: number;
  max: number;
  integer?: boolean;
  /** the minimum itself is not allowed (a distance must be greater than 0) */
  exclusiveMin?: boolean;
}

/** A finite number in a range. JSON has no NaN, but `1e999` parses as Infinity. */
export function number(range: NumberRange, outsideMessage?: (issue: { input: unknown }) => string) {
  const notFinite = (issue: { input: unknown }) =>
    say(`must be a finite number, not ${describe(issue.input)}.`, 'Write a plain number.');
  const outside = (issue: { input: unknown }) =>
    outsideMessage?.(issue) ??
    say(
      `is ${issue.input}; it must be ${range.exclusiveMin ? `greater than ${range.min}` : `at least ${range.min}`} and at most ${range.max}.`,
      'Correct the number.',
    );
  const whole = (issue: { input: unknown }) =>
    say(`must be a whole number, not ${issue.input}.`, 'Drop the fraction.');
  return v.pipe(
    v.number(notFinite),
    v.finite(notFinite),
    ...(range.integer ? [v.integer<number, typeof whole>(whole)] : []),
    range.exclusiveMin
      ? v.gtValue<number, number, typeof outside>(range.min, outside)
      : v.minValue<number, number, typeof outside>(range.min, outside),
    v.maxValue<number, number, typeof outside>(range.max, outside),
  );
}

export function boolean() {
  return v.boolean((issue) =>
    say(`must be true or false, not ${describe(issue.input)}.`, 'Write true or false.'),
  );
}

/** One of a closed list, suggesting the closest when it is not. */
export function oneOf<const T extends readonly string[]>(options: T) {
  return v.picklist(options, (issue) => {
    const guess = typeof issue.input === 'string' ? closest(issue.input, options) : undefined;
    return say(
      `${describe(issue.input)} is not one of: ${options.join(', ')}.`,
      guess ? `Did you mean "${guess}"?` : `Pick one of: ${options.join(', ')}.`,
    );
  });
}

const notArray = (issue: { input: unknown }) =>
  say(`must be an array, not ${describe(issue.input)}.`, 'Write it as [ … ].');
const tooFew = (min: number) => (issue: { input: readonly unknown[] }) =>
  say(`has ${issue.input.length} entries; it needs at least ${min}.`, 'Add the missing entries.');
const tooMany = (max: number) => (issue: { input: readonly unknown[] }) =>
  say(
    `has ${issue.input.length} entries; the limit is ${max}.`,
    'Remove entries or split the record.',
  );

/** A path item pointing at entry `index` of `array`, for issues about one entry. */
function at(array: unknown[], index: number): v.ArrayPathItem {
  return { type: 'array', origin: 'value', input: array, key: index, value: array[index] };
}

/**
 * Every entry listed once. Judged whatever the entries are, but not when the list itself is the
 * wrong size (then that is the problem to fix first).
 */
export function unique<T extends unknown[]>(): v.RawCheckAction<T> {
  return v.rawCheck<T>(({ dataset, addIssue }) => {
    const list = dataset.value as unknown;
    if (!Array.isArray(list) || dataset.issues?.some((i) => !i.path?.length)) return;
    const seen = new Set<unknown>();
    list.forEach((value, index) => {
      if (seen.has(value)) {
        addIssue({
          message: say(`${JSON.stringify(value)} is listed twice.`, 'Remove the repeat.'),
          path: [at(list, index)],
        });
      }
      seen.add(value);
    });
  });
}

/** A list of `min` to `max` entries. */
export function list<S extends v.GenericSchema>(item: S, min: number, max: number) {
  return v.pipe(
    v.array(item, notArray),
    v.minLength(min, tooFew(min)),
    v.maxLength(max, tooMany(max)),
  );
}

/** A list with no upper limit. */
export function openList<S extends v.GenericSchema>(item: S, min: number) {
  return v.pipe(v.array(item, notArray), v.minLength(min, tooFew(min)));
}

/** Exactly two entries, as a typed pair; the entries are judged only once there are two. */
export function pair<S extends v.GenericSchema>(item: S, message = notArray) {
  return v.pipe(
    v.array(v.unknown(), message),
    v.minLength(2, message === notArray ? tooFew(2) : message),
    v.maxLength(2, message === notArray ? tooMany(2) : message),
    v.tuple([item, item]),
    v.metadata({ maxItems: 2 }),
  );
}

/** `[longitude, latitude]`, longitude first as in GeoJSON. */
export function lonLat() {
  const notPair = (issue: { input: unknown }) =>
    say(
      `must be a [longitude, latitude] pair, not ${describe(issue.input)}.`,
      'Write it as [lon, lat], e.g. [44.39, 35.47] (longitude first, as in GeoJSON).',
    );
  return v.pipe(
    v.array(v.unknown(), notPair),
    v.length(2, notPair),
    v.tuple([number({ min: -180, max: 180 }), number({ min: -90, max: 90 })]),
    v.metadata({ maxItems: 2 }),
  );
}

/** The issue valibot raises for a key that the object has but its schema does not. */
export function isUnknownKeyIssue(issue: v.BaseIssue<unknown>): boolean {
  return issue.type === 'raw_check' && issue.path?.at(-1)?.origin === 'key';
}

/** The issue valibot raises for a required key that is absent. */
export function isMissingKeyIssue(issue: v.BaseIssue<unknown>): boolean {
  return issue.type === 'loose_object' && issue.path?.at(-1)?.origin === 'key';
}

/**
 * An object with exactly these fields. A loose object underneath, so that every unknown field is
 * reported (with the closest allowed name), not only the first; a value that passes has no
 * unknown field, so its type is the exact one.
 */
export function object<const E extends v.ObjectEntries>(entries: E) {
  const allowed = Object.keys(entries);
  const schema = v.pipe(
    // valibot's objects accept arrays; a curator who wrote [ … ] for { … } is told so
    v.custom<Record<string, unknown>>(
      (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
      (issue) =>
        say(
          `must be an object, not ${describe(issue.input)}.`,
          `Write ${FIELD_PLACEHOLDER} as { … }.`,
        ),
    ),
    v.looseObject(entries, (issue) =>
      say('is missing.', `Add "${String(issue.path?.at(-1)?.key)}" (see docs/data.md).`),
    ),
    v.rawCheck(({ dataset, addIssue }) => {
      const value = dataset.value as Record<string, unknown>;
      for (const [key, field] of Object.entries(value)) {
        if (allowed.includes(key)) continue;
        const guess = closest(key, allowed);
        addIssue({
          message: say(
            `unknown field "${key}".`,
            guess
              ? `Did you mean "${guess}"? Allowed fields: ${allowed.join(', ')}.`
              : `Remove it; allowed fields: ${allowed.join(', ')}.`,
          ),
          path: [{ type: 'object', origin: 'key', input: value, key, value: field as unknown }],
        });
      }
    }),
    v.metadata({ additionalProperties: false }),
  );
  // Typed as the strict object it checks for (a value that passes has no unknown field), with
  // `entries` at the top, where a variant looks for its discriminator.
  return Object.assign(schema, { entries }) as unknown as v.StrictObjectSchema<E, undefined>;
}
