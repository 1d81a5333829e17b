import { describe, expect, it } from 'vitest';
import { makeDataset, makeFeature } from '../data/factories';
import type {
  PublishedBriefing,
  PublishedBriefingStep,
  PublishedSource,
  VerifiedClaim,
} from '../data/types';
import { AppState } from '../state/app.svelte';
import { defaultView } from '../state/view';
import { BriefingState } from './briefing.svelte';

function claim(id: string, places: string[]): VerifiedClaim {
  return {
    id,
    places,
    category: 'attack',
    summary: id,
    quotes: [{ source: 'src-a', text: 'quoted', start: 0, end: 6 }],
    reported: { first: '2019-07-21', last: '2019-07-21' },
    corroboration: { articles: 1, independent_origins: 1, origins: ['src-a'] },
  };
}

function place(id: string, claims: VerifiedClaim[]) {
  return makeFeature({ id, name_en: id, name_ar: id, province: null, claims });
}

function step(id: string, categories: PublishedBriefingStep['filters']['categories']) {
  return {
    id,
    heading: `Heading ${id}`,
    text: 'text',
    places: ['kirkuk'],
    claims: ['kirkuk-attack'],
    key_quote: { claim: 'kirkuk-attack', quote: 0 },
    camera: { center: [44.4, 35.5] as [number, number], zoom: 8, bearing: 0 },
    filters: {
      categories,
      sources: null,
      independentOnly: false,
      precisions: null,
      dateRange: null,
    },
  };
}

const briefing: PublishedBriefing = {
  id: 'tour',
  title: 'Tour',
  steps: [step('one', ['attack']), step('two', null), step('three', ['assessment'])],
};

function setup() {
  const kirkukAttack = claim('kirkuk-attack', ['kirkuk']);
  const features = [
    place('kirkuk', [kirkukAttack]),
    place('mosul', [claim('mosul-cell', ['mosul'])]),
  ];
  const source: PublishedSource = {
    id: 'src-a',
    file: 'a.txt',
    sha256: '0'.repeat(64),
    publication: 'A',
    headline: 'H',
    authors: [],
    date: '2019-07-21',
    date_precision: 'day',
    date_basis: 'dateline',
    language: 'en',
    derived_from: [],
    path: 'sources/a.txt',
    length: 100,
    origins: ['src-a'],
  };
  const sources = [source];
  const app = new AppState(makeDataset(features, sources, [briefing]), defaultView());
  return { app, state: new BriefingState(app) };
}

describe('BriefingState', () => {
  it('starts at the first step, in the view (so the hash carries it)', () => {
    const { app, state } = setup();
    state.start();
    expect(app.view.briefing).toEqual({ id: 'tour', step: 0 });
    expect(state.presenting).toBe(true);
    expect(state.current?.id).toBe('one');
    expect(app.data.briefingsById.get('tour')?.steps).toHaveLength(3);
  });

  it('applies a step: its filters, no selection, a camera request (instant on load)', () => {
    const { app, state } = setup();
    app.select('mosul');
    state.start();
    state.sync();
    expect(app.view.filters.categories).toEqual(['attack']);
    expect(app.view.place).toBeNull();
    expect(state.cameraRequest).toMatchObject({ instant: true, framed: true });
    expect(state.cameraRequest?.camera.center).toEqual([44.4, 35.5]);
    expect(state.announcement).toBe('Step 1 of 3: Heading one');

    state.perform({ kind: 'next' });
    state.sync();
    expect(app.view.briefing?.step).toBe(1);
    expect(app.view.filters.categories).toBeNull();
    expect(state.cameraRequest).toMatchObject({ instant: false, seq: 2 });
  });

  it('applies each step once, however often it is asked', () => {
    const { state } = setup();
    state.start();
    state.sync();
    const first = state.cameraRequest;
    state.sync();
    expect(state.cameraRequest).toBe(first);
  });

  it('clamps moves and jumps to the briefing', () => {
    const { app, state } = setup();
    state.start(undefined, 99);
    expect(app.view.briefing?.step).toBe(2);
    state.perform({ kind: 'next' });
    expect(app.view.briefing?.step).toBe(2);
    state.perform({ kind: 'first' });
    state.perform({ kind: 'prev' });
    expect(app.view.briefing?.step).toBe(0);
    state.perform({ kind: 'jump', step: 8 });
    expect(app.view.briefing?.step).toBe(2);
  });

  it('leaves back to the explorer as it was: filters, selection, camera', () => {
    const { app, state } = setup();
    app.setFilters({ categories: ['assessment'] });
    app.select('mosul', 'mosul-cell');
    app.setCamera({ center: [43.1, 36.3], zoom: 7, bearing: 0 });
    state.start();
    state.sync();
    state.perform({ kind: 'leave' });
    expect(app.view.briefing).toBeNull();
    expect(app.view.filters.categories).toEqual(['assessment']);
    expect(app.view.place).toBe('mosul');
    expect(app.view.claim).toBe('mosul-cell');
    expect(state.cameraRequest).toMatchObject({
      camera: { center: [43.1, 36.3], zoom: 7 },
      framed: false,
    });
  });

  it("a step hides undated claims as its author saw it, and leaving gives back the reader's choice", () => {
    const { app, state } = setup();
    app.setFilters({ dateRange: ['2019-01-01', '2019-12-31'], keepUndated: true });
    state.start();
    state.sync();
    expect(app.view.filters.keepUndated).toBe(false);
    state.perform({ kind: 'leave' });
    expect(app.view.filters.keepUndated).toBe(true);
  });

  it('counts a session for each start from the explorer, not for a step change or a resume', () => {
    const { state } = setup();
    expect(state.session).toBe(0);
    state.start();
    state.sync();
    state.perform({ kind: 'next' });
    state.start(undefined, 2);
    expect(state.session).toBe(1);
    state.sync();
    state.explore('kirkuk');
    state.resume();
    expect(state.session).toBe(1);
    state.perform({ kind: 'leave' });
    state.start();
    expect(state.session).toBe(2);
  });

  it('steps out to explore a place, and resumes at the same step', () => {
    const { app, state } = setup();
    state.start(undefined, 1);
    state.sync();
    expect(state.explore('kirkuk')).toBe('kirkuk-attack');
    expect(app.view.briefing).toBeNull();
    expect(app.view.place).toBe('kirkuk');
    expect(app.view.claim).toBe('kirkuk-attack');
    expect(state.resumeAt).toEqual({ id: 'tour', step: 1 });

    state.resume();
    state.sync();
    expect(app.view.briefing).toEqual({ id: 'tour', step: 1 });
    expect(app.view.place).toBeNull();
    expect(state.resumeAt).toBeNull();
    expect(state.cameraRequest).toMatchObject({ instant: false, framed: true });
  });

  it('ignores moves outside a briefing and unknown briefings', () => {
    const { app, state } = setup();
    state.perform({ kind: 'next' });
    state.start('no-such-briefing');
    expect(app.view.briefing).toBeNull();
    state.resume();
    expect(app.view.briefing).toBeNull();
  });
});
