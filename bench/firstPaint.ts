/**
 * The dashboard's first paint, timed where timing belongs (the bench, not the tests): headless Chromium opens the
 * dashboard on our server with a cold cache, loopback only, and reads the `ae:first-map` mark that the dashboard
 * sets when the first coloured map is on screen (web/dashboard main.ts and MapView). Each load is in a fresh
 * browser context, so nothing is cached between them; the bytes it transferred are counted from resource timing.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, missingChromium } from '../tests/support/chromium.js';

export interface FirstPaint {
  /** Milliseconds from navigation to the first coloured map, one per cold load. */
  loadsMs: number[];
  p50Ms: number;
  maxMs: number;
  /** Bytes transferred before the first coloured map (encoded, as on the wire), by kind. */
  bytes: { script: number; data: number; other: number };
}

/** `origin`: the server's origin (the dashboard is at its root). */
export async function measureFirstPaint(origin: string, loads: number): Promise<FirstPaint | { skipped: string }> {
  if (loads < 1) return { skipped: 'BENCH_FIRST_PAINT_LOADS=0' };
  const missing = missingChromium();
  if (missing !== null) return { skipped: missing };
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const loadsMs: number[] = [];
  let bytes = { script: 0, data: 0, other: 0 };
  try {
    for (let i = 0; i < loads; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
      try {
        const page = await context.newPage();
        // What went wrong, if the map never paints: the page's own errors and the requests that failed.
        const problems: string[] = [];
        page.on('pageerror', (error) => problems.push(`page error: ${String(error)}`));
        page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
        page.on('response', (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()} ${response.url()}`));
        const pending = new Set<string>();
        page.on('request', (request) => pending.add(`${request.method()} ${request.url()}`));
        page.on('requestfinished', (request) => pending.delete(`${request.method()} ${request.url()}`));
        page.on('requestfailed', (request) => problems.push(`failed ${request.url()}: ${request.failure()?.errorText}`));
        await page.goto(`${origin}/`);
        await page
          .waitForFunction(() => performance.getEntriesByName('ae:first-map').length === 1, null, { timeout: 60_000 })
          .catch(async (error: Error) => {
            const stuck = [...pending].slice(0, 5).join(', ');
            const shown = (await page.evaluate(() => document.body.innerText).catch(() => '')).replace(/\s+/g, ' ').slice(0, 300);
            problems.push(`the page shows: ${shown}`);
            throw new Error(
              `no first coloured map within 60 s (${error.message.split('\n')[0]}); ${problems.slice(0, 5).join('; ') || 'no page error'}${stuck ? `; still pending: ${stuck}` : ''}`,
            );
          });
        const measured = await page.evaluate(() => {
          const mark = performance.getEntriesByName('ae:first-map')[0]!.startTime;
          const sizes = { script: 0, data: 0, other: 0 };
          const entries = [
            ...(performance.getEntriesByType('navigation') as PerformanceResourceTiming[]),
            ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[]),
          ];
          for (const entry of entries) {
            if (entry.responseEnd > mark) continue;
            const kind = /\.m?js(\?|$)/.test(entry.name) ? 'script' : /\/graphql|\.json(\?|$)/.test(entry.name) ? 'data' : 'other';
            sizes[kind] += entry.encodedBodySize;
          }
          return { mark, sizes };
        });
        loadsMs.push(measured.mark);
        bytes = measured.sizes;
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  const sorted = [...loadsMs].sort((a, b) => a - b);
  return { loadsMs, p50Ms: sorted[Math.floor((sorted.length - 1) / 2)]!, maxMs: sorted[sorted.length - 1]!, bytes };
}
