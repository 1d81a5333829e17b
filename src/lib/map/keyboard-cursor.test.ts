import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { cursorAnnouncement, cursorKey, cursorOrder, stepCursor } from './keyboard-cursor';

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

  it('calls the speaker as an object, so a method reading `this` (the UI locale) works', () => {
    class Locale {
      t = en;
      prefix = 'named ';
      name(place: { name_en: string }) {
        return this.prefix + place.name_en;
      }
    }
    const place = {
      name_en: 'Qaim',
      claim_count: 1,
      independent_origins: 1,
      precision: 'site' as const,
    };
    expect(cursorAnnouncement(place, 1, 1, new Locale())).toMatch(/^named Qaim /);
  });
});
