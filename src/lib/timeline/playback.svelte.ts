import { MediaQuery } from 'svelte/reactivity';
import type { AppState } from '../state/app.svelte';
import type { Filters } from '../data/visibility';
import type { Domain } from './focus';
import {
  nextStep,
  playbackSteps,
  previousStep,
  startStep,
  stepDelay,
  windowAround,
  type PlaybackSpeed,
  type PlaybackView,
  type PlaybackWindow,
} from './playback';
import { formatIsoDay, parseIsoDate } from '../data/dates';
import { ui } from '../i18n/locale.svelte';

/** A screen reader hears a step at most this often; at ×4 that is every second step. */
const MIN_ANNOUNCE_GAP_MS = 1400;

/** What the player says, in the interface language. */
const SAID = () => ui.t.playback;

/**
 * The timeline's player. Its state is the view's `playback` (so the URL holds it); the choices
 * made before pressing Play, and the date range Play replaced, live here. It plays the windows
 * overlapping `span`, the stretch of time the strip shows. The timer is the component's.
 */
export class Playback {
  readonly #app: AppState;
  readonly #span: () => Domain | null;
  readonly #reducedMotion = new MediaQuery('(prefers-reduced-motion: reduce)');
  /** window, speed and loop while no playback is on */
  #choice: { window: PlaybackWindow; speed: PlaybackSpeed; loop: boolean } = $state({
    window: 'month',
    speed: 1,
    loop: true,
  });
  /** the reader's date range before Play, put back by Stop */
  #before: Filters['dateRange'] = null;
  #spokenAt = -Infinity;

  /** what the polite live region says: set at a step, never on a mere re-render */
  announcement = $state('');

  readonly view: PlaybackView | null = $derived.by(() => this.#app.view.playback);
  readonly active = $derived(this.view !== null);
  readonly playing = $derived(this.view?.playing === true);
  /** a briefing is being presented: its steps set the filters, so the timer holds off */
  readonly held = $derived.by(() => this.#app.view.briefing !== null);
  readonly window: PlaybackWindow = $derived(this.view?.window ?? this.#choice.window);
  readonly speed: PlaybackSpeed = $derived(this.view?.speed ?? this.#choice.speed);
  readonly loop = $derived(this.view?.loop ?? this.#choice.loop);
  readonly reducedMotion = $derived(this.#reducedMotion.current);
  /** ms a step stays on screen */
  readonly delay = $derived(stepDelay(this.speed, this.#reducedMotion.current));
  readonly steps = $derived.by(() => {
    const span = this.#span();
    return span ? playbackSteps(this.window, span) : [];
  });
  /** 0-based step shown; -1 when none is (not playing, or a window outside the strip) */
  readonly index = $derived(this.view ? this.steps.indexOf(this.view.at) : -1);
  readonly label = $derived(
    this.view ? ui.t.format.windowLabel(this.view.window, this.view.at) : '',
  );
  readonly canPrevious = $derived(
    this.steps.length > 0 &&
      (!this.view || previousStep(this.steps, this.view.at, this.loop) !== null),
  );
  readonly canNext = $derived(
    this.steps.length > 0 && (!this.view || nextStep(this.steps, this.view.at, this.loop) !== null),
  );

  constructor(app: AppState, span: () => Domain | null) {
    this.#app = app;
    this.#span = span;
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  play(): void {
    const view = this.view;
    if (view) {
      // Play at the last step without loop starts over, as a media player does.
      const over = !view.loop && nextStep(this.steps, view.at, false) === null;
      const at = over ? (this.steps[0] ?? view.at) : view.at;
      this.#show({ ...view, at, playing: true }, true);
      return;
    }
    this.#start(true);
  }

  pause(): void {
    if (!this.view) return;
    this.#show({ ...this.view, playing: false }, true, SAID().paused);
  }

  /** One step on, by hand: the playback pauses there (and starts, paused, if it was off). */
  next(): void {
    if (!this.view) return this.#start(false);
    const at = nextStep(this.steps, this.view.at, this.view.loop);
    if (at !== null) this.#show({ ...this.view, at, playing: false }, true);
  }

  previous(): void {
    if (!this.view) return this.#start(false);
    const at = previousStep(this.steps, this.view.at, this.view.loop);
    if (at !== null) this.#show({ ...this.view, at, playing: false }, true);
  }

  /** The timer's step: on to the next window, or at the end (no loop) stop playing there. */
  tick(): void {
    const view = this.view;
    if (!view?.playing) return;
    const at = nextStep(this.steps, view.at, view.loop);
    if (at === null) this.#show({ ...view, playing: false }, true, SAID().end);
    else this.#show({ ...view, at }, false);
  }

  /** Leave the playback and put back the reader's own dates. */
  stop(): void {
    if (!this.view) return;
    this.#app.endPlayback(this.#before);
    this.#before = null;
    this.announcement = SAID().stopped;
  }

  setWindow(window: PlaybackWindow): void {
    this.#choice.window = window;
    const view = this.view;
    if (!view) return;
    const day = parseIsoDate(view.at);
    const at = day ? formatIsoDay(windowAround(window, day.date)[0]) : view.at;
    this.#show({ ...view, window, at }, true);
  }

  setSpeed(speed: PlaybackSpeed): void {
    this.#choice.speed = speed;
    if (this.view) this.#app.setPlayback({ ...this.view, speed });
  }

  setLoop(loop: boolean): void {
    this.#choice.loop = loop;
    if (this.view) this.#app.setPlayback({ ...this.view, loop });
  }

  #start(playing: boolean): void {
    const at = startStep(this.window, this.steps, this.#app.view.filters.dateRange);
    if (at === null) return;
    this.#before = this.#app.view.filters.dateRange;
    const { window, speed, loop } = this.#choice;
    this.#show({ window, speed, loop, playing, at }, true);
  }

  #show(view: PlaybackView, force: boolean, prefix?: string): void {
    this.#app.setPlayback(view);
    const now = performance.now();
    if (!force && now - this.#spokenAt < MIN_ANNOUNCE_GAP_MS) return;
    this.#spokenAt = now;
    const { claimIds, placeIds } = this.#app.filtered;
    const said = SAID().showing(this.label, claimIds.size, placeIds.size);
    this.announcement = prefix ? `${prefix} ${said}` : said;
  }
}
