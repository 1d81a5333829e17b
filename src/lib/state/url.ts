/** How a change of view should touch the browser history. */
export type HistoryAction = 'none' | 'push' | 'replace';

/** The hash without its camera: what a "step" in history is made of. */
export function withoutCamera(hash: string): string {
  return hash
    .split('&')
    .filter((part) => part !== '' && !part.startsWith('c='))
    .join('&');
}

/** The hash without the playback and the date range it drives (nor the camera). */
function withoutPlayback(hash: string): string {
  return withoutCamera(hash)
    .split('&')
    .filter((part) => part !== '' && !part.startsWith('pb=') && !part.startsWith('d='))
    .join('&');
}

const hasPlayback = (hash: string): boolean => hash.split('&').some((p) => p.startsWith('pb='));

/**
 * A change of selection, article or filters is a step the user can go back to; a camera move
 * only updates the current entry, so back/forward step through selections, not through pans. So
 * does a playback's frame, speed or pause: Back leaves the playback rather than replaying it
 * frame by frame (starting and stopping it are steps).
 */
export function historyAction(current: string, next: string): HistoryAction {
  const a = current.replace(/^#/, '');
  const b = next.replace(/^#/, '');
  if (a === b) return 'none';
  if (withoutCamera(a) === withoutCamera(b)) return 'replace';
  if (hasPlayback(a) && hasPlayback(b) && withoutPlayback(a) === withoutPlayback(b)) {
    return 'replace';
  }
  return 'push';
}

/** True when the hash names a camera, so the map should open there rather than at the overview. */
export function hashHasCamera(hash: string): boolean {
  return hash
    .replace(/^#/, '')
    .split('&')
    .some((part) => part.startsWith('c='));
}
