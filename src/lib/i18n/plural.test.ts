import { describe, expect, it } from 'vitest';
import { countAr, countEn, formatNumber } from './plural';
import { formatDate } from './dates';

const PLACES = {
  zero: 'لا أماكن',
  one: 'مكان واحد',
  two: 'مكانان',
  few: '# أماكن',
  many: '# مكانًا',
  other: '# مكان',
};

describe('counts', () => {
  it('gives Arabic its six forms', () => {
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102].map((n) => countAr(n, PLACES))).toEqual([
      'لا أماكن',
      'مكان واحد',
      'مكانان',
      '3 أماكن',
      '10 أماكن',
      '11 مكانًا',
      '99 مكانًا',
      '100 مكان',
      '102 مكان',
    ]);
  });

  it('gives English one and other', () => {
    const forms = { one: '# claim', other: '# claims' };
    expect([0, 1, 2].map((n) => countEn(n, forms))).toEqual(['0 claims', '1 claim', '2 claims']);
  });

  it('writes Arabic numbers with Western digits, grouped', () => {
    expect(formatNumber('ar', 1234)).toBe('1,234');
    expect(formatNumber('ar', 7)).toBe('7');
    expect(formatNumber('en', 1234)).toBe('1,234');
  });
});

describe('dates', () => {
  it('keeps the precision the source gives, in Arabic month names and Western digits', () => {
    expect(formatDate('ar', '2019-07-21', 'day')).toBe('21 يوليو 2019');
    expect(formatDate('ar', '2019-07-21', 'month')).toBe('يوليو 2019');
    expect(formatDate('ar', '2019-07', 'day')).toBe('يوليو 2019');
    expect(formatDate('ar', '2019', 'day')).toBe('2019');
  });
  it('keeps English as the app writes it, and an unreadable date as written', () => {
    expect(formatDate('en', '2019-07-21', 'day')).toBe('21 July 2019');
    expect(formatDate('ar', 'summer 2019', 'day')).toBe('summer 2019');
  });
});
