import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import production from './playwright.config';

/**
 * The curation studio's journeys, against Vite's dev server serving a fresh empty project
 * (`npm run new`) with its own public folder, so a run never touches this repository's data.
 * The folders are made once per run (the workers inherit them through the environment).
 */
const PORT = Number(
  process.env.CITEMAP_STUDIO_TEST_PORT ?? Number(process.env.CITEMAP_TEST_PORT ?? 4173) + 1001,
);
const repo = resolve(import.meta.dirname, '..');

if (!process.env.CITEMAP_STUDIO_WORK) {
  const work = mkdtempSync(join(tmpdir(), 'citemap-studio-'));
  const project = join(work, 'project');
  const pub = join(work, 'public');
  execFileSync('npx', ['tsx', 'src/pipeline/project/new.ts', project], {
    cwd: repo,
    stdio: 'ignore',
  });
  // The basemap and the icon as the repository has them; the data is the empty project's.
  for (const entry of readdirSync(join(repo, 'public'))) {
    if (entry !== 'data' && entry !== 'sources')
      cpSync(join(repo, 'public', entry), join(pub, entry), { recursive: true });
  }
  execFileSync('npx', ['tsx', 'src/pipeline/data/build.ts', '--root', project, '--out', pub], {
    cwd: repo,
    stdio: 'ignore',
  });
  process.env.CITEMAP_STUDIO_WORK = work;
}
const work = process.env.CITEMAP_STUDIO_WORK;

export default defineConfig({
  ...production,
  testIgnore: [],
  testMatch: ['studio.spec.ts'],
  outputDir: './artifacts/results-studio',
  timeout: 300_000,
  use: { ...production.use, baseURL: `http://127.0.0.1:${PORT}/` },
  webServer: {
    command: `npx vite --config tests/fixtures/studio/vite.config.ts --port ${PORT} --strictPort --host 127.0.0.1`,
    cwd: '..',
    env: {
      CITEMAP_PROJECT: join(work, 'project'),
      CITEMAP_PUBLIC_DIR: join(work, 'public'),
    },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
