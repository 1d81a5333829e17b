import { describe, expect, it } from 'vitest';
import type { Source } from '../data/types';
import { makeClaim, makeQuote, makeSource } from '../data/factories';
import { formatAuthors, formatSourceDate } from '../data/format';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { cslItem } from '../data/downloads/csl';
import {
  apaReference,
  chicagoReference,
  corroborationBadge,
  formatCitation,
  groupClaims,
  quoted,
} from './citations';

function makeSources(): Map<string, Source> {
  const list = [
    makeSource({ id: 'wapo', publication: 'The Washington Post' }),
    makeSource({ id: 'csm', publication: 'The Christian Science Monitor' }),
    makeSource({
      id: 'cbn',
      publication: 'CBN News',
      derived_from: [
        { source: 'wapo', relation: 'rewrite', evidence: 'The Washington Post reported' },
      ],
    }),
    makeSource({
      id: 'blog',
      publication: 'Some Blog',
      derived_from: [
        { source: 'wapo', relation: 'citation', evidence: '' },
        { source: 'cbn', relation: 'wire-copy', evidence: '' },
      ],
    }),
  ];
  return new Map(list.map((s) => [s.id, s]));
}

describe('formatSourceDate', () => {
  it('writes the date at its precision', () => {
    expect(formatSourceDate('2019-07-21', 'day')).toBe('21 July 2019');
    expect(formatSourceDate('2019-03-01', 'day')).toBe('1 March 2019');
    expect(formatSourceDate('2019-03', 'month')).toBe('March 2019');
    expect(formatSourceDate('2019', 'year')).toBe('2019');
  });

  it('never shows more precision than the field allows', () => {
    expect(formatSourceDate('2019-03-01', 'month')).toBe('March 2019');
    expect(formatSourceDate('2019-03', 'day')).toBe('March 2019');
  });

  it('returns an unparseable date as written', () => {
    expect(formatSourceDate('summer 2019', 'month')).toBe('summer 2019');
  });
});

describe('formatAuthors', () => {
  it('joins bylines naturally', () => {
    expect(formatAuthors(['Louisa Loveluck'])).toBe('Louisa Loveluck');
    expect(formatAuthors(['Louisa Loveluck', 'Mustafa Salim'])).toBe(
      'Louisa Loveluck and Mustafa Salim',
    );
    expect(formatAuthors(['A', 'B', 'C'])).toBe('A, B and C');
  });

  it('says "unbylined" when there is no byline', () => {
    expect(formatAuthors([])).toBe('unbylined');
    expect(formatAuthors(['  '])).toBe('unbylined');
  });
});

describe('quoted', () => {
  it('puts a plain quote between double marks', () => {
    expect(quoted('Even truffle hunters have been kidnapped')).toBe(
      '“Even truffle hunters have been kidnapped”',
    );
  });

  it('switches to single marks when the quote carries double marks, never doubling them', () => {
    const text = '“The people of Anbar are keener,” said Sheikh Ahmed al-Sanad';
    expect(quoted(text)).toBe(`‘${text}’`);
    expect(quoted('"These are different times," he said.')).toBe(
      '‘"These are different times," he said.’',
    );
    expect(quoted('they can reach anywhere they want.”')).toBe(
      '‘they can reach anywhere they want.”’',
    );
    expect(quoted('« Daech » revient')).toBe('‘« Daech » revient’');
  });

  it('keeps apostrophes and adds trailing punctuation inside the marks', () => {
    expect(quoted('They’re not giving up')).toBe('“They’re not giving up”');
    expect(quoted('Is ISIS back', ',')).toBe('“Is ISIS back,”');
  });
});

