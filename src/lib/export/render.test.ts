import { describe, expect, it } from 'vitest';
import type { Composition } from './compose';
import { canvasMeasure, renderComposition, type Ctx2D } from './render';

/** A 2D context that records calls and the style in force at each draw. */
function recorder() {
  const calls: string[] = [];
  let depth = 0;
  const state: Record<string, unknown> = {};
  const ctx = new Proxy(state, {
    get(target, key: string) {
      if (key in target) return target[key];
      return (...args: unknown[]) => {
        if (key === 'save') depth++;
        if (key === 'restore') depth--;
        const style =
          key === 'fillText' || key === 'fill' || key === 'stroke'
            ? ` [${String(target.font ?? '')}|${String(target.fillStyle ?? '')}|${String(target.strokeStyle ?? '')}]`
            : '';
        calls.push(
          `${key}(${args.map((a) => (typeof a === 'object' ? 'img' : String(a))).join(',')})${style}`,
        );
      };
    },
    set(target, key: string, value: unknown) {
      target[key] = value;
      return true;
    },
  });
  return { ctx: ctx as unknown as Ctx2D, calls, depth: () => depth };
}

const composition: Composition = {
  width: 100,
  height: 80,
  mapRect: { x: 0, y: 20, w: 100, h: 40 },
  ops: [
    { kind: 'rect', x: 0, y: 0, w: 100, h: 80, fill: '#fff' },
    { kind: 'map', x: 0, y: 20, w: 100, h: 40 },
    { kind: 'text', x: 5, y: 12, text: 'Title', font: '700 10px "Noto Sans"', color: '#111' },
    { kind: 'circle', x: 10, y: 70, r: 4, fill: '#D55E00', stroke: '#1a1a1a', lineWidth: 0 },
    { kind: 'path', points: [], stroke: '#000', lineWidth: 1 },
  ],
};

describe('renderComposition', () => {
  it('scales once to the pixel ratio and draws each operation in order', () => {
    const r = recorder();
    renderComposition(r.ctx, composition, {} as CanvasImageSource, 2);
    expect(r.calls[1]).toBe('scale(2,2)');
    const draws = r.calls.filter((c) => /^(fill|fillText|drawImage|stroke)\(/.test(c));
    expect(draws).toEqual([
      'fill() [|#fff|]',
      'drawImage(img,0,20,100,40)',
      'fillText(Title,5,12) [700 10px "Noto Sans"|#111|]',
      'fill() [700 10px "Noto Sans"|#D55E00|]',
    ]);
    // A zero-width outline is not stroked, an empty path is not drawn; every save is restored.
    expect(r.calls.some((c) => c.startsWith('stroke('))).toBe(false);
    expect(r.depth()).toBe(0);
  });
});

describe('canvasMeasure', () => {
  it('measures in the font asked for', () => {
    const ctx = {
      font: '',
      measureText(text: string) {
        return { width: text.length * (this.font.startsWith('700') ? 2 : 1) } as TextMetrics;
      },
    };
    const measure = canvasMeasure(ctx);
    expect(measure('abc', '400 10px x')).toBe(3);
    expect(measure('abc', '700 10px x')).toBe(6);
  });
});
