import { describe, expect, it } from 'vitest';
import {
  decodePlayback,
  encodePlayback,
  isPlaybackValid,
  nextStep,
  playbackSteps,
  previousStep,
  startStep,
  stepAnnouncement,
  stepDelay,
  windowDays,
  windowLabel,
  type PlaybackView,
} from './playback';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const span = (a: string, b: string): [Date, Date] => [utc(a), utc(b)];

const playback = (overrides: Partial<PlaybackView> = {}): PlaybackView => ({
  window: 'month',
  speed: 1,
  playing: false,
  loop: false,
  at: '2019-03-01',
  ...overrides,
});

describe('windowDays', () => {
  it('gives the inclusive days of the Monday week, month or calendar quarter holding a day', () => {
    expect(windowDays('week', '2019-02-19')).toEqual(['2019-02-18', '2019-02-24']);
    expect(windowDays('month', '2019-02-19')).toEqual(['2019-02-01', '2019-02-28']);
    expect(windowDays('month', '2020-02-10')).toEqual(['2020-02-01', '2020-02-29']);
    expect(windowDays('quarter', '2019-05-31')).toEqual(['2019-04-01', '2019-06-30']);
    expect(windowDays('quarter', '2018-12-31')).toEqual(['2018-10-01', '2018-12-31']);
  });

  it('refuses what is not a day', () => {
    expect(windowDays('month', '2019-02')).toBeNull();
    expect(windowDays('month', '2019-02-30')).toBeNull();
  });
});

describe('playbackSteps', () => {
  it('lists the windows overlapping the span, the first one reaching back before it', () => {
    expect(playbackSteps('month', span('2018-12-10', '2019-03-01'))).toEqual([
      '2018-12-01',
      '2019-01-01',
      '2019-02-01',
    ]);
    expect(playbackSteps('quarter', span('2018-12-10', '2019-08-05'))).toEqual([
      '2018-10-01',
      '2019-01-01',
      '2019-04-01',
      '2019-07-01',
    ]);
    // 2019-03-04 is a Monday; the span's end is exclusive.
    expect(playbackSteps('week', span('2019-02-20', '2019-03-04'))).toEqual([
      '2019-02-18',
      '2019-02-25',
    ]);
  });

  it('stays finite over a span of centuries', () => {
    expect(playbackSteps('week', span('1900-01-01', '2100-01-01'))).toHaveLength(2000);
    expect(playbackSteps('month', span('2019-03-01', '2019-03-01'))).toEqual([]);
  });
});

describe('nextStep and previousStep', () => {
  const steps = ['2019-01-01', '2019-02-01', '2019-03-01'];

  it('walk the steps in order', () => {
    expect(nextStep(steps, '2019-01-01', false)).toBe('2019-02-01');
    expect(previousStep(steps, '2019-03-01', false)).toBe('2019-02-01');
  });

  it('stop at either end, or wrap round with loop', () => {
    expect(nextStep(steps, '2019-03-01', false)).toBeNull();
    expect(nextStep(steps, '2019-03-01', true)).toBe('2019-01-01');
    expect(previousStep(steps, '2019-01-01', false)).toBeNull();
    expect(previousStep(steps, '2019-01-01', true)).toBe('2019-03-01');
  });

  it('come back into the steps from a position outside them', () => {
    expect(nextStep(steps, '2018-06-01', false)).toBe('2019-01-01');
    expect(nextStep(steps, '2020-06-01', false)).toBeNull();
    expect(nextStep(steps, '2020-06-01', true)).toBe('2019-01-01');
    expect(previousStep(steps, '2020-06-01', false)).toBe('2019-03-01');
    // Between two steps (the window was changed): the next is the one after.
    expect(nextStep(steps, '2019-01-14', false)).toBe('2019-02-01');
    expect(previousStep(steps, '2019-01-14', false)).toBe('2019-01-01');
  });

  it('have nowhere to go without steps', () => {
    expect(nextStep([], '2019-01-01', true)).toBeNull();
    expect(previousStep([], '2019-01-01', true)).toBeNull();
  });
});

