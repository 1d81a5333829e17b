import { describe, expect, it } from 'vitest';
import type { Claim, Place, Source } from '../../lib/data/types.ts';
import type { DataError } from './errors.ts';
import { checkIdCollisions, checkReferences, unusedRecords, type LinkInput } from './links.ts';
import type { Checked } from './schema.ts';

function checked<T extends { id: string }>(records: T[], loaded = true): Checked<T> {
  return {
    valid: records,
    ids: new Set(records.map((r) => r.id)),
    idList: records.map((r) => r.id),
    loaded,
  };
}

function src(id: string, derived: string[] = [], file = `${id}.txt`): Source {
  return {
    id,
    file,
    sha256: '0'.repeat(64),
    publication: 'P',
    headline: 'H',
    authors: [],
    date: '2019-07-21',
    date_precision: 'day',
    date_basis: 'dateline',
    language: 'en',
    derived_from: derived.map((s) => ({ source: s, relation: 'rewrite', evidence: 'e' })),
  };
}

function plc(id: string): Place {
  return {
    id,
    name: { en: id, ar: 'مكان' },
    aliases: [],
    kind: 'city',
    precision: 'settlement',
    country: 'IQ',
    province: 'IQ-KI',
    geometry: { from: 'geonames', geonames_id: 94787 },
    approximate: false,
  };
}

function clm(id: string, over: Partial<Claim> = {}): Claim {
  return {
    id,
    places: ['kirkuk'],
    category: 'attack',
    summary: 's',
    quotes: [{ source: 'wapo', text: 't' }],
    ...over,
  };
}

function run(input: Partial<LinkInput>): DataError[] {
  const full: LinkInput = {
    sources: input.sources ?? checked([src('wapo')]),
    places: input.places ?? checked([plc('kirkuk')]),
    claims: input.claims ?? checked([clm('blast')]),
  };
  const errors: DataError[] = [];
  checkIdCollisions(full, errors);
  checkReferences(full, errors);
  return errors;
}

const brief = (errors: DataError[]) => errors.map((e) => `${e.file} ${e.id} ${e.field}`);

describe('links', () => {
  it('accepts a consistent dataset', () => {
    expect(run({})).toEqual([]);
  });

  it('rejects an id used twice in one file', () => {
    expect(brief(run({ places: checked([plc('kirkuk'), plc('kirkuk')]) }))).toEqual([
      'data/places.json kirkuk id',
    ]);
  });

  it('rejects an id shared between files', () => {
    const errors = run({ claims: checked([clm('kirkuk')]) });
    expect(errors[0]?.message).toBe(
      'is already used in data/places.json; ids must be unique across sources, places and claims.',
    );
  });

  it('rejects a claim naming an unknown place, suggesting a near id', () => {
    const errors = run({ claims: checked([clm('blast', { places: ['kirkuk-city'] })]) });
    expect(errors[0]).toMatchObject({
      field: 'places[0]',
      message: 'refers to place "kirkuk-city", which does not exist (did you mean "kirkuk"?).',
    });
  });

  it('does not judge references into a file that failed to load', () => {
    expect(run({ places: checked([], false) })).toEqual([]);
  });

  it('rejects a quote from an unknown source', () => {
    const claims = checked([clm('blast', { quotes: [{ source: 'post', text: 't' }] })]);
    expect(brief(run({ claims }))).toEqual(['data/claims.json blast quotes[0].source']);
  });

  it('rejects a repeated quote', () => {
    const q = { source: 'wapo', text: 't' };
    expect(brief(run({ claims: checked([clm('blast', { quotes: [q, { ...q }] })]) }))).toEqual([
      'data/claims.json blast quotes[1]',
    ]);
  });

  it('requires conflicts to be mutual', () => {
    const claims = checked([clm('a', { conflicts_with: ['b'] }), clm('b')]);
    expect(run({ claims })[0]?.fix).toBe(
      'Add "a" to the conflicts_with of "b" (conflicts are mutual).',
    );
    const mutual = checked([
      clm('a', { conflicts_with: ['b'] }),
      clm('b', { conflicts_with: ['a'] }),
    ]);
    expect(run({ claims: mutual })).toEqual([]);
  });

  it('rejects a claim conflicting with itself or an unknown claim', () => {
    const claims = checked([clm('a', { conflicts_with: ['a', 'zzz'] })]);
    expect(brief(run({ claims }))).toEqual([
      'data/claims.json a conflicts_with[0]',
      'data/claims.json a conflicts_with[1]',
    ]);
  });

  it('rejects derived_from pointing at itself, at nothing, or round in a cycle', () => {
    const sources = checked([
      src('wapo'),
      src('a', ['a']),
      src('b', ['nope']),
      src('c', ['d']),
      src('d', ['c']),
    ]);
    expect(brief(run({ sources }))).toEqual([
      'seeds/sources.json a derived_from[0].source',
      'seeds/sources.json b derived_from[0].source',
      'seeds/sources.json c derived_from',
    ]);
  });

  it('rejects two sources sharing a file', () => {
    const sources = checked([src('wapo'), src('copy', [], 'wapo.txt')]);
    expect(brief(run({ sources }))).toEqual(['seeds/sources.json copy file']);
  });

  it('lists places and sources nothing uses', () => {
    const input: LinkInput = {
      sources: checked([src('wapo'), src('spare')]),
      places: checked([plc('kirkuk'), plc('mosul')]),
      claims: checked([clm('blast')]),
    };
    expect(unusedRecords(input)).toEqual([
      'data/places.json › place "mosul": no claim is drawn here.',
      'seeds/sources.json › source "spare": no claim quotes it.',
    ]);
  });
});
