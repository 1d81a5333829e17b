import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTileFolder } from './xyz';

describe('writeTileFolder', () => {
  it('writes z/x/y.pbf (empty tiles as empty files) and replaces an older folder whole', () => {
    const root = mkdtempSync(join(tmpdir(), 'citemap-xyz-'));
    const dir = join(root, 'xyz');
    mkdirSync(join(dir, '9/9'), { recursive: true });
    writeFileSync(join(dir, '9/9/9.pbf'), 'stale');
    const s = writeTileFolder(
      dir,
      [
        { z: 0, x: 0, y: 0, data: Uint8Array.of(0x1a, 1, 2) },
        { z: 1, x: 1, y: 0, data: new Uint8Array(0) },
      ],
      { vector_layers: [] },
    );
    expect(s).toEqual({ files: 2, bytes: 3 });
    expect([...readFileSync(join(dir, '0/0/0.pbf'))]).toEqual([0x1a, 1, 2]);
    expect(readFileSync(join(dir, '1/1/0.pbf')).length).toBe(0);
    expect(existsSync(join(dir, '9'))).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8'))).toEqual({
      vector_layers: [],
    });
    expect(readdirSync(root)).toEqual(['xyz']);
  });
});
