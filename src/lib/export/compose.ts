/**
 * The layout of an exported image, as a list of drawing operations in CSS pixels: a header band
 * (title, subtitle), the map at full width, and a footer band (key, highlighted claims with
 * footnote marks, numbered sources, scale bars, date range, attribution). Pure: text is measured
 * through the function passed in, so the layout is tested without a canvas; render.ts draws it.
 */
import {
  CATEGORY_COLORS,
  CATEGORY_GLYPHS,
  CATEGORY_LABELS,
  PRECISION_LABELS,
} from '../data/vocabulary';
import type { Category, Precision } from '../data/types';
import type { Widen } from '../i18n/en';
import { enTools } from '../i18n/en-tools';
import { PRECISION_STYLE } from '../legend/scales';
import { glyphInk } from '../legend/scales';
import { metresPerPixel, scaleBar, type Footnotes, type Heading, type Present } from './model';

/** Width of `text` in CSS px when drawn in `font` (a CSS font shorthand). */
export type Measure = (text: string, font: string) => number;

export type Op =
  | { kind: 'map'; x: number; y: number; w: number; h: number }
  | {
      kind: 'rect';
      x: number;
      y: number;
      w: number;
      h: number;
      fill?: string;
      /** fill opacity */
      alpha?: number;
      /** diagonal hatch colour drawn over the fill */
      hatch?: string;
      stroke?: string;
      lineWidth?: number;
      dash?: number[];
      /** blur radius of the whole shape, px */
      blur?: number;
    }
  | {
      kind: 'circle';
      x: number;
      y: number;
      r: number;
      fill?: string;
      alpha?: number;
      stroke?: string;
      lineWidth?: number;
    }
  | {
      kind: 'path';
      points: [number, number][];
      stroke: string;
      lineWidth: number;
      alpha?: number;
      dash?: number[];
      round?: boolean;
    }
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      font: string;
      color: string;
      align?: 'left' | 'right' | 'center';
    };

export interface ExportContent {
  heading: Heading;
  /** the map in CSS px, and its camera (for the scale) */
  map: { width: number; height: number; latitude: number; zoom: number };
  present: Present;
  /** the size key: counts and their radii (sizeLegendStops) */
  sizeStops: readonly { count: number; radius: number }[];
  dateRange: string;
  /** heading over the claim list, e.g. "Claims at Qaim" */
  claimsTitle: string;
  /** what to say when there are no highlighted claims */
  noClaims: string;
  notes: Footnotes;
  attribution: string;
  /** the words drawn into the image, in the interface language (English when not given) */
  words?: ImageWords;
}

/** The image's own words and the category and precision names of its key. */
type ImageWords = Widen<typeof enTools.exporting.image> & {
  categoryNames: Readonly<Record<Category, string>>;
  precisionNames: Readonly<Record<Precision, string>>;
};

const ENGLISH: ImageWords = {
  ...enTools.exporting.image,
  categoryNames: CATEGORY_LABELS,
  precisionNames: PRECISION_LABELS,
};

export interface Composition {
  /** CSS px; the image is drawn at a multiple of these */
  width: number;
  height: number;
  /** where the map is drawn */
  mapRect: { x: number; y: number; w: number; h: number };
  ops: Op[];
}

// The app's palette (src/app.css); a canvas cannot read CSS variables from a pure module.
const PALETTE = {
  ink: '#1d1d1b',
  paper: '#fdfcf9',
  muted: '#5b5b57',
  rule: '#cfcbc2',
} as const;
/** the neutral the precision samples are drawn in, as in the on-screen legend */
const SAMPLE = '#6f695f';
const DARK = '#1a1a1a';

// Noto Sans Arabic for an Arabic interface's words (the page has loaded it to show them).
const FAMILY = '"Noto Sans", "Noto Sans Arabic", sans-serif';
const font = (size: number, weight = 400, italic = false): string =>
  `${italic ? 'italic ' : ''}${weight} ${size}px ${FAMILY}`;

const PAD = 20;
const GAP = 28;
/** the widest a scale bar may be */
const SCALE_MAX_PX = 120;

