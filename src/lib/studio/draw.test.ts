import { describe, expect, it } from 'vitest';
import { parseLonLat } from './draw';

describe('parseLonLat', () => {
  it('reads longitude then latitude, with a comma or a space', () => {
    expect(parseLonLat(' 41.05, 34.38 ')).toEqual([41.05, 34.38]);
    expect(parseLonLat('41 34')).toEqual([41, 34]);
  });
  it('refuses anything that is not a coordinate pair', () => {
    expect(parseLonLat('Qaim')).toBeNull();
    expect(parseLonLat('200, 10')).toBeNull();
    expect(parseLonLat('41')).toBeNull();
  });
});
