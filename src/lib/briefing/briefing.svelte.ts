/**
 * Briefing state: which briefing is being presented and at which step (both live in
 * `app.view.briefing`, so the URL hash carries `b=id:step` and a link opens that step), what to
 * restore when the presenter leaves, and where to resume after stepping out to explore a place.
 *
 * One instance per AppState, shared by the button in the header and the view over the map
 * (`getBriefingState()`), so mounting either component is one line.
 */
import type { BriefingCamera, PublishedBriefing, PublishedBriefingStep } from '../data/types';
import { DEFAULT_FILTERS, type Filters } from '../data/visibility';
import { getAppContext, type AppState } from '../state/app.svelte';
import { DEFAULT_CAMERA, type Camera } from '../state/view';
import { clampStep, stepAfter, type BriefingAction } from './steps';
import { ui } from '../i18n/locale.svelte';

/** What the explorer looked like before the briefing started. */
interface Snapshot {
  camera: Camera;
  filters: Filters;
  place: string | null;
  claim: string | null;
}

/** A camera move for the map; `seq` makes a repeated request distinct. */
export interface BriefingCameraRequest {
  camera: BriefingCamera;
  seq: number;
  /** jump rather than fly (first step on load); reduced motion always jumps */
  instant: boolean;
  /** true for a step camera (framed beside the step card), false when returning to explore */
  framed: boolean;
}

export class BriefingState {
  readonly app: AppState;
  /** the step to come back to after "Explore"; null when there is nothing to resume */
  resumeAt: { id: string; step: number } | null = $state(null);
  /** the map performs it (BriefingView); never written to app.view.camera directly */
  cameraRequest: BriefingCameraRequest | null = $state.raw(null);
  /** how the last briefing ended: "leave" gives focus back to the button, "explore" does not */
  endedBy: 'leave' | 'explore' | null = $state(null);
  /** what screen readers hear on each step */
  announcement = $state('');
  /**
   * Counts the briefings started from the explorer (not resumed, not opened from a link): the
   * view records what the map itself looked like (its padding) when it changes.
   */
  session = $state(0);

  readonly briefing: PublishedBriefing | null = $derived.by(() => {
    const b = this.app.view.briefing;
    return b === null ? null : (this.app.data.briefingsById.get(b.id) ?? null);
  });
  readonly presenting: boolean = $derived(this.briefing !== null);
  readonly count: number = $derived(this.briefing?.steps.length ?? 0);
  readonly step: number = $derived.by(() =>
    clampStep(this.app.view.briefing?.step ?? 0, this.count),
  );
  readonly current: PublishedBriefingStep | null = $derived(
    this.briefing?.steps[this.step] ?? null,
  );

  private before: Snapshot | null = null;
  /** `id:step` last applied to the view; null before the first step and after leaving */
  private applied: string | null = null;

  constructor(app: AppState) {
    this.app = app;
  }

  /** Start presenting (the first briefing unless one is named) at `step`. */
  start(id?: string, step = 0): void {
    const b = id === undefined ? this.app.data.briefings[0] : this.app.data.briefingsById.get(id);
    if (!b || b.steps.length === 0) return;
    if (!this.presenting) {
      this.before = this.snapshot();
      this.session++;
    }
    this.endedBy = null;
    this.resumeAt = null;
    this.app.view.briefing = { id: b.id, step: clampStep(step, b.steps.length) };
  }

  /** Go to a step (clamped); a no-op outside a briefing. */
  go(step: number): void {
    const b = this.app.view.briefing;
    if (b === null || this.count === 0) return;
    const next = clampStep(step, this.count);
    if (next !== b.step) this.app.view.briefing = { id: b.id, step: next };
  }

  /** Carry out a presenter's action; fullscreen is the view's business and is ignored here. */
  perform(action: BriefingAction): void {
    if (action.kind === 'leave') return this.leave();
    const next = stepAfter(action, this.step, this.count);
    if (next !== null) this.go(next);
  }

