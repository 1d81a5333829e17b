import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { insideProject, isProjectFile } from './paths.ts';

const work = mkdtempSync(join(tmpdir(), 'citemap-paths-'));
const root = join(work, 'project');
mkdirSync(join(root, 'data/briefings'), { recursive: true });
mkdirSync(join(work, 'elsewhere'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('isProjectFile', () => {
  it('accepts the curated files and briefings named by an id, nothing else', () => {
    for (const ok of [
      'data/places.json',
      'data/claims.json',
      'seeds/sources.json',
      'data/briefings/isis-return-2019.json',
    ]) {
      expect(isProjectFile(ok), ok).toBe(true);
    }
    for (const no of [
      'data/briefings/../../x.json',
      'data/briefings/Tour.json',
      'data/briefings/a/b.json',
      'data/briefings/.json',
      '/data/places.json',
      './data/places.json',
      'data/places.json ',
      'seeds/SHA256SUMS',
      'package.json',
      42,
    ]) {
      expect(isProjectFile(no), String(no)).toBe(false);
    }
  });
});

describe('insideProject', () => {
  it('resolves a plain path inside the project', () => {
    expect(insideProject(root, 'data/claims.json')).toBe(join(root, 'data/claims.json'));
  });

  it.each([
    '../x.json',
    'data/briefings/../../x.json',
    'data/../../elsewhere/x',
    '/etc/passwd',
    join(root, 'data/claims.json'),
    '',
    '.',
    'data\\..\\..\\x',
    'data/\0x',
  ])('refuses %j', (rel) => {
    expect(() => insideProject(root, rel)).toThrow(/outside the project folder/);
  });

  it('refuses a path through a symlinked folder or onto a symlinked file', () => {
    symlinkSync(join(work, 'elsewhere'), join(root, 'data/briefings/linked'));
    expect(() => insideProject(root, 'data/briefings/linked/x.json')).toThrow(/outside/);
    writeFileSync(join(work, 'elsewhere/target.json'), '{}');
    symlinkSync(join(work, 'elsewhere/target.json'), join(root, 'data/briefings/tour.json'));
    expect(() => insideProject(root, 'data/briefings/tour.json')).toThrow(/outside/);
    // A dangling link is refused too: writing through it would create its target.
    symlinkSync(join(work, 'elsewhere/none.json'), join(root, 'data/briefings/dangling.json'));
    expect(() => insideProject(root, 'data/briefings/dangling.json')).toThrow(/outside/);
  });
});
