/**
 * The citation and annotation downloads, read by real clients: the CSL-JSON validates against
 * the CSL data schema (vendored in tests/fixtures/csl-schema/), the BibTeX parses with the parser
 * behind Better BibTeX for Zotero and the RIS with citation-js, each giving back the catalogue's
 * titles, authors and dates; every annotation's selectors find their exact text in the article
 * text the build ships, counting Unicode code points; the GeoJSON passes geojsonhint (RFC 7946,
 * winding included); the CSV's columns are the data package's.
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Ajv } from 'ajv';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublishedSource } from '../../lib/data/types.ts';
import { DOWNLOAD_FILES } from '../../lib/data/downloads/files.ts';
import { cleanPublication, splitName } from '../../lib/data/downloads/reference.ts';
import { buildDataset, type BuildResult } from './build.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
const geojsonhint = require('@mapbox/geojsonhint') as {
  hint: (text: string) => { message: string }[];
};

let result: BuildResult;
let sources: PublishedSource[];
const file = (name: string) => {
  const text = result.outputs.get(`data/downloads/${name}`);
  if (typeof text !== 'string') throw new Error(`no data/downloads/${name}`);
  return text;
};

beforeAll(async () => {
  result = await buildDataset({ rootDir: ROOT });
  expect(result.errors).toEqual([]);
  sources = JSON.parse(result.outputs.get('data/sources.json') as string) as PublishedSource[];
}, 120_000);

it('publishes every download', () => {
  for (const f of DOWNLOAD_FILES) expect(() => file(f.file), f.file).not.toThrow();
});

describe('CSL-JSON', () => {
  it('validates against the CSL data schema, one item per article', () => {
    const schema = JSON.parse(
      readFileSync(join(ROOT, 'tests/fixtures/csl-schema/csl-data.json'), 'utf8'),
    ) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const items = JSON.parse(file('sources.csl.json')) as { id: string; title: string }[];
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
    expect(items.map((i) => i.id)).toEqual(sources.map((s) => s.id));
    for (const s of sources) expect(items.find((i) => i.id === s.id)?.title).toBe(s.headline);
  });

  it('the schema check can fail: a misspelt variable is rejected', () => {
    const schema = JSON.parse(
      readFileSync(join(ROOT, 'tests/fixtures/csl-schema/csl-data.json'), 'utf8'),
    ) as object;
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate([{ id: 'x', type: 'article-newspaper', 'contianer-title': 'X' }])).toBe(false);
  });
});

describe('BibTeX', () => {
  it('parses without an error and gives back titles, authors and dates', () => {
    const library = parseBibtex(file('sources.bib'), { sentenceCase: false });
    expect(library.errors).toEqual([]);
    expect(library.entries.map((e) => e.key)).toEqual(sources.map((s) => s.id));
    for (const s of sources) {
      const entry = library.entries.find((e) => e.key === s.id)!;
      expect(entry.fields.title).toBe(s.headline);
      expect(entry.fields.date).toBe(s.date);
      expect(entry.fields.year).toBe(s.date.slice(0, 4));
      const authors = (entry.fields.author ?? []).map((a) => [a.lastName, a.firstName]);
      expect(authors).toEqual(s.authors.map(splitName).map((p) => [p.family, p.given]));
      const { name } = cleanPublication(s.publication);
      expect(entry.type).toBe(name ? 'article' : 'misc');
      if (name) expect(entry.fields.journal).toBe(name);
    }
  });
});

describe('BibTeX in citation-js', () => {
  it('reads back the same titles, publications, authors and years', () => {
    const items = plugins.input.chain(file('sources.bib'), {
      forceType: '@biblatex/text',
      generateGraph: false,
    });
    expect(items.map((i) => i.id)).toEqual(sources.map((s) => s.id));
    sources.forEach((s, i) => {
      const item = items[i]!;
      expect(item.title).toBe(s.headline);
      expect(item['container-title']).toBe(cleanPublication(s.publication).name ?? undefined);
      const authors = (item.author as { family: string; given: string }[] | undefined) ?? [];
      expect(authors.map((a) => [a.family, a.given])).toEqual(
        s.authors.map(splitName).map((p) => [p.family, p.given]),
      );
      const got = (item.issued as { 'date-parts': number[][] })['date-parts'][0]!;
      expect(got).toEqual(s.date.split('-').map(Number));
    });
  });
});

describe('RIS', () => {
  it('parses with citation-js and gives back titles, authors and dates', () => {
    const text = file('sources.ris');
    expect(text).toMatch(/\r\n/);
    const records = plugins.input.chainLink(text, { forceType: '@ris/file' });
    const csl = plugins.input.chain(text, { forceType: '@ris/file', generateGraph: false });
    expect(records.map((r) => r.ID)).toEqual(sources.map((s) => s.id));
    sources.forEach((s, i) => {
      const item = csl[i]!;
      expect(item.title).toBe(s.headline);
      // citation-js reads a newspaper article's byline as CSL "reporter", as the RIS spec names it
      const names = [item.author, item.reporter].flat().filter((n) => n !== undefined);
      expect(names).toEqual(s.authors.map(splitName).map((p) => `${p.family}, ${p.given}`));
      // citation-js takes a newspaper article's date from PY (the year), other types' from DA
      const got = (item.issued as { 'date-parts': number[][] })['date-parts'][0]!;
      expect(got[0]).toBe(Number(s.date.slice(0, 4)));
      expect(s.date.split('-').map(Number).slice(0, got.length)).toEqual(got);
      // and the full date is in DA as the RIS spec writes it, YYYY/MM/DD/
      const [y, m = '', d = ''] = s.date.split('-');
      expect(records[i]!.DA).toBe(`${y}/${m}/${d}/`);
    });
  });
});

describe('Web Annotations', () => {
  interface Selector {
    type: string;
    exact?: string;
    prefix?: string;
    suffix?: string;
    start?: number;
    end?: number;
  }
  interface Annotation {
    id: string;
    target: { source: string; selector: Selector[] };
  }

  it('is one AnnotationCollection in the W3C context, one annotation per quote', () => {
    const doc = JSON.parse(file('annotations.jsonld')) as Record<string, unknown> & {
      first: { items: Annotation[] };
    };
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(result.summary!.quotes);
    expect(doc.first.items).toHaveLength(result.summary!.quotes);
    expect(new Set(doc.first.items.map((a) => a.id)).size).toBe(doc.first.items.length);
  });

  it('every selector finds its exact quote in the shipped text, in code points', () => {
    const doc = JSON.parse(file('annotations.jsonld')) as { first: { items: Annotation[] } };
    for (const a of doc.first.items) {
      // published at data/downloads/: the texts are two folders up, in sources/
      const path = new URL(a.target.source, 'http://x/data/downloads/annotations.jsonld').pathname;
      const bytes = result.outputs.get(path.slice(1));
      expect(bytes, `${a.id}: ${a.target.source} is not shipped`).toBeInstanceOf(Uint8Array);
      const points = Array.from(new TextDecoder().decode(bytes as Uint8Array));
      const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
      const position = a.target.selector.find((s) => s.type === 'TextPositionSelector')!;
      const at = points.slice(position.start, position.end).join('');
      expect(at, a.id).toBe(quote.exact);
      expect(points.slice(0, position.start).join('').endsWith(quote.prefix!), a.id).toBe(true);
      expect(points.slice(position.end).join('').startsWith(quote.suffix!), a.id).toBe(true);
    }
  });
});

describe('GeoJSON and CSV', () => {
  for (const name of ['claims.geojson', 'claim-areas.geojson', 'claim-lines.geojson']) {
    it(`${name} passes geojsonhint with no message (RFC 7946, winding included)`, () => {
      expect(geojsonhint.hint(file(name))).toEqual([]);
    });
  }

  it('the CSV header is the data package’s field list, and every row has every column', () => {
    const pkg = JSON.parse(file('datapackage.json')) as {
      resources: { path: string; schema?: { fields: { name: string }[] } }[];
    };
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(
      DOWNLOAD_FILES.map((f) => f.file).sort(),
    );
    const csv = file('claims.csv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const fields = pkg.resources.find((r) => r.path === 'claims.csv')!.schema!.fields;
    const header = csv.slice(1, csv.indexOf('\r\n')).split(',');
    expect(header).toEqual(fields.map((f) => f.name));
    const points = JSON.parse(file('claims.geojson')) as {
      features: { properties: Record<string, unknown> }[];
    };
    const geoFields = pkg.resources.find((r) => r.path === 'claims.geojson')!.schema!.fields;
    for (const f of points.features) {
      expect(Object.keys(f.properties)).toEqual(geoFields.map((g) => g.name));
    }
  });
});

describe('a source with url and archive_url, read by the same clients', () => {
  const LEGAL = resolve(ROOT, 'tests/fixtures/hostile/legal');
  // `_`, `%`, `&` and `#` are TeX specials: the BibTeX url field must keep them as they are
  const URL_ = 'https://127.0.0.1:8447/world/2019/07/21/isis_return?id=1&pct=50%25#top';
  const ARCHIVE = 'https://127.0.0.1:8444/web/20190722000000/https://127.0.0.1:8447/isis_return';
  let linked: BuildResult;
  let dir: string;
  const out = (name: string) => {
    const text = linked.outputs.get(`data/downloads/${name}`);
    if (typeof text !== 'string') throw new Error(`no data/downloads/${name}`);
    return text;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'citemap-urls-'));
    cpSync(LEGAL, dir, { recursive: true });
    const path = join(dir, 'seeds/sources.json');
    const file = JSON.parse(readFileSync(path, 'utf8')) as { sources: Record<string, unknown>[] };
    Object.assign(file.sources[0]!, { url: URL_, archive_url: ARCHIVE });
    writeFileSync(path, JSON.stringify(file, null, 2));
    linked = await buildDataset({ rootDir: dir });
    expect(linked.errors).toEqual([]);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('publishes both addresses in sources.json', () => {
    const [s] = JSON.parse(linked.outputs.get('data/sources.json') as string) as PublishedSource[];
    expect(s).toMatchObject({ url: URL_, archive_url: ARCHIVE });
  });

  it('CSL-JSON: URL, and the archived copy in note, still valid against the schema', () => {
    const schema = JSON.parse(
      readFileSync(join(ROOT, 'tests/fixtures/csl-schema/csl-data.json'), 'utf8'),
    ) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const items = JSON.parse(out('sources.csl.json')) as { URL?: string; note?: string }[];
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
    expect(items[0]!.URL).toBe(URL_);
    expect(items[0]!.note).toBe(`Archived copy: ${ARCHIVE}`);
  });

  it('BibTeX: both parsers read the url exactly and the archived copy from note', () => {
    const library = parseBibtex(out('sources.bib'), { sentenceCase: false });
    expect(library.errors).toEqual([]);
    expect(library.entries[0]!.fields.url).toBe(URL_);
    expect(library.entries[0]!.fields.note).toBe(`Archived copy: ${ARCHIVE}`);
    const [item] = plugins.input.chain(out('sources.bib'), {
      forceType: '@biblatex/text',
      generateGraph: false,
    });
    expect(item!.URL).toBe(URL_);
    expect(item!.note).toBe(`Archived copy: ${ARCHIVE}`);
  });

  it('RIS: UR is the url, L2 and a note the archived copy', () => {
    const text = out('sources.ris');
    const [record] = plugins.input.chainLink(text, { forceType: '@ris/file' });
    expect(record!.UR).toBe(URL_);
    expect(record!.L2).toBe(ARCHIVE);
    const [item] = plugins.input.chain(text, { forceType: '@ris/file', generateGraph: false });
    expect(item!.URL).toBe(URL_);
    expect(item!.note).toBe(`Archived copy: ${ARCHIVE}`);
  });

  it('the CSV and GeoJSON carry source_url and source_archive_url', () => {
    const csv = out('claims.csv');
    const header = csv.slice(1, csv.indexOf('\r\n')).split(',');
    const row = csv.split('\r\n')[1]!;
    expect(header).toContain('source_url');
    expect(row).toContain(`,${URL_},${ARCHIVE},`);
    const points = JSON.parse(out('claims.geojson')) as {
      features: { properties: Record<string, unknown> }[];
    };
    expect(points.features[0]!.properties).toMatchObject({
      source_url: URL_,
      source_archive_url: ARCHIVE,
    });
  });
});
