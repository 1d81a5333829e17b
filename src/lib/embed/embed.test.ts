import { describe, expect, it } from 'vitest';
import { embedCode, embedUrl, fullMapUrl, isEmbedRequest } from './embed';

describe('isEmbedRequest', () => {
  it('reads the embed parameter, with or without a value, among others', () => {
    expect(isEmbedRequest('?embed')).toBe(true);
    expect(isEmbedRequest('?embed=1')).toBe(true);
    expect(isEmbedRequest('?x=1&embed')).toBe(true);
    expect(isEmbedRequest('')).toBe(false);
    expect(isEmbedRequest('?embedded')).toBe(false);
    expect(isEmbedRequest('?x=embed')).toBe(false);
  });
});

describe('embedUrl and fullMapUrl', () => {
  const page = 'https://127.0.0.1:8448/citemap/index.html?embed#p=old';

  it('keep the path and the other parameters and put the view in the hash', () => {
    expect(embedUrl('https://127.0.0.1:8448/citemap/', 'p=qaim&ind=1')).toBe(
      'https://127.0.0.1:8448/citemap/?embed#p=qaim&ind=1',
    );
    expect(embedUrl('https://127.0.0.1:8449/?v=2&embed=1#x', 'p=qaim')).toBe(
      'https://127.0.0.1:8449/?v=2&embed#p=qaim',
    );
    expect(fullMapUrl(page, 'p=qaim')).toBe('https://127.0.0.1:8448/citemap/index.html#p=qaim');
    expect(fullMapUrl('https://127.0.0.1:8449/?v=2&embed', 'p=qaim')).toBe(
      'https://127.0.0.1:8449/?v=2#p=qaim',
    );
  });

  it('leave out an empty hash', () => {
    expect(embedUrl(page, '')).toBe('https://127.0.0.1:8448/citemap/index.html?embed');
    expect(fullMapUrl(page, '')).toBe('https://127.0.0.1:8448/citemap/index.html');
  });

  it('round-trip: the embed of the full map of an embed is the same address', () => {
    const hash = 'c=41.0000,34.4000,6.00&p=qaim';
    expect(embedUrl(fullMapUrl(embedUrl(page, hash), hash), hash)).toBe(embedUrl(page, hash));
  });
});

describe('embedCode', () => {
  it('is one iframe with an escaped src and title, a size, lazy loading and full screen', () => {
    const code = embedCode('https://127.0.0.1:8449/?embed#p=qaim&cat=attack', 'Map "A" <b> & co', {
      width: 640,
      height: 480,
    });
    expect(code).toBe(
      '<iframe src="https://127.0.0.1:8449/?embed#p=qaim&amp;cat=attack" ' +
        'title="Map &quot;A&quot; &lt;b&gt; &amp; co" width="640" height="480" ' +
        'style="border:0;max-width:100%" loading="lazy" allow="fullscreen" ' +
        'referrerpolicy="no-referrer"></iframe>',
    );
  });
});
