import { describe, expect, it } from 'vitest';
import { createFakeMap } from '../map/fake-map';
import { onNextIdle, withCapture, type CaptureMap } from './capture';

/**
 * A map that records what a capture does to it: pixel ratio, camera, repaints and the container's
 * size, and "renders" (fires idle) when told to.
 */
function captureFake() {
  const fake = createFakeMap();
  const style = { width: '', height: '', clipPath: '' };
  const container = { style, clientWidth: 480, clientHeight: 700 };
  const canvas = { width: 960, height: 1400, clientWidth: 480, clientHeight: 700 };
  const log: string[] = [];
  let ratio: number | null = null;
  let camera = {
    center: { lng: 40, lat: 34 },
    zoom: 5,
    bearing: 0,
    padding: { top: 0, right: 0, bottom: 0, left: 300 },
  };
  const map = {
    ...fake,
    once(type: string, fn: () => void) {
      const wrapped = () => {
        fake.off(type, wrapped);
        fn();
      };
      fake.on(type, wrapped);
      return map;
    },
    on: fake.on.bind(fake),
    off: fake.off.bind(fake),
    getPixelRatio: () => ratio ?? 1,
    setPixelRatio(r: number | null) {
      ratio = r;
      log.push(`ratio ${String(r)}`);
    },
    getCenter: () => camera.center,
    getZoom: () => camera.zoom,
    getBearing: () => camera.bearing,
    getPadding: () => camera.padding,
    jumpTo(o: {
      center: [number, number] | { lng: number; lat: number };
      zoom: number;
      bearing: number;
      padding: typeof camera.padding;
    }) {
      const c = Array.isArray(o.center) ? { lng: o.center[0], lat: o.center[1] } : o.center;
      camera = { center: c, zoom: o.zoom, bearing: o.bearing, padding: o.padding };
      log.push(`jump ${c.lng},${c.lat} z${o.zoom} pad-left ${o.padding.left}`);
    },
    triggerRepaint: () => log.push('repaint'),
    getCanvas: () => canvas,
    getContainer: () => container,
    resize: () => log.push(`resize ${style.width || 'auto'}x${style.height || 'auto'}`),
  };
  return {
    map: map as unknown as CaptureMap,
    log,
    style,
    render: () => fake.fire('idle'),
    listeners: () => fake.count('idle'),
  };
}

describe('onNextIdle', () => {
  it('asks for a render and runs the reader inside the next idle', async () => {
    const f = captureFake();
    const read = onNextIdle(f.map, () => 'pixels');
    expect(f.log).toEqual(['repaint']);
    f.render();
    await expect(read).resolves.toBe('pixels');
    expect(f.listeners()).toBe(0);
  });

  it('rejects when the reader throws', async () => {
    const f = captureFake();
    const read = onNextIdle(f.map, () => {
      throw new Error('tainted');
    });
    f.render();
    await expect(read).rejects.toThrow('tainted');
  });
});

describe('withCapture', () => {
  it('draws at the ratio and the camera asked for, then puts both back', async () => {
    const f = captureFake();
    const result = await withCapture(
      f.map,
      { ratio: 2 },
      (canvas) => `copy of ${canvas.width}px`,
      async (shoot) => {
        const shot = shoot({ center: [41, 34.4], zoom: 9, bearing: 0 });
        f.render();
        return shot;
      },
      1,
    );
    expect(result).toEqual({
      image: 'copy of 960px',
      cssWidth: 480,
      cssHeight: 700,
      ratio: 2,
      latitude: 34.4,
      zoom: 9,
    });
    expect(f.log).toEqual([
      'ratio 2',
      'jump 41,34.4 z9 pad-left 0',
      'repaint',
      // back to following the screen (null), and to the camera with its padding
      'ratio null',
      'jump 40,34 z5 pad-left 300',
    ]);
  });

  it('keeps an explicit ratio that was set before, and leaves the camera alone without one', async () => {
    const f = captureFake();
    f.map.setPixelRatio(1.5);
    f.log.length = 0;
    await withCapture(
      f.map,
      { ratio: 2 },
      () => null,
      async (shoot) => {
        const shot = shoot();
        f.render();
        return shot;
      },
      1,
    );
    expect(f.log).toEqual(['ratio 2', 'repaint', 'ratio 1.5']);
  });

  it('draws at another size clipped to the old one, and restores it even on failure', async () => {
    const f = captureFake();
    await expect(
      withCapture(
        f.map,
        { ratio: 2, size: { width: 800, height: 600 } },
        () => null,
        async () => {
          expect(f.style).toEqual({
            width: '800px',
            height: '600px',
            clipPath: 'inset(0 320px 0px 0)',
          });
          throw new Error('boom');
        },
        1,
      ),
    ).rejects.toThrow('boom');
    expect(f.style).toEqual({ width: '', height: '', clipPath: '' });
    expect(f.log).toEqual(['resize 800pxx600px', 'ratio 2', 'resize autoxauto', 'ratio null']);
  });
});
