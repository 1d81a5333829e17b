/**
 * The gazetteer on a thread of its own: the dev server starts it with itself (plugin.ts), so the
 * index (seconds of CPU) is built while the server keeps answering pages, HMR and the other
 * endpoints, and /gazetteer and /recognise are forwarded to it. Questions asked while it builds
 * wait in its queue. A thread that dies fails what it was asked with its error and what to do,
 * is started again once, and after a second death every question is answered with that error.
 */
import { Worker } from 'node:worker_threads';
import type { GazetteerResponse, RecogniseResponse } from '../../lib/data/studio-api.ts';
import type { Answer, Question, Refusal, Reply } from './gazetteer-worker.ts';

const ENTRY = new URL('./gazetteer-boot.mjs', import.meta.url);

/** What the dev server's log is told: the index is built, or the thread died. */
export interface ThreadLog {
  info(message: string): void;
  error(message: string): void;
}

/** A question before it is numbered (each member of the union without its id). */
type Ask<Q = Question> = Q extends unknown ? Omit<Q, 'id'> : never;

export class GazetteerThread {
  private worker: Worker;
  private readonly waiting = new Map<number, (reply: Reply<unknown>) => void>();
  private next = 0;
  private starts = 0;
  private broken: Refusal | undefined;
  private closing = false;

  /** `entry` is the worker's script (a test gives one that dies). */
  constructor(
    private readonly log: ThreadLog,
    private readonly entry: URL = ENTRY,
  ) {
    this.worker = this.start();
  }

  search(q: string, limit: number): Promise<Reply<GazetteerResponse>> {
    return this.ask({ op: 'search', q, limit }) as Promise<Reply<GazetteerResponse>>;
  }

  recognise(body: unknown): Promise<Reply<RecogniseResponse>> {
    return this.ask({ op: 'recognise', body }) as Promise<Reply<RecogniseResponse>>;
  }

  /** Ends the thread; a question still waiting is told the server is closing. */
  async close(): Promise<void> {
    this.closing = true;
    this.answerAll({ status: 503, message: 'The dev server is closing: start it again.' });
    await this.worker.terminate();
  }

  private start(): Worker {
    this.starts += 1;
    const worker = new Worker(this.entry);
    // The dev server's sockets keep the process alive; a thread left over must not.
    worker.unref();
    let cause: string | undefined;
    worker.on('message', (answer: Answer) => this.receive(answer));
    worker.on('error', (e: unknown) => {
      cause = e instanceof Error ? e.message : String(e);
    });
    worker.on('exit', (code) => {
      if (!this.closing) this.died(cause ?? `the thread exited with code ${code}`);
    });
    return worker;
  }

  private ask(question: Ask): Promise<Reply<unknown>> {
    if (this.broken) return Promise.resolve({ refused: this.broken });
    const id = this.next++;
    return new Promise((done) => {
      this.waiting.set(id, done);
      this.worker.postMessage({ id, ...question } satisfies Question);
    });
  }

  private receive(answer: Answer): void {
    if ('built' in answer) {
      this.log.info(`citemap studio: gazetteer index built in ${Math.round(answer.built)} ms`);
      return;
    }
    const { id, ...reply } = answer;
    this.waiting.get(id)?.(reply);
    this.waiting.delete(id);
  }

  private died(cause: string): void {
    const again = this.starts > 1;
    const refused: Refusal = {
      status: 503,
      message: again
        ? `The gazetteer stopped again (${cause}), so place search and name marking are off. ` +
          'Fix what the message names (a missing package: run npm install), then restart the dev server.'
        : `The gazetteer stopped (${cause}). It is being started again: try again in a few seconds.`,
    };
    this.log.error(`citemap studio: ${refused.message}`);
    this.answerAll(refused);
    if (again) this.broken = refused;
    else this.worker = this.start();
  }

  private answerAll(refused: Refusal): void {
    for (const done of this.waiting.values()) done({ refused });
    this.waiting.clear();
  }
}
