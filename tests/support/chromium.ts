// One way to reach a real Chromium for the browser and runtime suites. No browser is downloaded:
// the tests drive the one installed on the machine (Debian's `chromium` package here and on CI).
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where a system Chromium is usually installed, tried in order after `CHROMIUM_PATH`. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
];

/**
 * The Chromium executable to drive: `CHROMIUM_PATH` when set, else the first of the usual system
 * paths that exists. Throws, saying how to install one, when there is none.
 */
export function chromiumExecutable(): string {
  const fromEnvironment = process.env.CHROMIUM_PATH;
  if (fromEnvironment !== undefined && fromEnvironment !== '') {
    if (!existsSync(fromEnvironment))
      throw new Error(`CHROMIUM_PATH is ${fromEnvironment}, which does not exist`);
    return fromEnvironment;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found === undefined) {
    throw new Error(
      `No Chromium found (looked at ${CANDIDATES.join(', ')}). Install one (\`apt-get install chromium\` on Debian) or set CHROMIUM_PATH to its executable.`,
    );
  }
  return found;
}

/** Launches a headless Chromium from {@link chromiumExecutable}; close it when done. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumExecutable(),
    headless: true,
    // Containers run as root without user namespaces; the sandbox cannot start there.
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
}
