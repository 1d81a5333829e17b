/** seeds/sources.json: one record per archived article text. */
import * as v from 'valibot';
import { DATE_PRECISIONS, RELATIONS } from '../vocabulary.ts';
import { say } from './messages.ts';
import { isIsoDay } from '../dates.ts';
import { LIMITS, id, pattern, text, webUrl } from './text.ts';
import { list, object, oneOf, unique } from './shapes.ts';

const SHA256 = /^[0-9a-f]{64}$/;
const SEED_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]*\.txt$/;
const BCP47 = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const SourceDerivationSchema = object({
  /** id of the source this one depends on */
  source: id(),
  relation: oneOf(RELATIONS),
  /** what in the text shows the dependency */
  evidence: text({ max: LIMITS.text }),
});

const DATE_AT_PRECISION = {
  day: isIsoDay,
  month: (d: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(d),
  year: (d: string) => /^\d{4}$/.test(d),
} as const;

export const SourceSchema = v.pipe(
  object({
    /** stable id, e.g. `wapo-2019-07-21` */
    id: id(),
    /** file name under seeds/, byte-for-byte copy of ../shared/seeds/ */
    file: pattern(SEED_FILE, 'a plain .txt file name in seeds/', '003_4dd1e7653c4ee551.txt'),
    /** sha256 of the file, as listed in SHA256SUMS */
    sha256: pattern(SHA256, 'a lowercase hex sha256', 'the hash from SHA256SUMS'),
    publication: text({ max: LIMITS.name, cell: true }),
    headline: text({ max: LIMITS.text }),
    /** authors exactly as bylined; empty when the text carries no byline */
    authors: v.pipe(list(text({ max: LIMITS.name }), 0, 20), unique()),
    /** ISO date at the given precision: `2019-07-21`, `2019-07` or `2019` */
    date: text({ max: 10 }),
    date_precision: oneOf(DATE_PRECISIONS),
    /** what the date rests on (a dateline, a "Published:" line, internal evidence) */
    date_basis: text({ max: LIMITS.text }),
    /** BCP 47 language of the text */
    language: pattern(BCP47, 'a BCP 47 language tag', 'en'),
    /** other sources this one copies, rewrites or cites */
    derived_from: list(SourceDerivationSchema, 0, 20),
    /** where the article was published, when known */
    url: v.optional(webUrl()),
    /** a copy in a web archive (Wayback Machine, archive.today), when one exists */
    archive_url: v.optional(webUrl()),
    /** free-text editorial note (e.g. machine-translated, boilerplate present) */
    note: v.optional(text({ max: LIMITS.text })),
  }),
  v.forward(
    v.partialCheck(
      [['date'], ['date_precision']],
      (s) => DATE_AT_PRECISION[s.date_precision](s.date),
      (issue) => {
        const s = issue.input as { date: string; date_precision: keyof typeof DATE_AT_PRECISION };
        const example = { day: '2019-07-21', month: '2019-07', year: '2019' }[s.date_precision];
        return say(
          `${JSON.stringify(s.date)} is not a date at "${s.date_precision}" precision.`,
          `Write it like "${example}", or change date_precision to match.`,
        );
      },
    ),
    ['date'],
  ),
);

export type Source = v.InferOutput<typeof SourceSchema>;
