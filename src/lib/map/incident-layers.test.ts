import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { Geometry } from 'geojson';
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { PublishedPlace } from '../data/published';
import type { Category } from '../data/types';
import { CATEGORIES } from '../data/vocabulary';
// The build computes shape, anchor and area; the test builds its places the same way.
import { anchorOf, areaKm2, shapeOf } from '../../pipeline/data/anchor';
import { sizeScale } from '../legend/scales';
import { buildStyle } from './style';
import {
  ANCHOR_SOURCE,
  HIDDEN,
  INCIDENT_SOURCE,
  LAYER,
  MARK_CATEGORY,
  MARK_CLAIMS,
  addIncidentLayers,
  applyMarks,
  cursorAnnouncement,
  cursorKey,
  cursorOrder,
  drawn,
  glyphInk,
  glyphInsideFrom,
  hatchImage,
  hatchImageIds,
  hatchLayerId,
  incidentLayers,
  markPlace,
  pickOrder,
  pickPlace,
  prepareIncidentData,
  removeIncidentLayers,
  setIncidentLabelLanguage,
  showPlaces,
  slimFeatures,
  stepCursor,
  type LayerMap,
} from './incident-layers';

/** A place's published properties; shape, anchor and area as the build computes them. */
function props(geometry: Geometry, overrides: Partial<PublishedPlace> = {}): PublishedPlace {
  return {
    id: 'qaim',
    name_en: 'Qaim',
    name_ar: 'القائم',
    kind: 'town',
    precision: 'settlement',
    country: 'IQ',
    province: 'IQ-AN',
    approximate: false,
    geometry_source: 'geonames',
    shape: shapeOf(geometry),
    anchor: anchorOf(geometry),
    area_km2: areaKm2(geometry),
    claim_count: 3,
    independent_origins: 1,
    dominant_category: 'battle-history',
    category_counts: CATEGORIES.map(() => 0),
    ...overrides,
  };
}

function place(geometry: Geometry, overrides: Partial<PublishedPlace> = {}) {
  return { geometry, properties: props(geometry, overrides) };
}

const square = (w: number, s: number, size: number): Geometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [w + size, s],
      [w + size, s + size],
      [w, s + size],
      [w, s],
    ],
  ],
});

function places() {
  return [
    place(square(40, 30, 6), { id: 'big', kind: 'region', precision: 'region' }),
    place(square(41, 31, 1), { id: 'small', kind: 'province', precision: 'province' }),
    place({ type: 'Point', coordinates: [40.99, 34.39] }),
    place(
      {
        type: 'LineString',
        coordinates: [
          [40, 33],
          [42, 33],
        ],
      },
      { id: 'border', kind: 'border', precision: 'region', measured_length_km: 599.4 },
    ),
  ];
}

/** A fake map with a style: sources, layers (in order), images and feature-state. */
function createStyleMap(
  layers: string[] = ['province-boundary', 'iraq-syria-border', 'city-dot', 'label-river'],
) {
  const order = [...layers];
  const specs = new Map<string, LayerSpecification>();
  const sources = new Map<string, SourceSpecification>();
  const images = new Map<string, unknown>();
  const states = new Map<string, Record<string, unknown>>();
  const filters = new Map<string, unknown>();
  const layout = new Map<string, unknown>();
  const fake = {
    order,
    specs,
    sources,
    images,
    states,
    filters,
    layout,
    addSource: (id: string, spec: SourceSpecification) => {
      if (sources.has(id)) throw new Error(`source ${id} exists`);
      sources.set(id, spec);
    },
    getSource: (id: string) => sources.get(id),
    removeSource: (id: string) => sources.delete(id),
    addLayer: (spec: LayerSpecification, before?: string) => {
      if (order.includes(spec.id)) throw new Error(`layer ${spec.id} exists`);
      const at = before === undefined ? order.length : order.indexOf(before);
      if (at < 0) throw new Error(`no layer ${before}`);
      order.splice(at, 0, spec.id);
      specs.set(spec.id, spec);
    },
    getLayer: (id: string) => (order.includes(id) ? { id } : undefined),
    removeLayer: (id: string) => order.splice(order.indexOf(id), 1),
    setFilter: (id: string, filter: unknown) => filters.set(id, filter),
    setLayoutProperty: (id: string, name: string, value: unknown) =>
      layout.set(`${id}/${name}`, value),
    hasImage: (id: string) => images.has(id),
    addImage: (id: string, image: unknown) => images.set(id, image),
    removeImage: (id: string) => images.delete(id),
    setFeatureState: (target: { source: string; id: string }, state: Record<string, unknown>) => {
      const key = `${target.source}/${target.id}`;
      states.set(key, { ...states.get(key), ...state });
    },
  };
  return { ...fake, asMap: fake as unknown as LayerMap };
}

