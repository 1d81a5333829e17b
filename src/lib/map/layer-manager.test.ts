import { describe, expect, it } from 'vitest';
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { Category } from '../data/types';
import { places } from './fake-places';
import { hatchImageIds } from './hatch';
import { prepareIncidentData } from './layer-data';
import { ANCHOR_SOURCE, HIDDEN, INCIDENT_SOURCE, LAYER } from './layer-ids';
import {
  addIncidentLayers,
  applyMarks,
  drawn,
  markPlace,
  removeIncidentLayers,
  setIncidentLabelLanguage,
  showPlaces,
  type LayerMap,
} from './layer-manager';
import { incidentLayers } from './layer-spec';

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
});
