import { existsSync } from 'node:fs';

/**
 * The browser tests drive the system Chromium (Playwright's own download cannot work offline).
 * CHROMIUM_PATH overrides; otherwise the usual Debian/Ubuntu locations are tried.
 */
export function chromiumPath(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `No Chromium found (tried ${candidates.join(', ')}). Install it with ` +
        '`sudo apt-get update && sudo apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  return found;
}

/** Flags for headless Chromium on a machine with no GPU and no outside network. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // MapLibre needs WebGL; with no GPU, ANGLE's SwiftShader renders it in software.
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];
