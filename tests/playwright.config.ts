import { defineConfig } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './browser/chromium';

const PORT = Number(process.env.CITEMAP_TEST_PORT ?? 4173);
// Several people may test at once on one machine: each can build to its own folder and port.
const DIST = process.env.CITEMAP_DIST ?? 'dist';

export default defineConfig({
  testDir: './browser',
  // The dev-server journey runs under playwright.dev.config.ts, against `vite` instead of a build.
  testIgnore: ['dev-server.spec.ts'],
  outputDir: './artifacts/results',
  // Software WebGL on two cores: one page at a time renders reliably and fast enough.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    serviceWorkers: 'block',
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1 --outDir ../${DIST}`,
    cwd: '..',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