describe('slimFeatures', () => {
  it('keeps flat properties only, without the claims', () => {
    const [point] = slimFeatures([places()[2]!]);
    expect(Object.keys(point!.properties).sort()).toEqual(
      [
        'approximate',
        'area_km2',
        'claim_count',
        'dominant_category',
        'id',
        'independent_origins',
        'kind',
        'length_km',
        'name_ar',
        'name_en',
        'precision',
        'shape',
      ].sort(),
    );
  });

  it('sorts areas largest first, so smaller areas draw above', () => {
    const ids = slimFeatures(places()).map((f) => f.properties.id);
    expect(ids.indexOf('big')).toBeLessThan(ids.indexOf('small'));
  });

  it('passes on the build’s shape and area, and the measured length of lines', () => {
    const byId = new Map(slimFeatures(places()).map((f) => [f.properties.id, f.properties]));
    expect(byId.get('qaim')).toMatchObject({ shape: 'point', area_km2: 0, length_km: 0 });
    expect(byId.get('border')).toMatchObject({ shape: 'line', length_km: 599.4 });
    // One degree square at 31°N is about 111 × 95 km.
    expect(byId.get('small')!.area_km2).toBeGreaterThan(9_000);
    expect(byId.get('small')!.area_km2).toBeLessThan(12_000);
  });
});

describe('incidentLayers', () => {
  it('makes a style MapLibre accepts, with every layer on top of the basemap', () => {
    const style = buildStyle({ basemapUrl: 'basemap/', lang: 'en' });
    const data = prepareIncidentData(places());
    style.sources[INCIDENT_SOURCE] = {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: data.slim },
      promoteId: 'id',
    };
    style.sources[ANCHOR_SOURCE] = {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: data.anchors },
      promoteId: 'id',
    };
    style.layers.push(...incidentLayers(12, 'both').map((l) => l.spec));
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('goes under existing basemap layers only', () => {
    const basemap = new Set(
      buildStyle({ basemapUrl: 'basemap/', lang: 'en' }).layers.map((l) => l.id),
    );
    for (const { before } of incidentLayers(12, 'en'))
      if (before) expect(basemap.has(before)).toBe(true);
  });

  it('never draws a crisp dot for a province- or region-level place', () => {
    const point = incidentLayers(12, 'en').find((l) => l.spec.id === LAYER.point)!.spec as {
      filter?: unknown;
    };
    expect(JSON.stringify(point.filter)).not.toMatch(/province|region/);
  });
});

describe('glyphs', () => {
  it('puts the glyph inside circles from the count whose radius holds it', () => {
    const n = glyphInsideFrom(18);
    expect(sizeScale(18)(n)).toBeGreaterThanOrEqual(8);
    expect(sizeScale(18)(n - 1)).toBeLessThan(8);
  });

  it('writes dark glyphs on light colours and white on dark ones', () => {
    expect(glyphInk('#F0E442')).toBe('#1d1d1b');
    expect(glyphInk('#332288')).toBe('#ffffff');
  });
});

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

