import { describe, expect, it } from 'vitest';
import {
  clampStep,
  keyAction,
  keyBelongsToTarget,
  progressLabel,
  progressSegments,
  stepAfter,
  type KeyLike,
} from './steps';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe('clampStep', () => {
  it('keeps a step inside the briefing', () => {
    expect(clampStep(3, 7)).toBe(3);
    expect(clampStep(-1, 7)).toBe(0);
    expect(clampStep(7, 7)).toBe(6);
    expect(clampStep(2.9, 7)).toBe(2);
  });

  it('is 0 for nonsense and for an empty briefing', () => {
    expect(clampStep(Number.NaN, 7)).toBe(0);
    expect(clampStep(Infinity, 7)).toBe(0);
    expect(clampStep(3, 0)).toBe(0);
  });
});

describe('stepAfter', () => {
  it('moves next and previous, stopping at the ends', () => {
    expect(stepAfter({ kind: 'next' }, 2, 7)).toBe(3);
    expect(stepAfter({ kind: 'next' }, 6, 7)).toBe(6);
    expect(stepAfter({ kind: 'prev' }, 2, 7)).toBe(1);
    expect(stepAfter({ kind: 'prev' }, 0, 7)).toBe(0);
  });

  it('goes to the first and the last step', () => {
    expect(stepAfter({ kind: 'first' }, 4, 7)).toBe(0);
    expect(stepAfter({ kind: 'last' }, 1, 7)).toBe(6);
  });

  it('jumps, clamping a step beyond the end to the last', () => {
    expect(stepAfter({ kind: 'jump', step: 2 }, 0, 7)).toBe(2);
    expect(stepAfter({ kind: 'jump', step: 8 }, 0, 7)).toBe(6);
  });

  it('is null for actions that are not moves', () => {
    expect(stepAfter({ kind: 'fullscreen' }, 2, 7)).toBeNull();
    expect(stepAfter({ kind: 'leave' }, 2, 7)).toBeNull();
  });
});

describe('keyAction', () => {
  it.each([
    ['ArrowRight', 'next'],
    [' ', 'next'],
    ['PageDown', 'next'],
    ['ArrowDown', 'next'],
    ['ArrowLeft', 'prev'],
    ['PageUp', 'prev'],
    ['ArrowUp', 'prev'],
    ['Home', 'first'],
    ['End', 'last'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['Escape', 'leave'],
  ])('%j → %s', (k, kind) => {
    expect(keyAction(key(k))).toEqual({ kind });
  });

  it('maps the digits 1–9 to 0-based jumps', () => {
    expect(keyAction(key('1'))).toEqual({ kind: 'jump', step: 0 });
    expect(keyAction(key('9'))).toEqual({ kind: 'jump', step: 8 });
    expect(keyAction(key('0'))).toBeNull();
  });

  it('goes back on Shift+Space, as slide shows do', () => {
    expect(keyAction(key(' ', { shiftKey: true }))).toEqual({ kind: 'prev' });
  });

  it('leaves keys with Ctrl, Alt or Meta to the browser', () => {
    expect(keyAction(key('ArrowLeft', { altKey: true }))).toBeNull();
    expect(keyAction(key('f', { ctrlKey: true }))).toBeNull();
    expect(keyAction(key('1', { metaKey: true }))).toBeNull();
  });

  it('ignores other keys', () => {
    expect(keyAction(key('a'))).toBeNull();
    expect(keyAction(key('Tab'))).toBeNull();
    expect(keyAction(key('Enter'))).toBeNull();
  });
});

describe('keyBelongsToTarget', () => {
  it('leaves typing to text fields', () => {
    expect(keyBelongsToTarget('ArrowRight', { tagName: 'INPUT' })).toBe(true);
    expect(keyBelongsToTarget('f', { tagName: 'textarea' })).toBe(true);
    expect(keyBelongsToTarget('1', { tagName: 'DIV', isContentEditable: true })).toBe(true);
  });

  it('lets Space press a focused button, but arrows still turn the page', () => {
    expect(keyBelongsToTarget(' ', { tagName: 'BUTTON' })).toBe(true);
    expect(keyBelongsToTarget('ArrowRight', { tagName: 'BUTTON' })).toBe(false);
  });

  it('takes keys on the page, the map and the card', () => {
    expect(keyBelongsToTarget(' ', { tagName: 'BODY' })).toBe(false);
    expect(keyBelongsToTarget(' ', { tagName: 'CANVAS' })).toBe(false);
    expect(keyBelongsToTarget(' ', null)).toBe(false);
  });
});

describe('progress', () => {
  it('labels the step 1-based', () => {
    expect(progressLabel(2, 7)).toBe('3 / 7');
    expect(progressLabel(9, 7)).toBe('7 / 7');
  });

  it('marks the steps before, at and after the current one', () => {
    expect(progressSegments(2, 5)).toEqual(['done', 'done', 'current', 'todo', 'todo']);
    expect(progressSegments(0, 0)).toEqual([]);
  });
});
