import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import {
  danglingSourceMaps,
  dropDanglingSourceMaps,
  sourceMapTarget,
  sourceMapUrls,
  stripDanglingSourceMaps,
} from './source-maps';

const WORKER =
  'self.worker = 1;export{dC as default};\n//# sourceMappingURL=maplibre-gl-worker.mjs.map\n';

describe('sourceMapUrls', () => {
  it('finds JS and CSS comments, old and new style, on their own lines only', () => {
    const code = [
      'a();',
      '//# sourceMappingURL=a.js.map',
      '//@ sourceMappingURL=old.js.map',
      '/*# sourceMappingURL=style.css.map */',
      'const s = "//# sourceMappingURL=in-a-string.map";',
    ].join('\n');
    expect(sourceMapUrls(code)).toEqual(['a.js.map', 'old.js.map', 'style.css.map']);
  });
});

describe('sourceMapTarget', () => {
  it('resolves the URL beside the file, without query or fragment', () => {
    expect(sourceMapTarget('assets/w-abc.mjs', 'w.mjs.map')).toBe('assets/w.mjs.map');
    expect(sourceMapTarget('assets/w.mjs', '../maps/w.map?v=1#x')).toBe('maps/w.map');
  });
});

describe('stripDanglingSourceMaps', () => {
  it('removes a comment whose map is not shipped and leaves every other byte', () => {
    expect(stripDanglingSourceMaps('assets/w.mjs', WORKER, () => false)).toBe(
      'self.worker = 1;export{dC as default};\n',
    );
  });

  it('keeps a comment whose map is shipped, and an inline map', () => {
    expect(
      stripDanglingSourceMaps(
        'assets/w.mjs',
        WORKER,
        (p) => p === 'assets/maplibre-gl-worker.mjs.map',
      ),
    ).toBe(WORKER);
    const inline = 'x();\n//# sourceMappingURL=data:application/json;base64,e30=\n';
    expect(stripDanglingSourceMaps('a.js', inline, () => false)).toBe(inline);
  });
});

describe('dropDanglingSourceMaps', () => {
  it("strips copied assets' dangling comments in the bundle and leaves other files alone", () => {
    const bundle = {
      'assets/w.mjs': {
        type: 'asset',
        fileName: 'assets/w.mjs',
        source: new TextEncoder().encode(WORKER),
      },
      'assets/a.js': {
        type: 'chunk',
        fileName: 'assets/a.js',
        code: 'a();\n//# sourceMappingURL=a.js.map\n',
      },
      'assets/a.js.map': { type: 'asset', fileName: 'assets/a.js.map', source: '{}' },
      'data/x.txt': {
        type: 'asset',
        fileName: 'data/x.txt',
        source: '//# sourceMappingURL=gone.map\n',
      },
    } as unknown as Rollup.OutputBundle;
    const hook = dropDanglingSourceMaps().generateBundle;
    if (typeof hook !== 'function') throw new Error('expected a generateBundle function');
    hook.call({} as never, {} as never, bundle, false);
    expect(bundle['assets/w.mjs']).toMatchObject({
      source: 'self.worker = 1;export{dC as default};\n',
    });
    expect(bundle['assets/a.js']).toMatchObject({ code: 'a();\n//# sourceMappingURL=a.js.map\n' });
    expect(bundle['data/x.txt']).toMatchObject({ source: '//# sourceMappingURL=gone.map\n' });
  });
});

describe('danglingSourceMaps', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lists each script or stylesheet whose map is missing from the folder', () => {
    dir = mkdtempSync(join(tmpdir(), 'citemap-maps-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets/w.mjs'), WORKER);
    writeFileSync(join(dir, 'assets/a.js'), 'a();\n//# sourceMappingURL=a.js.map\n');
    writeFileSync(join(dir, 'assets/a.js.map'), '{}');
    writeFileSync(join(dir, 'assets/s.css'), 'a{}\n/*# sourceMappingURL=s.css.map */\n');
    writeFileSync(join(dir, 'notes.txt'), '//# sourceMappingURL=not-code.map\n');
    expect(danglingSourceMaps(dir).sort()).toEqual([
      'assets/s.css → s.css.map',
      'assets/w.mjs → maplibre-gl-worker.mjs.map',
    ]);
  });
});
