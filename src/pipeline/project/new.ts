/**
 * `npm run new -- ../my-map`: an empty citemap project, laid out as this repository's data is,
 * for `CITEMAP_PROJECT=../my-map npm run dev` (curate in the studio) and `npm run build`
 * (publish it). Refuses a folder that already has anything in it.
 */
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DATA_FILES } from '../../lib/data/schema/index.ts';
import { jsonSchemas, SCHEMA_DIR } from '../data/json-schema.ts';
import { writeFileAtomic } from '../data/write.ts';
import { formatFile } from '../studio/format.ts';

export const PROJECT_README = `# A citemap project

Curate it in the studio: from the citemap repository, run

    CITEMAP_PROJECT=<this folder> npm run dev

and open Curate mode. Publish it as a static, offline site with

    CITEMAP_PROJECT=<this folder> npm run build

## What goes where

- \`seeds/\` — the archived article texts, byte-for-byte (\`<source-id>.txt\`, the saved page
  beside it as \`<source-id>.html\`), and \`sources.json\`: one record per article (publication,
  headline, authors, date and its basis, language, which other source it derives from) with the
  text's SHA-256, also listed in \`SHA256SUMS\`. A text is evidence: never edit it.
- \`data/places.json\` — the places claims are drawn at, each from the gazetteer (GeoNames,
  Natural Earth provinces) or drawn by hand.
- \`data/claims.json\` — what the articles say happened, each claim resting on verbatim quotes
  of the texts (with the characters around each quote, to find it again).
- \`data/briefings/<id>.json\` — guided tours of the map, one file per briefing.
- \`data/schema/\` — JSON Schemas your editor uses to check the files as you type (refreshed by
  each build).
- \`.citemap/\` — the studio's drafts and undo journal; not part of the project (gitignored).

Every file is checked by the same verifier on each studio save and each build: a quote that is
not the exact characters of its source stops the build. The files are formatted so that one
claim is one block of lines, which keeps diffs and pull requests readable.
`;

function isEmptyFolder(dir: string): boolean {
  return !existsSync(dir) || (statSync(dir).isDirectory() && readdirSync(dir).length === 0);
}

/** Creates the project in `dir`; returns the files written, relative to it. */
export async function newProject(dir: string): Promise<string[]> {
  const root = resolve(dir);
  if (existsSync(root) && !statSync(root).isDirectory()) {
    throw new Error(`${root} is a file, not a folder. Name a new or empty folder.`);
  }
  if (!isEmptyFolder(root)) {
    throw new Error(
      `${root} is not empty: a new project starts in an empty folder, so nothing there is overwritten. Name a new folder.`,
    );
  }
  const files = new Map<string, string>();
  for (const which of ['places', 'claims', 'sources'] as const) {
    const { file, key, schema } = DATA_FILES[which];
    files.set(file, await formatFile(file, { $schema: schema, [key]: [] }));
  }
  files.set('seeds/SHA256SUMS', '');
  for (const [name, text] of await jsonSchemas()) files.set(`${SCHEMA_DIR}/${name}`, text);
  files.set('README.md', PROJECT_README);
  files.set('.gitignore', '.citemap/\n*.tmp\n');
  for (const [rel, text] of files) writeFileAtomic(resolve(root, rel), text);
  mkdirSync(resolve(root, 'data/briefings'), { recursive: true });
  return [...files.keys(), 'data/briefings/'];
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) {
    console.error('Usage: npm run new -- <folder>   (e.g. npm run new -- ../my-map)');
    process.exitCode = 1;
    return;
  }
  try {
    const written = await newProject(dir);
    console.log(`✓ new citemap project in ${resolve(dir)}:\n  ${written.join('\n  ')}`);
    console.log(`\nNext: CITEMAP_PROJECT=${dir} npm run dev`);
  } catch (e) {
    console.error(`✗ ${(e as Error).message}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
