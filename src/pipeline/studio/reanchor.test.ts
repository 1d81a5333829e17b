import { describe, expect, it } from 'vitest';
import { reanchorQuotes } from './reanchor.ts';

const OLD =
  'BAGHDAD — Militants crossed the border near Qaim on Sunday, officials said. ' +
  'Reports said the attack killed three. Officials said the raid was the third this month. ' +
  'A second report said the attack killed three, not four.';

const quote = (text: string, context: { prefix?: string; suffix?: string } = {}) => ({
  source: 'alpha',
  text,
  ...context,
});

function statusOf(newText: string, q: ReturnType<typeof quote>) {
  const [r] = reanchorQuotes(
    [{ id: 'c', quotes: [quote('unrelated'), q] }],
    'alpha',
    OLD,
    newText,
  ).filter((x) => x.index === 1);
  return r!;
}

describe('reanchorQuotes', () => {
  it('reports a quote found at the same place as unchanged', () => {
    const r = statusOf(OLD, quote('Militants crossed the border near Qaim'));
    expect(r).toMatchObject({ status: 'unchanged', errors: 0, after: { start: r.before.start } });
  });

  it('reports a quote after inserted text as moved, with its new offsets', () => {
    const inserted = `UPDATED. ${OLD}`;
    const r = statusOf(inserted, quote('Militants crossed the border near Qaim'));
    expect(r.status).toBe('moved');
    expect(r.after!.start).toBe(r.before.start + 'UPDATED. '.length);
    expect(inserted.slice(r.after!.start, r.after!.end)).toBe(
      'Militants crossed the border near Qaim',
    );
  });

  it('reports a typo corrected inside the quote as changed, giving the new wording', () => {
    const old = OLD.replace('near Qaim', 'nera Qaim');
    const r = reanchorQuotes(
      [{ id: 'c', quotes: [quote('Militants crossed the border nera Qaim')] }],
      'alpha',
      old,
      OLD,
    )[0]!;
    expect(r.status).toBe('changed');
    expect(r.after!.exact).toBe('Militants crossed the border near Qaim');
    expect(r.errors).toBeGreaterThan(0);
  });

  it('reports a deleted passage as missing', () => {
    const cut = OLD.replace('Officials said the raid was the third this month. ', '');
    const r = statusOf(cut, quote('Officials said the raid was the third this month.'));
    expect(r).toMatchObject({ status: 'missing' });
    expect(r.after).toBeUndefined();
  });

  it('tells a passage that occurs twice apart by its prefix and suffix', () => {
    const second = quote('the attack killed three', {
      prefix: 'A second report said ',
      suffix: ', not four.',
    });
    const shifted = `Correction appended. ${OLD}`;
    expect(OLD.split('the attack killed three')).toHaveLength(3);
    const r = statusOf(shifted, second);
    expect(r.status).toBe('moved');
    expect(r.before.start).toBe(OLD.lastIndexOf('the attack killed three'));
    expect(shifted.slice(r.after!.start - 21, r.after!.start)).toBe('A second report said ');
    expect(r.after!.suffix.startsWith(', not four.')).toBe(true);
  });

  it('uses the context to choose between two approximate matches', () => {
    const old = 'Report one: five fighters were seen. Report two: five fightres were seen.';
    const fixed = 'Report one: five fighters were seen. Report two: five fighters were seen.';
    const [r] = reanchorQuotes(
      [{ id: 'c', quotes: [quote('five fightres were seen', { prefix: 'Report two: ' })] }],
      'alpha',
      old,
      fixed,
    );
    expect(r!.status).toBe('changed');
    expect(r!.after!.exact).toBe('five fighters were seen');
    expect(fixed.slice(0, r!.after!.start).endsWith('Report two: ')).toBe(true);
  });

  it('leaves out quotes of other sources', () => {
    expect(
      reanchorQuotes([{ id: 'c', quotes: [{ source: 'beta', text: 'Qaim' }] }], 'alpha', OLD, OLD),
    ).toEqual([]);
  });
});
