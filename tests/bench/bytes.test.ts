import { describe, expect, it } from 'vitest';
import { byteKind, upfrontScripts } from './bytes.ts';

describe('byteKind', () => {
  it('sorts request paths by what they are', () => {
    expect(byteKind('/app/real/basemap/land.pbf')).toBe('basemap');
    expect(byteKind('/app/real/data/places.geojson')).toBe('data');
    expect(byteKind('/app/real/sources/a.txt')).toBe('sources');
    expect(byteKind('/app/real/assets/index-abc.js')).toBe('js');
    expect(byteKind('/app/real/assets/maplibre-gl-worker.mjs')).toBe('js');
    expect(byteKind('/app/real/assets/index.css')).toBe('css');
    expect(byteKind('/app/real/assets/noto-sans.woff2')).toBe('font');
    expect(byteKind('/app/real/')).toBe('html');
    expect(byteKind('/app/real/index.html')).toBe('html');
    expect(byteKind('/app/real/icon.svg')).toBe('other');
  });
});

describe('upfrontScripts', () => {
  it('lists the entry script and module preloads, not stylesheets or lazy chunks', () => {
    const html = `<!doctype html><head>
      <script type="module" crossorigin src="./assets/index-a1.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/maplibre-b2.js">
      <link rel="stylesheet" href="./assets/index-c3.css">
      <link rel="prefetch" href="./assets/reader-d4.js">
    </head>`;
    expect(upfrontScripts(html)).toEqual(['./assets/index-a1.js', './assets/maplibre-b2.js']);
  });
});
