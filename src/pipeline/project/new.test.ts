import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../data/build.ts';
import { newProject } from './new.ts';

const REPO = resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'citemap-new-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('newProject', () => {
  const root = join(work, 'my-map');

  it('lays out an empty project whose $schema paths resolve', async () => {
    await newProject(root);
    for (const file of ['data/places.json', 'data/claims.json', 'seeds/sources.json']) {
      const json = JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>;
      const schema = resolve(dirname(join(root, file)), json.$schema as string);
      expect(existsSync(schema), `${file} → ${json.$schema as string}`).toBe(true);
      expect(Object.values(json).filter(Array.isArray)).toEqual([[]]);
    }
    expect(readdirSync(join(root, 'data/briefings'))).toEqual([]);
    expect(readFileSync(join(root, 'seeds/SHA256SUMS'), 'utf8')).toBe('');
    expect(readFileSync(join(root, '.gitignore'), 'utf8')).toBe('.citemap/\n*.tmp\n');
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toMatch(/CITEMAP_PROJECT=/);
  });

  it('builds to an empty published map, with warnings, not errors', async () => {
    const out = join(work, 'out');
    const r = await buildDataset({ rootDir: root, outDir: out });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([
      'seeds/sources.json has no sources yet: the published map shows none.',
      'data/places.json has no places yet: the published map shows none.',
      'data/claims.json has no claims yet: the published map shows none.',
    ]);
    const places = JSON.parse(readFileSync(join(out, 'data/places.geojson'), 'utf8')) as {
      features: unknown[];
    };
    expect(places.features).toEqual([]);
  });

  it('refuses a folder that has anything in it, and a file', async () => {
    const full = join(work, 'full');
    mkdirSync(full);
    writeFileSync(join(full, 'notes.txt'), 'mine');
    await expect(newProject(full)).rejects.toThrow(/is not empty/);
    expect(readdirSync(full)).toEqual(['notes.txt']);
    await expect(newProject(join(full, 'notes.txt'))).rejects.toThrow(/is a file/);
    await expect(newProject(root)).rejects.toThrow(/is not empty/);
  });

  it('is what `npm run data` builds when CITEMAP_PROJECT names it', () => {
    const out = join(work, 'cli-out');
    const log = execFileSync('npx', ['tsx', 'src/pipeline/data/build.ts', '--out', out], {
      cwd: REPO,
      env: { ...process.env, CITEMAP_PROJECT: root },
      encoding: 'utf8',
    });
    expect(log).toMatch(/✓ data: 0 sources, 0 places, 0 claims/);
    expect(existsSync(join(out, 'data/claim-index.json'))).toBe(true);
  });
});
