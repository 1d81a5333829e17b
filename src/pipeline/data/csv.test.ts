import { describe, expect, it } from 'vitest';
import type { Source, VerifiedClaim } from '../../lib/data/types.ts';
import { CSV_COLUMNS, claimsCsv, csvField } from './csv.ts';

describe('csvField', () => {
  it('leaves a plain field alone', () => {
    expect(csvField('attack')).toBe('attack');
    expect(csvField(42)).toBe('42');
  });
  it('quotes a field with a comma, quote or line break and doubles its quotes', () => {
    expect(csvField('5,000')).toBe('"5,000"');
    expect(csvField('he said "no"')).toBe('"he said ""no"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
  });
  it('keeps curly quotes and non-breaking spaces exactly', () => {
    expect(csvField('“Look at where they’re\u00A0hiding”')).toBe(
      '“Look at where they’re\u00A0hiding”',
    );
  });
});

describe('claimsCsv', () => {
  const claim: VerifiedClaim = {
    id: 'kirkuk-blast',
    places: ['kirkuk'],
    category: 'attack',
    summary: 'An explosion, in Kirkuk.',
    quotes: [
      { source: 'a', text: 'killed "two"', start: 5, end: 17 },
      { source: 'b', text: 'two motorcyclists', start: 0, end: 17 },
    ],
    reported: { first: '2019-07-21', last: '2019-07-21' },
    corroboration: { articles: 2, independent_origins: 1, origins: ['a'] },
  };
  const sources = new Map([['a', { publication: 'The Post', date: '2019-07-21' } as Source]]);

  it('writes a BOM, a header and one CRLF-terminated row per quote', () => {
    const csv = claimsCsv([claim], sources);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[1]).toBe(
      'kirkuk-blast,attack,kirkuk,"An explosion, in Kirkuk.",,,,,1,a,The Post,2019-07-21,"killed ""two""",5,17,2,1,',
    );
    expect(lines[2]).toContain(',2,b,,,two motorcyclists,0,17,');
    expect(lines[3]).toBe('');
  });
});
