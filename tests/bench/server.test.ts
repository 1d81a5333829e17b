import { describe, expect, it } from 'vitest';
import { byteRange } from './server';

describe('byteRange', () => {
  it('reads single ranges as RFC 9110 defines them', () => {
    expect(byteRange('bytes=0-15', 1000)).toEqual([0, 15]);
    expect(byteRange('bytes=990-', 1000)).toEqual([990, 999]);
    expect(byteRange('bytes=-10', 1000)).toEqual([990, 999]);
    expect(byteRange('bytes=900-5000', 1000)).toEqual([900, 999]);
  });

  it('refuses what cannot be satisfied and ignores what is not a single range', () => {
    expect(byteRange('bytes=1000-1001', 1000)).toBeNull();
    expect(byteRange('bytes=20-10', 1000)).toBeNull();
    expect(byteRange('bytes=-0', 1000)).toBeNull();
    expect(byteRange('bytes=0-1,5-6', 1000)).toBeUndefined();
    expect(byteRange('items=0-1', 1000)).toBeUndefined();
  });
});
