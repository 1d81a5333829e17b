/**
 * Bringing a row into view inside the sidebar only. `Element.scrollIntoView` would also scroll
 * every scrollable ancestor, the page included: on a phone, where the list sits under the map,
 * a tap on the map would yank the page down to the list.
 */

/**
 * The container's new scrollTop that shows a row whole ("nearest": the least movement), or null
 * when it is already visible. Rects are viewport coordinates; `margin` keeps a little air.
 */
export function nearestScrollTop(
  row: { top: number; bottom: number },
  view: { top: number; bottom: number },
  scrollTop: number,
  margin = 8,
): number | null {
  const height = view.bottom - view.top;
  if (row.top >= view.top && row.bottom <= view.bottom) return null;
  // Taller than the view, or above it: align its top; below it: align its bottom.
  if (row.top < view.top || row.bottom - row.top > height - 2 * margin) {
    return Math.max(0, scrollTop + row.top - view.top - margin);
  }
  return scrollTop + row.bottom - view.bottom + margin;
}

/**
 * The nearest ancestor that scrolls vertically, or null (then nothing is scrolled). With
 * `overflowing: false`, one that would scroll once its content is tall enough counts too.
 */
export function scrollParent(el: Element, overflowing = true): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if (
      (overflowY === 'auto' || overflowY === 'scroll') &&
      (!overflowing || p.scrollHeight > p.clientHeight)
    ) {
      return p;
    }
  }
  return null;
}

/** Scroll `row`'s scrolling container (only it) so the row is visible. */
export function revealInContainer(row: Element, behavior: ScrollBehavior): void {
  const container = scrollParent(row);
  if (!container) return;
  const top = nearestScrollTop(
    row.getBoundingClientRect(),
    container.getBoundingClientRect(),
    container.scrollTop,
  );
  if (top !== null) container.scrollTo({ top, behavior });
}
