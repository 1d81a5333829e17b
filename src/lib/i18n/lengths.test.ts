import { describe, expect, it } from 'vitest';
import { formatLength } from './lengths';

describe('formatLength', () => {
  it('writes kilometres short and miles in full, in English', () => {
    expect(formatLength('en', 599.4, 'km', 1)).toBe('599.4 km');
    expect(formatLength('en', 372.43, 'miles', 1)).toBe('372.4 miles');
    expect(formatLength('en', 370, 'miles', 0)).toBe('370 miles');
    expect(formatLength('en', 1, 'miles', 0)).toBe('1 mile');
  });

  it('writes the unit in Arabic with Western digits, the noun in the form the number needs', () => {
    expect(formatLength('ar', 599.4, 'km', 1)).toBe('599.4 كم');
    expect(formatLength('ar', 372.4, 'miles', 1)).toBe('372.4 ميل');
    expect(formatLength('ar', 370, 'miles', 0)).toBe('370 ميلاً');
  });
});
