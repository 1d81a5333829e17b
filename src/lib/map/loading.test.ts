import { describe, expect, it } from 'vitest';
import { loadingMessage } from './loading';

describe('loadingMessage', () => {
  it('says what the map is waiting for, then nothing', () => {
    expect(loadingMessage('loading', 30)).toBe('Loading the map…');
    expect(loadingMessage('drawing', 30)).toBe('Drawing 30 places…');
    expect(loadingMessage('drawing', 1)).toBe('Drawing 1 place…');
    expect(loadingMessage('ready', 30)).toBe('');
  });
});
