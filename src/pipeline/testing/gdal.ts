/**
 * GDAL's command-line clients, for tests that check our files the way a GIS user's tools read
 * them. Not optional: a missing GDAL fails the test with the install command rather than
 * skipping it, so CI can never pass without having run the check.
 */
import { spawnSync } from 'node:child_process';

export interface GdalRun {
  stdout: string;
  stderr: string;
  status: number | null;
}

/** Runs `ogrinfo`, `ogr2ogr`… and returns what it printed; throws when GDAL is not installed. */
export function gdal(command: 'ogrinfo' | 'ogr2ogr', args: readonly string[]): GdalRun {
  const run = spawnSync(command, args, { encoding: 'utf8' });
  if (run.error) {
    throw new Error(
      `${command} could not run (${run.error.message}). These tests check the files with GDAL: ` +
        'install it with `sudo apt-get install -y gdal-bin` (.ci/run does).',
    );
  }
  return { stdout: run.stdout, stderr: run.stderr, status: run.status };
}
