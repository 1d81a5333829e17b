import { describe, expect, it } from 'vitest';
import { isolate } from './bidi';
import { ar } from './ar';

describe('isolate', () => {
  it('wraps the text in a first-strong isolate, leaving its characters as they are', () => {
    expect(isolate('The Washington Post')).toBe('\u2068The Washington Post\u2069');
  });
});

describe('the Arabic catalogue', () => {
  const publication = 'The Christian Science Monitor (Associated Press story)';
  it('isolates the publications and headlines it sets into a sentence', () => {
    expect(ar.claim.quoteNote('إعادة صياغة لمقال', publication)).toContain(isolate(publication));
    const derived = ar.about.graph.derived(publication, 'Headline (AP)', 'منقول');
    expect(derived).toContain(isolate(publication));
    expect(derived).toContain(isolate('Headline (AP)'));
    const back = ar.about.leadsBack(publication, 'Headline (AP)', 'أصل');
    expect(back).toContain(isolate(publication));
    expect(back).toContain(isolate('Headline (AP)'));
  });
});
