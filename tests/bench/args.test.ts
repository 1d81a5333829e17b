import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BenchArgsError, HELP, parseBenchArgs, type Options } from './args.ts';
import { REPO } from './config.ts';

function options(argv: string[]): Options {
  const parsed = parseBenchArgs(argv);
  if (parsed.help) throw new Error('expected options, got --help');
  return parsed.options;
}

function failure(argv: string[]): string {
  try {
    parseBenchArgs(argv);
  } catch (e) {
    expect(e).toBeInstanceOf(BenchArgsError);
    return (e as Error).message;
  }
  throw new Error(`${argv.join(' ')} was accepted`);
}

describe('parseBenchArgs', () => {
  it('gives the full run without flags', () => {
    expect(options([])).toEqual({
      sizes: ['real', 100, 10_000, 100_000, 1_000_000],
      runs: 5,
      seed: 2019,
      port: 4391,
      clicks: 5,
      build: true,
      out: resolve(REPO, 'tests/bench/results'),
    });
  });

  it('reads a mixed size list, in the order given', () => {
    expect(options(['--sizes', 'real,100,10000']).sizes).toEqual(['real', 100, 10_000]);
    expect(options(['--sizes=250']).sizes).toEqual([250]);
  });

  it('reads every flag, spaced or with =', () => {
    expect(
      options([
        '--runs=3',
        '--seed',
        '7',
        '--port',
        '4207',
        '--clicks',
        '2',
        '--skip-build',
        '--out',
        'tmp/bench',
      ]),
    ).toEqual({
      sizes: ['real', 100, 10_000, 100_000, 1_000_000],
      runs: 3,
      seed: 7,
      port: 4207,
      clicks: 2,
      build: false,
      out: resolve(REPO, 'tmp/bench'),
    });
  });

  it('times more clicks per run when there are fewer runs', () => {
    expect(options(['--runs', '1']).clicks).toBe(24);
    expect(options(['--runs', '4']).clicks).toBe(6);
    expect(options(['--runs', '10']).clicks).toBe(5);
  });

  it('answers --help and -h with the help text', () => {
    expect(parseBenchArgs(['--help'])).toEqual({ help: true });
    expect(parseBenchArgs(['--runs', '1', '-h'])).toEqual({ help: true });
    for (const flag of ['--sizes', '--runs', '--seed', '--port', '--clicks', '--skip-build']) {
      expect(HELP).toContain(flag);
    }
  });

  it('names the flag and what it takes for a bad size', () => {
    expect(failure(['--sizes', 'real,50'])).toBe(
      '--sizes: "50" is not a whole number ≥ 100 or "real"',
    );
    expect(failure(['--sizes', '100,,1000'])).toBe(
      '--sizes: "" is not a whole number ≥ 100 or "real"',
    );
    expect(failure(['--sizes', '1000.5'])).toContain('--sizes: "1000.5"');
    expect(failure(['--sizes', 'Real'])).toContain('--sizes: "Real"');
    expect(failure(['--sizes', '100,real,100'])).toBe('--sizes: 100 is listed twice');
  });

  it('names the flag and its range for a bad number', () => {
    expect(failure(['--runs', '0'])).toBe('--runs: "0" is not a whole number ≥ 1');
    expect(failure(['--runs', 'five'])).toBe('--runs: "five" is not a whole number ≥ 1');
    expect(failure(['--seed=-1'])).toBe('--seed: "-1" is not a whole number ≥ 0');
    expect(failure(['--port', '70000'])).toBe(
      '--port: "70000" is not a whole number from 1 to 65535',
    );
    expect(failure(['--clicks', ''])).toBe('--clicks: "" is not a whole number ≥ 0');
    expect(failure(['--out', ''])).toBe('--out: needs a folder, got ""');
  });

  it('names an unknown flag and lists the known ones', () => {
    expect(failure(['--size', '100'])).toBe(
      'Unknown flag --size (known: --sizes, --runs, --seed, --port, --clicks, --skip-build, --out, --help)',
    );
  });

  it('says which flag is missing its value, or has one it does not take', () => {
    expect(failure(['--runs'])).toBe('--runs needs a value (--runs <value>, or --runs=<value>)');
    expect(failure(['--runs', '--skip-build'])).toBe(
      '--runs needs a value, but is followed by the flag-like "--skip-build" (write --runs=--skip-build if that is the value)',
    );
    expect(failure(['--seed', '-1'])).toBe(
      '--seed needs a value, but is followed by the flag-like "-1" (write --seed=-1 if that is the value)',
    );
    expect(failure(['--skip-build=yes'])).toBe('--skip-build takes no value');
  });

  it('rejects a bare argument', () => {
    expect(failure(['real'])).toBe("Unexpected argument 'real': every setting is a --flag");
  });
});
