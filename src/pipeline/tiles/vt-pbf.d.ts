/** The part of vt-pbf (3.x, untyped CommonJS) the tiler uses. */
declare module 'vt-pbf' {
  interface TileFeatureIn {
    type: 1 | 2 | 3;
    geometry: unknown;
    tags: Record<string, number | string | boolean> | null;
    id?: number;
  }
  /** Encodes geojson-vt-shaped layers (by name) as an uncompressed Mapbox Vector Tile. */
  export function fromGeojsonVt(
    layers: Record<string, { features: readonly TileFeatureIn[] }>,
    options?: { version?: number; extent?: number },
  ): Uint8Array;
}
