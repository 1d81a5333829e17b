/**
 * The export and the handout call these parts of maplibre-gl beyond what src/lib/map uses; this
 * fails on an upgrade that renames or drops one, before a browser test would.
 */
import { describe, expect, it } from 'vitest';
import { Map as MapLibreMap } from 'maplibre-gl';

const METHODS = [
  'getPixelRatio',
  'setPixelRatio',
  'getPadding',
  'triggerRepaint',
  'resize',
  'queryRenderedFeatures',
] as const;

describe('maplibre-gl contract (export)', () => {
  it.each(METHODS)('Map.prototype.%s is a method', (name) => {
    expect(typeof MapLibreMap.prototype[name]).toBe('function');
  });
});
