/**
 * The studio endpoint's routes. Loaded by the dev server itself (ssrLoadModule) at the first
 * studio request, so the Vite config does not bundle the data pipeline; the gazetteer's searches
 * and recognitions go to its own thread (gazetteer-thread.ts), which the plugin started.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { STUDIO_BASE, STUDIO_MAX_BODY } from '../../lib/data/studio-api.ts';
import { discardDraft } from './drafts.ts';
import { extract } from './extract.ts';
import type { GazetteerThread } from './gazetteer-thread.ts';
import type { Reply } from './gazetteer-worker.ts';
import { StudioFailure, readJson, sendFailure, sendJson } from './http.ts';
import { recover } from './journal.ts';
import { snapshot, type Project } from './project.ts';
import { reanchor } from './reanchor.ts';
import { save, undo } from './save.ts';

type Handler = (req: IncomingMessage, url: URL) => Promise<unknown> | unknown;

/** The gazetteer thread's answer, or its refusal thrown as this module's own StudioFailure. */
async function answer<T>(reply: Promise<Reply<T>>): Promise<T> {
  const r = await reply;
  if ('refused' in r) throw new StudioFailure(r.refused.status, r.refused.message, r.refused.extra);
  return r.value;
}

function routes(
  project: Project,
  published: () => void,
  places: GazetteerThread,
): Record<string, Handler> {
  const body = (req: IncomingMessage) => readJson(req, STUDIO_MAX_BODY);
  return {
    'GET /project': () => snapshot(project),
    'GET /gazetteer': (_req, url) => {
      const q = url.searchParams.get('q') ?? '';
      if (q.length > 200) throw new StudioFailure(400, 'The search is longer than 200 characters.');
      const limit = Math.min(50, Math.max(1, Number(url.searchParams.get('limit')) || 20));
      return answer(places.search(q, limit));
    },
    'POST /extract': async (req) => extract(await body(req)),
    'POST /save': async (req) => save(project, await body(req), published),
    'POST /undo': async (req) => {
      await body(req);
      return undo(project, published);
    },
    'POST /drafts/discard': async (req) => discardDraft(project, await body(req)),
    'POST /recognise': async (req) => answer(places.recognise(await body(req))),
    'POST /reanchor': async (req) => reanchor(project, await body(req)),
  };
}

/** Answers an accepted request under STUDIO_BASE (plugin.ts has refused the others). */
export function studioHandler(project: Project, published: () => void, places: GazetteerThread) {
  // A save or undo the last server was killed in the middle of is finished first.
  recover(project);
  const table = routes(project, published, places);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const url = new URL(req.url ?? '/', 'http://studio.invalid');
      const path = url.pathname.startsWith(STUDIO_BASE)
        ? url.pathname.slice(STUDIO_BASE.length)
        : url.pathname;
      const handler = table[`${req.method} ${path}`];
      if (!handler) throw new StudioFailure(404, `No studio endpoint ${req.method} ${path}.`);
      sendJson(res, 200, await handler(req, url));
    } catch (e) {
      if (e instanceof StudioFailure) sendFailure(res, e);
      else
        sendJson(res, 500, {
          ok: false,
          error: `The studio endpoint failed: ${(e as Error).message}`,
        });
    }
  };
}
