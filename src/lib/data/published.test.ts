import { describe, expect, it } from 'vitest';
import { shardCountFor, shardFile, shardOf } from './published';

describe('the shard rule', () => {
  it('is stable: the build (Node) and the app (a browser) put an id in the same shard', () => {
    // Pinned: changing the hash would move every claim and break cached shards.
    expect(shardOf('kirkuk-motorcycle-blast', 8)).toBe(7);
    expect(shardOf('qaim-crossing', 8)).toBe(0);
    expect(shardOf('a', 8)).toBe(4);
    expect(shardOf('kirkuk-motorcycle-blast', 512)).toBe(399);
  });

  it('spreads ids over every shard', () => {
    const counts = new Array<number>(8).fill(0);
    for (let i = 0; i < 800; i++) counts[shardOf(`claim-${i}`, 8)]!++;
    for (const n of counts) expect(n).toBeGreaterThan(60);
  });

  it('keeps shards near 256 claims or fewer, in powers of two, eight at least', () => {
    expect(shardCountFor(0)).toBe(8);
    expect(shardCountFor(73)).toBe(8);
    expect(shardCountFor(2048)).toBe(8);
    expect(shardCountFor(2049)).toBe(16);
    expect(shardCountFor(100_000)).toBe(512);
  });

  it('names shard files with zero-padded numbers wide enough for the count', () => {
    expect(shardFile(7, 8)).toBe('claims/07.json');
    expect(shardFile(7, 512)).toBe('claims/007.json');
  });
});
