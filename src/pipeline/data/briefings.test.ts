import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PublishedBriefing } from '../../lib/data/types.ts';
import { buildDataset } from './build.ts';
import { formatError } from './errors.ts';
import { stepFilters } from './briefings.ts';

const FIXTURES = resolve(import.meta.dirname, '../../../tests/fixtures/data');

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The valid fixture plus one briefing from tests/fixtures/data/briefings-invalid/. */
async function buildWith(name: string) {
  const root = mkdtempSync(join(tmpdir(), 'citemap-briefing-'));
  dirs.push(root);
  cpSync(join(FIXTURES, 'valid'), root, { recursive: true });
  cpSync(
    join(FIXTURES, 'briefings-invalid', `${name}.json`),
    join(root, 'data', 'briefings', `${name}.json`),
  );
  const result = await buildDataset({ rootDir: root });
  expect(result.outputs.size).toBe(0);
  return result.errors;
}

/** [file, id, field] of each error */
async function errorsOf(name: string): Promise<[string, string | null, string][]> {
  return (await buildWith(name)).map((e) => [e.file, e.id, e.field]);
}

const file = (name: string) => `data/briefings/${name}.json`;

describe('a valid briefing', () => {
  it('is published with its key quotes by reference and its filters complete', async () => {
    const r = await buildDataset({ rootDir: join(FIXTURES, 'valid') });
    expect(r.errors).toEqual([]);
    const [briefing] = JSON.parse(r.outputs.get('data/briefings.json') as string) as [
      PublishedBriefing,
    ];
    expect(briefing.id).toBe('kirkuk-tour');
    expect(briefing.steps.map((s) => s.id)).toEqual(['checkpoint', 'estimate']);
    // The text lives once, in the claim's shard; the app formats the source line.
    expect(briefing.steps[0]?.key_quote).toEqual({ claim: 'kirkuk-checkpoint-attack', quote: 0 });
    expect(briefing.steps[0]?.filters).toEqual({
      categories: ['attack'],
      sources: null,
      independentOnly: true,
      precisions: null,
      dateRange: ['2019-07-01', '2019-07-31'],
    });
    expect(briefing.steps[1]?.filters).toEqual({
      categories: null,
      sources: null,
      independentOnly: false,
      precisions: null,
      dateRange: null,
    });
  });

  it('publishes an empty list when there is no data/briefings folder', async () => {
    const root = mkdtempSync(join(tmpdir(), 'citemap-briefing-'));
    dirs.push(root);
    cpSync(join(FIXTURES, 'valid'), root, { recursive: true });
    rmSync(join(root, 'data', 'briefings'), { recursive: true });
    const r = await buildDataset({ rootDir: root });
    expect(r.errors).toEqual([]);
    expect(r.outputs.get('data/briefings.json')).toBe('[]\n');
  });

  it('fills absent filters with "no restriction"', () => {
    expect(
      stepFilters({
        id: 's',
        heading: 'h',
        text: 't',
        places: ['p'],
        claims: ['c'],
        key_quote: { claim: 'c', quote: 0 },
        camera: { center: [44, 33], zoom: 6, bearing: 0 },
        filters: { precisions: ['site'] },
      }),
    ).toEqual({
      categories: null,
      sources: null,
      independentOnly: false,
      precisions: ['site'],
      dateRange: null,
    });
  });
});

describe('step validation', () => {
  it('rejects a place that does not exist', async () => {
    const errors = await buildWith('unknown-place');
    expect(errors.map((e) => [e.file, e.id, e.field])).toEqual([
      [file('unknown-place'), 'checkpoint', 'places[1]'],
    ]);
    expect(formatError(errors[0]!)).toBe(
      'data/briefings/unknown-place.json › step "checkpoint" › places[1]: refers to place "kirkuk-citadel", which does not exist (did you mean "kirkuk"?). Fix: Use the id of a record in data/places.json.',
    );
  });

  it('rejects a claim that does not exist', async () => {
    expect(await errorsOf('unknown-claim')).toEqual([
      [file('unknown-claim'), 'checkpoint', 'claims[1]'],
    ]);
  });

  it('rejects a filter on a source that does not exist', async () => {
    expect(await errorsOf('unknown-source')).toEqual([
      [file('unknown-source'), 'checkpoint', 'filters.sources[0]'],
    ]);
  });

  it('rejects a category that does not exist, suggesting the closest', async () => {
    const errors = await buildWith('unknown-category');
    expect(errors.map((e) => [e.file, e.id, e.field])).toEqual([
      [file('unknown-category'), 'checkpoint', 'filters.categories[0]'],
    ]);
    expect(errors[0]?.fix).toBe('Did you mean "attack"?');
  });

  it('rejects unknown fields', async () => {
    const errors = await buildWith('unknown-field');
    expect(errors.map((e) => [e.file, e.id, e.field])).toEqual([
      [file('unknown-field'), 'checkpoint', 'caption'],
    ]);
    expect(errors[0]?.message).toBe('unknown field "caption".');
  });

  it("rejects a key quote whose claim is not among the step's claims", async () => {
    expect(await errorsOf('key-quote-not-in-claims')).toEqual([
      [file('key-quote-not-in-claims'), 'checkpoint', 'key_quote.claim'],
    ]);
  });

  it("rejects a key quote index beyond the claim's quotes", async () => {
    const errors = await buildWith('key-quote-out-of-range');
    expect(errors.map((e) => [e.file, e.id, e.field])).toEqual([
      [file('key-quote-out-of-range'), 'checkpoint', 'key_quote.quote'],
    ]);
    expect(errors[0]?.message).toBe(
      'is 3, but claim "kirkuk-checkpoint-attack" has 3 quotes (indices 0–2).',
    );
  });

  it('rejects a camera outside the region', async () => {
    expect(await errorsOf('camera-outside-region')).toEqual([
      [file('camera-outside-region'), 'checkpoint', 'camera.center'],
    ]);
  });

  it("rejects a zoom outside the map's range", async () => {
    expect(await errorsOf('camera-zoom-out-of-range')).toEqual([
      [file('camera-zoom-out-of-range'), 'checkpoint', 'camera.zoom'],
    ]);
  });

  it('rejects a reversed date range', async () => {
    expect(await errorsOf('date-range-reversed')).toEqual([
      [file('date-range-reversed'), 'checkpoint', 'date_range'],
    ]);
  });

  it('rejects two steps with the same id', async () => {
    expect(await errorsOf('step-id-collision')).toEqual([
      [file('step-id-collision'), 'checkpoint', 'id'],
    ]);
  });

  it('rejects a step text too long to read from the back of the room', async () => {
    expect(await errorsOf('text-too-long')).toEqual([
      [file('text-too-long'), 'checkpoint', 'text'],
    ]);
  });

  it('rejects a step whose own filters hide what it presents', async () => {
    expect(await errorsOf('hidden-by-filters')).toEqual([
      [file('hidden-by-filters'), 'checkpoint', 'places[0]'],
      [file('hidden-by-filters'), 'checkpoint', 'claims[0]'],
    ]);
  });

  it('rejects a briefing whose id is not its file name', async () => {
    expect(await errorsOf('id-mismatch')).toEqual([[file('id-mismatch'), null, 'id']]);
  });
});