/**
 * Splits text into lines no wider than `max` at spaces; a word wider than a whole line is split
 * between characters. Characters are never changed, only where the lines break.
 */
export function wrap(text: string, textFont: string, max: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, textFont) <= max) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (measure(rest, textFont) > max && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut), textFont) > max) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/** A column being laid out top to bottom. */
class Column {
  y: number;
  constructor(
    readonly ops: Op[],
    readonly x: number,
    readonly width: number,
    top: number,
    readonly measure: Measure,
  ) {
    this.y = top;
  }

  /** Wrapped text; returns the width of its last line. */
  text(
    text: string,
    f: { size: number; weight?: number; italic?: boolean; color?: string; lead?: number },
    indent = 0,
    reserve = 0,
  ): number {
    const textFont = font(f.size, f.weight, f.italic);
    const lead = f.lead ?? Math.round(f.size * 1.35);
    const max = this.width - indent;
    let lines = wrap(text, textFont, max, this.measure);
    const last = () => this.measure(lines[lines.length - 1] ?? '', textFont);
    if (reserve > 0 && last() + reserve > max)
      lines = wrap(text, textFont, max - reserve, this.measure);
    for (const line of lines) {
      this.y += lead;
      this.ops.push({
        kind: 'text',
        x: this.x + indent,
        y: this.y - (lead - f.size) / 2 - f.size * 0.22,
        text: line,
        font: textFont,
        color: f.color ?? PALETTE.ink,
      });
    }
    return last();
  }

  heading(text: string, gapAbove = 0): void {
    this.y += gapAbove;
    this.text(text.toUpperCase(), { size: 10.5, weight: 700, color: PALETTE.muted, lead: 15 });
    this.y += 3;
  }

  subheading(text: string): void {
    this.y += 4;
    this.text(text, { size: 11.5, weight: 600, color: PALETTE.muted, lead: 16 });
    this.y += 2;
  }

  gap(px: number): void {
    this.y += px;
  }
}

function legend(col: Column, content: ExportContent): void {
  const { ops, x } = col;
  const words = content.words ?? ENGLISH;
  col.heading(words.key);
  col.subheading(words.kind);
  if (content.present.categories.length === 0) {
    col.text(words.noMarks, { size: 12, italic: true, color: PALETTE.muted });
  }
  for (const category of content.present.categories) {
    categoryRow(col, category, words.categoryNames[category]);
  }

  if (content.sizeStops.length > 0) {
    col.subheading(words.sizes);
    const biggest = Math.max(...content.sizeStops.map((s) => s.radius));
    const base = col.y + biggest * 2 + 2;
    const cx = x + biggest + 1;
    for (const stop of content.sizeStops) {
      const cy = base - stop.radius;
      ops.push({ kind: 'circle', x: cx, y: cy, r: stop.radius, stroke: PALETTE.ink, lineWidth: 1 });
      const top = cy - stop.radius;
      ops.push({
        kind: 'path',
        points: [
          [cx, top],
          [x + biggest * 2 + 10, top],
        ],
        stroke: PALETTE.muted,
        lineWidth: 0.75,
        dash: [2, 2],
      });
      ops.push({
        kind: 'text',
        x: x + biggest * 2 + 13,
        y: top + 4,
        text: String(stop.count),
        font: font(11),
        color: PALETTE.ink,
      });
    }
    col.gap(biggest * 2 + 6);
  }

  const { precisions, lines } = content.present;
  if (precisions.length > 0 || lines) {
    col.subheading(words.precision);
    for (const precision of precisions) {
      const style = PRECISION_STYLE[precision];
      const cy = col.y + 10;
      if (style.dot) {
        if (style.haloRadius > 0)
          ops.push({
            kind: 'circle',
            x: x + 13,
            y: cy,
            r: 8.5,
            fill: SAMPLE,
            alpha: style.haloOpacity * 1.6,
          });
        ops.push({
          kind: 'circle',
          x: x + 13,
          y: cy,
          r: 5,
          fill: SAMPLE,
          stroke: style.strokeColor,
          lineWidth: style.strokeWidth,
        });
      } else {
        ops.push({
          kind: 'rect',
          x: x + 2,
          y: cy - 7,
          w: 22,
          h: 14,
          fill: SAMPLE,
          alpha: style.hatch ? 0.15 : style.fillOpacity * 4,
          ...(style.hatch ? { hatch: SAMPLE } : {}),
          stroke: SAMPLE,
          lineWidth: 1.2,
          ...(style.outlineDash ? { dash: style.outlineDash.map((d) => d * 1.2) } : {}),
          ...(style.outlineBlur > 2 ? { blur: 1.6 } : {}),
        });
      }
      sampleLabel(col, words.precisionNames[precision]);
    }
    if (lines) {
      const cy = col.y + 10;
      ops.push({
        kind: 'path',
        points: [
          [x + 4, cy + 4],
          [x + 9, cy - 3],
          [x + 13, cy],
          [x + 18, cy - 2],
          [x + 22, cy - 4],
        ],
        stroke: SAMPLE,
        lineWidth: 7,
        alpha: 0.4,
        round: true,
      });
      sampleLabel(col, words.band);
    }
  }
}

