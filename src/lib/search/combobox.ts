/** Keyboard movement through a combobox's options: wraps at both ends, -1 = none active. */
export function moveActive(active: number, key: string, count: number): number {
  if (count <= 0) return -1;
  switch (key) {
    case 'ArrowDown':
      return active < 0 || active >= count - 1 ? 0 : active + 1;
    case 'ArrowUp':
      return active <= 0 ? count - 1 : active - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return Math.min(active, count - 1);
  }
}

/** True when a "/" typed into `target` is text, not the shortcut to the search box. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  return (
    el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null
  );
}

/** What the combobox shows: whether the popup is open and which option is active (-1 = none). */
export interface ComboboxState {
  open: boolean;
  active: number;
}

/** What a key does to the combobox; null when the key is the input's own (typing, Home, End). */
export interface ComboboxKeyOutcome extends ComboboxState {
  /** the option to choose, when the key accepts one */
  choose: number | null;
  /** true when the key empties the field */
  clear: boolean;
  /** true when the combobox used the key, so the browser and outer handlers must not */
  handled: boolean;
}

/**
 * The keys of an editable combobox with list autocomplete (ARIA APG): Down/Up open the popup and
 * move through the options, Alt+Down opens it without choosing, Alt+Up and Escape close it,
 * Escape on a closed popup clears the field, Enter chooses, and Tab closes the popup but keeps
 * its default, so the focus moves on to the next control.
 */
export function comboboxKey(
  key: string,
  altKey: boolean,
  state: ComboboxState,
  options: { count: number; query: string },
): ComboboxKeyOutcome | null {
  const expanded = state.open && options.query.trim() !== '';
  const outcome = (open: boolean, active: number, handled = true): ComboboxKeyOutcome => ({
    open,
    active,
    choose: null,
    clear: false,
    handled,
  });
  switch (key) {
    case 'ArrowDown':
    case 'ArrowUp':
      if (altKey) return key === 'ArrowDown' ? outcome(true, state.active) : outcome(false, -1);
      // From a closed popup, Down starts at the first option and Up at the last.
      return outcome(true, moveActive(state.open ? state.active : -1, key, options.count));
    case 'Enter': {
      if (!expanded || options.count === 0) return null;
      const pick = state.active >= 0 && state.active < options.count ? state.active : 0;
      return { ...outcome(false, -1), choose: pick };
    }
    case 'Escape':
      if (expanded) return outcome(false, -1);
      if (options.query === '') return null;
      return { ...outcome(false, -1), clear: true };
    case 'Tab':
      return state.open ? outcome(false, -1, false) : null;
    default:
      return null;
  }
}
