import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, writeOutputs } from './write.ts';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'citemap-write-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes the bytes and leaves no temporary file behind', () => {
    const d = tempDir();
    writeFileAtomic(join(d, 'a', 'b.txt'), 'first');
    writeFileAtomic(join(d, 'a', 'b.txt'), new Uint8Array([0xe2, 0x80, 0x99]));
    expect(readFileSync(join(d, 'a', 'b.txt'), 'utf8')).toBe('’');
    expect(readdirSync(join(d, 'a'))).toEqual(['b.txt']);
  });
});

describe('writeOutputs', () => {
  it('removes source texts an earlier build wrote but this one does not', () => {
    const d = tempDir();
    mkdirSync(join(d, 'sources'));
    writeFileSync(join(d, 'sources', 'old.txt'), 'stale');
    writeOutputs(
      d,
      new Map([
        ['sources/new.txt', 'fresh'],
        ['data/x.json', '{}'],
      ]),
      'sources',
    );
    expect(readdirSync(join(d, 'sources'))).toEqual(['new.txt']);
    expect(readFileSync(join(d, 'data', 'x.json'), 'utf8')).toBe('{}');
  });
});
