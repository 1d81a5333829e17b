/** How a change of view should touch the browser history. */
export type HistoryAction = 'none' | 'push' | 'replace';

/** The hash without its camera: what a "step" in history is made of. */
export function withoutCamera(hash: string): string {
  return hash
    .split('&')
    .filter((part) => part !== '' && !part.startsWith('c='))
    .join('&');
}

/**
 * A change of selection, article or filters is a step the user can go back to; a camera move
 * only updates the current entry, so back/forward step through selections, not through pans.
 */
export function historyAction(current: string, next: string): HistoryAction {
  const a = current.replace(/^#/, '');
  const b = next.replace(/^#/, '');
  if (a === b) return 'none';
  return withoutCamera(a) === withoutCamera(b) ? 'replace' : 'push';
}

/** True when the hash names a camera, so the map should open there rather than at the overview. */
export function hashHasCamera(hash: string): boolean {
  return hash
    .replace(/^#/, '')
    .split('&')
    .some((part) => part.startsWith('c='));
}
