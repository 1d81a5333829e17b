import { describe, expect, it } from 'vitest';
import { annotationsJsonld } from './annotations';
import { bibtexEntry, texEscape } from './bibtex';
import { cslItem } from './csl';
import { claimsCsv, csvField } from './csv';
import { datapackageJson } from './datapackage';
import { CSV_FIELDS } from './fields';
import { DOWNLOAD_FILES, downloadFiles } from './files';
import { claimsGeojson } from './geojson';
import { cleanPublication, referenceOf, splitName } from './reference';
import { risEntry } from './ris';
import { claimRows } from './rows';
import { makeDownloadSet, TEXT_A } from './test-set';

describe('csv', () => {
  it('quotes a field with a comma, quote or line break and doubles its quotes (RFC 4180)', () => {
    expect(csvField('attack')).toBe('attack');
    expect(csvField('5,000')).toBe('"5,000"');
    expect(csvField('he said "no"')).toBe('"he said ""no"""');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField(null)).toBe('');
    expect(csvField(false)).toBe('false');
  });

  it('writes a BOM, the dictionary’s header, CRLF rows with lon, lat and WKT', () => {
    const csv = claimsCsv(claimRows(makeDownloadSet()));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(CSV_FIELDS.map((f) => f.name).join(','));
    expect(lines).toHaveLength(5 + 2);
    expect(lines.at(-1)).toBe('');
    expect(lines[1]).toContain(
      ',44.39,35.47,POINT (44.39 35.47),attack,"An explosion, in Kirkuk.",',
    );
    expect(lines[1]).toContain(',"An explosion, in ""Kirkuk"", killed 5,000 and 7,000 people.",');
    expect(lines[1]).toContain(',people killed,5000,7000,"5,000 and 7,000",other');
  });

  it('keeps a quote that starts like a formula exactly (evidence is not altered)', () => {
    const text = '=HYPERLINK("x")';
    const texts = new Map(makeDownloadSet().texts).set('a', `${TEXT_A} ${text}`);
    const set = makeDownloadSet({ texts });
    set.claims[1]!.quotes[0] = {
      source: 'a',
      text,
      start: TEXT_A.length + 1,
      end: TEXT_A.length + 1 + text.length,
    };
    expect(claimsCsv(claimRows(set))).toContain(',"=HYPERLINK(""x"")",');
  });
});

describe('geojson', () => {
  const rows = () => claimRows(makeDownloadSet());
  const parse = (s: string) =>
    JSON.parse(s) as {
      features: {
        geometry: { type: string; coordinates: unknown };
        properties: Record<string, unknown>;
      }[];
    };

  it('draws every row as a Point at its anchor, with flat scalar properties', () => {
    const fc = parse(claimsGeojson(rows(), 'Point'));
    expect(fc.features).toHaveLength(5);
    expect(fc.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [44.39, 35.47] });
    for (const f of fc.features) {
      for (const v of Object.values(f.properties))
        expect(v === null || typeof v !== 'object').toBe(true);
      expect(f.properties).not.toHaveProperty('lon');
    }
  });

  it('draws the rows at areas as MultiPolygons and has no line where there is none', () => {
    const fc = parse(claimsGeojson(rows(), 'MultiPolygon'));
    expect(fc.features.map((f) => f.geometry.type)).toEqual(['MultiPolygon', 'MultiPolygon']);
    expect(fc.features[0]!.properties.place_id).toBe('kirkuk-province');
    expect(parse(claimsGeojson(rows(), 'MultiLineString')).features).toEqual([]);
  });

  it('writes one feature per line', () => {
    const text = claimsGeojson(rows(), 'Point');
    expect(text.split('\n').filter((l) => l.includes('"Feature"'))).toHaveLength(5);
  });
});

