import { describe, expect, it } from 'vitest';
import { wrappedTab } from './tab-wrap';

describe('wrappedTab', () => {
  const stops = ['close', 'link', 'button'];

  // [focused, Shift held, where focus must go instead (null: the browser's own move)]
  it.each([
    ['button', false, 'close'],
    ['close', true, 'button'],
    ['close', false, null],
    ['link', false, null],
    ['button', true, null],
    ['heading', false, 'close'],
    ['heading', true, 'button'],
  ] as const)('from %s (Shift: %s) goes to %s', (active, backwards, expected) => {
    expect(wrappedTab(stops, active, backwards)).toBe(expected);
  });

  it('does nothing in a dialog with nothing to stop at', () => {
    expect(wrappedTab([], 'heading', false)).toBeNull();
  });
});