describe('adding and removing', () => {
  it('adds images, both sources with promoteId and every layer below the labels', () => {
    const map = createStyleMap();
    addIncidentLayers(map.asMap, prepareIncidentData(places()), { maxClaims: 12, lang: 'en' });
    expect([...map.images.keys()].sort()).toEqual(hatchImageIds().sort());
    expect(map.sources.get(INCIDENT_SOURCE)).toMatchObject({ type: 'geojson', promoteId: 'id' });
    expect(map.sources.get(ANCHOR_SOURCE)).toMatchObject({ promoteId: 'id' });
    for (const id of Object.values(LAYER)) expect(map.order).toContain(id);
    expect(map.order.indexOf(LAYER.areaFill)).toBeLessThan(map.order.indexOf('province-boundary'));
    expect(map.order.indexOf(LAYER.point)).toBeLessThan(map.order.indexOf('label-river'));
    expect(map.order.slice(-2)).toEqual([LAYER.pointLabel, LAYER.pointGlyph]);
  });

  it('is idempotent and falls back to the top when a basemap layer is missing', () => {
    const map = createStyleMap([]);
    const data = prepareIncidentData(places());
    addIncidentLayers(map.asMap, data, { maxClaims: 12, lang: 'en' });
    addIncidentLayers(map.asMap, data, { maxClaims: 12, lang: 'en' });
    expect(map.order).toEqual(incidentLayers(12, 'en').map((l) => l.spec.id));
  });

  it('removes everything it added and nothing else', () => {
    const map = createStyleMap();
    addIncidentLayers(map.asMap, prepareIncidentData(places()), { maxClaims: 12, lang: 'en' });
    removeIncidentLayers(map.asMap);
    expect(map.order).toEqual([
      'province-boundary',
      'iraq-syria-border',
      'city-dot',
      'label-river',
    ]);
    expect(map.sources.size).toBe(0);
    expect(map.images.size).toBe(0);
  });
});

it('removing from a removed map (no style) touches nothing', () => {
  const map = createStyleMap();
  const gone = {
    ...map.asMap,
    getSource: () => undefined,
    hasImage: () => {
      throw new Error('no style');
    },
  } as LayerMap;
  expect(() => removeIncidentLayers(gone)).not.toThrow();
});

describe('filtering', () => {
  const ids = ['big', 'small', 'qaim', 'border'];
  const setup = () => {
    const map = createStyleMap();
    const calls: string[] = [];
    const fake = map.asMap as unknown as Pick<typeof map, 'setFeatureState'>;
    fake.setFeatureState = (target, state) => {
      calls.push(`${target.source}/${target.id}=${String(state[HIDDEN])}`);
      map.setFeatureState(target, state);
    };
    addIncidentLayers(map.asMap, prepareIncidentData(places()), { maxClaims: 12, lang: 'en' });
    return { map, calls };
  };
  const hidden = (map: ReturnType<typeof createStyleMap>) =>
    ids.filter((id) => map.states.get(`${INCIDENT_SOURCE}/${id}`)?.[HIDDEN] === true);

  it('hides the places left out through feature-state in both sources, not a layer filter', () => {
    const { map } = setup();
    const before = map.sources.get(INCIDENT_SOURCE);
    showPlaces(map.asMap, new Set(['qaim', 'border']));
    expect(hidden(map)).toEqual(['big', 'small']);
    expect(map.states.get(`${ANCHOR_SOURCE}/big`)).toEqual({ [HIDDEN]: true });
    expect(map.filters.size).toBe(0);
    expect(map.sources.get(INCIDENT_SOURCE)).toBe(before);
  });

  it('touches only the places whose visibility changed', () => {
    const { map, calls } = setup();
    showPlaces(map.asMap, new Set(ids));
    expect(calls).toEqual([]);
    showPlaces(map.asMap, new Set(['qaim']));
    expect(calls).toHaveLength(6); // big, small, border × 2 sources
    calls.length = 0;
    showPlaces(map.asMap, new Set(['qaim', 'big']));
    expect(calls).toEqual([`${INCIDENT_SOURCE}/big=false`, `${ANCHOR_SOURCE}/big=false`]);
    expect(hidden(map)).toEqual(['small', 'border']);
  });

  it('starts over once the layers are removed and added again', () => {
    const { map } = setup();
    showPlaces(map.asMap, new Set(['qaim']));
    removeIncidentLayers(map.asMap);
    map.states.clear();
    addIncidentLayers(map.asMap, prepareIncidentData(places()), { maxClaims: 12, lang: 'en' });
    showPlaces(map.asMap, new Set(['qaim']));
    expect(hidden(map)).toEqual(['big', 'small', 'border']);
  });

  it('draws a hidden place fully transparent on every layer', () => {
    for (const { spec } of incidentLayers(12, 'en')) {
      const paint = Object.entries((spec as { paint?: Record<string, unknown> }).paint ?? {});
      const opacities = paint.filter(([k]) => k.endsWith('-opacity'));
      expect(opacities.length, spec.id).toBeGreaterThan(0);
      for (const [key, value] of opacities) {
        expect(value, `${spec.id} ${key}`).toEqual([
          'case',
          ['boolean', ['feature-state', HIDDEN], false],
          0,
          expect.anything(),
        ]);
      }
    }
  });

  it('leaves hidden features out of a rendered-features answer', () => {
    const features = [{ id: 'a', state: { [HIDDEN]: true } }, { id: 'b', state: {} }, { id: 'c' }];
    expect(drawn(features).map((f) => f.id)).toEqual(['b', 'c']);
  });

  it('switches the label language of its own labels', () => {
    const map = createStyleMap();
    addIncidentLayers(map.asMap, prepareIncidentData(places()), { maxClaims: 12, lang: 'en' });
    setIncidentLabelLanguage(map.asMap, 'ar');
    expect(JSON.stringify(map.layout.get(`${LAYER.areaLabel}/text-field`))).toContain('name_ar');
  });
});

