/**
 * Property tests for the hash codec: thousands of seeded random strings and mutations of valid
 * hashes. Whatever arrives, decodeHash must not throw, must return a consistent view, and must be
 * stable (decoding the re-encoded result gives the same view).
 */
import { describe, expect, it } from 'vitest';
import { makeClaim, makeFeature, makeSource } from '../data/factories';
import { CATEGORIES, PRECISIONS } from '../data/vocabulary';
import { buildKnown, decodeHash, encodeHash, isConsistent, type KnownIds } from './hash';
import { defaultView, LABEL_LANGUAGES, type View } from './view';
import { mulberry32 } from '../data/random';
import { PLAYBACK_SPEEDS, PLAYBACK_WINDOWS, windowDays } from '../timeline/playback';

type Rand = () => number;
const int = (rand: Rand, n: number) => Math.floor(rand() * n);
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[int(rand, xs.length)]!;

function makeKnown(): KnownIds {
  const shared = makeClaim({ id: 'crossing', places: ['qaim', 'anbar'] });
  const features = [
    makeFeature({ id: 'qaim', claims: [shared, makeClaim({ id: 'qaim-1', places: ['qaim'] })] }),
    makeFeature({ id: 'anbar', claims: [shared] }),
    makeFeature({ id: 'kirkuk', claims: [makeClaim({ id: 'kirkuk-1', places: ['kirkuk'] })] }),
    makeFeature({
      id: 'al-qaim:x,y',
      claims: [makeClaim({ id: 'odd id&=%', places: ['al-qaim:x,y'] })],
    }),
  ];
  const sources = [
    makeSource({ id: 'wapo' }),
    makeSource({ id: 'csm' }),
    makeSource({ id: 'a,b' }),
  ];
  return {
    ...buildKnown(
      features,
      sources,
      new Map([
        ['tour', 3],
        ['b:2', 1],
      ]),
    ),
    sourceLengths: new Map([
      ['wapo', 7004],
      ['csm', 8678],
      ['a,b', 50],
    ]),
  };
}

/** A random view that decodeHash could return. */
function randomValidView(rand: Rand, known: KnownIds): View {
  const v = defaultView();
  const r4 = (x: number) => Math.round(x * 1e4) / 1e4 + 0;
  if (rand() < 0.7) {
    v.camera = {
      center: [r4(rand() * 360 - 180), r4(rand() * 170.1 - 85.05)],
      zoom: Math.round(rand() * 2200) / 100,
      bearing: int(rand, 360) - 179,
    };
  }
  const claims = [...known.claimPlaces.keys()];
  const selection = rand();
  if (selection < 0.5) {
    const claim = pick(rand, claims);
    v.claim = claim;
    v.place = pick(rand, known.claimPlaces.get(claim)!);
  } else if (selection < 0.75) {
    v.place = pick(rand, [...known.placeIds]);
  }
  if (rand() < 0.5) {
    const source = pick(rand, [...known.sourceIds]);
    const len = known.sourceLengths!.get(source)!;
    const start = int(rand, len - 1);
    v.article = {
      source,
      passage: rand() < 0.7 ? { start, end: start + 1 + int(rand, len - start - 1) } : null,
    };
  }
  const subset = <T>(xs: readonly T[]) =>
    rand() < 0.5 ? null : xs.filter(() => rand() < 0.5).sort(() => rand() - 0.5);
  v.filters = {
    categories: subset(CATEGORIES),
    sources: subset([...known.sourceIds]),
    independentOnly: rand() < 0.5,
    precisions: subset(PRECISIONS),
    dateRange: rand() < 0.5 ? null : ['2019-01-01', pick(rand, ['2019-01-01', '2019-12-31'])],
    keepUndated: rand() < 0.5,
  };
  v.lang = pick(rand, LABEL_LANGUAGES);
  if (rand() < 0.4)
    v.briefing = rand() < 0.5 ? { id: 'tour', step: int(rand, 3) } : { id: 'b:2', step: 0 };
  if (rand() < 0.3) {
    const window = pick(rand, PLAYBACK_WINDOWS);
    const day = `2019-${String(1 + int(rand, 12)).padStart(2, '0')}-${String(1 + int(rand, 28)).padStart(2, '0')}`;
    const [at] = windowDays(window, day)!;
    const speed = pick(rand, PLAYBACK_SPEEDS);
    v.playback = { window, speed, playing: rand() < 0.5, loop: rand() < 0.5, at };
    v.filters.dateRange = windowDays(window, at);
  }
  return v;
}

