/**
 * Killing the dev server mid-save loses nothing: a child process saves in a loop (the studio's
 * own save, two files each time) and is killed with SIGKILL at seeded random moments. After
 * each kill every curated file parses and is the old or the new version, never torn; and the
 * recovery the next server runs first (the journal) leaves both files at the same version.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { mulberry32 } from '../../lib/data/random.ts';
import { newProject } from '../project/new.ts';
import { TEXT, claim, place, source } from './fixtures.ts';
import { recover } from './journal.ts';
import { versionOf, type Project } from './project.ts';
import { save } from './save.ts';

const work = mkdtempSync(join(tmpdir(), 'citemap-crash-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const RUNS = 8;

const url = (file: string) => pathToFileURL(join(import.meta.dirname, file)).href;

/** The save loop, as the child runs it: version i writes "Version i." into both files. */
const CHILD = `
import { save } from ${JSON.stringify(url('save.ts'))};
import { versionOf } from ${JSON.stringify(url('project.ts'))};
import { claim, place } from ${JSON.stringify(url('fixtures.ts'))};
const project = JSON.parse(process.env.PROJECT);
for (let i = Number(process.env.FROM); ; i++) {
  const c = claim('raid', 'Version ' + i + '.');
  const p = { ...place(), note: 'Version ' + i + '.' };
  await save(project, {
    label: 'v' + i,
    changes: [
      { file: 'data/claims.json', baseVersion: versionOf(project, 'data/claims.json'), json: { claims: [c] } },
      { file: 'data/places.json', baseVersion: versionOf(project, 'data/places.json'), json: { places: [p] } },
    ],
  });
  process.stdout.write('saved ' + i + '\\n');
}
`;

function versionIn(project: Project, file: string, pattern: RegExp): number {
  const json = JSON.parse(readFileSync(join(project.root, file), 'utf8')) as unknown;
  const m = pattern.exec(JSON.stringify(json));
  return Number(m?.[1]);
}

/** Runs the loop from `from`, kills it `delay` ms after its first save; the last version saved. */
function runAndKill(project: Project, from: number, delay: number): Promise<number> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD], {
      // Each write step paused, so the kills land between the files of one save too.
      env: {
        ...process.env,
        PROJECT: JSON.stringify(project),
        FROM: String(from),
        CITEMAP_STUDIO_STEP_MS: '300',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let last = from - 1;
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      for (const m of chunk.toString().matchAll(/saved (\d+)/g)) last = Number(m[1]);
      timer ??= setTimeout(() => child.kill('SIGKILL'), delay);
    });
    child.on('exit', () => {
      clearTimeout(timer);
      done(last);
    });
  });
}

it('leaves every file whole, and old or new, when the server is killed mid-save', async () => {
  const project: Project = { root: join(work, 'p'), publishDir: join(work, 'public') };
  await newProject(project.root);
  await save(project, {
    label: 'first',
    changes: [
      {
        file: 'seeds/sources.json',
        baseVersion: versionOf(project, 'seeds/sources.json'),
        json: { sources: [source('alpha')] },
      },
      {
        file: 'data/places.json',
        baseVersion: versionOf(project, 'data/places.json'),
        json: { places: [{ ...place(), note: 'Version 0.' }] },
      },
      {
        file: 'data/claims.json',
        baseVersion: versionOf(project, 'data/claims.json'),
        json: { claims: [claim('raid', 'Version 0.')] },
      },
    ],
    texts: [{ sourceId: 'alpha', text: TEXT }],
  });
  const random = mulberry32(12);
  let from = 1;
  const seen: [number, number, number][] = [];
  for (let run = 0; run < RUNS; run++) {
    const last = await runAndKill(project, from, Math.floor(random() * 1500));
    // Before recovery: each file on its own is whole, the last saved version or the next.
    const claims = versionIn(project, 'data/claims.json', /Version (\d+)\./);
    const places = versionIn(project, 'data/places.json', /Version (\d+)\./);
    expect([last, last + 1]).toContain(claims);
    expect([last, last + 1]).toContain(places);
    recover(project);
    const after = versionIn(project, 'data/claims.json', /Version (\d+)\./);
    expect(versionIn(project, 'data/places.json', /Version (\d+)\./)).toBe(after);
    seen.push([last, claims, places]);
    from = Math.max(last, after) + 1;
  }
  // The loop made progress between kills.
  expect(from).toBeGreaterThan(RUNS);
  console.log('kills after version, claims, places:', JSON.stringify(seen));
}, 180_000);
