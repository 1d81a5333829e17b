/**
 * Hostile data through the whole build. tests/fixtures/hostile/legal is hostile but legal: markup,
 * `javascript:` text, a bidi override and zero-width characters that the source text really
 * contains. It must build clean and keep every character. Each rejected case below is that fixture
 * with one field made illegal (a factory writes it to a temporary folder), and must fail with
 * exactly one error naming file, record, field and fix.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PublishedSource } from '../../lib/data/types.ts';
import { assemble } from './reassemble.ts';
import { buildDataset } from './build.ts';
import type { DataError } from './errors.ts';

const LEGAL = resolve(import.meta.dirname, '../../../tests/fixtures/hostile/legal');
const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const JS = 'javascript:alert(1)';
const HUGE = 'x'.repeat(100 * 1024);
/** JSON cannot hold Infinity; this placeholder is swapped for the literal `1e999` on disk. */
const INFINITE = '__1e999__';

type Json = Record<string, unknown> & { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Files {
  sources: Json[];
  places: Json[];
  claims: Json[];
  briefing: Json;
  /** the seed text, to be rewritten (its hash is updated to match) */
  seed: string;
}

const FILES = {
  sources: 'seeds/sources.json',
  places: 'data/places.json',
  claims: 'data/claims.json',
  briefing: 'data/briefings/hostile-tour.json',
} as const;

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A copy of the legal fixture with `patch` applied, in a fresh temporary folder. */
function hostileCopy(patch: (f: Files) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'citemap-hostile-'));
  dirs.push(dir);
  cpSync(LEGAL, dir, { recursive: true });
  const read = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;
  const seedPath = join(dir, 'seeds/hostile.txt');
  // The array files are `{ "$schema": …, "<key>": [ … ] }`; patches work on the records.
  const wrapped = {
    sources: read(FILES.sources) as Json,
    places: read(FILES.places) as Json,
    claims: read(FILES.claims) as Json,
  };
  const files: Files = {
    sources: wrapped.sources.sources as Json[],
    places: wrapped.places.places as Json[],
    claims: wrapped.claims.claims as Json[],
    briefing: read(FILES.briefing) as Json,
    seed: readFileSync(seedPath, 'utf8'),
  };
  const seedBefore = files.seed;
  patch(files);
  if (files.seed !== seedBefore) {
    writeFileSync(seedPath, files.seed);
    const hash = createHash('sha256').update(files.seed).digest('hex');
    files.sources[0]!.sha256 = hash;
    writeFileSync(join(dir, 'seeds/SHA256SUMS'), `${hash}  hostile.txt\n`);
  }
  for (const [key, file] of Object.entries(FILES)) {
    const value =
      key === 'briefing'
        ? files.briefing
        : { ...wrapped[key as keyof typeof wrapped], [key]: files[key as keyof typeof wrapped] };
    const text = JSON.stringify(value, null, 2);
    writeFileSync(join(dir, file), text.replaceAll(`"${INFINITE}"`, '1e999'));
  }
  return dir;
}

const place = (f: Files) => f.places[0]!;
const source = (f: Files) => f.sources[0]!;
const claim = (f: Files, id: string) => f.claims.find((c) => c.id === id)!;
/** A curated point instead of the GeoNames lookup, so coordinates can be written down. */
const point = (f: Files, coordinates: unknown[]) => {
  place(f).geometry = {
    from: 'curated-point',
    coordinates,
    source: 'fixture',
    uncertainty_km: 5,
  };
};

interface Case {
  name: string;
  patch: (f: Files) => void;
  error: Omit<DataError, 'message' | 'fix'> & { message: RegExp; fix: RegExp };
}

const PLACES = 'data/places.json';
const CLAIMS = 'data/claims.json';
const SOURCES = 'seeds/sources.json';
const TOO_LONG = (limit: number) =>
  new RegExp(`^is 102400 characters long; the limit is ${limit}\\.$`);

