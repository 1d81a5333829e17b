/**
 * The downloads: what each file is, and all of them made at once from a DownloadSet. The build
 * publishes them for everything in `data/downloads/`; the app makes the same files in the
 * browser for the current filters.
 */
import { annotationsJsonld } from './annotations';
import { sourcesBibtex } from './bibtex';
import { sourcesCsl } from './csl';
import { claimsCsv } from './csv';
import { datapackageJson } from './datapackage';
import { claimsGeojson } from './geojson';
import { sourcesOf } from './reference';
import { claimRows, type DownloadSet } from './rows';
import { sourcesRis } from './ris';

/** The folder of the published downloads, inside data/. */
export const DOWNLOADS_DIR = 'downloads';

export type DownloadKey =
  'points' | 'areas' | 'lines' | 'csv' | 'datapackage' | 'csl' | 'bibtex' | 'ris' | 'annotations';

export interface DownloadFile {
  key: DownloadKey;
  /** the published file's name in data/downloads/ */
  file: string;
  /** what the panel and the handout call it */
  title: string;
  /** the format and who reads it */
  format: string;
  mediatype: string;
}

export const DOWNLOAD_FILES: readonly DownloadFile[] = [
  {
    key: 'points',
    file: 'claims.geojson',
    title: 'Claims at their places (points)',
    format: 'GeoJSON · QGIS, ArcGIS, GDAL',
    mediatype: 'application/geo+json',
  },
  {
    key: 'areas',
    file: 'claim-areas.geojson',
    title: 'Claims at provinces and regions (areas)',
    format: 'GeoJSON · QGIS, ArcGIS, GDAL',
    mediatype: 'application/geo+json',
  },
  {
    key: 'lines',
    file: 'claim-lines.geojson',
    title: 'Claims along the border and the river (lines)',
    format: 'GeoJSON · QGIS, ArcGIS, GDAL',
    mediatype: 'application/geo+json',
  },
  {
    key: 'csv',
    file: 'claims.csv',
    title: 'Claims with coordinates (table)',
    format: 'CSV · Excel, LibreOffice, pandas, QGIS',
    mediatype: 'text/csv',
  },
  {
    key: 'datapackage',
    file: 'datapackage.json',
    title: 'Data dictionary of every file and field',
    format: 'Frictionless Data Package',
    mediatype: 'application/json',
  },
  {
    key: 'csl',
    file: 'sources.csl.json',
    title: 'The articles as references',
    format: 'CSL-JSON · Zotero, pandoc',
    mediatype: 'application/vnd.citationstyles.csl+json',
  },
  {
    key: 'bibtex',
    file: 'sources.bib',
    title: 'The articles as references',
    format: 'BibTeX · LaTeX, Zotero, JabRef',
    mediatype: 'application/x-bibtex',
  },
  {
    key: 'ris',
    file: 'sources.ris',
    title: 'The articles as references',
    format: 'RIS · EndNote, Zotero, Mendeley',
    mediatype: 'application/x-research-info-systems',
  },
  {
    key: 'annotations',
    file: 'annotations.jsonld',
    title: 'The quotes, anchored in the archived texts',
    format: 'W3C Web Annotation (JSON-LD)',
    mediatype: 'application/ld+json',
  },
];

export interface DownloadOptions {
  /** the file name each download gets (the published name by default) */
  name?: (file: DownloadFile) => string;
  /** where the annotations address the article texts from (see annotations.ts) */
  textBase: string;
  /** said in the data package and the annotation collection: everything, or which filters */
  scope: string;
}

/** Every download for the set: file name → contents, in DOWNLOAD_FILES order. */
export function downloadFiles(set: DownloadSet, options: DownloadOptions): Map<string, string> {
  const name = options.name ?? ((f: DownloadFile) => f.file);
  const rows = claimRows(set);
  const sources = sourcesOf(
    set.sources,
    rows.length > 0 || set.keep ? rows.map((r) => r.row.source_id) : undefined,
  );
  const make: Record<DownloadKey, () => string> = {
    points: () => claimsGeojson(rows, 'Point'),
    areas: () => claimsGeojson(rows, 'MultiPolygon'),
    lines: () => claimsGeojson(rows, 'MultiLineString'),
    csv: () => claimsCsv(rows),
    datapackage: () => datapackageJson(DOWNLOAD_FILES, name, options.scope),
    csl: () => sourcesCsl(sources),
    bibtex: () => sourcesBibtex(sources),
    ris: () => sourcesRis(sources),
    annotations: () => annotationsJsonld(set, options.textBase, `citemap quotes: ${options.scope}`),
  };
  return new Map(DOWNLOAD_FILES.map((f) => [name(f), make[f.key]()]));
}
