/** Records for the studio's tests: one article, the town it names, claims quoting it. */
import type { Claim, Place, Source } from '../../lib/data/types.ts';

export const TEXT =
  'QAIM, Iraq — Militants crossed into al-Qa’im on Sunday, officials said.\n\n' +
  'The town lies on the Euphrates, a short drive from the Syrian border.\n\n' +
  'Officials said the raid was the third this month.\n';

export function source(id: string): Source {
  return {
    id,
    // The studio fills in the file and hash of the text it stores.
    file: `${id}.txt`,
    sha256: '0'.repeat(64),
    publication: 'The Alpha Times',
    headline: 'Border town raided',
    authors: ['A. Writer'],
    date: '2019-07-21',
    date_precision: 'day',
    date_basis: 'dateline',
    language: 'en',
    derived_from: [],
  };
}

export function place(): Place {
  return {
    id: 'qaim',
    name: { en: 'Al-Qaim', ar: 'القائم' },
    aliases: ['Qaim'],
    kind: 'town',
    precision: 'settlement',
    country: 'IQ',
    province: 'IQ-AN',
    geometry: { from: 'geonames', geonames_id: 92138 },
    approximate: false,
  } as Place;
}

export function claim(id: string, summary: string): Claim {
  return {
    id,
    places: ['qaim'],
    category: 'attack',
    summary,
    quotes: [
      {
        source: 'alpha',
        text: 'Militants crossed into al-Qa’im on Sunday',
        prefix: 'QAIM, Iraq — ',
        suffix: ', officials said.',
      },
    ],
  } as Claim;
}