const REJECTED: Case[] = [
  {
    name: 'a 100 KB place name',
    patch: (f) => (place(f).name.en = HUGE),
    error: {
      file: PLACES,
      id: 'hostile-town',
      field: 'name.en',
      message: TOO_LONG(200),
      fix: /^Shorten it\.$/,
    },
  },
  {
    name: 'a 100 KB quote',
    patch: (f) => (claim(f, 'hostile-word-joiner').quotes[0].text = HUGE),
    error: {
      file: CLAIMS,
      id: 'hostile-word-joiner',
      field: 'quotes[0].text',
      message: TOO_LONG(2000),
      fix: /split it into several quotes/,
    },
  },
  {
    name: 'a 100 KB headline',
    patch: (f) => (source(f).headline = HUGE),
    error: {
      file: SOURCES,
      id: 'hostile-2019-07-21',
      field: 'headline',
      message: TOO_LONG(2000),
      fix: /^Shorten it\.$/,
    },
  },
  {
    name: 'a 100 KB summary',
    patch: (f) => (claim(f, 'hostile-word-joiner').summary = HUGE),
    error: {
      file: CLAIMS,
      id: 'hostile-word-joiner',
      field: 'summary',
      message: TOO_LONG(1000),
      fix: /^Shorten it\.$/,
    },
  },
  {
    name: 'a 100 KB id',
    patch: (f) => (claim(f, 'hostile-word-joiner').id = HUGE),
    error: {
      file: CLAIMS,
      id: null,
      field: '[2].id',
      message: /is not lowercase-hyphenated .* at most 64 characters/,
      fix: /Use lowercase letters, digits and single hyphens/,
    },
  },
  {
    name: 'a longitude of 1e308',
    patch: (f) => point(f, [1e308, 35.47]),
    error: {
      file: PLACES,
      id: 'hostile-town',
      field: 'geometry.coordinates[0]',
      message: /^is 1e\+308; it must be at least -180 and at most 180\.$/,
      fix: /^Correct the number\.$/,
    },
  },
  {
    name: 'a latitude of "NaN" (JSON has no NaN)',
    patch: (f) => point(f, [44.39, 'NaN']),
    error: {
      file: PLACES,
      id: 'hostile-town',
      field: 'geometry.coordinates[1]',
      message: /^must be a finite number, not a string "NaN"\.$/,
      fix: /^Write a plain number\.$/,
    },
  },
  {
    name: 'a latitude of null (what JSON.stringify makes of NaN)',
    patch: (f) => point(f, [44.39, null]),
    error: {
      file: PLACES,
      id: 'hostile-town',
      field: 'geometry.coordinates[1]',
      message: /^must be a finite number, not null\.$/,
      fix: /^Write a plain number\.$/,
    },
  },
  {
    name: 'a longitude of 1e999 (parses as Infinity)',
    patch: (f) => point(f, [INFINITE, 35.47]),
    error: {
      file: PLACES,
      id: 'hostile-town',
      field: 'geometry.coordinates[0]',
      message: /^must be a finite number, not Infinity\.$/,
      fix: /^Write a plain number\.$/,
    },
  },
  {
    name: 'an uncertainty of 1e308 km',
    patch: (f) => {
      point(f, [44.39, 35.47]);
      place(f).geometry.uncertainty_km = 1e308;
    },
    error: {
      file: PLACES,
      id: 'hostile-town',
      field: 'geometry.uncertainty_km',
      message: /^is 1e\+308; it must be greater than 0 and at most 500\.$/,
      fix: /^Correct the number\.$/,
    },
  },
  {
    name: 'a number range up to 1e308',
    patch: (f) => (claim(f, 'hostile-leaflet').numbers[0].max = 1e308),
    error: {
      file: CLAIMS,
      id: 'hostile-leaflet',
      field: 'numbers[0].max',
      message: /^is 1e\+308; it must be at least 0 and at most 1000000000\.$/,
      fix: /^Correct the number\.$/,
    },
  },
  {
    name: 'a bidi override (U+202E) in an id',
    patch: (f) => (claim(f, 'hostile-word-joiner').id = 'hostile-word\u202Ejoiner'),
    error: {
      file: CLAIMS,
      id: null,
      field: '[2].id',
      message: /^id contains the invisible character U\+202E at index 12, which makes it look/,
      fix: /^Retype the id using only a–z, 0–9 and hyphens\.$/,
    },
  },
  {
    name: 'a zero-width space (U+200B) in an id',
    patch: (f) => (claim(f, 'hostile-word-joiner').id = 'hostile-word\u200Bjoiner'),
    error: {
      file: CLAIMS,
      id: null,
      field: '[2].id',
      message: /^id contains the invisible character U\+200B at index 12/,
      fix: /^Retype the id/,
    },
  },
  {
    name: 'a zero-width no-break space (U+FEFF) in a reference',
    patch: (f) => (claim(f, 'hostile-word-joiner').places = ['hostile-town\uFEFF']),
    error: {
      file: CLAIMS,
      id: 'hostile-word-joiner',
      field: 'places[0]',
      message: /^id contains the invisible character U\+FEFF at index 12/,
      fix: /^Retype the id/,
    },
  },
  {
    name: 'a bidi override in a place name',
    patch: (f) => (place(f).name.en = `\u202E${SCRIPT} Town`),
    error: {
      file: PLACES,
      id: 'hostile-town',
      field: 'name.en',
      message: /^contains the invisible control character U\+202E at index 0\.$/,
      fix: /^Delete it;/,
    },
  },
  {
    name: 'a bidi isolate in a source note',
    patch: (f) => (source(f).note = `See \u2067${JS}\u2069.`),
    error: {
      file: SOURCES,
      id: 'hostile-2019-07-21',
      field: 'note',
      message: /^contains the invisible control character U\+2067 at index 4\.$/,
      fix: /^Delete it;/,
    },
  },
  {
    name: 'a zero-width space in a place name',
    patch: (f) => (place(f).name.en = `${SCRIPT} To\u200Bwn`),
    error: {
      file: PLACES,
      id: 'hostile-town',
      field: 'name.en',
      message: /^contains the invisible character U\+200B at index 28, which makes the text look/,
      fix: /joiners and direction marks are allowed only in Arabic-script text/,
    },
  },
  {
    name: 'a zero-width non-joiner in a Latin alias',
    patch: (f) => (place(f).aliases = [JS, 'Kir\u200Ckuk']),
    error: {
      file: PLACES,
      id: 'hostile-town',
      field: 'aliases[1]',
      message: /^contains the invisible character U\+200C at index 3/,
      fix: /^Delete it/,
    },
  },
  {
    name: 'a word joiner (U+2060) in an author',
    patch: (f) => (source(f).authors = ['A.\u2060Writer']),
    error: {
      file: SOURCES,
      id: 'hostile-2019-07-21',
      field: 'authors[0]',
      message: /^contains the invisible character U\+2060 at index 2/,
      fix: /^Delete it/,
    },
  },
  {
    name: 'a zero-width space in a briefing step',
    patch: (f) => (f.briefing.steps[1].heading = 'The\u200Bleaflet'),
    error: {
      file: 'data/briefings/hostile-tour.json',
      id: 'leaflet',
      field: 'heading',
      message: /^contains the invisible character U\+200B at index 3/,
      fix: /^Delete it/,
    },
  },
  {
    name: 'a summary that a spreadsheet would run as a formula',
    patch: (f) =>
      (claim(f, 'hostile-word-joiner').summary = '=HYPERLINK("http://127.0.0.1/evil","open")'),
    error: {
      file: CLAIMS,
      id: 'hostile-word-joiner',
      field: 'summary',
      message:
        /^starts with "=", which a spreadsheet opening data\/downloads\/claims.csv would run as a formula\.$/,
      fix: /^Start it with a word or a number\.$/,
    },
  },
  {
    name: 'a publication that a spreadsheet would run as a formula',
    patch: (f) => (source(f).publication = '@SUM(1+1)*cmd|"/C calc"!A0'),
    error: {
      file: SOURCES,
      id: 'hostile-2019-07-21',
      field: 'publication',
      message: /^starts with "@"/,
      fix: /^Start it with a word or a number\.$/,
    },
  },
  {
    name: 'a quote with markup the source does not have',
    patch: (f) =>
      (claim(f, 'hostile-checkpoint-note').quotes[1].text =
        'A second note said <img src=x onerror=alert(2)> and nothing more.'),
    error: {
      file: CLAIMS,
      id: 'hostile-checkpoint-note',
      field: 'quotes[1].text',
      message: /^not found verbatim in seeds\/hostile\.txt .*Closest passage/,
      fix: /.+/,
    },
  },
  {
    name: 'a quote with a bidi override the source does not have',
    patch: (f) =>
      (claim(f, 'hostile-leaflet').quotes[0].text =
        `The leaflet gave a link, \u202E${JS}, and a phone number.`),
    error: {
      file: CLAIMS,
      id: 'hostile-leaflet',
      field: 'quotes[0].text',
      message: /^not found verbatim in seeds\/hostile\.txt/,
      fix: /.+/,
    },
  },
  {
    name: 'a quote with a broken (lone surrogate) character',
    patch: (f) => (claim(f, 'hostile-word-joiner').quotes[0].text = 'The word \uD800joiner'),
    error: {
      file: CLAIMS,
      id: 'hostile-word-joiner',
      field: 'quotes[0].text',
      message: /^contains a broken \(lone surrogate\) character\.$/,
      fix: /^Retype the text\.$/,
    },
  },
  {
    name: 'a source text that starts with a byte order mark',
    patch: (f) => (f.seed = `\uFEFF${f.seed}`),
    error: {
      file: SOURCES,
      id: 'hostile-2019-07-21',
      field: 'file',
      message: /^seeds\/hostile\.txt starts with a byte order mark\.$/,
      fix: /^Remove the BOM/,
    },
  },
];