describe('references', () => {
  it('keeps our note apart from the publication and drops an unknown one', () => {
    expect(cleanPublication('The Christian Science Monitor (Associated Press story)')).toEqual({
      name: 'The Christian Science Monitor',
      note: 'Associated Press story',
    });
    expect(cleanPublication('Unknown (a web rewrite; no masthead)')).toEqual({
      name: null,
      note: 'a web rewrite; no masthead',
    });
    expect(cleanPublication('The Washington Post')).toEqual({
      name: 'The Washington Post',
      note: null,
    });
  });

  it('splits a byline name at its last word', () => {
    expect(splitName('Louisa Loveluck')).toEqual({ family: 'Loveluck', given: 'Louisa' });
    expect(splitName('Reuters')).toEqual({ family: 'Reuters', given: '' });
  });

  it('keeps a date at its precision', () => {
    const set = makeDownloadSet();
    expect(referenceOf(set.sources.get('a')!).dateParts).toEqual([2019, 7, 21]);
    expect(referenceOf(set.sources.get('b')!).dateParts).toEqual([2019, 7]);
  });

  it('CSL-JSON: a newspaper article with authors, an unknown venue as a plain article', () => {
    const set = makeDownloadSet();
    expect(cslItem(set.sources.get('a')!)).toMatchObject({
      type: 'article-newspaper',
      'container-title': 'The Washington Post',
      author: [
        { family: 'Loveluck', given: 'Louisa' },
        { family: 'Salim', given: 'Mustafa' },
      ],
      issued: { 'date-parts': [[2019, 7, 21]] },
    });
    const b = cslItem(set.sources.get('b')!);
    expect(b.type).toBe('article');
    expect(b).not.toHaveProperty('container-title');
    expect(b).not.toHaveProperty('author');
  });

  it('BibTeX: escapes TeX specials and braces the title', () => {
    expect(texEscape('50% & {x}_#$')).toBe('50\\% \\& \\{x\\}\\_\\#\\$');
    const b = bibtexEntry(makeDownloadSet().sources.get('b')!);
    expect(b).toMatch(/^@misc\{b,\n/);
    expect(b).toContain('title = {{Blast \\& "fear" in \\{Kirkuk\\}}}');
    expect(b).toContain('month = jul');
    expect(b).not.toContain('journal');
  });

  it('RIS: NEWS with AU per author and DA at its precision, CRLF', () => {
    const set = makeDownloadSet();
    const a = risEntry(set.sources.get('a')!);
    expect(a.split('\r\n')).toEqual([
      'TY  - NEWS',
      'ID  - a',
      'AU  - Loveluck, Louisa',
      'AU  - Salim, Mustafa',
      'TI  - ISIS militants return to Iraq, continue fight',
      'T2  - The Washington Post',
      'PY  - 2019',
      'DA  - 2019/07/21/',
      'LA  - en',
      'ER  - ',
      '',
    ]);
    expect(risEntry(set.sources.get('b')!)).toContain('TY  - GEN\r\n');
    expect(risEntry(set.sources.get('b')!)).toContain('DA  - 2019/07//\r\n');
  });
});

describe('a source’s url and archive_url', () => {
  const URL_ = 'https://127.0.0.1:8447/world/isis_return?a=1&b=50%25#top';
  const ARCHIVE = 'https://127.0.0.1:8444/web/2019/https://127.0.0.1:8447/{x}';
  const linked = () => {
    const set = makeDownloadSet();
    const a = set.sources.get('a')!;
    const ap = { ...a, publication: 'The Post (Associated Press story)' };
    return { ...ap, url: URL_, archive_url: ARCHIVE };
  };

  it('CSL-JSON: URL, and the archived copy as a line of note after ours', () => {
    expect(cslItem(linked())).toMatchObject({
      URL: URL_,
      note: `Associated Press story\nArchived copy: ${ARCHIVE}`,
    });
    const plain = cslItem(makeDownloadSet().sources.get('a')!);
    expect(plain).not.toHaveProperty('URL');
    expect(plain).not.toHaveProperty('note');
  });

  it('BibTeX: url verbatim (braces percent-encoded), the archived copy escaped in note', () => {
    const b = bibtexEntry(linked());
    expect(b).toContain(`  url = {${URL_}},\n`);
    expect(b).toContain(
      'note = {Associated Press story. Archived copy: https://127.0.0.1:8444/web/2019/https://127.0.0.1:8447/\\{x\\}}',
    );
    expect(bibtexEntry({ ...linked(), url: 'https://x.org/{a}\\b' })).toContain(
      'url = {https://x.org/%7Ba%7D%5Cb}',
    );
    expect(bibtexEntry(makeDownloadSet().sources.get('a')!)).not.toMatch(/url|note/);
  });

  it('RIS: UR the url, L2 and a note the archived copy', () => {
    const lines = risEntry(linked()).split('\r\n');
    expect(lines.slice(-6)).toEqual([
      'UR  - ' + URL_,
      'L2  - ' + ARCHIVE,
      'N1  - Associated Press story',
      'N1  - Archived copy: ' + ARCHIVE,
      'ER  - ',
      '',
    ]);
  });

  it('rows: source_url and source_archive_url, empty when the catalogue has none', () => {
    const base = makeDownloadSet();
    const set = makeDownloadSet({ sources: new Map(base.sources).set('a', linked()) });
    const rows = claimRows(set).map((r) => r.row);
    expect(rows[0]).toMatchObject({ source_url: URL_, source_archive_url: ARCHIVE });
    expect(rows[1]).toMatchObject({ source_url: null, source_archive_url: null });
    const csv = claimsCsv(claimRows(set)).split('\r\n');
    expect(csv[0]).toContain(',source_text,source_url,source_archive_url,');
    expect(csv[1]).toContain(`,sources/a.txt,${URL_},${ARCHIVE},`);
    expect(csv[2]).toContain(',sources/b.txt,,,');
  });
});

describe('annotations', () => {
  type Doc = {
    total: number;
    first: {
      items: { id: string; target: { source: string; selector: Record<string, unknown>[] } }[];
    };
  };

  it('selects each quote by its exact text and its code-point position', () => {
    const doc = JSON.parse(annotationsJsonld(makeDownloadSet(), '../../', 'test')) as Doc;
    expect(doc.total).toBe(3);
    const first = doc.first.items[0]!;
    expect(first.id).toBe('#blast/quotes/1');
    expect(first.target.source).toBe('../../sources/a.txt');
    const [quote, position] = first.target.selector as [
      { exact: string; prefix: string; suffix: string },
      { start: number; end: number },
    ];
    const points = Array.from(TEXT_A);
    expect(points.slice(position.start, position.end).join('')).toBe(quote.exact);
    expect(position.start).toBe(TEXT_A.indexOf('An explosion') - 1);
    expect(quote.prefix).toBe('😀 Intro. ');
    expect(quote.suffix).toBe(' The end.');
  });

  it('addresses the texts absolutely from the app, and keeps only the filtered quotes', () => {
    const set = makeDownloadSet({ keep: { place: () => true, quote: (c) => c.id === 'other' } });
    const doc = JSON.parse(annotationsJsonld(set, 'https://127.0.0.1:8450/map/', 'test')) as Doc;
    expect(doc.first.items.map((a) => [a.id, a.target.source])).toEqual([
      ['#other/quotes/1', 'https://127.0.0.1:8450/map/sources/a.txt'],
    ]);
  });
});

describe('downloadFiles', () => {
  it('makes every download, named as asked, describing each in the data package', () => {
    const files = downloadFiles(makeDownloadSet(), {
      name: (f) => `citemap-filtered-${f.file}`,
      textBase: '../../',
      scope: 'test',
    });
    expect([...files.keys()]).toEqual(DOWNLOAD_FILES.map((f) => `citemap-filtered-${f.file}`));
    const pkg = JSON.parse(files.get('citemap-filtered-datapackage.json')!) as {
      resources: { name: string; path: string }[];
    };
    expect(pkg.resources.map((r) => r.path)).toEqual([...files.keys()]);
  });

  it('lists only the sources the filtered rows quote', () => {
    const set = makeDownloadSet({ keep: { place: () => true, quote: (_c, i) => i === 0 } });
    const files = downloadFiles(set, { textBase: '', scope: 'test' });
    expect(JSON.parse(files.get('sources.csl.json')!).map((i: { id: string }) => i.id)).toEqual([
      'a',
    ]);
    expect(files.get('sources.bib')).not.toContain('@misc{b');
  });

  it('states units and the row grain in the data package', () => {
    const pkg = JSON.parse(datapackageJson(DOWNLOAD_FILES, (f) => f.file, 'x')) as {
      resources: {
        name: string;
        description: string;
        schema?: { fields: { name: string; unit?: string; type: string }[] };
      }[];
    };
    const csv = pkg.resources.find((r) => r.name === 'csv')!;
    expect(csv.description).toMatch(/One row per claim × place × quote/);
    const field = (n: string) => csv.schema!.fields.find((f) => f.name === n)!;
    expect(field('quote_start')).toMatchObject({ type: 'integer', unit: 'Unicode code points' });
    expect(field('lon')).toMatchObject({ type: 'number', unit: 'decimal degrees' });
    expect(field('occurred_start').type).toBe('date');
    expect(field('source_url')).toMatchObject({
      type: 'string',
      format: 'uri',
      constraints: { required: false },
    });
    expect(field('source_archive_url')).toMatchObject({ format: 'uri' });
  });
});
