/** Reading a JSON body within the size cap, and answering in JSON. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StudioProblem } from '../../lib/data/studio-api.ts';

/** A request the handler refuses; the status says why (see studio-api.ts). */
export class StudioFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: { problems?: StudioProblem[]; stale?: string[] } = {},
  ) {
    super(message);
  }
}

export const bad = (message: string) => new StudioFailure(400, message);

function tooLarge(max: number): StudioFailure {
  return new StudioFailure(
    413,
    `The request is larger than the studio accepts (${Math.round(max / 1024 / 1024)} MB). Import a shorter text, or split it.`,
  );
}

export async function readJson(req: IncomingMessage, max: number): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > max) {
    req.resume();
    throw tooLarge(max);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) {
      req.resume();
      throw tooLarge(max);
    }
    chunks.push(chunk);
  }
  const bytes = Buffer.concat(chunks);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw bad('The request body is not UTF-8 text.');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw bad(`The request body is not valid JSON: ${(e as Error).message}`);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(text);
}

export function sendFailure(res: ServerResponse, failure: StudioFailure): void {
  sendJson(res, failure.status, { ok: false, error: failure.message, ...failure.extra });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
