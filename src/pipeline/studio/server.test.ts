/**
 * The studio endpoint on a real Vite dev server (createServer, a random loopback port) editing
 * a temporary project made by `npm run new`: every refusal, and save → verify → write →
 * publish, stale writes, failed verification kept as a draft, one claim = one hunk, undo.
 */
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { check } from 'prettier';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  STUDIO_BASE,
  STUDIO_MAX_BODY,
  STUDIO_TOKEN_HEADER,
  type ProjectSnapshot,
  type SaveRequest,
} from '../../lib/data/studio-api.ts';
import { newProject } from '../project/new.ts';
import { formatFile } from './format.ts';
import { citemapStudio } from './plugin.ts';
import { TEXT, claim, place, source } from './fixtures.ts';

let work: string;
let project: string;
let publishDir: string;
let server: ViteDevServer;
let port: number;
let token: string;

interface Reply {
  status: number;
  json: Record<string, unknown> & { ok?: boolean; error?: string };
}

function call(
  method: string,
  path: string,
  options: { body?: string | Buffer; headers?: Record<string, string> } = {},
): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: `${STUDIO_BASE}${path}`,
        headers: {
          host: `127.0.0.1:${port}`,
          [STUDIO_TOKEN_HEADER]: token,
          ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: Reply['json'];
          try {
            json = JSON.parse(text) as Reply['json'];
          } catch {
            json = { error: text };
          }
          done({ status: res.statusCode ?? 0, json });
        });
      },
    );
    // The server may answer (413) and close before the whole body is sent.
    req.on('error', (e) =>
      e.message.includes('EPIPE') || e.message.includes('ECONNRESET') ? undefined : fail(e),
    );
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const post = (path: string, body: unknown, headers?: Record<string, string>) =>
  call('POST', path, { body: JSON.stringify(body), ...(headers ? { headers } : {}) });

/** Every file of the project (but the studio's own folder) → its hash. */
function tree(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.name === '.citemap') continue;
      if (e.isDirectory()) walk(path);
      else
        out.set(
          relative(project, path),
          createHash('sha256').update(readFileSync(path)).digest('hex'),
        );
    }
  };
  walk(project);
  return out;
}

async function snapshot(): Promise<ProjectSnapshot> {
  const r = await call('GET', '/project');
  expect(r.status).toBe(200);
  return r.json as unknown as ProjectSnapshot;
}

