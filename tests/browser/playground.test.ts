// The offline playground in a real headless browser (Debian's Chromium via playwright-core),
// with the network cut off: every request to anything but the API's own origin is aborted
// and recorded, and the test fails if there was any. Then: the page loads, the editor holds
// the preloaded US-withdrawal query, running it shows data in the result pane.
//
// Needs /usr/bin/chromium (`apt-get install chromium`); builds dist/playground/ first if it is missing.
import { mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { describeInBrowser, launchChromium, offlineContext } from '../support/browser.js';
import { startTestServer } from '../support/server.js';

const SCREENSHOT = fileURLToPath(new URL('../../test-results/playground.png', import.meta.url));
const BUILT_PAGE = fileURLToPath(new URL('../../dist/playground/index.html', import.meta.url));
const VITE_CONFIG = fileURLToPath(new URL('../../web/playground/vite.config.ts', import.meta.url));
const TIMEOUT = 90_000;

/**
 * The text of a Monaco editor: Monaco renders spaces as U+00A0 and lines as separate divs; normalised to plain text.
 * A function, not a string to evaluate: the page's Content-Security-Policy forbids eval, the test's included.
 */
const editorText = (selector: string) =>
  Array.from(document.querySelectorAll<HTMLElement>(`${selector} .view-lines .view-line`))
    .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
    .map((line) => (line.textContent ?? '').replace(/\u00a0/g, ' '))
    .join('\n');

describeInBrowser('GraphQL playground (offline, headless Chromium)', () => {
  let server: { url: string; close(): Promise<void> };
  let origin: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** Requests to any other origin: aborted, and each one fails the test. */
  const offOrigin: string[] = [];
  /** Same-origin requests that failed or answered >= 400 (a missing asset, a wrong path). */
  const broken: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    await mkdir(dirname(SCREENSHOT), { recursive: true });
    if (!existsSync(BUILT_PAGE)) {
      // A fresh clone that skipped `npm run build:web`: build the playground once (a few seconds).
      const { build } = await import('vite');
      await build({ configFile: VITE_CONFIG, logLevel: 'warn' });
    }
    server = await startTestServer();
    origin = new URL(server.url).origin;
    browser = await launchChromium();
    // The network cut: only the API's origin gets through (page, module workers, fetches).
    context = await offlineContext(browser, origin, offOrigin, { viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
    page.on('websocket', (ws) => offOrigin.push(`WEBSOCKET ${ws.url()}`));
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('requestfailed', (request) => {
      if (request.url().startsWith(origin)) broken.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText}`);
    });
    page.on('response', (response) => {
      if (response.url().startsWith(origin) && response.status() >= 400) {
        broken.push(`${response.request().method()} ${response.url()}: HTTP ${response.status()}`);
      }
    });
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, TIMEOUT);

  /** On any failure, say what the page tried and what broke: a blocked CDN often shows up as a timeout. */
  const withDiagnostics = async (steps: () => Promise<void>) => {
    try {
      await steps();
    } catch (error) {
      const lines = [
        ...offOrigin.map((r) => `blocked off-origin request: ${r}`),
        ...broken.map((r) => `failed same-origin request: ${r}`),
        ...pageErrors.map((e) => `page error: ${e}`),
        ...consoleErrors.map((e) => `console error: ${e}`),
      ];
      await page?.screenshot({ path: SCREENSHOT }).catch(() => undefined);
      if (lines.length > 0 && error instanceof Error) error.message += `\n${lines.join('\n')}`;
      throw error;
    }
  };

  it(
    'loads from the API alone, preloads the US-withdrawal query, runs it and shows data',
    () =>
      withDiagnostics(async () => {
        // 1. A browser's GET /graphql (Accept: text/html) gets the playground.
        const landing = await page.goto(`${server.url}/graphql`, { waitUntil: 'load' });
        expect(landing, 'no response for GET /graphql').not.toBeNull();
        expect(landing!.status(), 'GET /graphql in a browser (is dist/playground built? npm run build:web)').toBe(200);
        expect(landing!.headers()['content-type']).toMatch(/^text\/html/);
        expect(await page.title()).toBe('Alliance Explorer — GraphQL playground');

        // 2. GraphiQL renders and Monaco shows the preloaded query.
        await page.locator('.graphiql-container').waitFor({ state: 'visible', timeout: 30_000 });
        await expect.poll(() => page.evaluate(editorText, '.graphiql-query-editor'), { timeout: 30_000 }).toContain('query UsWithdrawal');
        const queryText: string = await page.evaluate(editorText, '.graphiql-query-editor');
        expect(queryText).toContain('# Who is exposed if the United States withdraws from all its commitments?');
        expect(queryText).toContain('exposure(withdrawing: "USA")');
        expect(queryText).toMatch(/entries \{ state \{ id name \} score level reasons \{ text \} \}/);

        // 3. Run it with the execute button; the request goes to POST /graphql on the same origin.
        const answered = page.waitForResponse(
          (response: Response) =>
            response.url() === `${origin}/graphql` &&
            response.request().method() === 'POST' &&
            (response.request().postData() ?? '').includes('UsWithdrawal'),
          { timeout: 30_000 },
        );
        await page.getByRole('button', { name: /^Execute query/ }).click();
        const response = await answered;
        expect(response.status()).toBe(200);
        const body = (await response.json()) as {
          data?: { exposure?: { withdrawing: { id: string }; entries: unknown[] } };
          errors?: unknown[];
        };
        expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
        expect(body.data?.exposure?.withdrawing.id).toBe('USA');
        expect(body.data?.exposure?.entries.length).toBeGreaterThan(0);

        // 4. The result pane shows the data, not an error.
        await expect.poll(() => page.evaluate(editorText, '.graphiql-response'), { timeout: 30_000 }).toContain('"exposure"');
        const resultText: string = await page.evaluate(editorText, '.graphiql-response');
        expect(resultText).toContain('"data"');
        expect(resultText).toContain('"withdrawing"');
        expect(resultText).not.toContain('"errors"');

        await page.screenshot({ path: SCREENSHOT });

        // 5. Nothing tried to leave the machine, nothing same-origin was missing or crashed.
        expect(offOrigin, 'requests to other origins (CDN, fonts, telemetry)').toEqual([]);
        expect(broken, 'same-origin requests that failed').toEqual([]);
        expect(pageErrors, 'uncaught errors in the page').toEqual([]);
        expect(consoleErrors, 'console errors in the page').toEqual([]);
      }),
    TIMEOUT,
  );
});
