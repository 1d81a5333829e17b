/**
 * Who may talk to the studio endpoint: only the page the dev server itself served. A web page
 * elsewhere can make the browser send requests to 127.0.0.1 (and, through DNS rebinding, with a
 * Host of its own choosing), so every request must name the dev server's own host:port, come
 * from its own origin when the browser says where it comes from, and carry the token that only
 * the served page can read.
 */
import { timingSafeEqual } from 'node:crypto';
import { STUDIO_TOKEN_HEADER } from '../../lib/data/studio-api.ts';

export interface Refusal {
  status: number;
  error: string;
}

/** The names a browser on this machine reaches a loopback dev server by. */
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

type Headers = Record<string, string | string[] | undefined>;

function header(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? undefined : value;
}

/** Same length and same bytes, compared in constant time. */
function sameToken(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Why this request is refused, or null to let it through. */
export function refusal(
  request: { method?: string; headers: Headers },
  localPort: number,
  token: string,
): Refusal | null {
  const host = header(request.headers, 'host');
  const own = LOOPBACK_NAMES.map((name) => `${name}:${localPort}`);
  if (host === undefined || !own.includes(host.toLowerCase())) {
    return {
      status: 403,
      error: `Refused: the request names host ${JSON.stringify(host ?? '')}, not this dev server (${own[0]}).`,
    };
  }
  const origin = header(request.headers, 'origin');
  if (origin !== undefined && origin.toLowerCase() !== `http://${host.toLowerCase()}`) {
    return {
      status: 403,
      error: `Refused: the request comes from ${JSON.stringify(origin)}, not from the page this dev server serves (http://${host}).`,
    };
  }
  if (!sameToken(header(request.headers, STUDIO_TOKEN_HEADER), token)) {
    return {
      status: 403,
      error:
        'Refused: the studio token is missing or wrong. Reload the page the dev server serves.',
    };
  }
  if (request.method === 'POST') {
    const type = header(request.headers, 'content-type') ?? '';
    if (!/^application\/json\s*(;\s*charset=utf-8\s*)?$/i.test(type)) {
      return {
        status: 415,
        error: `Refused: the body must be JSON (Content-Type: application/json), not ${JSON.stringify(type)}.`,
      };
    }
  } else if (request.method !== 'GET') {
    return { status: 405, error: `Refused: ${request.method ?? 'no method'} is not used here.` };
  }
  return null;
}
