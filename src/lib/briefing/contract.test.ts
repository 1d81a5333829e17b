/**
 * The map methods a briefing calls; fails on a maplibre-gl upgrade that renames or drops one,
 * before the browser test would.
 */
import { describe, expect, it } from 'vitest';
import * as maplibregl from 'maplibre-gl';

const BRIEFING_METHODS = [
  'flyTo',
  'jumpTo',
  'setMaxBounds',
  'getPadding',
  'getCanvas',
  'getContainer',
  'unproject',
  'stop',
  'resize',
  'getLayersOrder',
  'getLayer',
  'getSource',
  'addLayer',
  'removeLayer',
  'setFilter',
  'getLayoutProperty',
  'setLayoutProperty',
  'getPaintProperty',
  'setPaintProperty',
] as const;

describe('maplibre-gl contract for briefings', () => {
  it.each(BRIEFING_METHODS)('Map.prototype.%s is a method', (name) => {
    expect(typeof maplibregl.Map.prototype[name]).toBe('function');
  });
});
