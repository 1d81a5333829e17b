import { describe, expect, it, vi } from 'vitest';
import { toggleFullscreen, type FullscreenDocument } from './fullscreen';

function fakeDocument(over: Partial<FullscreenDocument> = {}) {
  const requestFullscreen = vi.fn(() => Promise.resolve());
  const exitFullscreen = vi.fn(() => Promise.resolve());
  const doc = {
    fullscreenElement: null,
    fullscreenEnabled: true,
    exitFullscreen,
    documentElement: { requestFullscreen },
    ...over,
  } as FullscreenDocument;
  return { doc, requestFullscreen, exitFullscreen };
}

describe('toggleFullscreen', () => {
  it('enters full screen on the whole page', () => {
    const { doc, requestFullscreen, exitFullscreen } = fakeDocument();
    toggleFullscreen(doc);
    expect(requestFullscreen).toHaveBeenCalledOnce();
    expect(exitFullscreen).not.toHaveBeenCalled();
  });

  it('leaves full screen when already in it', () => {
    const { doc, requestFullscreen, exitFullscreen } = fakeDocument({
      fullscreenElement: {} as Element,
    });
    toggleFullscreen(doc);
    expect(exitFullscreen).toHaveBeenCalledOnce();
    expect(requestFullscreen).not.toHaveBeenCalled();
  });

  it('does nothing where full screen is not allowed', () => {
    const { doc, requestFullscreen } = fakeDocument({ fullscreenEnabled: false });
    toggleFullscreen(doc);
    expect(requestFullscreen).not.toHaveBeenCalled();
  });

  it('swallows a refusal instead of reporting an unhandled rejection', async () => {
    const { doc } = fakeDocument();
    const refused = vi.fn(() => Promise.reject(new TypeError('Permissions check failed')));
    doc.documentElement.requestFullscreen = refused;
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    toggleFullscreen(doc);
    await new Promise((r) => setTimeout(r, 0));
    process.off('unhandledRejection', unhandled);
    expect(refused).toHaveBeenCalledOnce();
    expect(unhandled).not.toHaveBeenCalled();
  });
});
