import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gazetteer } from './gazetteer.ts';
import { recogniseNames } from './recognise.ts';

const SEEDS = resolve(import.meta.dirname, '../../../seeds');
const texts = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(SEEDS, f), 'utf8'));

const found = (text: string) =>
  recogniseNames(text).map((n) => [text.slice(n.start, n.end), n.candidates[0]?.ref]);

describe('recogniseNames', () => {
  it('marks English and Arabic place names, with their offsets and the place', () => {
    const text =
      'Fighters crossed into al-Qa’im and Deir ez-Zor. قالت مصادر إن مسلحين عبروا إلى القائم وبيجي.';
    expect(found(text)).toEqual([
      ['al-Qa’im', { from: 'geonames', geonames_id: 92138 }],
      ['Deir ez-Zor', expect.objectContaining({ from: 'admin1', iso: 'SY-DY' })],
      ['القائم', { from: 'geonames', geonames_id: 92138 }],
      ['بيجي', { from: 'geonames', geonames_id: 97783 }],
    ]);
  });

  it('takes the longest name at each word', () => {
    const [name] = recogniseNames('They met in Deir ez-Zor yesterday.');
    expect(name?.text).toBe('Deir ez-Zor');
  });

  it('leaves out common words, country names and first names of people', () => {
    expect(found('The army said Sam Heller left Iraq. In Syria, it rained.')).toEqual([]);
  });

  it('gives every candidate of an ambiguous name', () => {
    const [kirkuk] = recogniseNames('A blast in Kirkuk.');
    expect(kirkuk!.candidates.length).toBeGreaterThan(1);
    expect(kirkuk!.candidates.map((c) => c.kind)).toEqual(
      expect.arrayContaining(['province', 'settlement']),
    );
  });

  it('finds the seed texts’ places, quickly', () => {
    gazetteer();
    const t = performance.now();
    const names = texts.flatMap(recogniseNames).map((n) => n.text);
    const ms = performance.now() - t;
    expect(names).toEqual(
      expect.arrayContaining([
        'Qaim',
        'QAIM',
        'Baiji',
        'Anbar',
        'Mosul',
        'Kirkuk',
        'Diyala',
        'Baghdad',
      ]),
    );
    // Measured at about 70–200 ms for the five texts on the two-core machine.
    expect(ms).toBeLessThan(3000);
  });
});
