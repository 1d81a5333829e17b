/**
 * The interface language inside the explorer: the view carries it (so the link does, as `ui=`),
 * `ui` renders it, the device remembers the reader's last choice. Back and forward restore it
 * with the rest of the view; a view from a link without `ui=` keeps the current language.
 */
import { PREF_KEYS, writePref } from '../app/prefs';
import type { AppState } from '../state/app.svelte';
import { encodeHash } from '../state/hash';
import { followLabels, type UiLanguage } from './languages';
import { ui } from './locale.svelte';

/**
 * Call once while the explorer initialises. A language that came from the device rather than the
 * link is written into the view (and the current history entry, so opening the app adds no step
 * to go back through); the map labels follow it, since the link did not choose them apart.
 */
export function bindUiLanguage(app: AppState): void {
  if (app.view.ui !== undefined) ui.set(app.view.ui);
  else if (ui.lang !== 'en') {
    app.setLang(followLabels(app.view.lang, 'en', ui.lang));
    app.view.ui = ui.lang;
    history.replaceState(null, '', `#${encodeHash(app.view)}`);
  }
  $effect(() => {
    const lang = app.view.ui;
    if (lang !== undefined) ui.set(lang);
  });
}

/** The reader picks a language: the labels follow unless chosen apart (languages.ts). */
export function switchUiLanguage(app: AppState, next: UiLanguage): void {
  const previous = ui.lang;
  if (previous === next) return;
  app.setLang(followLabels(app.view.lang, previous, next));
  app.view.ui = next;
  writePref(PREF_KEYS.ui, next);
}
