/**
 * Tab kept inside a modal dialog. showModal makes the page behind inert, but Chromium still lets Tab
 * leave the dialog's last control for the browser's own toolbar.
 */

const TABBABLE = 'a[href], button:not([disabled]), input, select, textarea, [tabindex]';

/** The controls Tab stops at inside `root`, in order (shown ones only). */
export function tabStops(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => el.tabIndex >= 0 && el.getClientRects().length > 0,
  );
}

/**
 * Where Tab (or Shift+Tab, `backwards`) must go instead of where the browser would take focus: round
 * from the last stop to the first and back, or into the stops from anywhere else; null where the
 * browser's own move stays inside.
 */
export function wrappedTab<T>(stops: readonly T[], active: unknown, backwards: boolean): T | null {
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (first === undefined || last === undefined) return null;
  const inside = stops.includes(active as T);
  if (backwards && (active === first || !inside)) return last;
  if (!backwards && (active === last || !inside)) return first;
  return null;
}
