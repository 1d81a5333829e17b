/** The embed's words, kept together for the UI-strings catalogue. */
export const EMBED = {
  openFull: 'Open the full map',
  newTab: '(opens in a new tab)',
  credit: 'citemap: every mark backed by a verified quote',
  copy: 'Copy embed code',
  copied: 'Embed code copied',
  manual: 'Press Ctrl+C to copy the embed code',
  /** the iframe's title: what a screen reader announces for the frame */
  frameTitle: (subject: string, place: string | null) =>
    place ? `citemap map: ${place} — ${subject}` : `citemap map: ${subject}`,
} as const;
