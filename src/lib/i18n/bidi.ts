/**
 * A name from the data (a publication, a headline) set into an Arabic sentence. Left bare, the
 * bidi algorithm lets its trailing neutrals take the sentence's direction: "The Christian Science
 * Monitor (Associated Press story)." shows its closing bracket and full stop at the wrong end.
 * First-strong isolates (U+2068 … U+2069, what `<bdi>` does in markup) keep it whole; they also
 * work where markup cannot go: accessible names, composed strings, canvas captions.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
