/**
 * The benchmark's static server. One built app and one built bare page serve every dataset:
 *
 *   /app/<variant>/…   the app (dist-bench/app), with data/ and sources/ from the variant's dataset
 *   /bare/<variant>/…  the bare-MapLibre page (dist-bench/bare), same data, the app's basemap/
 *   /swap/<variant>/…  the swap and edit payloads of the variant
 *
 * Responses are sent uncompressed (as from a USB stick); sizes are gzipped separately. Pages are
 * cross-origin isolated (COOP/COEP), which lets them call performance.measureUserAgentSpecificMemory.
 * Single byte ranges are answered with 206 (RFC 9110 §14), as nginx, object stores and CDNs do, so
 * the tiled sizes read their PMTiles archive exactly as they would in production.
 */
import { createServer, type Server } from 'node:http';
import { open, readFile, stat } from 'node:fs/promises';
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

/**
 * The inclusive byte range a `Range` header asks of a `size`-byte file: undefined to send the
 * whole file (not a single bytes range), null when unsatisfiable (416).
 */
export function byteRange(header: string, size: number): [number, number] | null | undefined {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  const [first, last] = [m[1] as string, m[2] as string];
  if (first === '') {
    const suffix = Number(last);
    return suffix === 0 || size === 0 ? null : [Math.max(0, size - suffix), size - 1];
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  return start >= size || end < start ? null : [start, end];
}

export async function serveBench(opts: BenchServerOptions): Promise<Server> {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = fileFor(opts, path);
    try {
      if (!file) throw new Error('not found');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        'accept-ranges': 'bytes',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      };
      const size = (await stat(file)).size;
      const range =
        req.headers.range === undefined ? undefined : byteRange(req.headers.range, size);
      if (range === null) {
        res.writeHead(416, { ...headers, 'content-range': `bytes */${size}` }).end();
        return;
      }
      if (range) {
        const [start, end] = range;
        const handle = await open(file, 'r');
        try {
          const body = Buffer.alloc(end - start + 1);
          await handle.read(body, 0, body.length, start);
          res.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${end}/${size}` });
          res.end(body);
        } finally {
          await handle.close();
        }
        return;
      }
      res.writeHead(200, headers);
      res.end(await readFile(file));
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
