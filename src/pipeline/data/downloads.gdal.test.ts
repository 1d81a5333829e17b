/**
 * The GIS downloads, opened with the real client: GDAL's ogrinfo reads every GeoJSON and CSV
 * download as a typed layer (not "Unknown (any)") and ogr2ogr converts each to GeoPackage, with
 * no warning on stderr. GDAL comes from Debian's gdal-bin (.ci/run installs it); a missing
 * ogrinfo fails the test (with the install command) rather than skipping it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOWNLOAD_FILES } from '../../lib/data/downloads/files.ts';
import { gdal } from '../testing/gdal.ts';
import { buildDataset } from './build.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'citemap-gdal-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The CSV as a GIS opens it: points from lon/lat (QGIS's "Delimited text" asks the same). */
const CSV_OPEN = [
  '-oo',
  'X_POSSIBLE_NAMES=lon',
  '-oo',
  'Y_POSSIBLE_NAMES=lat',
  '-oo',
  'AUTODETECT_TYPE=YES',
];

const EXPECTED: Record<string, string> = {
  'claims.geojson': 'Point',
  'claim-areas.geojson': 'Multi Polygon',
  'claim-lines.geojson': 'Multi Line String',
  'claims.csv': 'Point',
};

describe('the GIS downloads in GDAL', () => {
  let rows: Record<string, number> = {};

  beforeAll(async () => {
    const r = await buildDataset({ rootDir: ROOT });
    expect(r.errors).toEqual([]);
    rows = {};
    for (const f of DOWNLOAD_FILES) {
      if (!(f.file in EXPECTED)) continue;
      const text = r.outputs.get(`data/downloads/${f.file}`);
      expect(typeof text, f.file).toBe('string');
      writeFileSync(join(work, f.file), text as string);
    }
  }, 120_000);

  it('covers every GIS download', () => {
    const gis = DOWNLOAD_FILES.filter((f) => /\.(geojson|csv)$/.test(f.file)).map((f) => f.file);
    expect(gis.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [file, geometry] of Object.entries(EXPECTED)) {
    it(`${file}: ogrinfo reads a typed ${geometry} layer without a warning`, () => {
      const open = file.endsWith('.csv') ? CSV_OPEN : [];
      const r = gdal('ogrinfo', ['-ro', '-so', '-al', ...open, join(work, file)]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).not.toMatch(/Warning/);
      expect(r.stdout).toMatch(new RegExp(`^Geometry: ${geometry}$`, 'm'));
      const count = /^Feature Count: (\d+)$/m.exec(r.stdout);
      expect(Number(count?.[1])).toBeGreaterThan(0);
      rows[file] = Number(count?.[1]);
      // dates and numbers arrive typed, not as text
      expect(r.stdout).toMatch(/^occurred_start: Date/m);
      expect(r.stdout).toMatch(/^number_min: (Real|Integer)/m);
      expect(r.stdout).toMatch(/^quote_start: Integer/m);
    });

    it(`${file}: ogr2ogr converts it to GeoPackage without a warning`, () => {
      const out = join(work, `${file}.gpkg`);
      const open = file.endsWith('.csv') ? [...CSV_OPEN, '-a_srs', 'EPSG:4326'] : [];
      const r = gdal('ogr2ogr', ['-f', 'GPKG', ...open, out, join(work, file)]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      const info = gdal('ogrinfo', ['-ro', '-so', '-al', out]);
      expect(info.stderr).toBe('');
      expect(info.stdout).toMatch(new RegExp(`^Geometry: ${geometry}$`, 'm'));
      expect(info.stdout).toMatch(/EPSG",?\s*"?4326|WGS 84/);
      const count = /^Feature Count: (\d+)$/m.exec(info.stdout);
      if (rows[file] !== undefined) expect(Number(count?.[1])).toBe(rows[file]);
    });
  }

  it('the CSV and the points layer hold the same rows', () => {
    expect(rows['claims.csv']).toBeDefined();
    expect(rows['claims.csv']).toBe(rows['claims.geojson']);
  });
});
