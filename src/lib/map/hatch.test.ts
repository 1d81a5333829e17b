import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../data/vocabulary';
import { hatchImage, hatchImageIds } from './hatch';

describe('hatchImage', () => {
  it('is a tileable diagonal in the given colour', () => {
    const img = hatchImage('#D55E00', 1);
    const alpha = (x: number, y: number) => img.data[(y * img.width + x) * 4 + 3]!;
    expect(img.data.length).toBe(img.width * img.height * 4);
    // Each pixel depends on (x + y) mod size only, so the tile's edges meet seamlessly.
    for (let y = 0; y < img.height; y++)
      for (let x = 0; x < img.width; x++) expect(alpha(x, y)).toBe(alpha(0, (x + y) % img.height));
    expect(alpha(0, 0)).toBeGreaterThan(0);
    expect(alpha(Math.floor(img.width / 2), 0)).toBe(0);
    expect([img.data[0], img.data[1], img.data[2]]).toEqual([0xd5, 0x5e, 0x00]);
  });
});

it('covers every category with a hatch image', () => {
  expect(hatchImageIds()).toHaveLength(CATEGORIES.length + 1);
});
