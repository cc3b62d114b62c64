/**
 * Real headless Chromium for the browser tests: Debian's `chromium` driven by playwright-core, and browser contexts
 * with the network cut off, so that a page that reaches for a CDN, a font or a tile server fails its test.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A browser context (cold cache, no service workers) in which only `origin` gets through: every other request is
 * aborted as if offline and recorded in `offOrigin`, and so is anything that escapes routing (not http, data or blob).
 */
export async function offlineContext(browser: Browser, origin: string, offOrigin: string[], options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ ...options, serviceWorkers: 'block' });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    let requestOrigin: string;
    try {
      requestOrigin = new URL(url).origin;
    } catch {
      requestOrigin = 'invalid';
    }
    if (requestOrigin === origin) {
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
