import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../lib/data/random';
import { CATEGORIES, PRECISIONS } from '../../lib/data/vocabulary';
import type { TilePlace } from './features';
import { cutTiles, EXTENT, tileRange } from './tiler';

/**
 * Just enough of the Mapbox Vector Tile protobuf to check what the tiler wrote: layer names,
 * feature tags and the first point of each feature. (No MVT decoder is a dependency here.)
 */
function decode(buf: Uint8Array) {
  let pos = 0;
  const varint = () => {
    let v = 0;
    let m = 1;
    for (;;) {
      const b = buf[pos++] as number;
      v += (b & 0x7f) * m;
      if (b < 0x80) return v;
      m *= 128;
    }
  };
  const zigzag = (n: number) => (n % 2 === 1 ? -(n + 1) / 2 : n / 2);
  const layers: Record<string, { tags: Record<string, number>; x: number; y: number }[]> = {};
  const message = (end: number, field: (tag: number, wire: number) => void) => {
    while (pos < end) {
      const key = varint();
      field(key >> 3, key & 7);
    }
  };
  const skip = (wire: number) => {
    if (wire === 0) varint();
    else if (wire === 2) pos += varint();
    else if (wire === 5) pos += 4;
    else pos += 8;
  };
  message(buf.length, (tag, wire) => {
    if (tag !== 3) return skip(wire);
    const end = varint() + pos;
    let name = '';
    const keys: string[] = [];
    const values: number[] = [];
    const raw: { tags: number[]; x: number; y: number }[] = [];
    message(end, (t, w) => {
      if (t === 1) {
        const len = varint();
        name = new TextDecoder().decode(buf.subarray(pos, pos + len));
        pos += len;
      } else if (t === 3) {
        const len = varint();
        keys.push(new TextDecoder().decode(buf.subarray(pos, pos + len)));
        pos += len;
      } else if (t === 4) {
        const vend = varint() + pos;
        message(vend, (vt, vw) => {
          if (vt === 4 || vt === 5) values.push(varint());
          else if (vt === 6) values.push(zigzag(varint()));
          else if (vt === 3) {
            values.push(new DataView(buf.buffer, buf.byteOffset + pos, 8).getFloat64(0, true));
            pos += 8;
          } else skip(vw);
        });
      } else if (t === 2) {
        const fend = varint() + pos;
        const f = { tags: [] as number[], x: 0, y: 0 };
        message(fend, (ft, fw) => {
          if (ft === 2) {
            const tend = varint() + pos;
            while (pos < tend) f.tags.push(varint());
          } else if (ft === 4) {
            const gend = varint() + pos;
            varint();
            f.x = zigzag(varint());
            f.y = zigzag(varint());
            pos = gend;
          } else skip(fw);
        });
        raw.push(f);
      } else skip(w);
    });
    layers[name] = raw.map((f) => {
      const tags: Record<string, number> = {};
      for (let i = 0; i < f.tags.length; i += 2) {
        tags[keys[f.tags[i] as number] as string] = values[f.tags[i + 1] as number] as number;
      }
      return { tags, x: f.x, y: f.y };
    });
  });
  return layers;
}

// Wider than the places (lon 39–48), so some tiles inside the bounds are empty.
const BOUNDS: [number, number, number, number] = [33, 29.0, 48.6, 37.4];

function samplePlaces(n: number): TilePlace[] {
  const rand = mulberry32(42);
  const int = (k: number) => Math.floor(rand() * k);
  const places: TilePlace[] = [];
  for (let id = 0; id < n; id++) {
    const cat = int(CATEGORIES.length);
    const d0 = 17_897 + int(300);
    places.push({
      id,
      geometry: { type: 'Point', coordinates: [39 + rand() * 9, 29.5 + rand() * 7.5] },
      props: {
        cat,
        cats: (1 << cat) | (rand() < 0.3 ? 1 << int(CATEGORIES.length) : 0),
        p: int(PRECISIONS.length),
        n: 1 + int(3),
        ...(rand() < 0.9 ? { d0, d1: d0 + int(20) } : {}),
        ...(rand() < 0.2 ? { u: 1 } : {}),
      },
    });
  }
  places.push({
    id: n,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [42, 33],
          [44, 33],
          [44, 35],
          [42, 35],
          [42, 33],
        ],
      ],
    },
    props: { cat: 0, cats: 1, p: 3, n: 4, d0: 17_900, d1: 17_950 },
  });
  return places;
}

