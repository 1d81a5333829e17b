/**
 * The embeddable view: the same app and the same link (the URL hash holds the view), asked for
 * with the `embed` query parameter, `index.html?embed#p=qaim`. A query parameter rather than a
 * hash key, so the hash stays the view alone and a link copied from the embed opens the same view
 * in the full map; read once at start, because nothing inside the app changes it.
 */

const EMBED_PARAM = 'embed';

/** Whether the page was asked for as an embed (`?embed`, with or without a value). */
export function isEmbedRequest(search: string): boolean {
  return new URLSearchParams(search).has(EMBED_PARAM);
}

/** `page` (any URL of the app) with its other query parameters, and `embed` on or off. */
function withEmbed(page: string, embed: boolean, hash: string): string {
  const url = new URL(page);
  const params = new URLSearchParams(url.search);
  params.delete(EMBED_PARAM);
  const rest = params.toString();
  // Bare `?embed`, not URLSearchParams' `?embed=`: the short form is the one people type.
  const query = embed ? (rest ? `${rest}&${EMBED_PARAM}` : EMBED_PARAM) : rest;
  return `${url.origin}${url.pathname}${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`;
}

/** The embed's address for the view `hash` (encoded, without `#`). */
export function embedUrl(page: string, hash: string): string {
  return withEmbed(page, true, hash);
}

/** The full map at the same view: what "Open the full map" opens. */
export function fullMapUrl(page: string, hash: string): string {
  return withEmbed(page, false, hash);
}

/** The iframe's size in the embed code: wide enough for the legend to open beside the marks. */
const EMBED_SIZE: Readonly<EmbedSize> = { width: 800, height: 560 };

interface EmbedSize {
  width: number;
  height: number;
}

/** Escapes a value for a double-quoted HTML attribute. */
function attribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/**
 * The `<iframe>` a host pastes: titled for screen readers, lazily loaded, allowed to go full
 * screen (the map's full-screen button), shrinking to its column on narrow pages. The app sends
 * no referrer-dependent content, so the host's address is not passed on.
 */
export function embedCode(src: string, title: string, size: EmbedSize = EMBED_SIZE): string {
  return (
    `<iframe src="${attribute(src)}" title="${attribute(title)}" ` +
    `width="${size.width}" height="${size.height}" style="border:0;max-width:100%" ` +
    `loading="lazy" allow="fullscreen" referrerpolicy="no-referrer"></iframe>`
  );
}
