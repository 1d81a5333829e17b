/**
 * The place list's window: with thousands of places only the rows in view (and a margin) are in
 * the DOM, each absolutely placed at its offset (virtual.ts does the arithmetic). Heights are
 * measured as rows render; the row being read stays where it is on screen while they arrive.
 */
import {
  RENDER_ALL_UP_TO,
  renderedIndices,
  rowAt,
  rowOffsets,
  typicalHeight,
  visibleRange,
} from './virtual';
import { nearestScrollTop, scrollParent } from './scroll';

/** Pixels of rows rendered above and below the view, so a scroll or an arrow key finds them. */
const OVERSCAN = 600;
/** A collapsed row's height (px) until one has been measured. */
const ESTIMATE = 62;

type Span = { top: number; bottom: number };

/** A row scrolled to for the reader (a selection, an arrow key), until they scroll themselves. */
interface Pin {
  id: string;
  behavior: ScrollBehavior;
  page: boolean;
  /** a smooth scroll toward it is still under way */
  moving: boolean;
}

export class ListWindow {
  readonly #rows: () => readonly { id: string }[];
  /**
   * Measured heights by place id. A plain Map and one counter rather than a SvelteMap: a batch of
   * measurements should recompute the offsets once, not once per row.
   */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- see above
  readonly #heights = new Map<string, number>();
  #measured = $state(0);
  readonly #measuredId = new WeakMap<Element, string>();
  readonly #observer: ResizeObserver | null;
  #pin: Pin | null = null;

  /** the list element, once rendered */
  list: HTMLElement | undefined = $state();
  /** The scrolled view, in list coordinates. */
  view: Span = $state({ top: 0, bottom: 1000 });
  /** The place whose row holds the focus: kept rendered while it is scrolled out of view. */
  focusedId: string | null = $state(null);

