import { describe, expect, it } from 'vitest';
import { hashHasCamera, historyAction, withoutCamera } from './url';

describe('historyAction', () => {
  it('does nothing when the hash is unchanged', () => {
    expect(historyAction('#p=qaim', 'p=qaim')).toBe('none');
    expect(historyAction('', '')).toBe('none');
  });

  it('replaces the entry for a camera move alone', () => {
    expect(historyAction('c=42.0000,33.0000,5.00&p=qaim', 'c=43.0000,33.0000,6.00&p=qaim')).toBe(
      'replace',
    );
    expect(historyAction('', 'c=43.0000,33.0000,6.00')).toBe('replace');
  });

  it('pushes a new entry for a new selection, article or filter', () => {
    expect(historyAction('c=1,2,3', 'c=1,2,3&p=qaim')).toBe('push');
    expect(historyAction('p=qaim', 'p=qaim&a=wapo&q=1-5')).toBe('push');
    expect(historyAction('p=qaim', 'p=qaim&cat=attack')).toBe('push');
    expect(historyAction('p=qaim', '')).toBe('push');
  });
});

describe('historyAction during a playback', () => {
  const frame = (month: string, flags = 'x1,play') =>
    `p=qaim&d=2019-${month}-01..2019-${month}-28&pb=month,2019-${month}-01,${flags}`;

  it('replaces the entry for each frame, a speed change and a pause', () => {
    expect(historyAction(frame('02'), frame('03'))).toBe('replace');
    expect(historyAction(frame('02'), frame('02', 'x4,play'))).toBe('replace');
    expect(historyAction(frame('02'), frame('02', 'x1'))).toBe('replace');
    expect(historyAction(frame('02'), `c=1,2,3&${frame('03')}`)).toBe('replace');
  });

  it('pushes starting and stopping it, and any other change while it plays', () => {
    expect(historyAction('p=qaim', frame('02'))).toBe('push');
    expect(historyAction(frame('02'), 'p=qaim')).toBe('push');
    expect(historyAction(frame('02'), 'p=qaim&d=2019-02-01..2019-02-28')).toBe('push');
    expect(historyAction(frame('02'), frame('03').replace('p=qaim', 'p=anbar'))).toBe('push');
  });
});

describe('withoutCamera / hashHasCamera', () => {
  it('drops only the camera', () => {
    expect(withoutCamera('c=1,2,3&p=qaim&cat=attack')).toBe('p=qaim&cat=attack');
    expect(withoutCamera('cat=attack&cl=x')).toBe('cat=attack&cl=x');
  });

  it('tells whether a camera is present, not fooled by keys starting with c', () => {
    expect(hashHasCamera('#c=1,2,3')).toBe(true);
    expect(hashHasCamera('p=qaim&c=1,2,3')).toBe(true);
    expect(hashHasCamera('cat=attack&cl=x')).toBe(false);
    expect(hashHasCamera('')).toBe(false);
  });
});
