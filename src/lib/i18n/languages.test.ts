import { describe, expect, it } from 'vitest';
import { makeFeature, makeSource } from '../data/factories';
import { buildKnown, decodeHash, encodeHash } from '../state/hash';
import { defaultView } from '../state/view';
import { followLabels, initialUiLanguage, uiFromHash } from './languages';

describe('the interface language on load', () => {
  it('takes the link first, then the device, then the browser, then English', () => {
    expect(initialUiLanguage('#p=qaim&ui=ar', 'en', ['en-GB'])).toBe('ar');
    expect(initialUiLanguage('#p=qaim', 'ar', ['en-GB'])).toBe('ar');
    expect(initialUiLanguage('', null, ['ar-IQ', 'en'])).toBe('ar');
    expect(initialUiLanguage('', null, ['fr-FR', 'en-US'])).toBe('en');
    expect(initialUiLanguage('', null, ['de'])).toBe('en');
  });

  it('ignores a language it does not have, and a second `ui=` appended to a link', () => {
    expect(uiFromHash('#ui=fr')).toBeNull();
    expect(uiFromHash('#ui=en&ui=ar')).toBe('en');
    expect(initialUiLanguage('#ui=fr', 'ar', [])).toBe('ar');
    expect(initialUiLanguage('', 'klingon', [])).toBe('en');
  });
});

describe('labels follow the interface unless chosen apart', () => {
  it('moves labels that were in the old interface language', () => {
    expect(followLabels('en', 'en', 'ar')).toBe('ar');
    expect(followLabels('ar', 'ar', 'en')).toBe('en');
  });
  it('keeps Arabic labels under English, and "both"', () => {
    expect(followLabels('ar', 'en', 'ar')).toBe('ar');
    expect(followLabels('en', 'ar', 'en')).toBe('en');
    expect(followLabels('both', 'en', 'ar')).toBe('both');
  });
});

describe('ui= in the hash', () => {
  const known = buildKnown([makeFeature({ id: 'qaim' })], [makeSource({ id: 's' })]);

  it('round-trips Arabic beside the label language', () => {
    const view = { ...defaultView(), lang: 'en' as const, ui: 'ar' as const };
    const hash = encodeHash(view);
    expect(hash).toBe('ui=ar');
    expect(decodeHash(hash, known).ui).toBe('ar');
    const both = { ...defaultView(), lang: 'both' as const, ui: 'ar' as const };
    expect(decodeHash(encodeHash(both), known)).toMatchObject({ lang: 'both', ui: 'ar' });
  });

  it('leaves English out of the link, and an absent or unknown ui undecided', () => {
    expect(encodeHash({ ...defaultView(), ui: 'en' })).toBe('');
    expect(decodeHash('', known).ui).toBeUndefined();
    expect(decodeHash('ui=fr', known).ui).toBeUndefined();
    expect(decodeHash('ui=__proto__', known).ui).toBeUndefined();
  });
});