describe('formatCitation', () => {
  it('cites quote, byline, headline, publication and date, and no ids or offsets', () => {
    const quote = makeQuote({ text: 'Even truffle hunters have been kidnapped', start: 3100 });
    const citation = formatCitation(quote, makeSource());
    expect(citation).toBe(
      '“Even truffle hunters have been kidnapped” — Louisa Loveluck and Mustafa Salim, ' +
        '“ISIS militants return to Iraq, continue fight,” The Washington Post, 21 July 2019.',
    );
    expect(citation).not.toMatch(/wapo-2019-07-21|3100|citemap/);
  });

  it('puts the publication in the author’s place when there is no byline', () => {
    const source = makeSource({
      id: 'ap-csm-2019-02',
      authors: ['  '],
      headline: 'Fleeing Syria defeat, ISIS fighters slip into Iraq',
      publication: 'The Christian Science Monitor (Associated Press story)',
      date: '2019-02',
      date_precision: 'month',
    });
    const citation = formatCitation(makeQuote({ text: 'x' }), source);
    expect(citation).toBe(
      '“x” — The Christian Science Monitor, ' +
        '“Fleeing Syria defeat, ISIS fighters slip into Iraq,” February 2019.',
    );
    expect(citation).not.toContain('unbylined');
  });

  it('leaves out a publication the catalogue does not know, and our notes on it', () => {
    const source = makeSource({
      authors: [],
      headline: 'ISIS is Worming Their Way Back into Iraq',
      publication:
        'Unknown (unbylined web rewrite of the Washington Post story; no masthead in the text)',
      date: '2019-07',
      date_precision: 'month',
    });
    expect(formatCitation(makeQuote({ text: 'x' }), source)).toBe(
      '“x” — “ISIS is Worming Their Way Back into Iraq,” July 2019.',
    );
  });

  it('keeps a headline’s own question mark and leaves out a missing headline', () => {
    const source = makeSource({ headline: 'Is ISIS back?', date: '2019', date_precision: 'year' });
    expect(formatCitation(makeQuote({ text: 'x' }), source)).toBe(
      '“x” — Louisa Loveluck and Mustafa Salim, “Is ISIS back?” The Washington Post, 2019.',
    );
    expect(formatCitation(makeQuote({ text: 'x' }), makeSource({ headline: ' ' }))).toBe(
      '“x” — Louisa Loveluck and Mustafa Salim, The Washington Post, 21 July 2019.',
    );
  });

  it('does not double the marks of a quote that opens with one', () => {
    const text =
      '“The people of Anbar are keener than even the government not to return to life under ISIS,” said Sheikh Ahmed al-Sanad';
    const citation = formatCitation(makeQuote({ text }), makeSource());
    expect(citation.startsWith(`‘${text}’ — Louisa Loveluck`)).toBe(true);
    expect(citation).not.toContain('““');
  });

  it('copies the quote character for character', () => {
    const text = 'the militants’ desert\u00A0hideouts — “mokhtars”\nnext line';
    const quote = makeQuote({ text, start: 10 });
    expect(formatCitation(quote, makeSource())).toContain(`‘${text}’ — `);
  });
});

describe('corroborationBadge', () => {
  it('labels a single-origin claim', () => {
    const claim = makeClaim({
      quotes: [makeQuote({ source: 'wapo' })],
      corroboration: { articles: 1, independent_origins: 1, origins: ['wapo'] },
    });
    expect(corroborationBadge(claim, makeSources())).toEqual({
      label: '1 independent source',
      detail: 'Quoted by 1 article, an independent origin: The Washington Post.',
      independent: 1,
      articles: 1,
      corroborated: false,
      quoteNotes: [null],
    });
  });

  it('counts two independent origins as corroborated', () => {
    const claim = makeClaim({
      quotes: [makeQuote({ source: 'wapo' }), makeQuote({ source: 'csm' })],
      corroboration: { articles: 2, independent_origins: 2, origins: ['wapo', 'csm'] },
    });
    const badge = corroborationBadge(claim, makeSources());
    expect(badge.label).toBe('2 independent sources');
    expect(badge.corroborated).toBe(true);
    expect(badge.detail).toBe(
      'Quoted by 2 articles, each an independent origin: The Washington Post and The Christian Science Monitor.',
    );
  });

  it('notes a rewrite as not independent', () => {
    const claim = makeClaim({
      quotes: [makeQuote({ source: 'wapo' }), makeQuote({ source: 'cbn' })],
      corroboration: { articles: 2, independent_origins: 1, origins: ['wapo'] },
    });
    const badge = corroborationBadge(claim, makeSources());
    expect(badge.label).toBe('1 independent source');
    expect(badge.corroborated).toBe(false);
    expect(badge.detail).toBe(
      'Quoted by 2 articles; following rewrites and citations, it traces back to 1 independent origin: The Washington Post.',
    );
    expect(badge.quoteNotes).toEqual([
      null,
      'rewrite of The Washington Post article — not independent',
    ]);
  });

  it('lists every dependency of an article, naming publications without "The"', () => {
    const claim = makeClaim({ quotes: [makeQuote({ source: 'blog' })] });
    expect(corroborationBadge(claim, makeSources()).quoteNotes).toEqual([
      'cites The Washington Post article — not independent; wire copy of the CBN News article — not independent',
    ]);
  });
});

describe('groupClaims', () => {
  const day = (d: string) => ({ start: d, end: d, precision: 'day' as const, basis: '' });

  it('groups by category in the fixed order, leaving out empty groups', () => {
    const groups = groupClaims([
      makeClaim({ id: 'a1', category: 'assessment' }),
      makeClaim({ id: 'k1', category: 'kidnapping' }),
      makeClaim({ id: 'x1', category: 'attack' }),
    ]);
    expect(groups.map((g) => g.category)).toEqual(['attack', 'kidnapping', 'assessment']);
  });

  it('sorts by occurred date, undated last by first report, ties by id', () => {
    const groups = groupClaims([
      makeClaim({
        id: 'undated-late',
        occurred: undefined,
        reported: { first: '2019-08-01', last: '2019-08-01' },
      }),
      makeClaim({ id: 'july-21', occurred: day('2019-07-21') }),
      makeClaim({
        id: 'undated-early',
        occurred: undefined,
        reported: { first: '2019-03-01', last: '2019-03-01' },
      }),
      makeClaim({
        id: 'march',
        occurred: { start: '2019-03', end: '2019-03', precision: 'month', basis: '' },
      }),
      makeClaim({ id: 'march-2', occurred: day('2019-03-01') }),
      makeClaim({ id: 'b-july-21', occurred: day('2019-07-21') }),
    ]);
    expect(groups[0]!.claims.map((c) => c.id)).toEqual([
      'march-2', // 1 March, ends before the whole month does
      'march',
      'b-july-21',
      'july-21',
      'undated-early',
      'undated-late',
    ]);
  });

  it('does not mutate its input', () => {
    const input = [makeClaim({ id: 'b' }), makeClaim({ id: 'a' })];
    groupClaims(input);
    expect(input.map((c) => c.id)).toEqual(['b', 'a']);
  });
});