describe('startStep', () => {
  const steps = playbackSteps('month', span('2018-12-01', '2019-08-01'));

  it('plays on from the window holding the date range the reader set', () => {
    expect(startStep('month', steps, ['2019-03-12', '2019-04-02'])).toBe('2019-03-01');
  });

  it('starts at the first step without a range, or with one outside the steps', () => {
    expect(startStep('month', steps, null)).toBe('2018-12-01');
    expect(startStep('month', steps, ['2012-01-01', '2012-02-01'])).toBe('2018-12-01');
    expect(startStep('month', [], null)).toBeNull();
  });
});

describe('stepDelay', () => {
  it('halves with each speed and doubles under reduced motion', () => {
    expect([1, 2, 4].map((s) => stepDelay(s as 1 | 2 | 4, false))).toEqual([3000, 1500, 750]);
    expect(stepDelay(4, true)).toBe(1500);
  });
});

describe('windowLabel and stepAnnouncement', () => {
  it('names every day of the window', () => {
    expect(windowLabel('month', '2019-03-01')).toBe('1–31 March 2019');
    expect(windowLabel('week', '2019-02-25')).toBe('25 February – 3 March 2019');
    expect(windowLabel('week', '2019-12-30')).toBe('30 December 2019 – 5 January 2020');
    expect(windowLabel('quarter', '2019-01-01')).toBe('1 January – 31 March 2019');
  });

  it('says how many claims and places the step shows', () => {
    expect(stepAnnouncement('1–31 March 2019', 4, 3)).toBe(
      'Showing 1–31 March 2019: 4 claims at 3 places',
    );
    expect(stepAnnouncement('1–31 March 2019', 1, 1)).toBe(
      'Showing 1–31 March 2019: 1 claim at 1 place',
    );
  });
});

describe('encodePlayback and decodePlayback', () => {
  it('round-trip every window, speed and flag', () => {
    for (const window of ['week', 'month', 'quarter'] as const) {
      for (const speed of [1, 2, 4] as const) {
        for (const playing of [true, false]) {
          for (const loop of [true, false]) {
            const at = window === 'week' ? '2019-02-18' : '2019-01-01';
            const pb = playback({ window, speed, playing, loop, at });
            expect(decodePlayback(encodePlayback(pb))).toEqual(pb);
            expect(isPlaybackValid(pb)).toBe(true);
          }
        }
      }
    }
    expect(encodePlayback(playback({ speed: 2, playing: true, loop: true }))).toBe(
      'month,2019-03-01,x2,play,loop',
    );
  });

  it('moves the day to the start of its window and reads a missing speed as ×1', () => {
    expect(decodePlayback('month,2019-03-17')).toEqual(playback());
    expect(decodePlayback('quarter,2019-05-02,loop')).toEqual(
      playback({ window: 'quarter', at: '2019-04-01', loop: true }),
    );
  });

  it('ignores garbage', () => {
    for (const raw of [
      undefined,
      '',
      'month',
      'year,2019-03-01',
      'month,2019-02-30',
      'month,2019-3-1',
      'month,0999-01-01',
      'week,9999-12-27',
      '__proto__,2019-03-01',
      'month,2019-03-01%00',
    ]) {
      expect(decodePlayback(raw), String(raw)).toBeNull();
    }
    expect(decodePlayback('month,2019-03-01,x3,play,<script>,play')).toEqual(
      playback({ playing: true }),
    );
  });

  it('calls a playback invalid unless decoding could give it', () => {
    expect(isPlaybackValid(playback({ at: '2019-03-02' }))).toBe(false);
    expect(isPlaybackValid(playback({ speed: 3 as 1 }))).toBe(false);
    expect(isPlaybackValid(playback({ window: 'year' as 'month' }))).toBe(false);
    expect(isPlaybackValid(playback({ playing: 'yes' as unknown as boolean }))).toBe(false);
  });
});
