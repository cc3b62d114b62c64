/**
 * Real headless Chromium for the browser tests: Debian's `chromium` driven by playwright-core, and browser contexts
 * with the network cut off, so that a page that reaches for a CDN, a font or a tile server fails its test.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { describe, it } from 'vitest';
import { browserRequired, CHROMIUM, CHROMIUM_ARGS, missingChromium } from './chromium.js';

/** `describe` for a browser test file: runs it, skips it, or turns it into one failure naming the fix. */
export function describeInBrowser(name: string, body: () => void): void {
  const missing = missingChromium();
  if (missing === null) describe(name, body);
  else if (browserRequired()) {
    describe(name, () => {
      it('needs Chromium (required under CI or REQUIRE_BROWSER=1)', () => {
        throw new Error(`Browser tests required but ${missing}`);
      });
    });
  } else describe.skip(name, body);
}

export async function launchChromium(): Promise<Browser> {
  const missing = missingChromium();
  if (missing !== null) throw new Error(missing);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * A browser context (cold cache, no service workers) in which only `origin` (or the origins listed) gets through: every other request is
 * aborted as if offline and recorded in `offOrigin`, and so is anything that escapes routing (not http, data or blob).
 */
export async function offlineContext(
  browser: Browser,
  origin: string | readonly string[],
  offOrigin: string[],
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const allowed = new Set(typeof origin === 'string' ? [origin] : origin);
  const context = await browser.newContext({ ...options, serviceWorkers: 'block' });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    let requestOrigin: string;
    try {
      requestOrigin = new URL(url).origin;
    } catch {
      requestOrigin = 'invalid';
    }
    if (allowed.has(requestOrigin)) {
      await route.continue();
    } else {
      offOrigin.push(`${route.request().method()} ${url}`);
      await route.abort('internetdisconnected');
    }
  });
  context.on('request', (request) => {
    const url = request.url();
    if (!/^(https?|data|blob):/.test(url)) offOrigin.push(`${request.method()} ${url}`);
  });
  return context;
}