const ALPHABET = [
  ...'&=%,:.-#+?/ 0123456789abcdefxyzPQ_',
  'c=',
  'p=',
  'cl=',
  'a=',
  'q=',
  'cat=',
  'src=',
  'ind=',
  'und=',
  'prec=',
  'd=',
  'lang=',
  'b=',
  'pb=',
  'week',
  'month',
  'quarter',
  'x4',
  'play',
  'loop',
  'qaim',
  'crossing',
  'wapo',
  'tour',
  '__proto__',
  'constructor',
  '<script>',
  '%00',
  '%E0%A4',
  '%ZZ',
  '%',
  '\uD800',
  '\u0000',
  'é',
  'القائم',
  '..',
  '2019-02-29',
  'NaN',
  'Infinity',
  '-0',
  '1e308',
  '999999999',
  '\u202E',
  '%2C',
  '%3A',
];

/** Values that are valid for some key against makeKnown(). */
const VALUES = [
  'qaim',
  'anbar',
  'kirkuk',
  'crossing',
  'qaim-1',
  'kirkuk-1',
  'odd%20id%26%3D%25',
  'al-qaim%3Ax%2Cy',
  'wapo',
  'csm',
  'a%2Cb',
  'tour:2',
  'b%3A2:0',
  'attack,site',
  'region',
  '2019-01-01..2019-02-01',
  'month,2019-03-01,x2,play,loop',
  'week,2019-02-20',
  '1-50',
  '7000-7004',
  '42.5000,33.6000,5.20',
  '1',
  'ar',
  '',
];

function randomString(rand: Rand): string {
  const n = int(rand, 40);
  let s = '';
  for (let i = 0; i < n; i++) s += pick(rand, ALPHABET);
  return s;
}

function mutate(rand: Rand, s: string): string {
  const ops = int(rand, 4) + 1;
  let out = s;
  for (let k = 0; k < ops; k++) {
    const i = int(rand, out.length + 1);
    switch (int(rand, 6)) {
      case 0: // delete a span
        out = out.slice(0, i) + out.slice(i + 1 + int(rand, 5));
        break;
      case 1: // insert a token
        out = out.slice(0, i) + pick(rand, ALPHABET) + out.slice(i);
        break;
      case 2: // duplicate a part
        out = `${out}&${pick(rand, out.split('&'))}`;
        break;
      case 3: // flip a digit
        out = out.replace(/\d/, String(int(rand, 10)));
        break;
      case 4: // reorder parts
        out = out
          .split('&')
          .sort(() => rand() - 0.5)
          .join('&');
        break;
      default: {
        // Give one key a value that is valid somewhere else (a known id of the wrong kind, a
        // claim drawn at another place…): the consistency rules, not the parser, must catch it.
        const parts = out.split('&');
        const j = int(rand, parts.length);
        const key = (parts[j] ?? '').split('=')[0] ?? '';
        parts[j] = `${key}=${pick(rand, VALUES)}`;
        out = parts.join('&');
      }
    }
  }
  return out;
}

function checkDecode(hash: string, known: KnownIds): void {
  let v: View;
  try {
    v = decodeHash(hash, known);
  } catch (e) {
    throw new Error(`decodeHash threw on ${JSON.stringify(hash)}: ${String(e)}`, {
      cause: e,
    });
  }
  expect(isConsistent(v, known), JSON.stringify(hash)).toBe(true);
  // Stable: what we decode, we can write and read back unchanged.
  expect(decodeHash(encodeHash(v), known), JSON.stringify(hash)).toEqual(v);
}

describe('hash fuzz', () => {
  it('round-trips 2,000 random valid views', () => {
    const rand = mulberry32(1);
    const known = makeKnown();
    for (let i = 0; i < 2000; i++) {
      const v = randomValidView(rand, known);
      expect(isConsistent(v, known), JSON.stringify(v)).toBe(true);
      expect(decodeHash(encodeHash(v), known)).toEqual(v);
    }
  });

  it('survives 5,000 random strings', () => {
    const rand = mulberry32(2);
    const known = makeKnown();
    for (let i = 0; i < 5000; i++) checkDecode(randomString(rand), known);
  });

  it('survives 5,000 mutations of valid hashes', () => {
    const rand = mulberry32(3);
    const known = makeKnown();
    for (let i = 0; i < 5000; i++) {
      checkDecode(mutate(rand, encodeHash(randomValidView(rand, known))), known);
    }
  });

  it('survives random UTF-16 code units, including lone surrogates', () => {
    const rand = mulberry32(4);
    const known = makeKnown();
    for (let i = 0; i < 1000; i++) {
      const units = Array.from({ length: int(rand, 60) }, () => int(rand, 0x10000));
      checkDecode(String.fromCharCode(...units), known);
    }
  });
});