describe('citation styles', () => {
  const sources = () => [
    makeSource(),
    makeSource({
      id: 'ap',
      authors: [],
      headline: 'Fleeing Syria defeat, ISIS fighters slip into Iraq',
      publication: 'The Christian Science Monitor (Associated Press story)',
      date: '2019-02',
      date_precision: 'month',
    }),
    makeSource({
      id: 'rw',
      authors: [],
      headline: 'ISIS is Worming Their Way Back into Iraq',
      publication: 'Unknown (unbylined web rewrite; no masthead)',
      date: '2019-07',
      date_precision: 'month',
    }),
    makeSource({ id: 'one', authors: ['Emily Jones'], publication: 'CBN News', date: '2019' }),
    makeSource({ id: 'three', authors: ['A B', 'C D', 'E F'], headline: 'Is ISIS back?' }),
    makeSource({
      id: 'linked',
      url: 'https://127.0.0.1:8443/world/isis-return/2019/07/21/',
      archive_url: 'https://127.0.0.1:8444/web/20190722/https://127.0.0.1:8443/world/',
    }),
    makeSource({
      id: 'linked-unbylined',
      authors: [],
      publication: 'Unknown (unbylined web rewrite; no masthead)',
      url: 'https://127.0.0.1:8446/isis',
    }),
  ];

  it('APA reads as citeproc’s APA style renders the same CSL-JSON', () => {
    for (const source of sources()) {
      const csl = cslItem({ ...source, path: 'x', length: 0, origins: [] });
      // our archive note and the catalogue's note are not part of an APA reference
      const item: Partial<typeof csl> = { ...csl };
      delete item.archive;
      delete item.archive_location;
      delete item.note;
      const citeproc = new Cite([item])
        .format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' })
        .trim();
      expect(apaReference(source), source.id).toBe(citeproc);
    }
  });

  it('Chicago: the first author inverted, the headline in quotation marks, month-first dates', () => {
    const [wapo, ap, rw, one, three, linked, unbylined] = sources().map(chicagoReference);
    expect(wapo).toBe(
      'Loveluck, Louisa, and Mustafa Salim. “ISIS militants return to Iraq, continue fight.” The Washington Post, July 21, 2019.',
    );
    expect(ap).toBe(
      '“Fleeing Syria defeat, ISIS fighters slip into Iraq.” The Christian Science Monitor, February 2019.',
    );
    expect(rw).toBe('“ISIS is Worming Their Way Back into Iraq.” July 2019.');
    expect(one).toBe(
      'Jones, Emily. “ISIS militants return to Iraq, continue fight.” CBN News, 2019.',
    );
    expect(three).toBe('B, A, C D, and E F. “Is ISIS back?” The Washington Post, July 21, 2019.');
    // the URL ends the entry and takes its full stop; the archived copy is not the article's address
    expect(linked).toBe(
      'Loveluck, Louisa, and Mustafa Salim. “ISIS militants return to Iraq, continue fight.” The Washington Post, July 21, 2019. https://127.0.0.1:8443/world/isis-return/2019/07/21/.',
    );
    expect(unbylined).toBe(
      '“ISIS militants return to Iraq, continue fight.” July 21, 2019. https://127.0.0.1:8446/isis.',
    );
  });

  it('APA ends with the URL, without a full stop after it', () => {
    const linked = sources().find((s) => s.id === 'linked')!;
    expect(apaReference(linked)).toBe(
      'Loveluck, L., & Salim, M. (2019, July 21). ISIS militants return to Iraq, continue fight. The Washington Post. https://127.0.0.1:8443/world/isis-return/2019/07/21/',
    );
  });

  it('BibTeX and RIS copy the article’s entry', () => {
    const source = makeSource();
    expect(formatCitation(makeQuote(), source, 'bibtex')).toMatch(/^@article\{wapo-2019-07-21,\n/);
    expect(formatCitation(makeQuote(), source, 'ris')).toMatch(/^TY {2}- NEWS\r\n/);
    expect(formatCitation(makeQuote(), source, 'apa')).toBe(apaReference(source));
  });
});
