import { describe, expect, it, vi } from 'vitest';
import { MAX_BOUNDS } from '../map/camera';
import { rect } from '../map/fake-rect';
import {
  cardPadding,
  fitCanvas,
  FLY_DURATION_MS,
  moveCamera,
  releasePanLimit,
  restorePanLimit,
  returnToExplorer,
  unpadInPlace,
} from './camera';

const frame = rect(0, 0, 1280, 720);
const camera = { center: [40.95, 34.46] as [number, number], zoom: 9, bearing: 0 };

function fakeMap() {
  return { flyTo: vi.fn(), jumpTo: vi.fn(), setMaxBounds: vi.fn() };
}

describe('cardPadding', () => {
  it('pads the side a card covers, plus a margin', () => {
    expect(cardPadding(rect(16, 16, 560, 688), frame)).toEqual({
      top: 24,
      right: 24,
      bottom: 24,
      left: 600,
    });
    expect(cardPadding(rect(704, 16, 560, 688), frame).right).toBe(600);
  });

  it('pads the bottom for a card across the bottom of a small screen', () => {
    const phone = rect(0, 0, 390, 800);
    expect(cardPadding(rect(0, 500, 390, 300), phone)).toEqual({
      top: 24,
      right: 24,
      bottom: 324,
      left: 24,
    });
  });

  it('pads only the margin without a card', () => {
    expect(cardPadding(null, frame)).toEqual({ top: 24, right: 24, bottom: 24, left: 24 });
    expect(cardPadding(rect(0, 0, 0, 0), frame).left).toBe(24);
  });
});

describe('moveCamera', () => {
  const padding = { top: 24, right: 24, bottom: 24, left: 600 };

  it('flies to the step camera', () => {
    const map = fakeMap();
    moveCamera(map, camera, { instant: false, padding });
    expect(map.flyTo).toHaveBeenCalledWith({
      center: [40.95, 34.46],
      zoom: 9,
      bearing: 0,
      padding,
      duration: FLY_DURATION_MS,
    });
    expect(map.jumpTo).not.toHaveBeenCalled();
  });

  it('jumps when asked for an instant move (reduced motion, first load)', () => {
    const map = fakeMap();
    moveCamera(map, camera, { instant: true, padding });
    expect(map.jumpTo).toHaveBeenCalledWith({
      center: [40.95, 34.46],
      zoom: 9,
      bearing: 0,
      padding,
    });
    expect(map.flyTo).not.toHaveBeenCalled();
  });

  it('never hands the map the data’s own array', () => {
    const map = fakeMap();
    moveCamera(map, camera, { instant: true, padding });
    expect(map.jumpTo.mock.calls[0]?.[0].center).not.toBe(camera.center);
  });
});

describe('pan limit', () => {
  it('is lifted while presenting and put back afterwards', () => {
    const map = fakeMap();
    releasePanLimit(map);
    expect(map.setMaxBounds).toHaveBeenLastCalledWith(null);
    restorePanLimit(map);
    expect(map.setMaxBounds).toHaveBeenLastCalledWith(MAX_BOUNDS);
  });
});

describe('unpadInPlace', () => {
  function paddedMap(padding: { top: number; right: number; bottom: number; left: number }) {
    return {
      getPadding: vi.fn(() => padding),
      getCanvas: vi.fn(() => ({ clientWidth: 1280, clientHeight: 720 }) as HTMLCanvasElement),
      unproject: vi.fn(() => ({ lng: 38.1, lat: 34.2 }) as never),
      jumpTo: vi.fn(),
    };
  }

  it('recentres on the middle of the canvas with no padding', () => {
    const map = paddedMap({ top: 24, right: 24, bottom: 24, left: 600 });
    unpadInPlace(map);
    expect(map.unproject).toHaveBeenCalledWith([640, 360]);
    expect(map.jumpTo).toHaveBeenCalledWith({
      center: { lng: 38.1, lat: 34.2 },
      padding: { top: 0, right: 0, bottom: 0, left: 0 },
    });
  });

  it('leaves an unpadded map alone', () => {
    const map = paddedMap({ top: 0, right: 0, bottom: 0, left: 0 });
    unpadInPlace(map);
    expect(map.jumpTo).not.toHaveBeenCalled();
  });
});

describe('returnToExplorer', () => {
  /** A map whose container is `width` wide and whose canvas is `canvasWidth` until resized. */
  function resizingMap(width: number, canvasWidth: number) {
    const calls: string[] = [];
    const canvas = { clientWidth: canvasWidth, clientHeight: 600 };
    return {
      calls,
      getCanvas: () => canvas as HTMLCanvasElement,
      getContainer: () => ({ clientWidth: width, clientHeight: 600 }) as HTMLElement,
      resize: vi.fn(() => {
        calls.push('resize');
        canvas.clientWidth = width;
        return undefined as never;
      }),
      stop: vi.fn(() => calls.push('stop') as never),
      setMaxBounds: vi.fn(() => calls.push('setMaxBounds') as never),
      jumpTo: vi.fn(() => calls.push('jumpTo') as never),
    };
  }
  const explorer = { center: [43.6, 33.3] as [number, number], zoom: 5.5, bearing: 0 };
  const panel = { top: 0, right: 448, bottom: 0, left: 0 };

  it('stops any flight, fits the canvas to the explorer, restores the pan limit, then jumps', () => {
    const map = resizingMap(900, 1280);
    returnToExplorer(map, explorer, panel);
    expect(map.calls).toEqual(['stop', 'resize', 'setMaxBounds', 'jumpTo']);
    expect(map.setMaxBounds).toHaveBeenCalledWith(MAX_BOUNDS);
    expect(map.jumpTo).toHaveBeenCalledWith({
      center: [43.6, 33.3],
      zoom: 5.5,
      bearing: 0,
      padding: panel,
    });
  });

  it('does not resize a canvas that already fits', () => {
    const map = resizingMap(900, 900);
    fitCanvas(map);
    expect(map.resize).not.toHaveBeenCalled();
  });
});
