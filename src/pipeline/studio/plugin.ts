/**
 * The curation studio's endpoint: a Vite plugin for `vite` (dev) only — `apply: 'serve'`, so
 * `vite build` never sees it and dist/ holds no studio code, token or write endpoint. It writes
 * the per-session token into the page, refuses every request not from that page (guard.ts),
 * and hands the rest to the routes in handlers.ts (see studio-api.ts for the contract). The
 * gazetteer's thread is started with the server, so its index is built before the studio asks.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Plugin, ViteDevServer } from 'vite';
import {
  STUDIO_BASE,
  STUDIO_PUBLISHED_EVENT,
  STUDIO_TOKEN_META,
} from '../../lib/data/studio-api.ts';
import { GazetteerThread } from './gazetteer-thread.ts';
import { refusal } from './guard.ts';
import { StudioFailure, sendFailure, sendJson } from './http.ts';
import type { Project } from './project.ts';

type Handle = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export function citemapStudio(project: Project): Plugin {
  // One token per dev-server session: only the page this server served can read it.
  const token = randomBytes(32).toString('hex');
  let places: GazetteerThread | undefined;
  return {
    name: 'citemap-studio',
    apply: 'serve',
    // Vite calls this as the server closes, whether or not it ever listened (vitest's does not).
    async closeBundle() {
      await places?.close();
      places = undefined;
    },
    configureServer(server: ViteDevServer) {
      const published = () => server.ws.send({ type: 'custom', event: STUDIO_PUBLISHED_EVENT });
      const { logger } = server.config;
      const gazetteer = () =>
        (places ??= new GazetteerThread({
          info: (m) => logger.info(m, { timestamp: true }),
          error: (m) => logger.error(m, { timestamp: true }),
        }));
      // A server that will listen (`vite`) warms it from the start, off this thread, and answers
      // everything while it builds; one that never listens (vitest's) builds it only if asked.
      if (server.httpServer) gazetteer();
      let loaded: Promise<Handle> | undefined;
      const load = () =>
        (loaded ??= server
          .ssrLoadModule(fileURLToPath(new URL('./handlers.ts', import.meta.url)))
          .then((m) =>
            (m as typeof import('./handlers.ts')).studioHandler(project, published, gazetteer()),
          ));
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        if (path !== STUDIO_BASE && !path.startsWith(`${STUDIO_BASE}/`)) return next();
        const refused = refusal(req, req.socket.localPort ?? 0, token);
        if (refused) {
          req.resume();
          return sendFailure(res, new StudioFailure(refused.status, refused.error));
        }
        load()
          .then((handle) => handle(req, res))
          .catch((e: unknown) => {
            loaded = undefined;
            sendJson(res, 500, {
              ok: false,
              error: `The studio endpoint failed to load: ${String(e)}`,
            });
          });
      });
    },
    transformIndexHtml() {
      return [
        { tag: 'meta', attrs: { name: STUDIO_TOKEN_META, content: token }, injectTo: 'head' },
      ];
    },
  };
}