function categoryRow(col: Column, category: Category, label: string): void {
  const color = CATEGORY_COLORS[category];
  const cy = col.y + 10;
  col.ops.push({
    kind: 'circle',
    x: col.x + 9,
    y: cy,
    r: 8,
    fill: color,
    stroke: DARK,
    lineWidth: 0.75,
  });
  col.ops.push({
    kind: 'text',
    x: col.x + 9,
    y: cy + 3.6,
    text: CATEGORY_GLYPHS[category],
    font: font(10, 700),
    color: glyphInk(color),
    align: 'center',
  });
  sampleLabel(col, label);
}

function sampleLabel(col: Column, label: string): void {
  col.ops.push({
    kind: 'text',
    x: col.x + 32,
    y: col.y + 14.5,
    text: label,
    font: font(12.5),
    color: PALETTE.ink,
  });
  col.gap(21);
}

function citations(col: Column, content: ExportContent): void {
  col.heading(content.claimsTitle);
  const { claims, notes } = content.notes;
  if (claims.length === 0) {
    col.text(content.noClaims, { size: 12.5, italic: true, color: PALETTE.muted });
  }
  const supFont = font(9, 700);
  for (const claim of claims) {
    const marks = claim.notes.join(',');
    const marksWidth = marks ? col.measure(marks, supFont) + 3 : 0;
    const top = col.y;
    col.ops.push({
      kind: 'text',
      x: col.x,
      y: top + 13,
      text: '•',
      font: font(12.5),
      color: PALETTE.muted,
    });
    const last = col.text(claim.summary, { size: 12.5, lead: 17 }, 12, marksWidth);
    if (marks) {
      col.ops.push({
        kind: 'text',
        x: col.x + 12 + last + 2,
        y: col.y - 10,
        text: marks,
        font: supFont,
        color: PALETTE.ink,
      });
    }
    col.gap(4);
  }
  if (notes.length === 0) return;
  col.heading((content.words ?? ENGLISH).sources, 8);
  for (const note of notes) {
    col.ops.push({
      kind: 'text',
      x: col.x + 14,
      y: col.y + 12,
      text: `${note.n}.`,
      font: font(11.5, 700),
      color: PALETTE.ink,
      align: 'right',
    });
    col.text(note.text, { size: 11.5, lead: 16 }, 20);
    col.gap(2);
  }
}

/** Scale bars (km over mi) and their caption; returns the block's height. */
function scaleBars(ops: Op[], x: number, top: number, content: ExportContent): number {
  const mpp = metresPerPixel(content.map.latitude, content.map.zoom);
  const km = scaleBar(mpp, SCALE_MAX_PX, 'metric');
  const mi = scaleBar(mpp, SCALE_MAX_PX, 'imperial');
  const lat = Math.abs(content.map.latitude).toFixed(1);
  ops.push({
    kind: 'text',
    x,
    y: top + 11,
    text: (content.words ?? ENGLISH).scaleAt(lat, content.map.latitude >= 0),
    font: font(10.5),
    color: PALETTE.muted,
  });
  const bar = (b: { px: number; label: string }, y: number, tick: number) => {
    ops.push({
      kind: 'path',
      points: [
        [x, y + tick],
        [x, y],
        [x + b.px, y],
        [x + b.px, y + tick],
      ],
      stroke: PALETTE.ink,
      lineWidth: 1.5,
    });
    ops.push({
      kind: 'text',
      x: x + b.px + 6,
      y: y + 4,
      text: b.label,
      font: font(11),
      color: PALETTE.ink,
    });
  };
  if (km) bar(km, top + 27, -5);
  if (mi) bar(mi, top + 44, -5);
  return 50;
}

