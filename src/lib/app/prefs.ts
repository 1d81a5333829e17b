/**
 * The few display choices citemap remembers on this device (the legend's size, a hint already
 * read, the interface language). Not part of the view: a shared link must not carry them (a link
 * may name an interface language with `ui=`, which then wins for that view). Storage can be missing
 * or throw (disabled site data, some private modes, a full quota): then nothing is remembered, and
 * nothing breaks.
 */

type Store = Pick<Storage, 'getItem' | 'setItem'>;

function defaultStore(): Store | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export const PREF_KEYS = {
  legend: 'citemap.legend',
  hint: 'citemap.first-run-hint',
  /** the interface language the reader chose (a link's `ui=` wins over it) */
  ui: 'citemap.ui-language',
} as const;

export function readPref(key: string, store: Store | null = defaultStore()): string | null {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writePref(key: string, value: string, store: Store | null = defaultStore()): void {
  try {
    store?.setItem(key, value);
  } catch {
    // Not remembered this time; the choice still holds until the page is closed.
  }
}
