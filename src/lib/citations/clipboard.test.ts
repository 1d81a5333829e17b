import { describe, expect, it } from 'vitest';
import { copyText } from './clipboard';

describe('copyText', () => {
  it('writes the exact text and reports success', async () => {
    const written: string[] = [];
    const clipboard = { writeText: async (t: string) => void written.push(t) };
    expect(await copyText('“quote” — A', clipboard)).toBe('copied');
    expect(written).toEqual(['“quote” — A']);
  });

  it('asks for a manual copy when the API refuses', async () => {
    const clipboard = {
      writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
    };
    expect(await copyText('x', clipboard)).toBe('manual');
  });

  it('asks for a manual copy when there is no clipboard API', async () => {
    expect(await copyText('x', undefined)).toBe('manual');
  });
});
