import { describe, expect, it } from 'vitest';
import { readCamera, sameCamera } from './camera-sync';

function fakeMap(lng: number, lat: number, zoom: number, bearing: number) {
  return {
    getCenter: () => ({ lng, lat }) as ReturnType<import('maplibre-gl').Map['getCenter']>,
    getZoom: () => zoom,
    getBearing: () => bearing,
  };
}

describe('readCamera', () => {
  it('rounds the live camera to the precision of the URL', () => {
    expect(readCamera(fakeMap(41.943219, 34.371234, 7.123456, -12.6))).toEqual({
      center: [41.9432, 34.3712],
      zoom: 7.12,
      bearing: -13,
    });
  });

  it('treats a camera read back from the URL as the same camera', () => {
    const live = readCamera(fakeMap(44.39222, 35.46806, 8.004, 0.2));
    expect(sameCamera(live, { center: [44.3922, 35.4681], zoom: 8, bearing: 0 })).toBe(true);
    expect(sameCamera(live, { center: [44.3922, 35.4681], zoom: 8.01, bearing: 0 })).toBe(false);
  });
});
