import { describe, expect, it } from 'vitest';
import { ClaimStore } from './claim-store.svelte';
import { makeClaim } from './factories';
import { shardOf, type PublishedShard } from './published';

const claims = ['a-claim', 'b-claim', 'c-claim', 'd-claim', 'e-claim'].map((id) =>
  makeClaim({ id }),
);

function store(fail: Set<string> = new Set()) {
  const requests: string[] = [];
  const s = new ClaimStore(8, (path) => {
    requests.push(path);
    if (fail.has(path)) return Promise.reject(new Error('HTTP 404'));
    const shard = Number(/(\d+)\.json$/.exec(path)![1]);
    return Promise.resolve<PublishedShard>({
      shard,
      claims: claims.filter((c) => shardOf(c.id, 8) === shard),
    });
  });
  return { s, requests };
}

describe('ClaimStore', () => {
  it('fetches the shards of the claims asked for, and serves them by id', async () => {
    const { s, requests } = store();
    expect(s.get('a-claim')).toBeUndefined();
    await s.load(['a-claim', 'b-claim']);
    expect(s.get('a-claim')?.summary).toBe(claims[0]!.summary);
    expect(s.has(['a-claim', 'b-claim'])).toBe(true);
    const expected = new Set(['a-claim', 'b-claim'].map((id) => shardOf(id, 8)));
    expect(requests).toHaveLength(expected.size);
  });

  it('joins a request in flight and never fetches a loaded shard again', async () => {
    const { s, requests } = store();
    await Promise.all([s.load(['a-claim']), s.load(['a-claim']), s.load(['a-claim'])]);
    await s.load(['a-claim']);
    expect(requests).toEqual([`claims/0${shardOf('a-claim', 8)}.json`]);
  });

  it('says which file failed, and lets a failed shard be asked for again', async () => {
    const path = `claims/0${shardOf('c-claim', 8)}.json`;
    const fail = new Set([path]);
    const { s, requests } = store(fail);
    await expect(s.load(['c-claim'])).rejects.toThrow('HTTP 404');
    expect(s.error).toBe(`Could not load the claims (data/${path}): HTTP 404`);
    fail.clear();
    await s.load(['c-claim']);
    expect(s.get('c-claim')).toBeDefined();
    expect(requests).toEqual([path, path]);
  });
});
