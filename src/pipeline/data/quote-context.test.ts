/**
 * A quote's context (TextQuoteSelector prefix/suffix) picks out the passage meant when its words
 * occur more than once; without context such a quote is an error, as before.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { VerifiedClaim } from '../../lib/data/types.ts';
import { newProject } from '../project/new.ts';
import { readProjectFiles } from '../project/files.ts';
import { claim, place, source } from '../studio/fixtures.ts';
import { sha256 } from '../studio/project.ts';
import { verifyProject } from './build.ts';
import { describeQuoteProblem, verifyQuote } from './quotes.ts';

const TWICE = 'Early on, officials said three died. Later, officials said three died, then five.';
const quote = 'officials said three died';

describe('verifyQuote with context', () => {
  it('is ambiguous without context', () => {
    expect(verifyQuote(TWICE, { text: quote })).toMatchObject({ ok: false, problem: 'ambiguous' });
  });

  it('picks the occurrence the prefix or suffix names', () => {
    const second = TWICE.lastIndexOf(quote);
    expect(verifyQuote(TWICE, { text: quote, prefix: 'Later, ' })).toEqual({
      ok: true,
      start: second,
      end: second + quote.length,
    });
    expect(verifyQuote(TWICE, { text: quote, suffix: ', then' })).toMatchObject({
      ok: true,
      start: second,
    });
  });

  it('reports a context found nowhere around the passage, with a fix', () => {
    const result = verifyQuote(TWICE, { text: quote, prefix: 'Earlier, ' });
    expect(result).toMatchObject({ ok: false, problem: 'context-mismatch' });
    if (result.ok) return;
    const { message, fix } = describeQuoteProblem(
      result,
      { text: quote, prefix: 'Earlier, ' },
      { id: 'a', file: 'a.txt', text: TWICE },
    );
    expect(message).toMatch(/never after "Earlier, "/);
    expect(fix).toMatch(/prefix/);
  });

  it('is still ambiguous when the context fits both occurrences', () => {
    expect(verifyQuote(TWICE, { text: quote, prefix: ', ' })).toEqual({
      ok: false,
      problem: 'ambiguous',
      offsets: [TWICE.indexOf(quote), TWICE.lastIndexOf(quote)],
    });
  });
});

describe('the build', () => {
  const work = mkdtempSync(join(tmpdir(), 'citemap-context-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  async function build(context: { prefix?: string; suffix?: string }) {
    const root = join(work, String(Math.random()).slice(2));
    await newProject(root);
    const files = readProjectFiles(root);
    const text = `${TWICE}\n`;
    const s = { ...source('alpha'), sha256: sha256(text) };
    const c = claim('deaths', 'Three died.');
    c.quotes = [{ source: 'alpha', text: quote, ...context }];
    const put = (rel: string, value: unknown) => files.set(rel, Buffer.from(JSON.stringify(value)));
    put('seeds/sources.json', { sources: [s] });
    put('data/places.json', { places: [place()] });
    put('data/claims.json', { claims: [c] });
    files.set('seeds/alpha.txt', Buffer.from(text));
    return verifyProject(files);
  }

  it('fails on a passage that occurs twice without context, saying how to tell them apart', async () => {
    const r = await build({});
    expect(r.errors).toEqual([
      expect.objectContaining({
        file: 'data/claims.json',
        id: 'deaths',
        field: 'quotes[0].text',
        message: expect.stringMatching(/occurs 2 times/),
        fix: expect.stringMatching(/"prefix"\/"suffix"/),
      }),
    ]);
  });

  it('publishes the occurrence the context names', async () => {
    const r = await build({ prefix: 'Later, ', suffix: ', then five.' });
    expect(r.errors).toEqual([]);
    const shard = [...r.outputs].find(
      ([k, v]) => k.startsWith('data/claims/') && String(v).includes('deaths'),
    );
    const { claims } = JSON.parse(String(shard![1])) as { claims: VerifiedClaim[] };
    expect(claims[0]!.quotes[0]).toMatchObject({
      start: TWICE.lastIndexOf(quote),
      end: TWICE.lastIndexOf(quote) + quote.length,
    });
  });
});
