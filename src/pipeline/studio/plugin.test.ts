/**
 * The dev server keeps answering while the gazetteer's index is built: a fresh server (with the
 * studio plugin alone, on a throwaway project) is asked for its page every 50 ms, from a thread
 * of its own (a stalled server thread would stall a poller on it too, and hide the wait), from
 * the moment it listens until its first gazetteer search is answered.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createLogger, createServer, type ViteDevServer } from 'vite';
import { afterAll, expect, it } from 'vitest';
import { STUDIO_BASE, STUDIO_TOKEN_HEADER } from '../../lib/data/studio-api.ts';
import { newProject } from '../project/new.ts';
import { citemapStudio } from './plugin.ts';

const work = mkdtempSync(join(tmpdir(), 'citemap-warm-'));
let server: ViteDevServer | undefined;
afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

// Longer than any page takes on a loaded machine, shorter than building the index takes.
const SLOW_PAGE_MS = 1000;
const now = () => performance.timeOrigin + performance.now();

interface Page {
  sent: number;
  answered: number;
}

/** Asks for the page every 50 ms until told to stop; then says when each was sent and answered. */
const PAGER = `
const { parentPort, workerData } = require('node:worker_threads');
const now = () => performance.timeOrigin + performance.now();
let stop = false;
parentPort.once('message', () => (stop = true));
(async () => {
  const pages = [];
  while (!stop) {
    const sent = now();
    await (await fetch(workerData)).text();
    pages.push({ sent, answered: now() });
    await new Promise((r) => setTimeout(r, 50));
  }
  parentPort.postMessage(pages);
})();
`;

it('answers the page while the gazetteer index is built, and built from the start', async () => {
  const project = join(work, 'my-map');
  await newProject(project);
  const site = join(work, 'site');
  mkdirSync(site);
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>t</title>');
  let builtAt = Infinity;
  const logger = createLogger('silent');
  logger.info = (message) => {
    if (message.includes('gazetteer index built')) builtAt = now();
  };
  server = await createServer({
    configFile: false,
    root: site,
    customLogger: logger,
    plugins: [citemapStudio({ root: project, publishDir: join(work, 'public') })],
    server: { host: '127.0.0.1', port: 0, strictPort: true, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  await server.listen();
  const base = `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}`;

  const pager = new Worker(PAGER, { eval: true, workerData: `${base}/` });
  const polled = new Promise<Page[]>((done, fail) => {
    pager.once('message', done);
    pager.once('error', fail);
  });

  const html = await (await fetch(`${base}/`)).text();
  const token = /<meta name="citemap-studio-token" content="([0-9a-f]+)"/.exec(html)?.[1] ?? '';
  const studio = (path: string) =>
    fetch(`${base}${STUDIO_BASE}${path}`, { headers: { [STUDIO_TOKEN_HEADER]: token } });
  // The endpoint's own modules load at its first request, on the server's thread (not the
  // gazetteer's business): pages asked meanwhile are left out of the timing.
  const loading = { from: now(), to: Infinity };
  expect((await studio('/project')).status).toBe(200);
  loading.to = now();
  const search = await studio('/gazetteer?q=Qaim&limit=1');
  pager.postMessage('stop');
  const pages = await polled;
  await pager.terminate();

  expect(search.status).toBe(200);
  const { hits } = (await search.json()) as { hits: { name: { en: string } }[] };
  expect(hits[0]?.name.en).toBe('Al Qā’im');
  const timed = pages.filter((p) => p.answered < loading.from || p.sent > loading.to);
  const slowest = Math.max(...timed.map((p) => p.answered - p.sent));
  expect(slowest, 'the slowest page, ms').toBeLessThan(SLOW_PAGE_MS);
  // Built on its own thread from the start: pages were answered before it was done.
  expect(builtAt, 'when the thread said the index was built').toBeLessThan(Infinity);
  expect(pages.filter((p) => p.answered < builtAt).length).toBeGreaterThanOrEqual(2);
}, 120_000);
