import { defineConfig } from '@playwright/test';
import production from './playwright.config';

/**
 * The README's other command, `npm run dev`: the same browser and guard, against Vite's dev
 * server started with a cold dependency optimiser (`--force`), as on a fresh clone.
 */
const PORT = Number(
  process.env.CITEMAP_DEV_TEST_PORT ?? Number(process.env.CITEMAP_TEST_PORT ?? 4173) + 1001,
);

export default defineConfig({
  ...production,
  testIgnore: [],
  testMatch: ['dev-server.spec.ts'],
  outputDir: './artifacts/results-dev',
  // The first load transforms every module on demand and bundles the dependencies.
  timeout: 180_000,
  use: { ...production.use, baseURL: `http://127.0.0.1:${PORT}/` },
  webServer: {
    command: `npx vite --port ${PORT} --strictPort --host 127.0.0.1 --force`,
    cwd: '..',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
