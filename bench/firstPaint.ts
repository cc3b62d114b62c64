/**
 * The dashboard's first paint, timed where timing belongs (the bench, not the tests): headless Chromium opens the
 * dashboard on our server with a cold cache, loopback only, and reads the `ae:first-map` mark that the dashboard
 * sets when the first coloured map is on screen (web/dashboard main.ts and MapView). Each load is in a fresh
 * browser context, so nothing is cached between them.
 *
 * What the first paint needed is counted from the DevTools protocol's network events: every response that had
 * finished loading before the mark, with the bytes of its body as they came over the wire (`encodedDataLength` of
 * Network.loadingFinished less the response's headers). Resource timing counts the same bodies (`encodedBodySize`)
 * and is kept beside it as a check: it reports 0 for a response it may not expose (another origin without
 * Timing-Allow-Origin), and a response whose body is still arriving is not in it, so the two agree only when neither
 * missed one.
 */
import type { CDPSession } from 'playwright-core';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, missingChromium } from '../tests/support/chromium.js';

export type ByteKinds = { script: number; data: number; other: number };

export interface FirstPaint {
  /** Milliseconds from navigation to the first coloured map, one per cold load. */
  loadsMs: number[];
  p50Ms: number;
  maxMs: number;
  /**
   * Bytes of the responses finished before the first coloured map (bodies, encoded, as on the wire), by kind:
   * `script` JavaScript, `data` the GraphQL answers and the map's shapes (JSON), `other` the page and its styles.
   * The median of the loads, kind by kind.
   */
  bytes: ByteKinds;
  /** Responses finished before the first coloured map, the page itself included (median of the loads). */
  requests: number;
  /** The GraphQL operations answered before it, by name, in the order they finished (the last load's). */
  operations: string[];
  /** The same bytes as resource timing counts them (the last load's): they should equal that load's `bytes`. */
  resourceTimingBytes: ByteKinds;
}

const kindOf = (url: string): keyof ByteKinds =>
  /\.m?js(\?|$)/.test(url) ? 'script' : /\/graphql(\?|$)|\.json(\?|$)/.test(url) ? 'data' : 'other';

interface Response {
  url: string;
  operation?: string;
  headerBytes: number;
  /** Body and headers, as Network.loadingFinished reports them. */
  totalBytes?: number;
  /** When it finished, in the page's clock (ms since the epoch, as performance.timeOrigin + startTime). */
  finishedAt?: number;
}

/** Records every response of the page: its URL, GraphQL operation, size on the wire and when it finished. */
async function recordResponses(cdp: CDPSession): Promise<Map<string, Response>> {
  const responses = new Map<string, Response>();
  // The protocol's timestamps are seconds of a monotonic clock; each request also carries the wall time it was sent
  // at, which gives the offset to the page's own clock (performance.timeOrigin is wall time too).
  let wallMinusMonotonicMs: number | undefined;
  cdp.on('Network.requestWillBeSent', (event) => {
    wallMinusMonotonicMs ??= event.wallTime * 1000 - event.timestamp * 1000;
    let operation: string | undefined;
    try {
      const body = event.request.postData ? (JSON.parse(event.request.postData) as { operationName?: unknown }) : undefined;
      if (typeof body?.operationName === 'string') operation = body.operationName;
    } catch {
      // not JSON: not a GraphQL request
    }
    responses.set(event.requestId, { url: event.request.url, operation, headerBytes: 0 });
  });
  cdp.on('Network.responseReceived', (event) => {
    const response = responses.get(event.requestId);
    // At this point only the headers have come: what was received so far is their size.
    if (response) response.headerBytes = event.response.encodedDataLength;
  });
  cdp.on('Network.loadingFinished', (event) => {
    const response = responses.get(event.requestId);
    if (!response || wallMinusMonotonicMs === undefined) return;
    response.totalBytes = event.encodedDataLength;
    response.finishedAt = event.timestamp * 1000 + wallMinusMonotonicMs;
  });
  await cdp.send('Network.enable');
  return responses;
}

interface Load {
  ms: number;
  bytes: ByteKinds;
  requests: number;
  operations: string[];
  resourceTimingBytes: ByteKinds;
}

/** `origin`: the server's origin (the dashboard is at its root). */
export async function measureFirstPaint(origin: string, loads: number): Promise<FirstPaint | { skipped: string }> {
  if (loads < 1) return { skipped: 'BENCH_FIRST_PAINT_LOADS=0' };
  const missing = missingChromium();
  if (missing !== null) return { skipped: missing };
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const measured: Load[] = [];
  try {
    for (let i = 0; i < loads; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
      try {
        const page = await context.newPage();
        const responses = await recordResponses(await context.newCDPSession(page));
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
        const timing = await page.evaluate(() => {
          const mark = performance.getEntriesByName('ae:first-map')[0]!.startTime;
          const entries = [
            ...(performance.getEntriesByType('navigation') as PerformanceResourceTiming[]),
            ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[]),
          ];
          const finished = entries
            .filter((entry) => entry.responseEnd <= mark)
            .map((entry) => ({ url: entry.name, bytes: entry.encodedBodySize }));
          return { mark, markAt: performance.timeOrigin + mark, finished };
        });
        const bytes: ByteKinds = { script: 0, data: 0, other: 0 };
        const before = [...responses.values()]
          .filter((r) => r.totalBytes !== undefined && r.finishedAt !== undefined && r.finishedAt <= timing.markAt)
          .sort((a, b) => a.finishedAt! - b.finishedAt!);
        for (const response of before) bytes[kindOf(response.url)] += response.totalBytes! - response.headerBytes;
        const resourceTimingBytes: ByteKinds = { script: 0, data: 0, other: 0 };
        for (const entry of timing.finished) resourceTimingBytes[kindOf(entry.url)] += entry.bytes;
        measured.push({
          ms: timing.mark,
          bytes,
          requests: before.length,
          operations: before.flatMap((r) => (r.operation ? [r.operation] : [])),
          resourceTimingBytes,
        });
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
  const loadsMs = measured.map((load) => load.ms);
  const last = measured[measured.length - 1]!;
  return {
    loadsMs,
    p50Ms: median(loadsMs),
    maxMs: Math.max(...loadsMs),
    bytes: {
      script: median(measured.map((load) => load.bytes.script)),
      data: median(measured.map((load) => load.bytes.data)),
      other: median(measured.map((load) => load.bytes.other)),
    },
    requests: median(measured.map((load) => load.requests)),
    operations: last.operations,
    resourceTimingBytes: last.resourceTimingBytes,
  };
}
