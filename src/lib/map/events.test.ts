import { describe, expect, it, vi } from 'vitest';
import { listen, onFirstIdle, whenStyleReady } from './events';
import { createFakeMap } from './fake-map';

describe('listen', () => {
  it('subscribes and returns an off that unsubscribes', () => {
    const map = createFakeMap();
    const fn = vi.fn();
    const off = listen(map.asMap, 'click', fn);
    map.fire('click', { x: 1 });
    expect(fn).toHaveBeenCalledWith({ x: 1 });
    off();
    map.fire('click', { x: 2 });
    expect(fn).toHaveBeenCalledTimes(1);
    expect(map.count('click')).toBe(0);
  });
});

describe('onFirstIdle', () => {
  it('fires once, on the first idle only', () => {
    const map = createFakeMap();
    const fn = vi.fn();
    onFirstIdle(map.asMap, fn);
    map.fire('idle');
    map.fire('idle');
    expect(fn).toHaveBeenCalledTimes(1);
    expect(map.count('idle')).toBe(0);
  });

  it('can be cancelled before the map goes idle', () => {
    const map = createFakeMap();
    const fn = vi.fn();
    const off = onFirstIdle(map.asMap, fn);
    off();
    map.fire('idle');
    expect(fn).not.toHaveBeenCalled();
  });
});

describe('whenStyleReady', () => {
  it('runs at once when the style is loaded', () => {
    const map = createFakeMap(true);
    const fn = vi.fn();
    whenStyleReady(map.asMap, fn);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(map.count('styledata')).toBe(0);
  });

  it('waits for a styledata event on which the style is loaded', () => {
    const map = createFakeMap(false);
    const fn = vi.fn();
    whenStyleReady(map.asMap, fn);
    map.fire('styledata');
    expect(fn).not.toHaveBeenCalled();
    map.state.styleLoaded = true;
    map.fire('styledata');
    map.fire('styledata');
    expect(fn).toHaveBeenCalledTimes(1);
    expect(map.count('styledata')).toBe(0);
  });

  it('waits through a source reload that ends without a styledata event', () => {
    const map = createFakeMap(false);
    const fn = vi.fn();
    whenStyleReady(map.asMap, fn);
    map.state.styleLoaded = true;
    map.fire('idle');
    map.fire('sourcedata');
    expect(fn).toHaveBeenCalledTimes(1);
    for (const type of ['styledata', 'sourcedata', 'load', 'idle']) expect(map.count(type)).toBe(0);
  });

  it('is cancelled by its off', () => {
    const map = createFakeMap(false);
    const fn = vi.fn();
    whenStyleReady(map.asMap, fn)();
    map.state.styleLoaded = true;
    map.fire('styledata');
    expect(fn).not.toHaveBeenCalled();
  });
});