describe('markPlace', () => {
  it('sets feature-state in both sources', () => {
    const map = createStyleMap();
    addIncidentLayers(map.asMap, prepareIncidentData(places()), { maxClaims: 12, lang: 'en' });
    markPlace(map.asMap, 'qaim', 'selected', true);
    expect(map.states.get(`${INCIDENT_SOURCE}/qaim`)).toEqual({ selected: true });
    expect(map.states.get(`${ANCHOR_SOURCE}/qaim`)).toEqual({ selected: true });
  });

  it('does nothing once the sources are gone', () => {
    const map = createStyleMap();
    markPlace(map.asMap, 'qaim', 'hovered', true);
    expect(map.states.size).toBe(0);
  });
});

describe('pickPlace', () => {
  const hit = (id: string, shape: 'point' | 'line' | 'area', area_km2 = 0) => ({
    properties: { id, shape, area_km2 },
  });

  it('prefers a point, then a line, then the smallest area', () => {
    expect(
      pickPlace([hit('iraq', 'area', 400_000), hit('border', 'line'), hit('qaim', 'point')]),
    ).toBe('qaim');
    expect(pickPlace([hit('iraq', 'area', 400_000), hit('border', 'line')])).toBe('border');
    expect(
      pickPlace([
        hit('iraq', 'area', 400_000),
        hit('anbar', 'area', 138_000),
        hit('desert', 'area', 27_000),
      ]),
    ).toBe('desert');
  });

  it('takes the topmost of several points', () => {
    expect(pickPlace([hit('baghouz', 'point'), hit('qaim', 'point')])).toBe('baghouz');
  });

  it('passes over places the filters hide (drawn transparent, still hit)', () => {
    const visible = new Set(['iraq', 'border']);
    expect(pickPlace([hit('iraq', 'area', 400_000), hit('qaim', 'point')], visible)).toBe('iraq');
    expect(pickPlace([hit('qaim', 'point')], visible)).toBeNull();
  });

  it('returns null for empty map', () => {
    expect(pickPlace([])).toBeNull();
    expect(pickPlace([{ properties: null }])).toBeNull();
  });
});

