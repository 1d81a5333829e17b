import { describe, expect, it } from 'vitest';
import { readPref, writePref } from './prefs';

function memoryStore() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  };
}

const throwing = {
  getItem(): string | null {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem(): void {
    throw new DOMException('Quota exceeded', 'QuotaExceededError');
  },
};

describe('prefs', () => {
  it('reads back what was written', () => {
    const store = memoryStore();
    expect(readPref('citemap.legend', store)).toBeNull();
    writePref('citemap.legend', 'compact', store);
    expect(readPref('citemap.legend', store)).toBe('compact');
  });

  it('remembers nothing, and throws nothing, when storage refuses', () => {
    expect(() => writePref('citemap.legend', 'compact', throwing)).not.toThrow();
    expect(readPref('citemap.legend', throwing)).toBeNull();
    expect(readPref('citemap.legend', null)).toBeNull();
  });
});
