/**
 * The app calls these parts of maplibre-gl; this fails on an upgrade that renames or drops one,
 * before a browser test would. Imports the real module (ESM-only, no default export in v6).
 */
import { describe, expect, it } from 'vitest';
import * as maplibregl from 'maplibre-gl';

const CLASSES = [
  'Map',
  'NavigationControl',
  'ScaleControl',
  'FullscreenControl',
  'AttributionControl',
] as const;
const FUNCTIONS = ['setWorkerUrl', 'setRTLTextPlugin', 'getRTLTextPluginStatus'] as const;
const MAP_METHODS = [
  'setLayoutProperty',
  'getLayer',
  'on',
  'off',
  'once',
  'remove',
  'fitBounds',
  'jumpTo',
  'flyTo',
  'queryRenderedFeatures',
  'getSource',
  'isStyleLoaded',
  'addSource',
  'addLayer',
  'removeLayer',
  'removeSource',
  'setFeatureState',
  'addImage',
  'hasImage',
  'removeImage',
  'project',
  'getBounds',
  'easeTo',
  'getCanvas',
  'getCanvasContainer',
  'getCenter',
  'getZoom',
  'getBearing',
  'getContainer',
  'addControl',
  'cameraForBounds',
  'getPadding',
  'setPadding',
  'isMoving',
] as const;

describe('maplibre-gl contract', () => {
  it('has no default export (v6 is ESM-only: import * or named imports)', () => {
    expect((maplibregl as Record<string, unknown>).default).toBeUndefined();
  });

  it.each(CLASSES)('exports the class %s', (name) => {
    expect(typeof maplibregl[name]).toBe('function');
    expect(typeof maplibregl[name].prototype).toBe('object');
  });

  it.each(FUNCTIONS)('exports the function %s', (name) => {
    expect(typeof maplibregl[name]).toBe('function');
  });

  it.each(MAP_METHODS)('Map.prototype.%s is a method', (name) => {
    expect(typeof maplibregl.Map.prototype[name]).toBe('function');
  });
});
