/** The F key: full screen for the projector, and back. */

export type FullscreenDocument = Pick<
  Document,
  'fullscreenElement' | 'fullscreenEnabled' | 'exitFullscreen'
> & { documentElement: Pick<HTMLElement, 'requestFullscreen'> };

/**
 * Toggles full screen on the whole page (the card and the map together). Guarded: a browser or
 * an iframe that does not allow it is left alone, and a refusal (no user gesture) is not an error.
 */
export function toggleFullscreen(doc: FullscreenDocument = document): void {
  if (doc.fullscreenElement) {
    doc.exitFullscreen().catch(() => {});
  } else if (doc.fullscreenEnabled && typeof doc.documentElement.requestFullscreen === 'function') {
    doc.documentElement.requestFullscreen().catch(() => {});
  }
}