describe('keyboard cursor', () => {
  const anchor = (id: string, lon: number, lat = 33) => ({
    properties: { id },
    geometry: { type: 'Point' as const, coordinates: [lon, lat] },
  });
  const anchors = [
    anchor('kirkuk', 44.4),
    anchor('rutba', 40.3),
    anchor('qaim', 41),
    anchor('baghouz', 40.95),
  ];

  it('orders visible places west to east', () => {
    expect(cursorOrder(anchors, new Set(['kirkuk', 'rutba', 'qaim', 'baghouz']))).toEqual([
      'rutba',
      'baghouz',
      'qaim',
      'kirkuk',
    ]);
    expect(cursorOrder(anchors, new Set(['kirkuk', 'qaim']))).toEqual(['qaim', 'kirkuk']);
  });

  it('steps forwards and back, wrapping, and starts at either end', () => {
    const order = ['a', 'b', 'c'];
    expect(stepCursor(order, null, 1)).toBe('a');
    expect(stepCursor(order, null, -1)).toBe('c');
    expect(stepCursor(order, 'a', 1)).toBe('b');
    expect(stepCursor(order, 'c', 1)).toBe('a');
    expect(stepCursor(order, 'a', -1)).toBe('c');
    expect(stepCursor(order, 'gone', 1)).toBe('a');
    expect(stepCursor([], 'a', 1)).toBeNull();
  });

  it('leaves arrows, plus, minus and modified keys to MapLibre', () => {
    const key = (k: string, mods: Partial<KeyboardEvent> = {}) =>
      cursorKey({ key: k, altKey: false, ctrlKey: false, metaKey: false, ...mods });
    expect(key(']')).toBe('next');
    expect(key('n')).toBe('next');
    expect(key('[')).toBe('previous');
    expect(key('p')).toBe('previous');
    expect(key('Enter')).toBe('select');
    expect(key('Escape')).toBe('clear');
    for (const k of ['ArrowLeft', 'ArrowUp', '+', '-', '=']) expect(key(k)).toBeNull();
    expect(key('n', { ctrlKey: true })).toBeNull();
  });

  it('announces the name, claims, independent sources and position', () => {
    expect(
      cursorAnnouncement(
        { name_en: 'Qaim', claim_count: 3, independent_origins: 1, precision: 'settlement' },
        2,
        28,
      ),
    ).toBe(
      'Qaim (town or city): 3 claims, 1 independent source. Place 2 of 28, west to east. Enter opens it.',
    );
  });
});

it('covers every category with a hatch image', () => {
  expect(hatchImageIds()).toHaveLength(CATEGORIES.length + 1);
});

describe('picking among overlapping points', () => {
  const point = (id: string, distance: number, claim_count: number) => ({
    properties: { id, shape: 'point' as const, area_km2: 0, claim_count },
    distance,
  });

  it('takes the point whose centre is nearest, even under a smaller one drawn on top', () => {
    // Qaim's small dot covers Baghouz's centre at the overview: at Baghouz's centre, Baghouz.
    expect(pickPlace([point('qaim', 5.8, 3), point('baghouz', 0, 12)])).toBe('baghouz');
    expect(pickPlace([point('qaim', 0, 3), point('baghouz', 5.8, 12)])).toBe('qaim');
  });

  it('gives a tie to the smaller mark, which is drawn on top', () => {
    expect(pickPlace([point('big', 2, 12), point('small', 2, 1)])).toBe('small');
  });

  it('still prefers any point to a line or an area', () => {
    expect(
      pickPlace([
        { properties: { id: 'border', shape: 'line' }, distance: 0 },
        point('qaim', 9, 3),
      ]),
    ).toBe('qaim');
  });
});

