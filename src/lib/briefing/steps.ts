/**
 * The pure logic of presenting a briefing: moving between steps (always clamped, so a stray key
 * can never leave the briefing in a step that does not exist), and which key does what.
 */

/** What the presenter can ask for. */
export type BriefingAction =
  | { kind: 'next' }
  | { kind: 'prev' }
  | { kind: 'first' }
  | { kind: 'last' }
  /** 0-based step */
  | { kind: 'jump'; step: number }
  | { kind: 'fullscreen' }
  | { kind: 'leave' };

/** A step index inside [0, count - 1]; 0 for an empty briefing or a non-number. */
export function clampStep(step: number, count: number): number {
  if (!Number.isFinite(step) || count < 1) return 0;
  return Math.min(Math.max(Math.trunc(step), 0), count - 1);
}

/** The step an action leads to, or null when the action is not a move. */
export function stepAfter(action: BriefingAction, step: number, count: number): number | null {
  switch (action.kind) {
    case 'next':
      return clampStep(step + 1, count);
    case 'prev':
      return clampStep(step - 1, count);
    case 'first':
      return 0;
    case 'last':
      return clampStep(count - 1, count);
    case 'jump':
      return clampStep(action.step, count);
    default:
      return null;
  }
}

/** The keys of a presentation clicker and of the usual slide software. */
const KEYS: Readonly<Record<string, BriefingAction>> = {
  ArrowRight: { kind: 'next' },
  ArrowDown: { kind: 'next' },
  ' ': { kind: 'next' },
  PageDown: { kind: 'next' },
  ArrowLeft: { kind: 'prev' },
  ArrowUp: { kind: 'prev' },
  PageUp: { kind: 'prev' },
  Home: { kind: 'first' },
  End: { kind: 'last' },
  f: { kind: 'fullscreen' },
  F: { kind: 'fullscreen' },
  Escape: { kind: 'leave' },
};

export type KeyLike = Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;

/**
 * The action for a key press, or null when the key is not ours. Keys with Ctrl, Alt or Meta are
 * left to the browser (Ctrl+F finds, Alt+← goes back); Shift+Space goes back, as in slide shows.
 */
export function keyAction(event: KeyLike): BriefingAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  if (event.key === ' ' && event.shiftKey) return { kind: 'prev' };
  if (/^[1-9]$/.test(event.key)) return { kind: 'jump', step: Number(event.key) - 1 };
  return KEYS[event.key] ?? null;
}

/** The part of an event target we look at. */
export interface TargetLike {
  tagName?: string;
  isContentEditable?: boolean;
}

const TEXT_ENTRY = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const ACTIVATES_ON_SPACE = new Set(['BUTTON', 'A', 'SUMMARY']);

/**
 * Whether a key press belongs to the focused element rather than to the briefing: typing in a
 * field, or Space/Enter on a button (which must press the button, not also turn the page).
 */
export function keyBelongsToTarget(key: string, target: TargetLike | null): boolean {
  if (!target) return false;
  const tag = (target.tagName ?? '').toUpperCase();
  if (target.isContentEditable || TEXT_ENTRY.has(tag)) return true;
  return (key === ' ' || key === 'Enter') && ACTIVATES_ON_SPACE.has(tag);
}

/** "3 / 7" for step index 2 of 7. */
export function progressLabel(step: number, count: number): string {
  return `${clampStep(step, count) + 1} / ${count}`;
}

export type SegmentState = 'done' | 'current' | 'todo';

/** One entry per step for the segmented progress bar. */
export function progressSegments(step: number, count: number): SegmentState[] {
  const current = clampStep(step, count);
  return Array.from({ length: Math.max(count, 0) }, (_, i) =>
    i < current ? 'done' : i === current ? 'current' : 'todo',
  );
}
