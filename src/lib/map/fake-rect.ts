import type { RectLike } from './camera';

/** A box as `getBoundingClientRect` gives it, from its corner and size, for the camera tests. */
export function rect(left: number, top: number, width: number, height: number): RectLike {
  return { left, top, width, height, right: left + width, bottom: top + height };
}