  /**
   * Bring the rest of the view in line with the step in `app.view.briefing`: its filters, no
   * selection or open article (the step card speaks instead of the citation panel), and a camera
   * request. Runs from an effect, so a link, back/forward and the keyboard all end up here.
   */
  sync(): void {
    const b = this.app.view.briefing;
    const step = this.current;
    if (b === null || step === null) {
      this.applied = null;
      return;
    }
    const key = `${b.id}:${this.step}`;
    if (key === this.applied) return;
    const first = this.applied === null && this.cameraRequest === null;
    this.applied = key;
    this.app.closeArticle();
    this.app.select(null);
    this.app.setFilters(copyFilters(step.filters));
    this.requestCamera(step.camera, { instant: first, framed: true });
    this.announcement = ui.t.briefingView.announce(this.step + 1, this.count, step.heading);
  }

  /** Esc: end the briefing and give back the explorer as it was before. */
  leave(): void {
    if (!this.presenting) return;
    const before = this.before ?? defaultSnapshot();
    this.before = null;
    this.applied = null;
    this.resumeAt = null;
    this.endedBy = 'leave';
    this.app.view.briefing = null;
    this.app.setFilters(before.filters);
    this.app.select(before.place, before.claim);
    this.requestCamera(before.camera, { instant: false, framed: false });
  }

  /**
   * Step out of the story to explore, keeping the step to resume at. With a place, select it
   * (and the step's claim drawn there); without, keep what the presenter clicked. Returns the
   * claim selected, so the view can show the place once the explorer's layout is back.
   */
  explore(placeId: string | null): string | null {
    const b = this.app.view.briefing;
    if (b === null) return null;
    const claim =
      placeId === null
        ? null
        : (this.current?.claims.find((id) =>
            this.app.data.claimsById.get(id)?.places.includes(placeId),
          ) ?? null);
    this.resumeAt = { id: b.id, step: this.step };
    this.endedBy = 'explore';
    this.applied = null;
    this.app.view.briefing = null;
    if (placeId !== null) this.app.select(placeId, claim);
    return claim;
  }

  /** Back into the briefing at the step the presenter left it. */
  resume(): void {
    const r = this.resumeAt;
    if (r === null) return;
    this.resumeAt = null;
    this.endedBy = null;
    const b = this.app.data.briefingsById.get(r.id);
    if (!b) return;
    this.app.view.briefing = { id: r.id, step: clampStep(r.step, b.steps.length) };
  }

  private requestCamera(camera: BriefingCamera, how: { instant: boolean; framed: boolean }) {
    this.cameraRequest = { camera, seq: (this.cameraRequest?.seq ?? 0) + 1, ...how };
  }

  private snapshot(): Snapshot {
    const v = this.app.view;
    return {
      camera: {
        center: [v.camera.center[0], v.camera.center[1]],
        zoom: v.camera.zoom,
        bearing: v.camera.bearing,
      },
      filters: copyFilters(v.filters),
      place: v.place,
      claim: v.claim,
    };
  }
}

/** Plain copies, so the view never shares arrays with the data or the snapshot. */
function copyFilters(f: Readonly<Filters>): Filters {
  return {
    categories: f.categories ? [...f.categories] : null,
    sources: f.sources ? [...f.sources] : null,
    independentOnly: f.independentOnly,
    precisions: f.precisions ? [...f.precisions] : null,
    dateRange: f.dateRange ? [f.dateRange[0], f.dateRange[1]] : null,
    // A step's dates hide undated claims, as its author saw them; the explorer's choice comes back on exit.
    keepUndated: f.keepUndated ?? false,
  };
}

/** A briefing opened from a link has no "before": leave to the default explorer. */
function defaultSnapshot(): Snapshot {
  return {
    camera: { center: [...DEFAULT_CAMERA.center], zoom: DEFAULT_CAMERA.zoom, bearing: 0 },
    filters: copyFilters(DEFAULT_FILTERS),
    place: null,
    claim: null,
  };
}

const states = new WeakMap<AppState, BriefingState>();

/** The briefing state of this app (created on first use); call during component init. */
export function getBriefingState(): BriefingState {
  const app = getAppContext();
  let state = states.get(app);
  if (!state) {
    state = new BriefingState(app);
    states.set(app, state);
  }
  return state;
}
