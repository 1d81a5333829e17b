import { describe, expect, it } from 'vitest';
import { compose, wrap, type ExportContent, type Measure, type Op } from './compose';
import { CATEGORY_GLYPHS, CATEGORY_LABELS } from '../data/vocabulary';
import { sizeLegendStops } from '../legend/scales';

/** A monospace stand-in for canvas text metrics: each character is 0.55 em wide. */
const measure: Measure = (text, font) => {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 10);
  return text.length * size * 0.55;
};

function content(patch: Partial<ExportContent> = {}): ExportContent {
  return {
    heading: {
      title: 'ISIS fighters slip back into Iraq (2019)',
      subtitle: 'Qaim: 2 claims shown',
    },
    map: { width: 900, height: 600, latitude: 34.4, zoom: 7 },
    present: {
      categories: ['attack', 'battle-history'],
      precisions: ['settlement', 'province'],
      lines: true,
    },
    sizeStops: sizeLegendStops(18),
    dateRange: 'All dates',
    claimsTitle: 'Claims at Qaim',
    noClaims: 'No place selected.',
    notes: {
      claims: [
        {
          id: 'one',
          summary: 'Iraqi security forces drove ISIS out of Qaim in late 2017.',
          notes: [1, 2],
        },
        { id: 'two', summary: 'A colonel was wounded near Qaim.', notes: [1] },
      ],
      notes: [
        {
          n: 1,
          sourceId: 'a',
          text: 'The Washington Post — L. Loveluck and M. Salim, ‘ISIS militants return to Iraq, continue fight’, 21 July 2019',
        },
        {
          n: 2,
          sourceId: 'b',
          text: 'Unknown (unbylined web rewrite), ‘ISIS is Worming Their Way Back into Iraq’, July 2019',
        },
      ],
    },
    attribution: 'Boundaries: Natural Earth · Places: GeoNames · citemap',
    ...patch,
  };
}

const texts = (ops: Op[]) => ops.flatMap((op) => (op.kind === 'text' ? [op.text] : []));

describe('wrap', () => {
  it('breaks at spaces without changing a character', () => {
    const text = 'one two three four five six seven';
    const lines = wrap(text, '10px x', 5.5 * 10, measure);
    expect(lines.every((l) => measure(l, '10px x') <= 55)).toBe(true);
    expect(lines.join(' ')).toBe(text);
    expect(lines.length).toBeGreaterThan(2);
  });

  it('splits a word longer than the line', () => {
    expect(wrap('abcdefghij', '10px x', 22, measure)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('gives no lines for blank text', () => {
    expect(wrap('  ', '10px x', 100, measure)).toEqual([]);
  });
});

describe('compose', () => {
  it('puts the map at full width between a header and a footer', () => {
    const c = compose(content(), measure);
    expect(c.width).toBe(900);
    expect(c.mapRect).toEqual({ x: 0, y: c.mapRect.y, w: 900, h: 600 });
    expect(c.mapRect.y).toBeGreaterThan(40);
    expect(c.height).toBeGreaterThan(c.mapRect.y + 600 + 150);
    expect(c.ops.filter((o) => o.kind === 'map')).toHaveLength(1);
    // The paper is drawn first, under everything, over the whole image.
    expect(c.ops[0]).toMatchObject({ kind: 'rect', x: 0, y: 0, w: 900, h: c.height });
  });

  it('draws the title, the date range, the attribution and every footnote in full', () => {
    const c = compose(content(), measure);
    const all = texts(c.ops).join(' ');
    expect(texts(c.ops)).toContain('ISIS fighters slip back into Iraq (2019)');
    expect(all).toContain('Dates shown: All dates');
    expect(all).toContain('Boundaries: Natural Earth · Places: GeoNames · citemap');
    for (const note of content().notes.notes) expect(all).toContain(note.text);
    expect(texts(c.ops)).toEqual(expect.arrayContaining(['1.', '2.', '1,2', '1']));
  });

  it('keys only the categories present, each with its swatch letter and label', () => {
    const t = texts(compose(content(), measure).ops);
    expect(t).toEqual(
      expect.arrayContaining([
        CATEGORY_GLYPHS.attack,
        CATEGORY_LABELS.attack,
        CATEGORY_GLYPHS['battle-history'],
        CATEGORY_LABELS['battle-history'],
        'Town or city',
        'Province',
        'Border or river',
      ]),
    );
    expect(t).not.toContain(CATEGORY_LABELS.kidnapping);
    expect(t).not.toContain('Exact site');
  });

  it('draws km and mi scale bars at the map scale', () => {
    const t = texts(compose(content(), measure).ops);
    // 34.4° N, zoom 7: ~505 m per px, so the longest bar (120 px) rounds to 50 km and 30 mi.
    expect(t).toEqual(expect.arrayContaining(['Scale at 34.4° N', '50 km', '30 mi']));
  });

  it('keeps everything inside the image, at any width', () => {
    for (const width of [420, 800, 1280, 2000]) {
      const c = compose(content({ map: { width, height: 500, latitude: 34, zoom: 6 } }), measure);
      for (const op of c.ops) {
        if (op.kind !== 'text') continue;
        const w = measure(op.text, op.font);
        const left = op.align === 'right' ? op.x - w : op.align === 'center' ? op.x - w / 2 : op.x;
        expect(left, op.text).toBeGreaterThanOrEqual(0);
        expect(left + w, op.text).toBeLessThanOrEqual(width + 0.5);
        expect(op.y, op.text).toBeLessThanOrEqual(c.height);
      }
    }
  });

  it('says so when no claim is highlighted', () => {
    const c = compose(content({ notes: { claims: [], notes: [] } }), measure);
    expect(texts(c.ops)).toContain('No place selected.');
    expect(texts(c.ops)).not.toContain('SOURCES');
  });
});
