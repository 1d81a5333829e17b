/**
 * The diagonal hatch of province- and region-level areas: one image per category (and one for a
 * place without one), drawn straight into RGBA pixels, and the geometry the legend's SVG pattern
 * shares.
 */
import type { Category } from '../data/types';
import { CATEGORIES, CATEGORY_COLORS, NO_CATEGORY_COLOR } from '../data/vocabulary';

/** A category, or `none` for a place without one. */
export type HatchKey = Category | 'none';

/** Every hatch: one per category, then the one for a place without a category. */
export const HATCH_KEYS: readonly HatchKey[] = [...CATEGORIES, 'none'];

/** Hatch geometry, shared with the legend's SVG pattern. */
export const HATCH = { size: 9, width: 1.3, alpha: 0.55 } as const;

export function hatchImageId(key: HatchKey): string {
  return `citemap-hatch-${key}`;
}

export function hatchImageIds(): string[] {
  return HATCH_KEYS.map(hatchImageId);
}

export function hatchColor(key: HatchKey): string {
  return key === 'none' ? NO_CATEGORY_COLOR : CATEGORY_COLORS[key];
}

/**
 * A tileable diagonal hatch in `hex`, drawn straight into RGBA pixels (no canvas needed, so it is
 * unit-testable). `(x + y) mod size` is constant along each 45° line and wraps at the tile edge.
 */
export function hatchImage(
  hex: string,
  pixelRatio = 2,
): { width: number; height: number; data: Uint8Array } {
  const size = HATCH.size * pixelRatio;
  const w = HATCH.width * pixelRatio;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = (x + y) % size;
      // Distance to the nearest line, wrapping, with a one-pixel soft edge.
      const dist = Math.min(d, size - d);
      const cover = Math.max(0, Math.min(1, w / 2 + 0.5 - dist));
      const i = (y * size + x) * 4;
      data[i] = r!;
      data[i + 1] = g!;
      data[i + 2] = b!;
      data[i + 3] = Math.round(255 * HATCH.alpha * cover);
    }
  }
  return { width: size, height: size, data };
}
