/** The studio's client for the dev-server endpoint (src/lib/data/studio-api.ts is the contract). */
import {
  STUDIO_BASE,
  STUDIO_TOKEN_HEADER,
  STUDIO_TOKEN_META,
  type DiscardDraftRequest,
  type ExtractResponse,
  type GazetteerResponse,
  type ProjectSnapshot,
  type ReanchorRequest,
  type ReanchorResponse,
  type RecogniseResponse,
  type SaveRequest,
  type SaveResponse,
  type StudioError,
  type UndoResponse,
} from '../data/studio-api';

/** An answer with the HTTP status it came with (0 when the server could not be reached). */
export type Answer<T> = (T & { status: number }) | (StudioError & { status: number });

/** The per-session token the dev server writes into the page. */
export function readToken(doc: Document = document): string | null {
  return doc.querySelector(`meta[name="${STUDIO_TOKEN_META}"]`)?.getAttribute('content') ?? null;
}

export class StudioClient {
  constructor(
    private readonly token: string,
    private readonly fetcher: typeof fetch = (...args) => fetch(...args),
  ) {}

  private async call<T extends { ok: true }>(path: string, body?: unknown): Promise<Answer<T>> {
    const init: RequestInit = {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        [STUDIO_TOKEN_HEADER]: this.token,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
    };
    if (body !== undefined) init.body = JSON.stringify(body);
    let res: Response;
    try {
      res = await this.fetcher(`${STUDIO_BASE}${path}`, init);
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      return {
        ok: false,
        status: 0,
        error: `The dev server could not be reached (${why}). Is npm run dev still running?`,
      };
    }
    let json: unknown;
    try {
      json = await res.json();
    } catch {
      return {
        ok: false,
        status: res.status,
        error: `The dev server answered HTTP ${res.status} without JSON.`,
      };
    }
    const answer = json as T | StudioError;
    if (res.ok && answer.ok) return { ...answer, status: res.status };
    const error = answer.ok ? `HTTP ${res.status}` : answer.error;
    return { ...(answer as StudioError), ok: false, error, status: res.status };
  }

  project() {
    return this.call<ProjectSnapshot>('/project');
  }
  extract(html: string) {
    return this.call<ExtractResponse>('/extract', { html });
  }
  gazetteer(q: string, limit = 8) {
    return this.call<GazetteerResponse>(`/gazetteer?q=${encodeURIComponent(q)}&limit=${limit}`);
  }
  recognise(text: string) {
    return this.call<RecogniseResponse>('/recognise', { text });
  }
  save(request: SaveRequest) {
    return this.call<SaveResponse>('/save', request);
  }
  undo() {
    return this.call<UndoResponse>('/undo', {});
  }
  discardDraft(request: DiscardDraftRequest) {
    return this.call<{ ok: true }>('/drafts/discard', request);
  }
  reanchor(request: ReanchorRequest) {
    return this.call<ReanchorResponse>('/reanchor', request);
  }
}
