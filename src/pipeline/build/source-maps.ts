import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import type { Plugin } from 'vite';

/** `//# sourceMappingURL=…` (JS) or `/*# sourceMappingURL=… *\/` (CSS), each on a line of its own. */
const COMMENT =
  /^[ \t]*(?:\/\/|\/\*)[#@][ \t]*sourceMappingURL=([^\s*]+)[ \t]*(?:\*\/)?[ \t]*(?:\r?\n|$)/gm;
const SCRIPT_OR_STYLE = /\.(?:m?js|css)$/;

/** The source-map URLs a script or stylesheet points at, in order. */
export function sourceMapUrls(code: string): string[] {
  return [...code.matchAll(COMMENT)].map((m) => m[1]!);
}

/** An inline map travels with the file; any other URL names a file beside it. */
function isInline(url: string): boolean {
  return url.startsWith('data:');
}

/** The file a relative source-map URL names, as a path relative to the output folder (posix). */
export function sourceMapTarget(fileName: string, url: string): string {
  return posix.normalize(posix.join(posix.dirname(fileName), url.split(/[?#]/)[0]!));
}

/** Removes each source-map comment whose map `exists` says is not shipped; keeps everything else. */
export function stripDanglingSourceMaps(
  fileName: string,
  code: string,
  exists: (path: string) => boolean,
): string {
  return code.replace(COMMENT, (comment, url: string) =>
    isInline(url) || exists(sourceMapTarget(fileName, url)) ? comment : '',
  );
}

/**
 * Files copied verbatim into the build (MapLibre's worker via `?url`) keep their package's
 * `//# sourceMappingURL=` comment, but their maps are not shipped: browsers and Lighthouse then
 * report a broken source map. This drops such a comment where its map is not in the output.
 */
export function dropDanglingSourceMaps(): Plugin {
  return {
    name: 'citemap:drop-dangling-source-maps',
    apply: 'build',
    generateBundle(_options, bundle) {
      const exists = (path: string) => path in bundle;
      for (const output of Object.values(bundle)) {
        if (!SCRIPT_OR_STYLE.test(output.fileName)) continue;
        if (output.type === 'chunk') {
          output.code = stripDanglingSourceMaps(output.fileName, output.code, exists);
          continue;
        }
        const text =
          typeof output.source === 'string'
            ? output.source
            : new TextDecoder().decode(output.source);
        const stripped = stripDanglingSourceMaps(output.fileName, text, exists);
        if (stripped !== text) output.source = stripped;
      }
    },
  };
}

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

/** Every `file → map` reference in a built folder whose map file is missing from it. */
export function danglingSourceMaps(dir: string): string[] {
  const dangling: string[] = [];
  for (const path of filesUnder(dir)) {
    if (!SCRIPT_OR_STYLE.test(path)) continue;
    const fileName = relative(dir, path).split(/[\\/]/).join('/');
    for (const url of sourceMapUrls(readFileSync(path, 'utf8'))) {
      if (isInline(url)) continue;
      if (!existsSync(join(dir, sourceMapTarget(fileName, url))))
        dangling.push(`${fileName} → ${url}`);
    }
  }
  return dangling;
}
