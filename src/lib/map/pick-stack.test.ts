import { describe, expect, it } from 'vitest';
import type { LonLat } from '../data/types';
import {
  SAME_SPOT_PX,
  clickStack,
  hoverStack,
  stackHint,
  type CameraKey,
  type Here,
  type Project,
  type StackCycle,
} from './pick-stack';

const CAMERA: CameraKey = { zoom: 5.6, bearing: 0, pitch: 0 };
const STACK = ['qaim', 'western-desert', 'anbar', 'iraq'];

/** A flat map: one degree is 100 px, shifted by `dx` px (as a panel padding the camera does). */
const flat =
  (dx = 0): Project =>
  ([lon, lat]) => ({ x: lon * 100 + dx, y: -lat * 100 });

function here(overrides: Partial<Here> = {}, project: Project = flat()): Here {
  const at: LonLat = overrides.at ?? [41, 34.4];
  return { ids: STACK, point: project(at), at, camera: CAMERA, ...overrides };
}

/** Clicks `times` times at `spot`, each time with what the previous click selected. */
function clickTimes(times: number, spot: Here = here(), project: Project = flat()) {
  let cycle: StackCycle | null = null;
  let selected: string | null = null;
  const opened: string[] = [];
  for (let i = 0; i < times; i++) {
    const r: { id: string; cycle: StackCycle } = clickStack(cycle, spot, project, selected)!;
    cycle = r.cycle;
    selected = r.id;
    opened.push(r.id);
  }
  return { opened, cycle, selected };
}

describe('clickStack', () => {
  it('opens the first mark, then each next one at the same spot, round and round', () => {
    expect(clickTimes(5).opened).toEqual(['qaim', 'western-desert', 'anbar', 'iraq', 'qaim']);
  });

  it('reaches every mark of a stack of n in at most n clicks', () => {
    const { opened } = clickTimes(STACK.length);
    expect(new Set(opened)).toEqual(new Set(STACK));
  });

  it('counts a click within a few pixels as the same spot, and one further away as new', () => {
    const { cycle, selected } = clickTimes(1);
    const near = here({ point: { x: 4100 + SAME_SPOT_PX - 1, y: -3440 } });
    expect(clickStack(cycle, near, flat(), selected)?.id).toBe('western-desert');
    const far = here({ point: { x: 4100 + SAME_SPOT_PX + 2, y: -3440 } });
    expect(clickStack(cycle, far, flat(), selected)?.id).toBe('qaim');
  });

  it('follows the spot on the ground when the map slides under the pointer', () => {
    // The panel opened by the first click pads the camera: the map moves 224 px left.
    const { cycle, selected } = clickTimes(1);
    const moved = flat(-224);
    const atSpot = here({}, moved);
    expect(clickStack(cycle, atSpot, moved, selected)?.id).toBe('western-desert');
    // The old pixel now shows other ground: a fresh stack there.
    const oldPixel = here({ point: flat()([41, 34.4]), at: [43.24, 34.4], ids: ['iraq'] }, moved);
    expect(clickStack(cycle, oldPixel, moved, selected)?.id).toBe('iraq');
  });

  it('starts over after a zoom, a change of what is under the pointer, or another selection', () => {
    const { cycle, selected } = clickTimes(2);
    expect(selected).toBe('western-desert');
    const zoomed = here({ camera: { ...CAMERA, zoom: 6 } });
    expect(clickStack(cycle, zoomed, flat(), selected)?.id).toBe('qaim');
    const filtered = here({ ids: ['western-desert', 'anbar', 'iraq'] });
    expect(clickStack(cycle, filtered, flat(), selected)?.id).toBe('western-desert');
    // Chosen from the list, or the panel closed: the next click is a first click again.
    expect(clickStack(cycle, here(), flat(), 'kirkuk')?.id).toBe('qaim');
    expect(clickStack(cycle, here(), flat(), null)?.id).toBe('qaim');
  });

  it('keeps its own order when two dots swap places in the pick order a pixel away', () => {
    const { cycle, selected } = clickTimes(1);
    const swapped = here({ ids: ['western-desert', 'qaim', 'anbar', 'iraq'] });
    expect(clickStack(cycle, swapped, flat(), selected)?.id).toBe('western-desert');
  });

  it('does nothing on empty map', () => {
    expect(clickStack(null, here({ ids: [] }), flat(), null)).toBeNull();
  });
});

describe('hoverStack', () => {
  it('names the first mark and the next one somewhere new', () => {
    expect(hoverStack(null, here(), flat(), null)).toEqual({
      id: 'qaim',
      count: 4,
      next: 'western-desert',
    });
  });

  it('names what the last click here opened and what the next click opens', () => {
    const { cycle, selected } = clickTimes(4);
    expect(hoverStack(cycle, here(), flat(), selected)).toEqual({
      id: 'iraq',
      count: 4,
      next: 'qaim',
    });
  });

  it('has no next for a mark alone under the pointer, and nothing on empty map', () => {
    expect(hoverStack(null, here({ ids: ['kirkuk'] }), flat(), null)).toEqual({
      id: 'kirkuk',
      count: 1,
      next: null,
    });
    expect(hoverStack(null, here({ ids: [] }), flat(), null)).toBeNull();
  });
});

describe('stackHint', () => {
  const names: Record<string, string> = { anbar: 'Al-Anbar Governorate', qaim: 'Al-Qaim' };
  const nameOf = (id: string) => names[id] ?? id;

  it('says how many marks are here and what clicking again opens, by name', () => {
    expect(stackHint({ id: 'qaim', count: 3, next: 'anbar' }, nameOf)).toBe(
      '3 marks here: click again for Al-Anbar Governorate',
    );
  });

  it('says nothing for a mark alone', () => {
    expect(stackHint({ id: 'qaim', count: 1, next: null }, nameOf)).toBeNull();
  });
});
