/**
 * The full verified claims (quotes, offsets, numbers, conflict notes), fetched shard by shard
 * when a view needs them: a place opened, an article read, a briefing started, an export made.
 * Reactive: a component reading `get(id)` re-renders when the claim's shard arrives. A shard is
 * fetched once; asking again while it is in flight joins the same request, and a failed shard
 * can be asked for again.
 */
import { SvelteMap } from 'svelte/reactivity';
import { shardFile, shardOf, type PublishedShard } from './published';
import type { VerifiedClaim } from './types';

export type FetchShard = (path: string) => Promise<PublishedShard>;

export class ClaimStore {
  readonly #claims = new SvelteMap<string, VerifiedClaim>();
  // Bookkeeping no template reads: plain collections on purpose (the claims map is reactive).
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #inFlight = new Map<number, Promise<void>>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #loaded = new Set<number>();
  readonly #shardCount: number;
  readonly #fetch: FetchShard;
  /** the last failure, as a sentence for the reader; null when nothing has failed */
  error = $state<string | null>(null);

  constructor(shardCount: number, fetchShard: FetchShard) {
    this.#shardCount = shardCount;
    this.#fetch = fetchShard;
  }

  /** The full claim, once its shard has loaded (reactive). */
  get(id: string): VerifiedClaim | undefined {
    return this.#claims.get(id);
  }

  /** True when every one of these claims is loaded (reactive). */
  has(ids: readonly string[]): boolean {
    return ids.every((id) => this.#claims.has(id));
  }

  shardOf(id: string): number {
    return shardOf(id, this.#shardCount);
  }

  /** Loads the shards holding these claims; resolves when all are in (rejects on a failure). */
  load(ids: Iterable<string>): Promise<void> {
    const shards: number[] = [];
    for (const id of ids) {
      const shard = this.shardOf(id);
      if (!shards.includes(shard)) shards.push(shard);
    }
    return Promise.all(shards.map((s) => this.#loadShard(s))).then(() => undefined);
  }

  #loadShard(shard: number): Promise<void> {
    if (this.#loaded.has(shard)) return Promise.resolve();
    let pending = this.#inFlight.get(shard);
    if (!pending) {
      const path = shardFile(shard, this.#shardCount);
      pending = this.#fetch(path).then(
        (file) => {
          for (const c of file.claims) this.#claims.set(c.id, c);
          this.#loaded.add(shard);
          this.#inFlight.delete(shard);
        },
        (e: unknown) => {
          this.#inFlight.delete(shard);
          this.error = `Could not load the claims (data/${path}): ${e instanceof Error ? e.message : String(e)}`;
          throw e;
        },
      );
      this.#inFlight.set(shard, pending);
    }
    return pending;
  }
}
