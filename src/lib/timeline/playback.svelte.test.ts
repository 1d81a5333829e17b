import { describe, expect, it } from 'vitest';
import { makeClaim, makeDataset, makeFeature } from '../data/factories';
import { AppState } from '../state/app.svelte';
import { Playback } from './playback.svelte';
import type { Domain } from './focus';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Three months of 2019, one claim in each of January and March, Baghdad and Mosul. */
function setup(span: Domain = [utc('2019-01-01'), utc('2019-04-01')]) {
  const january = makeClaim({
    id: 'january',
    places: ['baghdad'],
    occurred: { start: '2019-01-10', end: '2019-01-10', precision: 'day', basis: 'test' },
  });
  const march = makeClaim({
    id: 'march',
    places: ['mosul'],
    occurred: { start: '2019-03-01', end: '2019-03-31', precision: 'month', basis: 'test' },
  });
  const app = new AppState(
    makeDataset([
      makeFeature({ id: 'baghdad', claims: [january] }),
      makeFeature({ id: 'mosul', claims: [march] }),
    ]),
  );
  return { app, playback: new Playback(app, () => span) };
}

describe('Playback', () => {
  it('starts at the first window, drives the date filter and says what it shows', () => {
    const { app, playback } = setup();
    expect(playback.steps).toEqual(['2019-01-01', '2019-02-01', '2019-03-01']);
    playback.play();
    expect(app.view.playback).toMatchObject({ window: 'month', at: '2019-01-01', playing: true });
    expect(app.view.filters.dateRange).toEqual(['2019-01-01', '2019-01-31']);
    expect([...app.filtered.claimIds]).toEqual(['january']);
    expect(playback.announcement).toBe('Showing 1–31 January 2019: 1 claim at 1 place');
    playback.tick();
    expect(app.view.filters.dateRange).toEqual(['2019-02-01', '2019-02-28']);
    expect(app.filtered.claimIds.size).toBe(0);
  });

  it('plays on from the range the reader set, and Stop puts that range back', () => {
    const { app, playback } = setup();
    app.setFilters({ dateRange: ['2019-02-10', '2019-03-20'] });
    playback.play();
    expect(playback.view?.at).toBe('2019-02-01');
    playback.tick();
    playback.stop();
    expect(app.view.playback).toBeNull();
    expect(app.view.filters.dateRange).toEqual(['2019-02-10', '2019-03-20']);
  });

  it('loops back to the start, or without loop stops playing at the end', () => {
    const { app, playback } = setup();
    playback.play();
    playback.tick();
    playback.tick();
    playback.tick();
    expect(playback.view).toMatchObject({ at: '2019-01-01', playing: true });
    playback.setLoop(false);
    playback.tick();
    playback.tick();
    playback.tick();
    expect(playback.view).toMatchObject({ at: '2019-03-01', playing: false });
    expect(playback.announcement).toMatch(/^End of the timeline\. Showing 1–31 March 2019/);
    expect(playback.canNext).toBe(false);
    // Play at the end starts over.
    playback.play();
    expect(app.view.playback).toMatchObject({ at: '2019-01-01', playing: true });
  });

  it('steps by hand, pausing, and keeps a new window aligned to the calendar', () => {
    const { app, playback } = setup();
    playback.next();
    expect(playback.view).toMatchObject({ at: '2019-01-01', playing: false });
    playback.next();
    playback.next();
    expect(playback.index).toBe(2);
    playback.previous();
    expect(playback.view?.at).toBe('2019-02-01');
    playback.setWindow('week');
    expect(playback.view?.at).toBe('2019-01-28');
    expect(app.view.filters.dateRange).toEqual(['2019-01-28', '2019-02-03']);
    playback.setWindow('quarter');
    expect(app.view.filters.dateRange).toEqual(['2019-01-01', '2019-03-31']);
    expect(playback.steps).toEqual(['2019-01-01']);
  });

  it('ends when the reader chooses other dates or resets the filters', () => {
    const { app, playback } = setup();
    playback.play();
    app.setFilters({ keepUndated: true });
    expect(app.view.playback).not.toBeNull();
    app.setFilters({ dateRange: ['2019-01-01', '2019-01-31'] });
    expect(app.view.playback).not.toBeNull();
    app.setFilters({ dateRange: ['2019-01-05', '2019-01-31'] });
    expect(app.view.playback).toBeNull();
    playback.play();
    app.resetFilters();
    expect(app.view.playback).toBeNull();
    expect(app.view.filters.dateRange).toBeNull();
  });

  it('speaks a step at ×4 only if the last was long enough ago, but always a pause', () => {
    const { playback } = setup();
    playback.setSpeed(4);
    playback.play();
    const first = playback.announcement;
    playback.tick();
    expect(playback.announcement).toBe(first);
    playback.pause();
    expect(playback.announcement).toBe('Paused. Showing 1–28 February 2019: 0 claims at 0 places');
  });

  it('holds off while a briefing is presented', () => {
    const { app, playback } = setup();
    expect(playback.held).toBe(false);
    app.view.briefing = { id: 'tour', step: 0 };
    expect(playback.held).toBe(true);
  });
});
