import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gdal } from '../testing/gdal';
import { buildBasemap, serialize } from './basemap';

const require = createRequire(import.meta.url);
const geojsonhint = require('@mapbox/geojsonhint') as {
  hint: (text: string) => { message: string; level?: string }[];
};

const text = serialize(buildBasemap());

describe('the basemap, as GIS tools read it', () => {
  it('passes geojsonhint with no message at all (RFC 7946 winding included)', () => {
    expect(geojsonhint.hint(text)).toEqual([]);
  });

  it('has only valid polygons by GEOS (through GDAL)', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'citemap-basemap-')), 'basemap.geojson');
    writeFileSync(file, text);
    const run = gdal('ogrinfo', [
      '-ro',
      '-q',
      '-dialect',
      'SQLite',
      '-sql',
      "SELECT layer, name_en, iso, IsValidReason(geometry) AS reason FROM basemap WHERE ST_GeometryType(geometry) LIKE '%POLYGON%' AND ST_IsValid(geometry) = 0",
      file,
    ]);
    expect(run.status).toBe(0);
    // GEOS prints "Self-intersection at or near point …" for each invalid ring it meets.
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(/OGRFeature/);
  });
});
