/**
 * Copying a citation. The async Clipboard API needs a secure context and permission; offline
 * briefings are often served from file shares or plain http, so a refusal is expected, not an
 * error: the caller then offers the text selected in a read-only field for Ctrl+C.
 */

export type CopyResult = 'copied' | 'manual';

/** Writes `text` to the clipboard; 'manual' when the API is missing or refuses. Never throws. */
export async function copyText(
  text: string,
  clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard,
): Promise<CopyResult> {
  if (!clipboard || typeof clipboard.writeText !== 'function') return 'manual';
  try {
    await clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'manual';
  }
}