  readonly windowed = $derived.by(() => this.#rows().length > RENDER_ALL_UP_TO);
  /** Rebuilt whole with the rows, never changed in place: a plain Map. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- see above
  readonly indexById = $derived.by(() => new Map(this.#rows().map((r, i) => [r.id, i])));
  /** `offsets[i]` is the top of row i, `offsets[count]` the list's whole height. */
  readonly offsets = $derived.by(() => {
    void this.#measured;
    const rows = this.#rows();
    const estimate = typicalHeight(this.#heights.values(), ESTIMATE);
    return rowOffsets(rows.length, (i) => this.#heights.get(rows[i]!.id) ?? estimate);
  });
  /** The indices of the rows in the DOM, ascending. */
  readonly shown = $derived.by(() =>
    this.windowed
      ? renderedIndices(visibleRange(this.offsets, this.view.top, this.view.bottom, OVERSCAN), [
          this.focusedId === null ? undefined : this.indexById.get(this.focusedId),
        ])
      : this.#rows().map((_, i) => i),
  );

  /** `rows`: the list's rows, read reactively. */
  constructor(rows: () => readonly { id: string }[]) {
    this.#rows = rows;
    this.#observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver((entries) => this.#onResize(entries));
  }

  /** Records measured row heights (0 while the list is not displayed: kept as measured). */
  record(sizes: readonly { id: string; height: number }[]): void {
    const anchor = this.#anchorRow();
    let changed = false;
    for (const { id, height } of sizes) {
      if (height <= 0 || this.#heights.get(id) === height) continue;
      this.#heights.set(id, height);
      changed = true;
    }
    if (!changed) return;
    this.#measured++;
    // Rows measured during a smooth scroll move its target; setting scrollTop would stop the
    // scroll halfway, so it is aimed again at the row, where it now is.
    const pin = this.#pin;
    const index = pin ? this.indexById.get(pin.id) : undefined;
    if (pin?.moving && index !== undefined) this.#reaim(index, pin);
    else this.#keepInPlace(anchor);
  }

  #reaim(index: number, pin: Pin): void {
    this.revealRow(index, pin.behavior, pin.page);
    if (this.#pin?.moving) return;
    // Already in view where the scroll now is: stop there rather than fly on to the old target.
    const box = this.#scroller();
    if (box) box.scrollTo({ top: box.scrollTop, behavior: 'instant' });
    else if (pin.page) window.scrollTo({ top: window.scrollY, behavior: 'instant' });
  }

  /** A smooth scroll has ended: the pinned row now stays where it is on screen. */
  settled = (): void => {
    if (this.#pin) this.#pin.moving = false;
  };

  /** The reader scrolls or moves on themselves: no row is held in view for them any more. */
  release = (): void => {
    this.#pin = null;
  };

  #onResize(entries: ResizeObserverEntry[]): void {
    const sizes: { id: string; height: number }[] = [];
    for (const entry of entries) {
      const id = this.#measuredId.get(entry.target);
      if (id === undefined) continue;
      const height =
        entry.borderBoxSize?.[0]?.blockSize ?? entry.target.getBoundingClientRect().height;
      sizes.push({ id, height });
    }
    this.record(sizes);
  }

  /** Attachment: measures a row's height whenever it changes (it opens, it wraps). */
  measure(id: string) {
    return (el: HTMLElement) => {
      this.#measuredId.set(el, id);
      this.#observer?.observe(el);
      return () => this.#observer?.unobserve(el);
    };
  }

  destroy(): void {
    this.#observer?.disconnect();
  }

  /** The sidebar on a wide screen; null on a phone, where the page itself scrolls. */
  #scroller(): HTMLElement | null {
    return this.list ? scrollParent(this.list, false) : null;
  }

  #viewport(box: HTMLElement | null): Span {
    return box ? box.getBoundingClientRect() : { top: 0, bottom: window.innerHeight };
  }

  /** Reads where the list is scrolled to. */
  updateView = (): void => {
    if (!this.list) return;
    const top = this.list.getBoundingClientRect().top;
    const box = this.#viewport(this.#scroller());
    this.view = { top: box.top - top, bottom: box.bottom - top };
  };

  /**
   * The row the reader is looking at: the one scrolled to for them, else the focused one while it
   * is in view (the focus stays behind in a row scrolled away), else the one at the top.
   */
  #anchorRow(): { id: string; top: number } | null {
    const rows = this.#rows();
    if (!this.windowed || rows.length === 0) return null;
    const at = (id: string | null) => (id === null ? undefined : this.indexById.get(id));
    const pinned = at(this.#pin?.id ?? null);
    const focused = at(this.focusedId);
    const inView =
      focused !== undefined &&
      this.offsets[focused + 1]! > this.view.top &&
      this.offsets[focused]! < this.view.bottom;
    const index =
      pinned ?? (inView ? focused : undefined) ?? rowAt(this.offsets, Math.max(0, this.view.top));
    return { id: rows[index]!.id, top: this.offsets[index]! };
  }

  /**
   * Rows measured taller or shorter than estimated move the rows below them: scroll by as much,
   * so the row being read (or walked with the arrow keys) stays where it is on screen.
   */
  #keepInPlace(anchor: { id: string; top: number } | null): void {
    const index = anchor ? this.indexById.get(anchor.id) : undefined;
    if (!anchor || index === undefined) return;
    const delta = this.offsets[index]! - anchor.top;
    if (Math.abs(delta) < 0.5) return;
    const box = this.#scroller();
    if (box) box.scrollTop += delta;
    else window.scrollBy(0, delta);
  }

  /**
   * Scrolls row `index` into view. Only the sidebar is scrolled for a selection (on a phone the
   * page would jump to the list on every tap on the map); `page` lets the keyboard scroll the page.
   */
  revealRow(index: number, behavior: ScrollBehavior, page = false): void {
    if (!this.list) return;
    const box = this.#scroller();
    if (!box && !page) return;
    const top = this.list.getBoundingClientRect().top;
    const next = nearestScrollTop(
      { top: top + this.offsets[index]!, bottom: top + this.offsets[index + 1]! },
      this.#viewport(box),
      box ? box.scrollTop : window.scrollY,
    );
    if (next !== null) (box ?? window).scrollTo({ top: next, behavior });
    this.#pin = {
      id: this.#rows()[index]!.id,
      behavior,
      page,
      moving: next !== null && behavior === 'smooth',
    };
    this.updateView();
  }
}
