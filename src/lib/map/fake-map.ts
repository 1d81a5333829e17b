import type { Map as MapLibreMap } from 'maplibre-gl';

/** A tiny stand-in for the MapLibre map's event and style surface, for unit tests (no WebGL). */
export function createFakeMap(styleLoaded = true) {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const state = { styleLoaded };
  return {
    state,
    on(type: string, fn: (...args: never[]) => void) {
      const set = listeners.get(type) ?? new Set();
      set.add(fn as (...args: unknown[]) => void);
      listeners.set(type, set);
      return this;
    },
    off(type: string, fn: (...args: never[]) => void) {
      listeners.get(type)?.delete(fn as (...args: unknown[]) => void);
      return this;
    },
    fire(type: string, ...args: unknown[]) {
      for (const fn of [...(listeners.get(type) ?? [])]) fn(...args);
    },
    count(type: string) {
      return listeners.get(type)?.size ?? 0;
    },
    isStyleLoaded() {
      return state.styleLoaded;
    },
    /** the fake, typed as the map slice the helper under test accepts */
    get asMap(): MapLibreMap {
      return this as unknown as MapLibreMap;
    },
  };
}

/** A layer as the style fake keeps it: the spec's parts the helpers read and write. */
export interface FakeLayer {
  id: string;
  type: string;
  source?: string;
  filter?: unknown;
  layout?: Record<string, unknown>;
  paint?: Record<string, unknown>;
}

/**
 * A stand-in for the map's style surface (layers in order, layout and paint properties, filters,
 * sources), for helpers that restyle layers. It keeps what is set, as MapLibre does, and counts
 * the writes, so a test can check that a second call changes nothing.
 */
export function createFakeStyleMap(layers: FakeLayer[], sources: string[] = []) {
  const order = layers.map((l) => structuredClone(l));
  const sourceIds = new Set(sources);
  const writes = { layout: 0, paint: 0, filter: 0 };
  const find = (id: string) => order.find((l) => l.id === id);
  const must = (id: string) => {
    const layer = find(id);
    if (!layer) throw new Error(`no layer ${id}`);
    return layer;
  };
  return {
    layers: order,
    writes,
    getLayersOrder: () => order.map((l) => l.id),
    getLayer: (id: string) => find(id),
    getSource: (id: string) => (sourceIds.has(id) ? { id } : undefined),
    addLayer(spec: FakeLayer, before?: string) {
      if (find(spec.id)) throw new Error(`layer ${spec.id} already exists`);
      const at = before === undefined ? -1 : order.findIndex((l) => l.id === before);
      if (at < 0) order.push(structuredClone(spec));
      else order.splice(at, 0, structuredClone(spec));
    },
    removeLayer(id: string) {
      order.splice(order.indexOf(must(id)), 1);
    },
    getLayoutProperty: (id: string, name: string) => must(id).layout?.[name],
    setLayoutProperty(id: string, name: string, value: unknown) {
      const layer = must(id);
      layer.layout = { ...layer.layout, [name]: value };
      if (value === undefined) delete layer.layout[name];
      writes.layout++;
    },
    getPaintProperty: (id: string, name: string) => must(id).paint?.[name],
    setPaintProperty(id: string, name: string, value: unknown) {
      const layer = must(id);
      layer.paint = { ...layer.paint, [name]: value };
      if (value === undefined) delete layer.paint[name];
      writes.paint++;
    },
    setFilter(id: string, filter: unknown) {
      must(id).filter = filter;
      writes.filter++;
    },
    /** the fake, typed as the map slice the helper under test accepts */
    get asMap(): MapLibreMap {
      return this as unknown as MapLibreMap;
    },
  };
}