describe('cutTiles', () => {
  const places = samplePlaces(3000);
  const points = places.filter((p) => p.geometry.type === 'Point');
  const tiles = [...cutTiles(places, { bounds: BOUNDS, maxZoom: 7, clusterMaxZoom: 6 })];
  const at = (z: number) => tiles.filter((t) => t.z === z);

  it('writes every tile inside the bounds, empty ones as zero bytes', () => {
    for (let z = 0; z <= 7; z++) {
      const r = tileRange(z, BOUNDS);
      expect(at(z).length, `z${z}`).toBe((r.x1 - r.x0 + 1) * (r.y1 - r.y0 + 1));
    }
    expect(tiles.some((t) => t.data.length === 0)).toBe(true);
  });

  it('keeps the filter aggregates honest at z0: categories, precisions, dates, undated, claims', () => {
    const [tile] = at(0);
    const features = decode(tile?.data as Uint8Array).places ?? [];
    const places = features.reduce((t, f) => t + (f.tags.count ?? 1), 0);
    expect(places).toBe(points.length);
    expect(features.some((f) => f.tags.count)).toBe(true);
    CATEGORIES.forEach((_, k) => {
      const expected = points.filter((p) => (p.props.cats >> k) & 1).length;
      const got = features.reduce(
        (t, f) => t + (f.tags.count ? (f.tags[`c${k}`] ?? 0) : ((f.tags.cats as number) >> k) & 1),
        0,
      );
      expect(got, `c${k}`).toBe(expected);
    });
    PRECISIONS.forEach((_, k) => {
      const expected = points.filter((p) => p.props.p === k).length;
      const got = features.reduce(
        (t, f) => t + (f.tags.count ? (f.tags[`p${k}`] ?? 0) : f.tags.p === k ? 1 : 0),
        0,
      );
      expect(got, `p${k}`).toBe(expected);
    });
    const claims = points.reduce((t, p) => t + p.props.n, 0);
    expect(features.reduce((t, f) => t + f.tags.n!, 0)).toBe(claims);
    const undated = points.filter((p) => p.props.u).length;
    expect(
      features.reduce((t, f) => t + (f.tags.count ? (f.tags.u ?? 0) : f.tags.u ? 1 : 0), 0),
    ).toBe(undated);
    const d0 = Math.min(...points.flatMap((p) => (p.props.d0 === undefined ? [] : [p.props.d0])));
    expect(Math.min(...features.map((f) => f.tags.d0 ?? Infinity))).toBe(d0);
    for (const f of features.filter((g) => g.tags.count)) {
      expect(f.tags.id, 'a cluster id never collides with a place id').toBeGreaterThan(
        points.length,
      );
    }
  });

  it('draws single places above the cluster zoom, each once, with its own attributes', () => {
    const seen = new Map<number, Record<string, number>>();
    for (const t of at(7)) {
      for (const f of decode(t.data).places ?? []) {
        expect(f.tags.count).toBeUndefined();
        // A tile also carries its neighbours' points in its buffer: count each in its own tile.
        if (f.x < 0 || f.y < 0 || f.x >= EXTENT || f.y >= EXTENT) continue;
        expect(seen.has(f.tags.id as number)).toBe(false);
        seen.set(f.tags.id as number, f.tags);
      }
    }
    expect(seen.size).toBe(points.length);
    for (const p of points.slice(0, 200)) {
      const { id, ...tags } = seen.get(p.id) as Record<string, number>;
      expect(id).toBe(p.id);
      expect(tags).toEqual(p.props);
    }
  });

  it('puts areas in their own layer with the same attributes', () => {
    const area = at(5).flatMap((t) => decode(t.data).areas ?? []);
    expect(area.length).toBeGreaterThan(0);
    expect(area[0]?.tags).toEqual({
      id: 3000,
      cat: 0,
      cats: 1,
      p: 3,
      n: 4,
      d0: 17_900,
      d1: 17_950,
    });
  });
});