/** Lays out the whole image for a map of the given CSS size. */
export function compose(content: ExportContent, measure: Measure): Composition {
  const W = Math.round(content.map.width);
  const ops: Op[] = [];
  ops.push({ kind: 'rect', x: 0, y: 0, w: W, h: 0, fill: PALETTE.paper }); // height set below

  // Header: title and subtitle, the wordmark on the right.
  const mark = 'citemap';
  const markFont = font(13, 700);
  const markWidth = measure(mark, markFont);
  const head = new Column(ops, PAD, W - 2 * PAD - markWidth - 16, PAD - 6, measure);
  head.text(content.heading.title, { size: 24, weight: 700, lead: 31 });
  const subtitle = new Column(ops, PAD, W - 2 * PAD, head.y + 2, measure);
  subtitle.text(content.heading.subtitle, { size: 14, color: PALETTE.muted, lead: 20 });
  ops.push({
    kind: 'text',
    x: W - PAD,
    y: PAD + 15,
    text: mark,
    font: markFont,
    color: PALETTE.muted,
    align: 'right',
  });
  const mapTop = Math.round(subtitle.y + 14);

  const mapRect = { x: 0, y: mapTop, w: W, h: Math.round(content.map.height) };
  ops.push({ kind: 'map', ...mapRect });
  const mapBottom = mapTop + mapRect.h;
  for (const y of [mapTop, mapBottom])
    ops.push({
      kind: 'path',
      points: [
        [0, y],
        [W, y],
      ],
      stroke: PALETTE.rule,
      lineWidth: 1,
    });

  // Footer: the key beside the claims and their sources (stacked on a narrow map).
  const inner = W - 2 * PAD;
  const narrow = W < 640;
  const keyWidth = narrow ? inner : Math.min(300, Math.max(210, Math.round(W * 0.3)));
  const key = new Column(ops, PAD, keyWidth, mapBottom + PAD - 4, measure);
  legend(key, content);
  const notesTop = narrow ? key.y + 16 : mapBottom + PAD - 4;
  const notesX = narrow ? PAD : PAD + keyWidth + GAP;
  const cites = new Column(ops, notesX, W - PAD - notesX, notesTop, measure);
  citations(cites, content);
  if (!narrow)
    ops.push({
      kind: 'path',
      points: [
        [notesX - GAP / 2, mapBottom + PAD],
        [notesX - GAP / 2, Math.max(key.y, cites.y)],
      ],
      stroke: PALETTE.rule,
      lineWidth: 1,
    });

  // Bottom strip: scale, dates, credits.
  let y = Math.max(key.y, cites.y) + 16;
  ops.push({
    kind: 'path',
    points: [
      [PAD, y],
      [W - PAD, y],
    ],
    stroke: PALETTE.rule,
    lineWidth: 1,
  });
  y += 10;
  const scaleHeight = scaleBars(ops, PAD, y, content);
  const creditsX = narrow ? PAD : PAD + 200;
  const credits = new Column(
    ops,
    creditsX,
    W - PAD - creditsX,
    narrow ? y + scaleHeight + 4 : y - 3,
    measure,
  );
  credits.text((content.words ?? ENGLISH).datesShown(content.dateRange), {
    size: 12,
    weight: 600,
    lead: 17,
  });
  credits.text(content.attribution, { size: 10.5, color: PALETTE.muted, lead: 14 });
  const bottom = Math.max(credits.y, y + scaleHeight) + PAD - 4;

  const height = Math.ceil(bottom);
  ops[0] = { kind: 'rect', x: 0, y: 0, w: W, h: height, fill: PALETTE.paper };
  return { width: W, height, mapRect, ops };
}
