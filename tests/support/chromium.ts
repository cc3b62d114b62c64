/** Where the browser tests find Chromium, and whether they must (no vitest here: the global setup reads it too). */
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Headless as root, and quiet: without the background-networking flags Chromium keeps reaching for Google's hosts. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** What is wrong when the browser tests cannot run, with the fix; null when Chromium is there. */
export function missingChromium(): string | null {
  if (existsSync(CHROMIUM)) return null;
  return `no Chromium at ${CHROMIUM}: install Debian's (apt-get install chromium) or point CHROMIUM_PATH at one`;
}

/**
 * Under CI (or REQUIRE_BROWSER=1) the browser tests must run: a missing Chromium fails them. On a developer's
 * machine they are skipped instead, and the global setup prints one line saying why.
 */
export const browserRequired = (env: NodeJS.ProcessEnv = process.env): boolean =>
  (env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0') || env.REQUIRE_BROWSER === '1';
