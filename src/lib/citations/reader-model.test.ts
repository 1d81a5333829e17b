import { describe, expect, it } from 'vitest';
import { makeSource } from '../data/factories';
import type { ReaderPassage } from './reader';
import {
  derivativesOf,
  languageName,
  passageAt,
  passagePosition,
  relationPhrase,
  sourceLinks,
} from './reader-model';

const passage = (start: number, end: number, claimId = `c${start}`): ReaderPassage => ({
  start,
  end,
  text: 'x'.repeat(end - start),
  placeId: 'qaim',
  claimId,
  quoteIndex: 0,
});

describe('derivativesOf', () => {
  it('lists the sources derived from one, with their relation', () => {
    const sources = [
      makeSource({ id: 'wapo' }),
      makeSource({
        id: 'cbn',
        publication: 'CBN News',
        derived_from: [{ source: 'wapo', relation: 'rewrite', evidence: '' }],
      }),
      makeSource({
        id: 'blog',
        publication: 'Blog',
        derived_from: [
          { source: 'cbn', relation: 'citation', evidence: '' },
          { source: 'wapo', relation: 'wire-copy', evidence: '' },
        ],
      }),
    ];
    expect(derivativesOf('wapo', sources)).toEqual([
      { id: 'cbn', publication: 'CBN News', relation: 'rewrite' },
      { id: 'blog', publication: 'Blog', relation: 'wire-copy' },
    ]);
    expect(derivativesOf('blog', sources)).toEqual([]);
  });
});

describe('passagePosition', () => {
  const passages = [
    passage(10, 20),
    passage(10, 20, 'same-words'),
    passage(30, 40),
    passage(50, 60),
  ];

  it('counts distinct positions and finds the current one', () => {
    expect(passagePosition(passages, { start: 30, end: 40 })).toMatchObject({ index: 2, total: 3 });
    const first = passagePosition(passages, { start: 10, end: 20 });
    expect(first.index).toBe(1);
    expect(first.here.map((p) => p.claimId)).toEqual(['c10', 'same-words']);
  });

  it('has no index for an uncited passage or none', () => {
    expect(passagePosition(passages, { start: 11, end: 20 })).toEqual({
      index: null,
      total: 3,
      here: [],
    });
    expect(passagePosition(passages, null).index).toBeNull();
    expect(passagePosition([], null)).toEqual({ index: null, total: 0, here: [] });
  });
});

describe('passageAt', () => {
  it('picks the most specific passage covering the offset', () => {
    const passages = [passage(0, 100, 'long'), passage(40, 50, 'short')];
    expect(passageAt(passages, 45)?.claimId).toBe('short');
    expect(passageAt(passages, 10)?.claimId).toBe('long');
    expect(passageAt(passages, 100)).toBeNull();
  });
});

describe('relationPhrase', () => {
  it('reads in both directions', () => {
    expect(relationPhrase('rewrite', 'from')).toBe('A rewrite of');
    expect(relationPhrase('rewrite', 'to')).toBe('Rewritten by');
    expect(relationPhrase('wire-copy', 'to')).toBe('Carried as wire copy by');
  });
});

describe('languageName', () => {
  it('names a language tag in English, or returns the tag', () => {
    expect(languageName('en')).toBe('English');
    expect(languageName('ar')).toBe('Arabic');
    expect(languageName('not a tag!')).toBe('not a tag!');
  });
});

describe('sourceLinks', () => {
  it('gives the original and the archived copy, in that order, when the catalogue has them', () => {
    const source = makeSource({
      url: 'https://127.0.0.1:8443/world/2019/07/21/',
      archive_url: 'https://127.0.0.1:8444/web/20190722/https://127.0.0.1:8443/',
    });
    expect(sourceLinks(source)).toEqual([
      { kind: 'original', href: 'https://127.0.0.1:8443/world/2019/07/21/' },
      {
        kind: 'archive',
        href: 'https://127.0.0.1:8444/web/20190722/https://127.0.0.1:8443/',
      },
    ]);
    expect(sourceLinks(makeSource({ archive_url: 'http://127.0.0.1:8445/abc' }))).toEqual([
      { kind: 'archive', href: 'http://127.0.0.1:8445/abc' },
    ]);
  });

  it('gives no link for a source without addresses (the 2019 seeds)', () => {
    expect(sourceLinks(makeSource())).toEqual([]);
  });

  it('never links to anything but a web address', () => {
    const source = makeSource({
      url: 'javascript:alert(1)',
      archive_url: 'file:///etc/passwd',
    });
    expect(sourceLinks(source)).toEqual([]);
    expect(sourceLinks(makeSource({ url: 'not a url' }))).toEqual([]);
  });
});