describe('the hostile-but-legal fixture', () => {
  it('builds clean, without warnings', async () => {
    const r = await buildDataset({ rootDir: LEGAL });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.summary).toMatchObject({ sources: 1, places: 1, claims: 3, quotes: 5 });
  });

  it('keeps every hostile character exactly as written', async () => {
    const r = await buildDataset({ rootDir: LEGAL });
    const p = assemble(r.outputs).places[0]!;
    expect(p.name_en).toBe(`${SCRIPT} Town`);
    expect(p.name_ar).toBe(`بلدة\u200Cالاختبار ${IMG}`);
    expect(p.aliases).toEqual([JS, IMG]);
    const [source] = JSON.parse(r.outputs.get('data/sources.json') as string) as PublishedSource[];
    expect(source).toMatchObject({
      publication: `${SCRIPT} Gazette`,
      headline: `Checkpoint note: ${IMG}`,
      authors: ['"><svg onload=alert(1)>'],
      note: `The original was at ${JS} before it was archived.`,
    });
    const text = readFileSync(join(LEGAL, 'seeds/hostile.txt'), 'utf8');
    const quotes = p.claims.flatMap((c) => c.quotes);
    expect(quotes.map((q) => q.text)).toEqual(
      expect.arrayContaining([
        expect.stringContaining(SCRIPT),
        expect.stringContaining(IMG),
        expect.stringContaining(JS),
        expect.stringContaining('\u202Egnp.exe'),
        expect.stringContaining('40\u200B000'),
        expect.stringContaining('ISIS\uFEFFfighters'),
      ]),
    );
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(r.outputs.get('sources/hostile.txt')).toEqual(
      new Uint8Array(readFileSync(join(LEGAL, 'seeds/hostile.txt'))),
    );
    expect(r.outputs.get('data/downloads/claims.csv')).toContain(SCRIPT);
  });
});

describe('hostile data the build rejects', () => {
  it.each(REJECTED)('rejects $name', async ({ patch, error }) => {
    const r = await buildDataset({ rootDir: hostileCopy(patch) });
    expect(r.outputs.size).toBe(0);
    expect(r.errors).toEqual([
      {
        ...error,
        message: expect.stringMatching(error.message),
        fix: expect.stringMatching(error.fix),
      },
    ]);
  });

  it('reports every hostile field of one dataset in one run', async () => {
    const r = await buildDataset({
      rootDir: hostileCopy((f) => REJECTED.slice(0, 4).forEach((c) => c.patch(f))),
    });
    expect(r.errors.map((e) => [e.file, e.field])).toEqual([
      [SOURCES, 'headline'],
      [PLACES, 'name.en'],
      [CLAIMS, 'summary'],
      [CLAIMS, 'quotes[0].text'],
    ]);
  });
});
