/**
 * datapackage.json: a Frictionless Data Package (https://specs.frictionlessdata.io/data-package/)
 * describing every download and every field of the tabular and GIS ones, from the data
 * dictionary (fields.ts): its type, meaning, unit and the row grain.
 */
import { CSV_FIELDS, FEATURE_FIELDS, ROW_GRAIN, type FieldSpec } from './fields';
import type { DownloadFile } from './files';

function schema(fields: readonly FieldSpec[]) {
  return {
    fields: fields.map((f) => ({
      name: f.name,
      type: f.type,
      ...(f.format ? { format: f.format } : {}),
      description: f.description,
      ...(f.unit ? { unit: f.unit } : {}),
      constraints: { required: f.required, ...(f.enum ? { enum: f.enum } : {}) },
    })),
    missingValues: [''],
  };
}

const DESCRIPTIONS: Record<DownloadFile['key'], string> = {
  points: `Every claim at its place's anchor, as Point features (RFC 7946, WGS 84). ${ROW_GRAIN} Properties are the fields below; empty values are null.`,
  areas: `The same rows as the points layer for the places drawn as areas (provinces, parts and groups of provinces, regions), with the area's outline as a MultiPolygon (simplified to about 500 m; approximate outlines are flagged by place_approximate).`,
  lines: `The same rows as the points layer for the places drawn as lines (the Iraq–Syria border, the Euphrates), with the line as a MultiLineString.`,
  csv: `The rows of the points layer as a table, with lon, lat and the anchor as WKT. ${ROW_GRAIN} RFC 4180, comma-separated, CRLF line ends, UTF-8 with a byte order mark (for Excel). Quotes are exact: open the file as text if a cell might begin with =, +, - or @.`,
  datapackage: 'This file.',
  csl: 'The quoted articles as CSL-JSON items, one per article (the CSL data schema, version 1.0).',
  bibtex: 'The quoted articles as BibTeX entries, keyed by the source id.',
  ris: 'The quoted articles as RIS records.',
  annotations:
    'Every quote as a W3C Web Annotation (JSON-LD, http://www.w3.org/ns/anno.jsonld) in one AnnotationCollection: the body is the claim (summary, category, places), the target the archived article text in sources/, selected by a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector whose start and end count Unicode code points.',
};

export function datapackageJson(
  files: readonly DownloadFile[],
  name: (file: DownloadFile) => string,
  scope: string,
): string {
  const pkg = {
    profile: 'data-package',
    name: 'citemap-claims',
    title: 'citemap: reported incidents, each backed by a verbatim quote',
    description: `Claims reported by news articles, each backed by verbatim quotes verified against the archived article texts, and where the articles place them. Scope: ${scope}.`,
    resources: files.map((f) => ({
      name: f.key,
      path: name(f),
      title: `${f.title} (${f.format})`,
      description: DESCRIPTIONS[f.key],
      mediatype: f.mediatype,
      encoding: 'utf-8',
      ...(f.key === 'csv'
        ? {
            profile: 'tabular-data-resource',
            format: 'csv',
            dialect: {
              delimiter: ',',
              lineTerminator: '\r\n',
              quoteChar: '"',
              doubleQuote: true,
              header: true,
            },
            schema: schema(CSV_FIELDS),
          }
        : f.key === 'points' || f.key === 'areas' || f.key === 'lines'
          ? { profile: 'data-resource', format: 'geojson', schema: schema(FEATURE_FIELDS) }
          : { profile: 'data-resource', format: f.file.split('.').pop() }),
    })),
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
