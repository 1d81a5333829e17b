/**
 * Draws a composition (compose.ts) onto a 2D canvas at a pixel ratio, with the captured map image
 * in its place. Text uses the Noto faces the map setup has already loaded (setup.ts), so the
 * canvas never falls back to a system font.
 */
import type { Composition, Op } from './compose';

/** The 2D context calls the renderer makes (a recording fake stands in for it in tests). */
export type Ctx2D = Pick<
  CanvasRenderingContext2D,
  | 'save'
  | 'restore'
  | 'scale'
  | 'beginPath'
  | 'closePath'
  | 'rect'
  | 'arc'
  | 'moveTo'
  | 'lineTo'
  | 'fill'
  | 'stroke'
  | 'clip'
  | 'fillText'
  | 'drawImage'
  | 'setLineDash'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'lineCap'
  | 'lineJoin'
  | 'globalAlpha'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
  | 'filter'
  | 'imageSmoothingQuality'
>;

function drawOp(ctx: Ctx2D, op: Op, map: CanvasImageSource): void {
  ctx.save();
  switch (op.kind) {
    case 'map':
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(map, op.x, op.y, op.w, op.h);
      break;
    case 'rect':
      if (op.blur) ctx.filter = `blur(${op.blur}px)`;
      ctx.beginPath();
      ctx.rect(op.x, op.y, op.w, op.h);
      if (op.fill) {
        ctx.globalAlpha = op.alpha ?? 1;
        ctx.fillStyle = op.fill;
        ctx.fill();
        ctx.globalAlpha = 1;
      }
      if (op.hatch) {
        ctx.save();
        ctx.clip();
        ctx.beginPath();
        for (let d = -op.h; d < op.w; d += 4.5) {
          ctx.moveTo(op.x + d, op.y + op.h);
          ctx.lineTo(op.x + d + op.h, op.y);
        }
        ctx.strokeStyle = op.hatch;
        ctx.globalAlpha = 0.55;
        ctx.lineWidth = 1.3;
        ctx.stroke();
        ctx.restore();
        ctx.beginPath();
        ctx.rect(op.x, op.y, op.w, op.h);
      }
      if (op.stroke) {
        ctx.setLineDash(op.dash ?? []);
        ctx.strokeStyle = op.stroke;
        ctx.lineWidth = op.lineWidth ?? 1;
        ctx.stroke();
      }
      break;
    case 'circle':
      ctx.beginPath();
      ctx.arc(op.x, op.y, op.r, 0, Math.PI * 2);
      if (op.fill) {
        ctx.globalAlpha = op.alpha ?? 1;
        ctx.fillStyle = op.fill;
        ctx.fill();
        ctx.globalAlpha = 1;
      }
      if (op.stroke && (op.lineWidth ?? 1) > 0) {
        ctx.strokeStyle = op.stroke;
        ctx.lineWidth = op.lineWidth ?? 1;
        ctx.stroke();
      }
      break;
    case 'path': {
      const [first, ...rest] = op.points;
      if (!first) break;
      ctx.beginPath();
      ctx.moveTo(first[0], first[1]);
      for (const [x, y] of rest) ctx.lineTo(x, y);
      ctx.globalAlpha = op.alpha ?? 1;
      ctx.setLineDash(op.dash ?? []);
      ctx.lineCap = op.round ? 'round' : 'butt';
      ctx.lineJoin = op.round ? 'round' : 'miter';
      ctx.strokeStyle = op.stroke;
      ctx.lineWidth = op.lineWidth;
      ctx.stroke();
      break;
    }
    case 'text':
      ctx.font = op.font;
      ctx.fillStyle = op.color;
      ctx.textAlign = op.align ?? 'left';
      ctx.textBaseline = 'alphabetic';
      ctx.fillText(op.text, op.x, op.y);
      break;
  }
  ctx.restore();
}

/** Draws every operation in order, scaled by `ratio` (the canvas is `ratio` × the CSS size). */
export function renderComposition(
  ctx: Ctx2D,
  composition: Composition,
  map: CanvasImageSource,
  ratio: number,
): void {
  ctx.save();
  ctx.scale(ratio, ratio);
  for (const op of composition.ops) drawOp(ctx, op, map);
  ctx.restore();
}

/** A measure function backed by a canvas context (for compose()). */
export function canvasMeasure(ctx: Pick<CanvasRenderingContext2D, 'font' | 'measureText'>) {
  return (text: string, font: string): number => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}