describe('pickOrder', () => {
  const at = (id: string, shape: 'point' | 'line' | 'area', area_km2 = 0, distance?: number) => ({
    properties: { id, shape, area_km2, claim_count: 1 },
    distance,
  });

  it('orders the whole stack: points by distance, then lines, then areas small to large', () => {
    expect(
      pickOrder([
        at('iraq', 'area', 400_000),
        at('anbar', 'area', 138_000),
        at('border', 'line'),
        at('qaim', 'point', 0, 4),
        at('baghouz', 'point', 0, 1),
      ]),
    ).toEqual(['baghouz', 'qaim', 'border', 'anbar', 'iraq']);
  });

  it('lists a place hit twice once, at its nearest', () => {
    expect(
      pickOrder([
        at('qaim', 'point', 0, 6),
        at('baghouz', 'point', 0, 3),
        at('qaim', 'point', 0, 1),
      ]),
    ).toEqual(['qaim', 'baghouz']);
  });

  it('leaves out places the filters hide, and agrees with pickPlace', () => {
    const hits = [at('iraq', 'area', 400_000), at('syria', 'area', 185_000), at('qaim', 'point')];
    const visible = new Set(['iraq', 'syria']);
    expect(pickOrder(hits, visible)).toEqual(['syria', 'iraq']);
    expect(pickPlace(hits, visible)).toBe('syria');
  });
});

describe('applyMarks', () => {
  const setup = () => {
    const map = createStyleMap();
    const diffs: unknown[] = [];
    addIncidentLayers(map.asMap, prepareIncidentData(places()), { maxClaims: 12, lang: 'en' });
    const anchors = map.sources.get(ANCHOR_SOURCE) as unknown as Record<string, unknown>;
    anchors.updateData = (diff: unknown) => {
      diffs.push(diff);
      return Promise.resolve();
    };
    return { map, diffs };
  };
  const mark = (claims: number, category: Category | null = 'attack') => ({
    claims,
    origins: 1,
    category,
  });

  it('draws a filtered place from its visible claims: feature-state and anchor properties', () => {
    const { map, diffs } = setup();
    applyMarks(map.asMap, new Map([['qaim', mark(1)]]));
    for (const source of [INCIDENT_SOURCE, ANCHOR_SOURCE])
      expect(map.states.get(`${source}/qaim`)).toEqual({ claims: 1, category: 'attack' });
    expect(diffs).toEqual([
      {
        update: [
          {
            id: 'qaim',
            addOrUpdateProperties: [
              { key: 'claim_count', value: 1 },
              { key: 'independent_origins', value: 1 },
              { key: 'dominant_category', value: 'attack' },
            ],
          },
        ],
      },
    ]);
  });

  it('touches nothing when the marks are those already drawn', () => {
    const { map, diffs } = setup();
    // The fixture's places all have 3 claims, 1 origin, battle history: the full marks.
    applyMarks(map.asMap, new Map([['qaim', mark(3, 'battle-history')]]));
    expect(diffs).toEqual([]);
    expect(map.states.size).toBe(0);
    applyMarks(map.asMap, new Map([['qaim', mark(2)]]));
    applyMarks(map.asMap, new Map([['qaim', mark(2)]]));
    expect(diffs).toHaveLength(1);
  });

  it('paints size and colour from the marks, on every layer that encodes them', () => {
    const specs = incidentLayers(12, 'en').map((l) => JSON.stringify(l.spec));
    const point = specs.find((s) => s.includes(`"id":"${LAYER.point}"`))!;
    expect(point).toContain(JSON.stringify(MARK_CLAIMS));
    expect(point).toContain(JSON.stringify(MARK_CATEGORY));
    // Layout cannot read feature-state: every symbol layer draws from the updated anchors.
    for (const { spec } of incidentLayers(12, 'en')) {
      if (spec.type !== 'symbol') continue;
      expect(JSON.stringify(spec.layout), spec.id).not.toContain('feature-state');
      if (spec.id !== LAYER.lineLabel) expect(spec.source, spec.id).toBe(ANCHOR_SOURCE);
    }
  });

  it('has one hatch layer per category, each shown only for its own category', () => {
    const hatches = incidentLayers(12, 'en').filter((l) => l.spec.id.startsWith(LAYER.areaHatch));
    expect(hatches.map((l) => l.spec.id).sort()).toEqual(
      [...CATEGORIES, 'none' as const].map(hatchLayerId).sort(),
    );
    expect(hatchLayerId('none')).toBe(LAYER.areaHatch);
  });
});
