/**
 * The benchmark's static server. One built app and one built bare page serve every dataset:
 *
 *   /app/<variant>/…   the app (dist-bench/app), with data/ and sources/ from the variant's dataset
 *   /bare/<variant>/…  the bare-MapLibre page (dist-bench/bare), same data, the app's basemap/
 *   /swap/<variant>/…  the swap and edit payloads of the variant
 *
 * Responses are sent uncompressed (as from a USB stick); sizes are gzipped separately. Pages are
 * cross-origin isolated (COOP/COEP), which lets them call performance.measureUserAgentSpecificMemory.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { CONTENT_TYPES } from '../browser/static-server';

const TYPES = CONTENT_TYPES;

export interface Variant {
  /** folder holding data/ and sources/ */
  dataDir: string;
  /** folder holding the swap payloads, if any */
  swapDir?: string;
}

export interface BenchServerOptions {
  appDir: string;
  bareDir: string;
  variants: ReadonlyMap<string, Variant>;
  port: number;
}

/** A path under `base`, or null if it would escape it. */
function inside(base: string, rel: string): string | null {
  const root = resolve(base);
  const file = resolve(join(root, rel));
  return file === root || file.startsWith(root + sep) ? file : null;
}

/** The file a URL path is served from, or null. Shared with the byte accounting. */
export function fileFor(opts: BenchServerOptions, urlPath: string): string | null {
  const m = /^\/(app|bare|swap)\/([^/]+)\/(.*)$/.exec(urlPath);
  if (!m) return null;
  const [, kind, name, rest = ''] = m;
  const variant = opts.variants.get(name as string);
  if (!variant) return null;
  if (kind === 'swap') return variant.swapDir ? inside(variant.swapDir, rest) : null;
  if (/^(data|sources)\//.test(rest)) return inside(variant.dataDir, rest);
  if (rest.startsWith('basemap/')) return inside(opts.appDir, rest);
  return inside(kind === 'app' ? opts.appDir : opts.bareDir, rest === '' ? 'index.html' : rest);
}

export async function serveBench(opts: BenchServerOptions): Promise<Server> {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = fileFor(opts, path);
    try {
      if (!file) throw new Error('not found');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(opts.port, '127.0.0.1', done);
  });
  return server;
}
