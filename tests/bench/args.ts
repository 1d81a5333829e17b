/** The bench's command line: typed flags through `util.parseArgs`, each value checked. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EDIT_SIZE, REPO } from './config.ts';

/** A synthetic dataset's place count, or `real`: the published 2019 dataset. */
export type Size = number | 'real';

export interface Options {
  sizes: Size[];
  runs: number;
  seed: number;
  port: number;
  /** clicks and filter changes timed per app run */
  clicks: number;
  /** false with --skip-build: reuse dist-bench/ */
  build: boolean;
  /** absolute path of the results folder */
  out: string;
}

type ParsedArgs = { help: true } | { help: false; options: Options };

const DEFAULT_SIZES = 'real,100,10000,100000,1000000';
const DEFAULT_RUNS = 5;
const DEFAULT_SEED = 2019;
const DEFAULT_PORT = 4391;
const DEFAULT_OUT = 'tests/bench/results';

const FLAGS = {
  sizes: { type: 'string' },
  runs: { type: 'string' },
  seed: { type: 'string' },
  port: { type: 'string' },
  clicks: { type: 'string' },
  'skip-build': { type: 'boolean' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const KNOWN = Object.keys(FLAGS).map((k) => `--${k}`);

export const HELP = `Usage: npm run bench -- [flags]

Builds the app and a bare-MapLibre page into dist-bench/, drives both in headless Chromium and
writes a Markdown table (stdout and <out>/latest.md) and the raw numbers (<out>/latest.json).

  --sizes <list>   comma list of place counts (whole numbers ≥ ${EDIT_SIZE}) and \`real\`, the
                   published 2019 dataset; default ${DEFAULT_SIZES}
  --runs <n>       measured runs per page and size, after one warm-up; default ${DEFAULT_RUNS}
  --seed <n>       seed of the synthetic datasets; default ${DEFAULT_SEED}
  --port <n>       port of the bench's static server on 127.0.0.1; default ${DEFAULT_PORT}
  --clicks <n>     clicks and filter changes timed per app run; default max(5, ⌈24 ÷ runs⌉)
  --skip-build     reuse dist-bench/app and dist-bench/bare from an earlier run
  --out <dir>      results folder, relative to the repository; default ${DEFAULT_OUT}
  -h, --help       print this and exit

  npm run bench -- --sizes 100,1000 --runs 1     a quick look
  npm run bench                                  the full run`;

/** A bad flag or value; the message names the flag and what it accepts. */
export class BenchArgsError extends Error {
  override name = 'BenchArgsError';
}

function wholeNumber(flag: string, raw: string, min: number, max = Number.MAX_SAFE_INTEGER) {
  const n = raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`;
    throw new BenchArgsError(`--${flag}: ${JSON.stringify(raw)} is not a whole number ${range}`);
  }
  return n;
}

function parseSizes(raw: string): Size[] {
  const sizes = raw.split(',').map((s): Size => {
    if (s === 'real') return 'real';
    const n = s.trim() === '' ? NaN : Number(s);
    if (!Number.isSafeInteger(n) || n < EDIT_SIZE) {
      throw new BenchArgsError(
        `--sizes: ${JSON.stringify(s)} is not a whole number ≥ ${EDIT_SIZE} or "real"`,
      );
    }
    return n;
  });
  const twice = sizes.find((s, i) => sizes.indexOf(s) !== i);
  if (twice !== undefined) throw new BenchArgsError(`--sizes: ${twice} is listed twice`);
  return sizes;
}

/** Node's parseArgs errors, reworded to name the flag and what it takes. */
function reword(e: unknown, argv: readonly string[]): never {
  const code = (e as { code?: string }).code;
  const message = e instanceof Error ? e.message : String(e);
  // Node quotes the offending flag (or argument) first: "Unknown option '--foo'".
  const quoted = /'([^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    throw new BenchArgsError(`Unknown flag ${quoted} (known: ${KNOWN.join(', ')})`);
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    throw new BenchArgsError(`Unexpected argument '${quoted}': every setting is a --flag`);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(message)) {
      throw new BenchArgsError(`${quoted} takes no value`);
    }
    const next = argv[argv.indexOf(quoted) + 1];
    // parseArgs will not take "-1" or "--skip-build" as a value, since it reads like a flag.
    throw new BenchArgsError(
      /ambiguous/.test(message) && next !== undefined
        ? `${quoted} needs a value, but is followed by the flag-like "${next}" (write ${quoted}=${next} if that is the value)`
        : `${quoted} needs a value (${quoted} <value>, or ${quoted}=<value>)`,
    );
  }
  throw e;
}

/** Reads the bench's flags; throws a BenchArgsError naming the flag for anything it cannot use. */
export function parseBenchArgs(argv: readonly string[]): ParsedArgs {
  const values = (() => {
    try {
      return parseArgs({ args: [...argv], options: FLAGS, strict: true }).values;
    } catch (e) {
      return reword(e, argv);
    }
  })();
  if (values.help) return { help: true };
  const runs = values.runs === undefined ? DEFAULT_RUNS : wholeNumber('runs', values.runs, 1);
  if (values.out !== undefined && values.out.trim() === '') {
    throw new BenchArgsError('--out: needs a folder, got ""');
  }
  return {
    help: false,
    options: {
      sizes: parseSizes(values.sizes ?? DEFAULT_SIZES),
      runs,
      seed: values.seed === undefined ? DEFAULT_SEED : wholeNumber('seed', values.seed, 0),
      port: values.port === undefined ? DEFAULT_PORT : wholeNumber('port', values.port, 1, 65_535),
      clicks:
        values.clicks === undefined
          ? Math.max(5, Math.ceil(24 / runs))
          : wholeNumber('clicks', values.clicks, 0),
      build: values['skip-build'] !== true,
      out: resolve(REPO, values.out ?? DEFAULT_OUT),
    },
  };
}
