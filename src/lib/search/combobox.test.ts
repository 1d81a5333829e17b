import { describe, expect, it } from 'vitest';
import { isTypingTarget, moveActive } from './combobox';

describe('moveActive', () => {
  it('moves down and up, wrapping at both ends', () => {
    expect(moveActive(-1, 'ArrowDown', 3)).toBe(0);
    expect(moveActive(0, 'ArrowDown', 3)).toBe(1);
    expect(moveActive(2, 'ArrowDown', 3)).toBe(0);
    expect(moveActive(-1, 'ArrowUp', 3)).toBe(2);
    expect(moveActive(0, 'ArrowUp', 3)).toBe(2);
    expect(moveActive(2, 'ArrowUp', 3)).toBe(1);
  });

  it('jumps to the ends and keeps the active option inside a shrunken list', () => {
    expect(moveActive(1, 'Home', 3)).toBe(0);
    expect(moveActive(1, 'End', 3)).toBe(2);
    expect(moveActive(5, 'x', 3)).toBe(2);
    expect(moveActive(1, 'ArrowDown', 0)).toBe(-1);
  });
});

describe('isTypingTarget', () => {
  const el = (matches: boolean, editable = false) =>
    ({ isContentEditable: editable, closest: () => (matches ? {} : null) }) as unknown as Element;

  it('is true inside fields and editable content, false elsewhere', () => {
    expect(isTypingTarget(el(true))).toBe(true);
    expect(isTypingTarget(el(false, true))).toBe(true);
    expect(isTypingTarget(el(false))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
