import { describe, expect, it } from 'vitest';
import { decodeText, fieldsOf, sourceFrom, textWarnings } from './source-form';

describe('decodeText', () => {
  it('reads UTF-8 text, Arabic included', () => {
    expect(decodeText(new TextEncoder().encode('القائم – Qaim'), 'a.txt')).toEqual({
      text: 'القائم – Qaim',
    });
  });
  it('refuses a file that is not text, naming it', () => {
    expect(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]), 'a.zip')).toEqual({
      error: 'a.zip is not a text file (it has NUL bytes). Drop a .txt or a saved .html page.',
    });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41]), 'b.txt')).toMatchObject({
      error: expect.stringContaining('not UTF-8'),
    });
  });
  it('refuses a file over 5 MB', () => {
    expect(decodeText(new Uint8Array(6 * 1024 * 1024), 'big.txt')).toMatchObject({
      error: expect.stringContaining('6.0 MB'),
    });
  });
});

describe('textWarnings', () => {
  it('names bidi controls and an oversized text', () => {
    expect(textWarnings('a\u202Eb')[0]).toContain('1 bidirectional control character ');
    expect(textWarnings('x'.repeat(5 * 1024 * 1024 + 1))).toHaveLength(1);
    expect(textWarnings('fine')).toEqual([]);
  });
});

describe('the URL and archive URL', () => {
  const base = {
    ...fieldsOf(undefined),
    publication: 'The Desert Herald',
    headline: 'H',
    date: '2019-07-21',
    date_basis: 'dateline',
  };
  it('are written to their own fields, trimmed, and read back; the note stays the note', () => {
    const src = sourceFrom(
      {
        ...base,
        url: ' https://127.0.0.1:8450/a ',
        archive_url: 'https://127.0.0.1:8444/web/2019/https://127.0.0.1:8450/a',
        note: ' Boilerplate removed. ',
      },
      { sha256: 'ab' },
      new Set(),
    );
    expect(src).toMatchObject({
      url: 'https://127.0.0.1:8450/a',
      archive_url: 'https://127.0.0.1:8444/web/2019/https://127.0.0.1:8450/a',
      note: 'Boilerplate removed.',
    });
    expect(fieldsOf(src)).toMatchObject({
      url: 'https://127.0.0.1:8450/a',
      archive_url: 'https://127.0.0.1:8444/web/2019/https://127.0.0.1:8450/a',
      note: 'Boilerplate removed.',
    });
  });
  it('are left out when empty, and a bad address is kept as typed for the verifier to name', () => {
    const none = sourceFrom({ ...base, url: '  ', archive_url: '' }, { sha256: 'ab' }, new Set());
    expect(none).not.toHaveProperty('url');
    expect(none).not.toHaveProperty('archive_url');
    expect(none).not.toHaveProperty('note');
    const bad = sourceFrom({ ...base, url: 'ftp://127.0.0.1/a' }, { sha256: 'ab' }, new Set());
    expect(bad.url).toBe('ftp://127.0.0.1/a');
  });
});

describe('sourceFrom', () => {
  it('makes a record: unbylined means no authors, named from publication and date', () => {
    const f = {
      ...fieldsOf(undefined),
      publication: 'The Desert Herald',
      headline: 'H',
      date: '2019-07-21',
      date_basis: 'dateline',
      authors: 'Someone',
      unbylined: true,
    };
    const src = sourceFrom(f, { sha256: 'ab' }, new Set());
    expect(src).toEqual({
      id: 'the-desert-herald-2019-07-21',
      file: 'the-desert-herald-2019-07-21.txt',
      sha256: 'ab',
      publication: 'The Desert Herald',
      headline: 'H',
      authors: [],
      date: '2019-07-21',
      date_precision: 'day',
      date_basis: 'dateline',
      language: 'en',
      derived_from: [],
    });
    expect(fieldsOf(src)).toMatchObject({ unbylined: true, publication: 'The Desert Herald' });
  });
});
