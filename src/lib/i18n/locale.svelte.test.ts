import { afterEach, describe, expect, it } from 'vitest';
import { ui } from './locale.svelte';
import { isolate } from './bidi';

const qaim = { name_en: 'Al-Qaim', name_ar: 'القائم' };

describe('ui (the interface locale)', () => {
  afterEach(() => ui.set('en'));

  it('names a place through a destructured `name`, which keeps following the language', () => {
    const { name } = ui;
    expect(name(qaim)).toBe('Al-Qaim');
    ui.set('ar');
    expect(name(qaim)).toBe('القائم');
    expect(name({ name_en: 'Rawa' })).toBe('Rawa');
  });

  it('keeps its other methods bound: destructured, they read the language as `ui.…` does', () => {
    const { date, number, list, languageName, set } = ui;
    set('ar');
    expect(ui.lang).toBe('ar');
    expect(languageName('en')).toBe('الإنجليزية');
    expect(number(5000)).toBe(ui.number(5000));
    expect(date('2019-07-21', 'day')).toBe(ui.date('2019-07-21', 'day'));
    expect(list(['a', 'b'])).toBe(ui.list(['a', 'b']));
  });

  it('lists publications in Arabic each isolated, so their brackets stay with them', () => {
    const names = ['The Washington Post', 'The Christian Science Monitor (Associated Press story)'];
    expect(ui.list(names)).toBe(
      'The Washington Post and The Christian Science Monitor (Associated Press story)',
    );
    ui.set('ar');
    expect(ui.list(names)).toBe(`${isolate(names[0]!)} و${isolate(names[1]!)}`);
  });
});