const version = (s: ProjectSnapshot, file: keyof ProjectSnapshot['files']) =>
  s.files[file]?.version ?? null;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'citemap-studio-'));
  project = join(work, 'my-map');
  publishDir = join(work, 'public');
  await newProject(project);
  const site = join(work, 'site');
  mkdirSync(site);
  writeFileSync(
    join(site, 'index.html'),
    '<!doctype html><html><head><title>t</title></head><body></body></html>',
  );
  server = await createServer({
    configFile: false,
    root: site,
    logLevel: 'silent',
    plugins: [citemapStudio({ root: project, publishDir })],
    server: { host: '127.0.0.1', port: 0, strictPort: true, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  await server.listen();
  port = (server.httpServer!.address() as AddressInfo).port;
  const html = await (await fetch(`http://127.0.0.1:${port}/`)).text();
  token = /<meta name="citemap-studio-token" content="([0-9a-f]+)"/.exec(html)?.[1] ?? '';
}, 60_000);

afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the token', () => {
  it('is written into the page: 32 random bytes', () => {
    expect(token).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('refusals', () => {
  it('refuses a request without the token, or with a wrong one', async () => {
    expect((await call('GET', '/project', { headers: { [STUDIO_TOKEN_HEADER]: '' } })).status).toBe(
      403,
    );
    const wrong = await call('GET', '/project', {
      headers: { [STUDIO_TOKEN_HEADER]: 'f'.repeat(64) },
    });
    expect(wrong.status).toBe(403);
    expect(wrong.json.error).toMatch(/token/);
  });

  it('refuses a Host other than the dev server’s own host:port (DNS rebinding)', async () => {
    for (const host of [
      'evil.invalid:80',
      `evil.invalid:${port}`,
      `127.0.0.1:${port + 1}`,
      'localhost',
    ]) {
      const r = await call('GET', '/project', { headers: { host } });
      expect(r.status, host).toBe(403);
    }
    expect((await call('GET', '/project', { headers: { host: `localhost:${port}` } })).status).toBe(
      200,
    );
  });

  it('refuses an Origin other than the page’s own', async () => {
    for (const origin of [
      'http://evil.invalid',
      `http://127.0.0.1:${port + 1}`,
      'null',
      `https://127.0.0.1:${port}`,
    ]) {
      const r = await call('GET', '/project', { headers: { origin } });
      expect(r.status, origin).toBe(403);
      expect(r.json.error).toMatch(/comes from/);
    }
    expect(
      (await call('GET', '/project', { headers: { origin: `http://127.0.0.1:${port}` } })).status,
    ).toBe(200);
  });

  it('refuses a body that is not JSON', async () => {
    const r = await call('POST', '/extract', {
      body: 'html=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(r.status).toBe(415);
    const broken = await call('POST', '/extract', { body: '{"html": ' });
    expect(broken.status).toBe(400);
    expect(broken.json.error).toMatch(/not valid JSON/);
  });

  it('refuses a body over the cap with a clear 413, and reads no further', async () => {
    const big = Buffer.alloc(STUDIO_MAX_BODY + 1024, 0x20);
    const r = await call('POST', '/extract', { body: big });
    expect(r.status).toBe(413);
    expect(r.json.error).toMatch(/larger than the studio accepts \(20 MB\)/);
  });

  it('refuses a 10 MB paste and a binary file as an article, and stores nothing', async () => {
    const before = tree();
    const paste = await post('/extract', { html: `<p>${'word '.repeat(2_000_000)}</p>` });
    expect(paste.status).toBe(400);
    expect(paste.json.error).toMatch(/characters long/);
    const pdf = await post('/extract', { html: '%PDF-1.7\u0000\u0001binary' });
    expect(pdf.status).toBe(400);
    expect(pdf.json.error).toMatch(/not text/);
    const bidi = await post('/recognise', { text: 'Qaim \u202Eevil' });
    expect(bidi.status).toBe(400);
    expect(bidi.json.error).toMatch(/bidirectional control U\+202E/);
    expect(tree()).toEqual(before);
  });

  it('refuses ids that are not in the documented form and paths outside the project', async () => {
    const s = await snapshot();
    const before = tree();
    const attempts: unknown[] = [
      { file: '../x.json' },
      { file: '/etc/passwd' },
      { file: `${project}/data/claims.json` },
      { file: 'data/briefings/../../x.json' },
      { file: 'data/briefings/Tour.json' },
      { file: 'data/other.json' },
      { file: 'seeds/SHA256SUMS' },
    ];
    for (const change of attempts) {
      const r = await post('/save', {
        label: 'x',
        changes: [{ baseVersion: null, json: {}, ...(change as object) }],
      });
      expect(r.status, JSON.stringify(change)).toBe(400);
      expect(r.json.error).toMatch(/not a file the studio writes/);
    }
    const badId = await post('/save', {
      label: 'x',
      changes: [],
      texts: [{ sourceId: '../../x', text: 'Some text.' }],
    });
    expect(badId.status).toBe(400);
    expect(badId.json.error).toMatch(/is not an id/);
    expect((await post('/reanchor', { sourceId: 'A B', text: 'x' })).status).toBe(400);
    expect(version(await snapshot(), 'data/claims.json')).toBe(version(s, 'data/claims.json'));
    expect(tree()).toEqual(before);
  });

  it('refuses to write through a symlinked folder that leads outside the project', async () => {
    const outside = join(work, 'outside');
    mkdirSync(outside);
    const briefings = join(project, 'data/briefings');
    rmSync(briefings, { recursive: true });
    symlinkSync(outside, briefings);
    try {
      const r = await post('/save', {
        label: 'x',
        changes: [{ file: 'data/briefings/tour.json', baseVersion: null, json: { id: 'tour' } }],
      });
      expect(r.status).toBe(403);
      expect(r.json.error).toMatch(/outside the project folder/);
      expect(readdirSync(outside)).toEqual([]);
    } finally {
      rmSync(briefings);
      mkdirSync(briefings);
    }
  });
});

describe('the read endpoints', () => {
  it('GET /project: an empty project, with the sha256 of each file as its version', async () => {
    const s = await snapshot();
    expect(s.name).toBe('my-map');
    expect(s.empty).toBe(true);
    const bytes = readFileSync(join(project, 'data/claims.json'));
    expect(s.files['data/claims.json']).toEqual({
      version: createHash('sha256').update(bytes).digest('hex'),
      json: { $schema: './schema/claims.schema.json', claims: [] },
    });
    expect(s.texts).toEqual({});
    expect(s.drafts).toEqual([]);
  });

  it('POST /extract: the article’s text, paragraphs kept, no script run or kept', async () => {
    const html = `<!doctype html><html lang="en"><head><title>Border town attacked</title>
      <script>globalThis.ran = true; document.write('INJECTED')</script></head><body>
      <nav>Home | World</nav><article><h1>Border town attacked</h1>
      <p>By <span class="byline">A. Writer</span></p>
      <p>Militants crossed into al-Qa’im on Sunday, officials said, in the third such raid this month.</p>
      <p>The town lies on the Euphrates, a short drive from the Syrian border, and has long been contested.</p>
      <script>alert('x')</script></article></body></html>`;
    const r = await post('/extract', { html });
    expect(r.status).toBe(200);
    const text = r.json.text as string;
    expect(text).toContain(
      'Militants crossed into al-Qa’im on Sunday, officials said, in the third such raid this month.\n\nThe town lies',
    );
    expect(text).not.toMatch(/INJECTED|alert|globalThis/);
    expect((globalThis as { ran?: boolean }).ran).toBeUndefined();
    expect(r.json.title).toBe('Border town attacked');
    expect(r.json.lang).toBe('en');
  });

  it('GET /gazetteer: by an Arabic name, with country and province', async () => {
    const r = await call('GET', `/gazetteer?q=${encodeURIComponent('بيجي')}&limit=3`);
    expect(r.status).toBe(200);
    const [hit] = r.json.hits as { ref: unknown; country: string; provinceName: string }[];
    expect(hit).toMatchObject({
      ref: { from: 'geonames', geonames_id: 97783 },
      country: 'IQ',
      provinceName: 'Salah ad-Din',
    });
  });
});

describe('saving', () => {
  const request = (s: ProjectSnapshot, summaries: string[]): SaveRequest => ({
    label: 'Add the first source, place and claims',
    changes: [
      {
        file: 'seeds/sources.json',
        baseVersion: version(s, 'seeds/sources.json'),
        json: { $schema: '../data/schema/sources.schema.json', sources: [source('alpha')] },
      },
      {
        file: 'data/places.json',
        baseVersion: version(s, 'data/places.json'),
        json: { $schema: './schema/places.schema.json', places: [place()] },
      },
      {
        file: 'data/claims.json',
        baseVersion: version(s, 'data/claims.json'),
        json: {
          $schema: './schema/claims.schema.json',
          claims: summaries.map((summary, i) => claim(`claim-${i}`, summary)),
        },
      },
    ],
    texts: [{ sourceId: 'alpha', text: TEXT, html: `<html><body><p>${TEXT}</p></body></html>` }],
  });

  let first: ProjectSnapshot;

  it('verifies, writes stably formatted files, stores the text byte-for-byte, and publishes', async () => {
    first = await snapshot();
    const r = await post('/save', request(first, ['One.', 'Two.', 'Three.']));
    expect(r.json.error).toBeUndefined();
    expect(r.status).toBe(200);
    expect(r.json.published).toBe(true);
    const text = readFileSync(join(project, 'seeds/alpha.txt'));
    expect(text.equals(Buffer.from(TEXT))).toBe(true);
    const hash = createHash('sha256').update(text).digest('hex');
    expect(readFileSync(join(project, 'seeds/SHA256SUMS'), 'utf8')).toBe(`${hash}  alpha.txt\n`);
    expect(readFileSync(join(project, 'seeds/alpha.html'), 'utf8')).toContain(TEXT);
    const sources = JSON.parse(readFileSync(join(project, 'seeds/sources.json'), 'utf8')) as {
      sources: { file: string; sha256: string }[];
    };
    expect(sources.sources[0]).toMatchObject({ file: 'alpha.txt', sha256: hash });
    for (const file of ['data/places.json', 'data/claims.json', 'seeds/sources.json'] as const) {
      const bytes = readFileSync(join(project, file), 'utf8');
      expect(await formatFile(file, JSON.parse(bytes)), file).toBe(bytes);
      expect((r.json.versions as Record<string, string>)[file]).toBe(
        createHash('sha256').update(bytes).digest('hex'),
      );
    }
    for (const file of ['data/places.json', 'data/claims.json']) {
      expect(
        await check(readFileSync(join(project, file), 'utf8'), { parser: 'json', printWidth: 100 }),
        file,
      ).toBe(true);
    }
    const claims = readFileSync(join(project, 'data/claims.json'), 'utf8');
    expect(claims).toMatch(
      /"id": "claim-0",\n {6}"places": \["qaim"\],\n {6}"category": "attack",/,
    );
    const published = JSON.parse(readFileSync(join(publishDir, 'data/places.geojson'), 'utf8')) as {
      features: unknown[];
    };
    expect(published.features).toHaveLength(1);
    expect(readFileSync(join(publishDir, 'sources/alpha.txt'), 'utf8')).toBe(TEXT);
    const s = await snapshot();
    expect(s.empty).toBe(false);
    expect(s.texts).toEqual({ alpha: TEXT });
  });

  it('refuses a stale write with 409, naming the file, and writes nothing', async () => {
    const before = tree();
    const r = await post('/save', request(first, ['Stale.']));
    expect(r.status).toBe(409);
    expect(r.json.stale).toEqual(['seeds/sources.json', 'data/places.json', 'data/claims.json']);
    expect(tree()).toEqual(before);
  });

  it('keeps a save that fails verification as a draft, and leaves every file byte-identical', async () => {
    const s = await snapshot();
    const before = tree();
    const published = readFileSync(join(publishDir, 'data/claim-index.json'));
    const broken = claim('claim-9', 'Nine.');
    broken.quotes[0]!.text = 'words the article never says';
    const claims = (s.files['data/claims.json']!.json as { claims: unknown[] }).claims;
    const r = await post('/save', {
      label: 'Add claim-9',
      changes: [
        {
          file: 'data/claims.json',
          baseVersion: version(s, 'data/claims.json'),
          json: { $schema: './schema/claims.schema.json', claims: [...claims, broken] },
        },
      ],
    });
    expect(r.status).toBe(422);
    expect(r.json.problems).toEqual([
      expect.objectContaining({
        file: 'data/claims.json',
        id: 'claim-9',
        field: 'quotes.0.text',
        message: expect.stringMatching(/not found verbatim/),
        fix: expect.any(String),
      }),
    ]);
    expect(tree()).toEqual(before);
    expect(readFileSync(join(publishDir, 'data/claim-index.json')).equals(published)).toBe(true);
    const drafts = (await snapshot()).drafts;
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ label: 'Add claim-9', problems: r.json.problems });
    expect(JSON.stringify(drafts[0]!.request)).toContain('words the article never says');
    const gone = await post('/drafts/discard', { id: drafts[0]!.id });
    expect(gone.status).toBe(200);
    expect((await snapshot()).drafts).toEqual([]);
    expect((await post('/drafts/discard', { id: drafts[0]!.id })).status).toBe(404);
    expect((await post('/drafts/discard', { id: '../../data/claims' })).status).toBe(400);
    expect(tree()).toEqual(before);
  });

  it('changes one block of lines in data/claims.json when one claim is edited (one hunk)', async () => {
    const s = await snapshot();
    const json = structuredClone(s.files['data/claims.json']!.json) as {
      claims: { summary: string }[];
    };
    json.claims[1]!.summary = 'Two, corrected.';
    const before = readFileSync(join(project, 'data/claims.json'), 'utf8').split('\n');
    const r = await post('/save', {
      label: 'Edit claim-1',
      changes: [{ file: 'data/claims.json', baseVersion: version(s, 'data/claims.json'), json }],
    });
    expect(r.status).toBe(200);
    const after = readFileSync(join(project, 'data/claims.json'), 'utf8').split('\n');
    expect(after.length).toBe(before.length);
    const changed = after.map((line, i) => (line === before[i] ? -1 : i)).filter((i) => i >= 0);
    expect(changed).toHaveLength(1);
    expect(after[changed[0]!]).toContain('Two, corrected.');
  });

  it('undoes the last saves, one at a time, back to the empty project', async () => {
    const edited = tree();
    const u1 = await post('/undo', {});
    expect(u1.status).toBe(200);
    expect(u1.json.label).toBe('Edit claim-1');
    expect(readFileSync(join(project, 'data/claims.json'), 'utf8')).toContain('"Two."');
    expect(tree()).not.toEqual(edited);
    const u2 = await post('/undo', {});
    expect(u2.json.label).toBe('Add the first source, place and claims');
    expect(existsSync(join(project, 'seeds/alpha.txt'))).toBe(false);
    const s = await snapshot();
    expect(s.empty).toBe(true);
    expect(version(s, 'data/claims.json')).toBe(version(first, 'data/claims.json'));
    const u3 = await post('/undo', {});
    expect(u3.status).toBe(409);
    expect(u3.json.error).toMatch(/Nothing to undo/);
  });
});
