/**
 * The studio's state: whether Curate mode is on, the project as last read from the dev server,
 * what the curator is doing, and the outcome of the last save. One instance for the page, shared
 * by the header's toggle (mounted by the explorer) and the studio (mounted by the app).
 */
import type { Draft, ProjectSnapshot, SaveRequest, StudioProblem } from '../data/studio-api';
import { StudioClient, readToken } from './api';
import { saveRequest, type Edits } from './project';
import type { ClaimSeed } from './claim-form';
import { STRINGS } from './strings';

export type StudioView =
  | { name: 'home' }
  | { name: 'source'; editing: string | null }
  | { name: 'reader'; source: string }
  | { name: 'claim'; seed: ClaimSeed }
  | { name: 'place'; editing: string }
  | { name: 'reanchor'; source: string }
  | { name: 'brief' };

export interface Notice {
  kind: 'saved' | 'error' | 'stale';
  text: string;
}

export class Studio {
  open = $state(false);
  /** how many header toggles are on the page (none while the explorer has no data to show) */
  toggles = $state(0);
  snapshot: ProjectSnapshot | null = $state.raw(null);
  loadError: string | null = $state(null);
  view: StudioView = $state.raw({ name: 'home' });
  notice: Notice | null = $state.raw(null);
  /** the problems of the last refused save, shown beside their fields */
  problems: StudioProblem[] = $state.raw([]);
  busy = $state(false);
  /** the dev server's gazetteer has answered once (its index is built) */
  gazetteerReady = $state(false);
  private warming: Promise<void> | undefined;
  /** bumped after every write, so the app reloads the published data */
  dataVersion = $state(0);
  readonly client: StudioClient | null;

  constructor(token: string | null = readToken()) {
    this.client = token ? new StudioClient(token) : null;
    if (!token) this.loadError = STRINGS.noToken;
  }

  get drafts(): Draft[] {
    return this.snapshot?.drafts ?? [];
  }

  go(view: StudioView): void {
    this.view = view;
    this.problems = [];
  }

  /** Moves on from `from` once a save is done, unless the curator has gone elsewhere meanwhile. */
  goFrom(from: StudioView, to: StudioView): void {
    if (this.view === from) this.go(to);
  }

  async load(): Promise<boolean> {
    if (!this.client) return false;
    const answer = await this.client.project();
    if (!answer.ok) {
      this.loadError = answer.error;
      return false;
    }
    this.loadError = null;
    this.snapshot = answer;
    if (answer.empty && !this.open) this.open = true;
    return true;
  }

  /**
   * Saves a set of edits. On success the project is read again and the app told to reload its
   * data; a refusal keeps the form as it is, with the problems beside their fields (the server
   * keeps it as a draft), or, when a file changed on disk, reads the project again first.
   */
  save(edits: Edits, label: string): Promise<boolean> {
    if (!this.snapshot) return Promise.resolve(false);
    return this.send(saveRequest(this.snapshot, edits, label));
  }

  /** Sends a save request as it is (a draft tried again). */
  async send(request: SaveRequest): Promise<boolean> {
    if (!this.client) return false;
    const label = request.label;
    this.busy = true;
    try {
      const answer = await this.client.save(request);
      if (answer.ok) {
        this.problems = [];
        await this.load();
        this.notice = { kind: 'saved', text: STRINGS.saved(label, answer.warnings) };
        this.dataVersion++;
        return true;
      }
      if (answer.status === 409) {
        await this.load();
        this.notice = { kind: 'stale', text: STRINGS.stale(answer.stale ?? []) };
        return false;
      }
      this.problems = answer.problems ?? [];
      this.notice = {
        kind: 'error',
        text: answer.status === 422 ? STRINGS.refused(label, this.problems.length) : answer.error,
      };
      if (answer.status === 422) await this.load();
      return false;
    } finally {
      this.busy = false;
    }
  }

  /** Deletes a kept draft for good (the curated files are not touched) and reads the project again. */
  async discard(draft: Draft): Promise<boolean> {
    if (!this.client) return false;
    this.busy = true;
    try {
      const answer = await this.client.discardDraft({ id: draft.id });
      // A 404 means another tab discarded it already: either way it is gone, so read again.
      if (answer.ok || answer.status === 404) await this.load();
      this.notice = answer.ok
        ? { kind: 'saved', text: STRINGS.discarded(draft.label) }
        : { kind: 'error', text: answer.error };
      return answer.ok;
    } finally {
      this.busy = false;
    }
  }

  /**
   * Builds the dev server's gazetteer index in the background as the studio opens (the first
   * search would otherwise wait ~13 s for it); `gazetteerReady` turns true at its first answer.
   */
  warmGazetteer(): void {
    if (!this.client || this.warming) return;
    // Any non-empty name makes the server build the index; an empty query answers at once.
    this.warming = this.client.gazetteer('a', 1).then((answer) => {
      if (answer.ok) this.gazetteerReady = true;
      else this.warming = undefined;
    });
  }

  async undo(): Promise<void> {
    if (!this.client) return;
    this.busy = true;
    try {
      const answer = await this.client.undo();
      if (answer.ok) await this.load();
      this.notice = answer.ok
        ? { kind: 'saved', text: STRINGS.undone(answer.label) }
        : { kind: 'error', text: answer.error };
      if (answer.ok) this.dataVersion++;
    } finally {
      this.busy = false;
    }
  }
}

let shared: Studio | undefined;

/** The page's one studio. */
export function studio(): Studio {
  shared ??= new Studio();
  return shared;
}
