/**
 * The gazetteer's thread (started by gazetteer-thread.ts through gazetteer-boot.mjs): it builds
 * the index as it starts, so the dev server's own thread never stalls on those seconds, then
 * answers the searches and recognitions the endpoint forwards, one message each, in order.
 */
import { parentPort } from 'node:worker_threads';
import type { GazetteerResponse, RecogniseResponse } from '../../lib/data/studio-api.ts';
import { gazetteer, search } from './gazetteer.ts';
import { StudioFailure } from './http.ts';
import { recognise } from './recognise.ts';

/** What the endpoint asks the thread. */
export type Question = { id: number } & (
  { op: 'search'; q: string; limit: number } | { op: 'recognise'; body: unknown }
);

/**
 * A refusal as data: the endpoint throws it as its own StudioFailure (it loads http.ts through
 * Vite's module runner, a module instance of its own, where `instanceof` would not hold).
 */
export interface Refusal {
  status: number;
  message: string;
  extra?: StudioFailure['extra'];
}

/** The answer to one question, or why there is none. */
export type Reply<T> = { value: T } | { refused: Refusal };

/** What the thread says: the index is built, or the answer to one question. */
export type Answer =
  { built: number } | ({ id: number } & Reply<GazetteerResponse | RecogniseResponse>);

const port = parentPort;
if (!port)
  throw new Error('gazetteer-worker.ts runs as a worker thread (see gazetteer-thread.ts).');

function answer(question: Question): Answer {
  const { id } = question;
  try {
    const value =
      question.op === 'search'
        ? { ok: true as const, hits: search(question.q, question.limit) }
        : recognise(question.body);
    return { id, value };
  } catch (e) {
    // A refusal keeps its status and message across the thread (an Error would lose its class).
    if (e instanceof StudioFailure)
      return { id, refused: { status: e.status, message: e.message, extra: e.extra } };
    return {
      id,
      refused: { status: 500, message: `The gazetteer failed: ${(e as Error).message}` },
    };
  }
}

port.postMessage({ built: gazetteer().builtMs } satisfies Answer);
port.on('message', (question: Question) => port.postMessage(answer(question)));
