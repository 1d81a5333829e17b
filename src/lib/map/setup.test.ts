import { describe, expect, it, vi } from 'vitest';
import { hasWebGL, loadMapFonts, MAP_FONT_FACES } from './setup';

function fakeDocument(contexts: Record<string, unknown>) {
  return {
    createElement: () => ({ getContext: (kind: string) => contexts[kind] ?? null }),
  } as unknown as Document;
}

describe('hasWebGL', () => {
  it('accepts WebGL 2 or WebGL 1', () => {
    expect(hasWebGL(fakeDocument({ webgl2: {} }))).toBe(true);
    expect(hasWebGL(fakeDocument({ webgl: {} }))).toBe(true);
  });

  it('reports no WebGL when neither context can be had, or when asking throws', () => {
    expect(hasWebGL(fakeDocument({}))).toBe(false);
    const throwing = {
      createElement: () => {
        throw new Error('blocked');
      },
    } as unknown as Document;
    expect(hasWebGL(throwing)).toBe(false);
  });
});

describe('loadMapFonts', () => {
  it('loads every face with a sample that covers Latin diacritics and Arabic', async () => {
    const load = vi.fn(() => Promise.resolve([]));
    const failed = await loadMapFonts({ load });
    expect(failed).toEqual([]);
    expect(load.mock.calls.map((c) => (c as unknown[])[0])).toEqual([...MAP_FONT_FACES]);
    const sample = (load.mock.calls[0] as unknown[])[1] as string;
    expect(sample).toMatch(/[\u0600-\u06ff]/);
    expect(sample).toMatch(/ţ/);
  });

  it('reports faces that failed instead of rejecting', async () => {
    const load = vi.fn((face: string) =>
      face.includes('Arabic') ? Promise.reject(new Error('offline')) : Promise.resolve([]),
    );
    const failed = await loadMapFonts({ load });
    expect(failed.sort()).toEqual(MAP_FONT_FACES.filter((f) => f.includes('Arabic')).sort());
  });
});
