import { describe, expect, it } from 'vitest';
import { comboboxKey, isTypingTarget, moveActive } from './combobox';

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

describe('comboboxKey', () => {
  const closed = { open: false, active: -1 };
  const list = { count: 3, query: 'qaim' };

  it('opens on Down at the first option and on Up at the last, from a closed popup', () => {
    expect(comboboxKey('ArrowDown', false, closed, list)).toMatchObject({ open: true, active: 0 });
    expect(comboboxKey('ArrowUp', false, closed, list)).toMatchObject({ open: true, active: 2 });
    // A stale active option from before the popup closed is not where Down starts.
    expect(comboboxKey('ArrowDown', false, { open: false, active: 1 }, list)).toMatchObject({
      active: 0,
    });
    expect(comboboxKey('ArrowDown', false, { open: true, active: 1 }, list)).toMatchObject({
      open: true,
      active: 2,
      handled: true,
    });
  });

  it('opens on Alt+Down without choosing an option, and closes on Alt+Up', () => {
    expect(comboboxKey('ArrowDown', true, closed, list)).toMatchObject({ open: true, active: -1 });
    expect(comboboxKey('ArrowUp', true, { open: true, active: 1 }, list)).toMatchObject({
      open: false,
      active: -1,
      handled: true,
    });
  });

  it('chooses the active option on Enter, or the first, only while the results show', () => {
    expect(comboboxKey('Enter', false, { open: true, active: 2 }, list)?.choose).toBe(2);
    expect(comboboxKey('Enter', false, { open: true, active: -1 }, list)?.choose).toBe(0);
    expect(comboboxKey('Enter', false, { open: true, active: 7 }, list)?.choose).toBe(0);
    expect(comboboxKey('Enter', false, closed, list)).toBeNull();
    expect(comboboxKey('Enter', false, { open: true, active: -1 }, { count: 0, query: 'x' })).toBe(
      null,
    );
    expect(comboboxKey('Enter', false, { open: true, active: 0 }, { count: 3, query: ' ' })).toBe(
      null,
    );
  });

  it('closes on Escape, then clears the field, then leaves Escape to others', () => {
    expect(comboboxKey('Escape', false, { open: true, active: 1 }, list)).toMatchObject({
      open: false,
      active: -1,
      clear: false,
      handled: true,
    });
    expect(comboboxKey('Escape', false, closed, list)).toMatchObject({
      clear: true,
      handled: true,
    });
    expect(comboboxKey('Escape', false, closed, { count: 0, query: '' })).toBeNull();
  });

  it('closes the popup on Tab but keeps the default, so the focus moves on', () => {
    expect(comboboxKey('Tab', false, { open: true, active: 1 }, list)).toEqual({
      open: false,
      active: -1,
      choose: null,
      clear: false,
      handled: false,
    });
    expect(comboboxKey('Tab', false, closed, list)).toBeNull();
  });

  it('leaves typing and the caret keys to the input', () => {
    for (const key of ['a', 'Home', 'End', 'ArrowLeft', 'Backspace']) {
      expect(comboboxKey(key, false, { open: true, active: 0 }, list)).toBeNull();
    }
  });
});
