// The analysts' views of the dashboard (issue 16) in a real headless browser, against the real server and graph,
// with the network cut off as in dashboard.test.ts: the map's state panel draws Poland's exposure to a US withdrawal
// through time with NATO's enlargement of 1999-03-12 as a marked point and its reasons; "What changed" lists Finland
// and Sweden joining NATO in 2022–2024; the bloc table charts NATO's size from 12 in 1949; the network view lists the
// most central states with their betweenness, the articulation points and the communities.
// Screenshots go to test-results/analyst-*.png.
//
// Needs Chromium (`apt-get install chromium`, or CHROMIUM_PATH): skipped without it, failed without it under CI.
import { mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeInBrowser, launchChromium, offlineContext } from '../support/browser.js';
import { graphql, startTestServer } from '../support/server.js';

const RESULTS = fileURLToPath(new URL('../../test-results/', import.meta.url));
const BUILT_PAGE = fileURLToPath(new URL('../../dist/dashboard/index.html', import.meta.url));
const TIMEOUT = 120_000;
const WIDE = { width: 1280, height: 900 };

describeInBrowser("the analysts' views (offline, headless Chromium)", () => {
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;
  let context: BrowserContext;
  const offOrigin: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];

  const api = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const { status, body } = await graphql<T>(server.url, query, variables);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(status).toBe(200);
    return body.data!;
  };

  beforeAll(async () => {
    if (!existsSync(BUILT_PAGE)) throw new Error('dist/dashboard is not built: the global setup should have built it (npm run build:web)');
    await mkdir(RESULTS, { recursive: true });
    server = await startTestServer();
    browser = await launchChromium();
    context = await offlineContext(browser, new URL(server.url).origin, offOrigin, { viewport: WIDE });
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, TIMEOUT);

  /** A fresh page whose off-origin requests, uncaught errors and console errors fail its test. */
  const withPage = async (name: string, steps: (page: Page) => Promise<void>) => {
    for (const list of [offOrigin, pageErrors, consoleErrors]) list.length = 0;
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    try {
      await steps(page);
      await page.screenshot({ path: `${RESULTS}analyst-${name}.png`, fullPage: true });
      expect(offOrigin, 'requests to other origins').toEqual([]);
      expect(pageErrors, 'uncaught errors in the page').toEqual([]);
      expect(consoleErrors, 'console errors').toEqual([]);
    } catch (error) {
      await page.screenshot({ path: `${RESULTS}analyst-${name}-failure.png`, fullPage: true }).catch(() => undefined);
      const lines = [...offOrigin, ...pageErrors, ...consoleErrors];
      if (lines.length > 0 && error instanceof Error) error.message += `\n${lines.join('\n')}`;
      throw error;
    } finally {
      await page.close();
    }
  };

  it(
    "the state panel charts Poland's exposure to a US withdrawal since 1949, NATO's 1999 enlargement marked, with its reasons",
    async () => {
      const { exposureTimeline } = await api<{ exposureTimeline: { asOf: string; kind: string; score: number }[] }>(
        '{ exposureTimeline(withdrawing: "USA", state: "POL", since: "1949-01-01") { asOf kind score } }',
      );
      const accession = exposureTimeline.find((p) => p.asOf === '1999-03-12');
      expect(accession?.kind, "the API's point on 1999-03-12").toBe('TIE_CHANGED');

      await withPage('timeline', async (page) => {
        await page.goto(`${server.url}/#/map?withdrawing=USA&state=POL`);
        const chart = page.locator('[data-testid="state-details"][data-state="POL"] [data-testid="exposure-timeline-chart"]');
        await chart.waitFor({ timeout: 60_000 });
        // Accessible: the chart is an image with a title and a description, both axes labelled.
        const svg = chart.locator('svg[role="img"]');
        expect(await svg.locator('title').first().textContent()).toMatch(/Poland.*exposure.*United States/);
        expect(await svg.locator('desc').textContent()).toContain('Exposure score');
        expect(await svg.locator('.chart-axis-label').allTextContents()).toEqual(['Year', 'Exposure score']);
        // One point per point of the API's answer; the accession a marked point.
        expect(await chart.locator('circle.chart-point').count()).toBe(exposureTimeline.length);
        const point = chart.locator('circle[data-date="1999-03-12"]');
        expect(await point.getAttribute('data-kind')).toBe('TIE_CHANGED');
        expect(await point.getAttribute('class')).toContain('is-marked');
        // Score before (1999-01-01) and on the accession differ: a visible change in 1999.
        const before = exposureTimeline.find((p) => p.asOf === '1999-01-01');
        expect(before && before.score !== accession!.score, 'a change in 1999').toBe(true);

        // Picking the day (the list of days ties changed, as a keyboard user would) shows that day's reasons.
        await page.locator('.timeline-changes button[data-date="1999-03-12"]').click();
        const shown = page.getByTestId('timeline-point');
        await expect.poll(() => shown.getAttribute('data-date')).toBe('1999-03-12');
        expect(await shown.textContent()).toContain('12 Mar 1999');
        expect(await shown.locator('li').count()).toBeGreaterThan(0);
        expect(await shown.textContent()).toContain('NATO');
        // Hovering another point shows its reasons instead.
        const box = (await chart.locator('circle[data-date="2010-01-01"]').boundingBox())!;
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await expect.poll(() => shown.getAttribute('data-date')).toBe('2010-01-01');
      });
    },
    TIMEOUT,
  );

  it(
    'What changed lists Finland and Sweden joining NATO between 2022 and 2024, with sources, settings in the URL',
    async () => {
      await withPage('changes', async (page) => {
        await page.goto(`${server.url}/#/changes?since=2022-01-01&until=2024-12-31&bloc=NATO`);
        const rows = page.locator('[data-testid="changes-table"] tbody tr');
        await expect.poll(() => rows.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
        for (const [id, day] of [
          ['FIN', '2023-04-04'],
          ['SWE', '2024-03-07'],
        ] as const) {
          const row = page.locator(`[data-testid="changes-table"] tbody tr[data-state="${id}"][data-kind="JOINED"]`);
          expect(await row.count(), `${id} joins NATO`).toBe(1);
          expect(await row.getAttribute('data-date')).toBe(day);
          expect(await row.getAttribute('data-bloc')).toBe('NATO');
          expect(await row.locator('td').last().textContent()).not.toBe('—');
        }
        expect(await page.locator('[data-testid="changes-table"]').textContent()).toMatch(/Finland[\s\S]*Sweden/);
        await expect.poll(() => page.getByTestId('changes-bloc').inputValue()).toBe('NATO');

        // The filters write the URL: one state instead of the bloc.
        await page.getByTestId('changes-bloc').selectOption('');
        await page.getByTestId('changes-state').selectOption('SWE');
        await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/state=SWE/);
        expect(await page.evaluate(() => window.location.hash)).not.toMatch(/bloc=/);
        await expect.poll(() => rows.evaluateAll((r) => r.every((x) => x.getAttribute('data-state') === 'SWE'))).toBe(true);
        // A reversed range says so in words.
        await page.getByTestId('changes-since').fill('2025-01-01');
        await page.getByTestId('changes-since').press('Enter');
        await expect.poll(() => page.locator('[role="alert"]').textContent()).toContain('comes after');
      });
    },
    TIMEOUT,
  );

  it(
    "the bloc table charts a bloc's size through time: NATO from 12 members in 1949",
    async () => {
      await withPage('bloc-size', async (page) => {
        await page.goto(`${server.url}/#/blocs`);
        await page.locator('button[data-size-toggle="NATO"]').click({ timeout: 30_000 });
        await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('size=NATO');
        const chart = page.locator('[data-testid="bloc-size"][data-bloc="NATO"]');
        await chart.waitFor({ timeout: 30_000 });
        expect((await chart.getAttribute('data-first'))?.slice(0, 4)).toBe('1949');
        const first = chart.locator('circle.chart-point').first();
        expect(await first.getAttribute('data-value')).toBe('12');
        expect(Number(await chart.locator('circle.chart-point').last().getAttribute('data-value'))).toBeGreaterThanOrEqual(32);
      });
    },
    TIMEOUT,
  );

  it(
    'the network view lists the most central states with degree and betweenness, the articulation points and the communities',
    async () => {
      const { network } = await api<{
        network: {
          centrality: { state: { id: string }; betweenness: number }[];
          articulationPoints: { id: string }[];
          communities: unknown[][];
        };
      }>('{ network(asOf: "1985-01-01") { centrality { state { id } betweenness } articulationPoints { id } communities { id } } }');
      expect(network.centrality.length).toBeGreaterThan(0);

      await withPage('network', async (page) => {
        await page.goto(`${server.url}/#/network?asOf=1985-01-01`);
        const rows = page.locator('[data-testid="centrality-table"] tbody tr');
        await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(Math.min(25, network.centrality.length));
        // Most central first, as the API ranks them, with their betweenness.
        expect(await rows.first().getAttribute('data-state')).toBe(network.centrality[0]!.state.id);
        expect(Number(await rows.first().getAttribute('data-betweenness'))).toBeCloseTo(network.centrality[0]!.betweenness, 6);
        expect(await rows.first().locator('td').nth(2).textContent()).toBe(network.centrality[0]!.betweenness.toFixed(3));
        expect(network.centrality[0]!.betweenness).toBeGreaterThan(0);
        // Articulation points highlighted in the table and listed.
        const listed = await page.$$eval('[data-testid="articulation-points"] [data-state]', (e) =>
          e.map((x) => x.getAttribute('data-state')),
        );
        expect(listed.sort()).toEqual(network.articulationPoints.map((s) => s.id).sort());
        for (const id of network.articulationPoints.map((s) => s.id)) {
          const row = page.locator(`[data-testid="centrality-table"] tbody tr[data-state="${id}"]`);
          if ((await row.count()) > 0) expect(await row.getAttribute('class')).toContain('is-articulation');
        }
        expect(await page.locator('[data-testid="communities"] li').count()).toBe(network.communities.length);
      });
    },
    TIMEOUT,
  );
});
