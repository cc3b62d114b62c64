// "Take it with you" in a real headless browser (Debian's Chromium via playwright-core, network cut off but for the
// API's origin): a dashboard link copied after changing the settings and picking a state restores the same picture in
// a fresh browser (a new context: no cache, no storage), on the map, the graph and the bloc table; the downloads parse
// (CSV with csv-parse, GraphML with the browser's own XML parser, JSON), and the map's CSV is the API's
// /export/exposure.csv byte for byte; each answer from a named query links to Neo4j Browser with its query and parameters.
//
// Needs Chromium (`apt-get install chromium`, or CHROMIUM_PATH): skipped without it, failed without it under CI.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { describeInBrowser, launchChromium, offlineContext } from '../support/browser.js';
import { startTestServer } from '../support/server.js';

const BUILT_PAGE = fileURLToPath(new URL('../../dist/dashboard/index.html', import.meta.url));
const TIMEOUT = 120_000;
const WIDE = { width: 1280, height: 800 };

describeInBrowser('take it with you: links, downloads, Neo4j Browser (offline, headless Chromium)', () => {
  let server: { url: string; close(): Promise<void> };
  let origin: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  /** Requests to any other origin (aborted), and uncaught errors in the pages: each fails the test. */
  const offOrigin: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(BUILT_PAGE)) throw new Error('dist/dashboard is not built: the global setup should have built it (npm run build:web)');
    server = await startTestServer({});
    origin = new URL(server.url).origin;
    browser = await launchChromium();
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, TIMEOUT);

  /** A page in a new browser context: cold cache, nothing remembered, as a colleague opening a shared link. */
  async function freshPage(): Promise<Page> {
    const context = await offlineContext(browser, origin, offOrigin, { viewport: WIDE, acceptDownloads: true });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    return page;
  }

  const checked = async (steps: () => Promise<void>) => {
    offOrigin.length = 0;
    pageErrors.length = 0;
    try {
      await steps();
      expect(offOrigin, 'requests to other origins').toEqual([]);
      expect(pageErrors, 'uncaught errors in the page').toEqual([]);
    } finally {
      for (const context of contexts.splice(0)) await context.close();
    }
  };

  const waitForMap = (page: Page) =>
    page.waitForFunction(
      () => document.querySelectorAll('.world-map [data-fill-kind="CRITICAL"], .world-map [data-fill-kind="HIGH"]').length > 0,
      null,
      { timeout: 30_000 },
    );

  /** The map has answered the question in the URL: the summary is the answer's and nothing is loading. */
  const settledMap = async (page: Page) => {
    await page.locator('.world-map [data-state]').first().waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('map-summary').textContent(), { timeout: 30_000 }).toMatch(/states lose security/);
    await expect.poll(() => page.locator('.map-overlay [role="status"], .map-overlay [role="alert"]').count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => page.getByTestId('download-exposure-csv').isEnabled(), { timeout: 30_000 }).toBe(true);
  };

  /** Everything the map view shows that the settings decide: inputs, question, answer, selected state. */
  const mapPicture = async (page: Page) => ({
    withdrawing: await page.getByTestId('withdrawing-select').inputValue(),
    from: await page.locator('.controls details.dropdown summary').textContent(),
    date: await page.getByTestId('map-date').inputValue(),
    scenario: await page.getByTestId('scenario-select').inputValue(),
    changes: await page.getByTestId('own-changes').textContent(),
    region: await page.locator('.region-buttons button[aria-pressed="true"]').textContent(),
    title: await page.locator('.map-title').textContent(),
    summary: await page.getByTestId('map-summary').textContent(),
    selected: await page.getByTestId('state-details').getAttribute('data-state'),
    details: await page.getByTestId('state-details').textContent(),
    ranking: await page.$$eval('[data-testid="ranking"] [data-state]', (e) => e.map((x) => x.textContent)),
  });

  const text = (locator: Locator) => locator.textContent();

  it(
    'a copied map link restores the same picture in a fresh browser: question, date, blocs, scenario and its changes, region, selected state',
    async () => {
      await checked(async () => {
        const page = await freshPage();
        await page.goto(`${server.url}/`);
        await waitForMap(page);
        await settledMap(page);
        // Change several settings as a user would.
        await page.getByTestId('withdrawing-select').selectOption('GBR');
        await settledMap(page);
        const date = page.getByTestId('map-date');
        await date.fill('2023-06-01');
        await date.press('Enter');
        await page.locator('.controls details.dropdown summary').click();
        await page
          .locator('.controls .dropdown-panel label')
          .filter({ has: page.locator('strong', { hasText: /^NATO$/ }) })
          .locator('input')
          .check();
        await page.locator('.controls details.dropdown summary').click();
        await page.getByTestId('scenario-select').selectOption('armenia-leaves-csto');
        await page.locator('.own-changes summary').click();
        await page.getByTestId('change-type').selectOption('END_TREATY');
        await page.getByTestId('change-bloc').selectOption('EU');
        await page.getByTestId('change-add').click();
        await page.locator('.region-buttons button', { hasText: 'Europe' }).click();
        await page.getByTestId('find-state').fill('Poland');
        await expect.poll(() => page.getByTestId('state-details').getAttribute('data-state')).toBe('POL');
        await settledMap(page);
        await expect.poll(() => text(page.getByTestId('map-summary'))).toContain('1 Jun 2023');
        const before = await mapPicture(page);
        expect(before).toMatchObject({
          withdrawing: 'GBR',
          from: 'NATO',
          date: '2023-06-01',
          scenario: 'armenia-leaves-csto',
          selected: 'POL',
        });
        expect(before.changes).toContain('END_TREATY(EU)');
        expect(before.summary).toContain('under the scenario');
        const link = page.url();
        expect(new URL(link).origin).toBe(origin);

        const again = await freshPage();
        await again.goto(link);
        await settledMap(again);
        await expect.poll(() => again.getByTestId('state-details').getAttribute('data-state'), { timeout: 30_000 }).toBe('POL');
        await expect.poll(() => mapPicture(again), { timeout: 30_000 }).toEqual(before);
        expect(again.url()).toBe(link);
      });
    },
    TIMEOUT,
  );

  it(
    'a copied graph link restores the bloc, the date, the edge kinds shown and the ties around it; a bloc-table link its filters and sort',
    async () => {
      await checked(async () => {
        const page = await freshPage();
        await page.goto(`${server.url}/#/graph`);
        const canvas = page.getByTestId('graph-canvas');
        await expect.poll(() => canvas.getAttribute('data-direct-nodes'), { timeout: 30_000 }).toContain('FIN');
        await page.getByTestId('graph-bloc').selectOption('CSTO');
        const date = page.getByTestId('graph-date');
        await date.fill('2010-01-01');
        await date.press('Enter');
        await page.getByTestId('tie-toggle-umbrella').uncheck();
        await page.getByRole('checkbox', { name: 'Other defence ties of its members' }).uncheck();
        await expect.poll(() => text(page.locator('.graph-heading')), { timeout: 30_000 }).toContain('1 Jan 2010');
        await expect.poll(() => canvas.getAttribute('data-direct-nodes'), { timeout: 30_000 }).toContain('ARM');
        await page.locator('[data-testid="graph-canvas"][data-layout="settled"]').waitFor({ timeout: 30_000 });
        const picture = async (p: Page) => ({
          bloc: await p.getByTestId('graph-bloc').inputValue(),
          date: await p.getByTestId('graph-date').inputValue(),
          umbrellas: await p.getByTestId('tie-toggle-umbrella').isChecked(),
          threats: await p.getByTestId('tie-toggle-threat').isChecked(),
          around: await p.getByRole('checkbox', { name: 'Other defence ties of its members' }).isChecked(),
          heading: await text(p.locator('.graph-heading')),
          states: await p.getByTestId('graph-canvas').getAttribute('data-state-nodes'),
          ties: await p.getByTestId('graph-canvas').getAttribute('data-tie-edges'),
          members: await p.$$eval('[data-testid="member-list"] li[data-state]', (e) => e.map((x) => x.getAttribute('data-state'))),
        });
        const before = await picture(page);
        expect(before).toMatchObject({ bloc: 'CSTO', date: '2010-01-01', umbrellas: false, threats: true, around: false });
        expect(before.members).toContain('ARM');
        const link = page.url();

        const again = await freshPage();
        await again.goto(link);
        await expect.poll(() => picture(again), { timeout: 30_000 }).toEqual(before);

        // The bloc table: a filter, a kind and a sort, restored from the link.
        await page.goto(`${server.url}/#/blocs`);
        const rows = (p: Page) => p.$$eval('[data-testid="bloc-table"] tbody tr', (r) => r.map((x) => x.getAttribute('data-bloc')));
        await expect.poll(async () => (await rows(page)).length, { timeout: 30_000 }).toBeGreaterThan(20);
        await page.getByTestId('bloc-kind').selectOption('MILITARY_ALLIANCE');
        await page.getByTestId('bloc-filter').fill('treaty');
        await page.locator('button[data-column="founded"]').click();
        await expect.poll(() => page.locator('th[aria-sort="ascending"] button').getAttribute('data-column')).toBe('founded');
        const table = async (p: Page) => ({
          filter: await p.getByTestId('bloc-filter').inputValue(),
          kind: await p.getByTestId('bloc-kind').inputValue(),
          sorted: await p.locator('th[aria-sort="ascending"] button').getAttribute('data-column'),
          rows: await rows(p),
        });
        const shown = await table(page);
        expect(shown).toMatchObject({ filter: 'treaty', kind: 'MILITARY_ALLIANCE', sorted: 'founded' });
        expect(shown.rows).toContain('NATO');
        const tableLink = page.url();
        const third = await freshPage();
        await third.goto(tableLink);
        await expect.poll(() => table(third), { timeout: 30_000 }).toEqual(shown);
      });
    },
    TIMEOUT,
  );

  /** Clicks a download button and returns the file's suggested name and text. */
  const download = async (page: Page, testId: string) => {
    const button = page.getByTestId(testId);
    await expect.poll(() => button.isEnabled(), { timeout: 30_000 }).toBe(true);
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const path = await file.path();
    return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
  };

  it(
    'the map and bloc tables download as CSV that parses (the map’s is the API’s file), the graph as GraphML and JSON; answers link to Neo4j Browser',
    async () => {
      await checked(async () => {
        const page = await freshPage();
        await page.goto(`${server.url}/#/map?withdrawing=USA`);
        await settledMap(page);
        const csv = await download(page, 'download-exposure-csv');
        const api = await fetch(`${server.url}/export/exposure.csv?withdrawing=USA`);
        const apiName = /filename="([^"]+)"/.exec(api.headers.get('content-disposition') ?? '')?.[1];
        expect(csv.name).toMatch(/^exposure-USA-\d{4}-\d{2}-\d{2}\.csv$/);
        expect(csv.name).toBe(apiName);
        expect(csv.text).toBe(await api.text());
        const rows = parse<Record<string, string>>(csv.text, { columns: true });
        const poland = rows.find((r) => r.state_id === 'POL');
        expect(Number(poland?.score)).toBeGreaterThan(0);
        expect(rows.map((r) => r.state_id)).toEqual(
          await page.$$eval('[data-testid="ranking"] [data-state]', (e) => e.map((x) => x.getAttribute('data-state'))),
        );

        // The exposure answer links to its query in Neo4j Browser, with the question's parameters.
        const exposureLink = page.locator('[data-testid="cypher-links-map"] a[data-file="cypher/queries/exposure.cypher"]');
        const href = (await exposureLink.getAttribute('href'))!;
        expect(href).toMatch(/^http:\/\/127\.0\.0\.1:7474\/browser\/\?cmd=edit&arg=/);
        const editor = new URL(href).searchParams.get('arg')!;
        expect(editor).toContain(":param states => 'USA';");
        expect(editor).toMatch(/:param asOf => '\d{4}-\d{2}-\d{2}';/);
        expect(await exposureLink.getAttribute('target')).toBe('_blank');

        // The bloc table: the rows shown, as shown.
        await page.goto(`${server.url}/#/blocs?q=nato`);
        const tableRows = page.locator('[data-testid="bloc-table"] tbody tr');
        await expect.poll(() => tableRows.count(), { timeout: 30_000 }).toBeGreaterThan(0);
        const blocs = await download(page, 'download-blocs-csv');
        expect(blocs.name).toMatch(/^blocs-nato-\d{4}-\d{2}-\d{2}\.csv$/);
        const blocRows = parse<Record<string, string>>(blocs.text, { columns: true });
        expect(blocRows.map((r) => r.code)).toEqual(await tableRows.evaluateAll((r) => r.map((x) => x.getAttribute('data-bloc'))));
        const nato = blocRows.find((r) => r.code === 'NATO')!;
        expect(nato.members).toBe(await text(page.locator('tr[data-bloc="NATO"] td').nth(2)));
        expect(nato.mutual_defence).toBe('true');
        expect(await page.locator('[data-testid="cypher-links-blocs"] a[data-file="cypher/queries/blocs.cypher"]').count()).toBe(1);

        // The graph: GraphML that the browser's XML parser reads, and JSON, both holding what is drawn.
        await page.goto(`${server.url}/#/graph?bloc=NATO&asOf=2022-01-01`);
        const canvas = page.getByTestId('graph-canvas');
        await expect.poll(() => canvas.getAttribute('data-direct-nodes'), { timeout: 30_000 }).toContain('POL');
        const nodeCount = Number(await canvas.getAttribute('data-node-count'));
        const graphmlFile = await download(page, 'download-graphml');
        expect(graphmlFile.name).toBe('graph-NATO-2022-01-01.graphml');
        const xml = await page.evaluate((source) => {
          const doc = new DOMParser().parseFromString(source, 'application/xml');
          const ns = 'http://graphml.graphdrawing.org/xmlns';
          const keys = new Map(
            Array.from(doc.getElementsByTagNameNS(ns, 'key')).map((k) => [k.getAttribute('id'), k.getAttribute('attr.name')]),
          );
          const nodes = Array.from(doc.getElementsByTagNameNS(ns, 'node'));
          const labelKey = [...keys].find(([, name]) => name === 'label')?.[0];
          return {
            error: doc.getElementsByTagName('parsererror').length > 0 ? doc.documentElement.textContent : null,
            root: doc.documentElement.localName,
            undeclared: Array.from(doc.getElementsByTagNameNS(ns, 'data'))
              .map((d) => d.getAttribute('key'))
              .filter((k) => !keys.has(k)),
            nodeIds: nodes.map((n) => n.getAttribute('id')),
            poland: nodes.find((n) => n.getAttribute('id') === 'state:POL')?.querySelector(`data[key="${labelKey}"]`)?.textContent,
            edges: doc.getElementsByTagNameNS(ns, 'edge').length,
          };
        }, graphmlFile.text);
        expect(xml.error).toBeNull();
        expect(xml.root).toBe('graphml');
        expect(xml.undeclared).toEqual([]);
        expect(xml.nodeIds).toHaveLength(nodeCount);
        expect(xml.nodeIds).toContain('bloc:NATO');
        // The states are the ones drawn.
        const drawnStates = ((await canvas.getAttribute('data-state-nodes')) ?? '').split(',').filter(Boolean);
        expect(
          xml.nodeIds
            .filter((id) => id?.startsWith('state:'))
            .map((id) => id!.slice('state:'.length))
            .sort(),
        ).toEqual([...drawnStates].sort());
        expect(xml.poland).toBe('Poland');
        const jsonFile = await download(page, 'download-graph-json');
        expect(jsonFile.name).toBe('graph-NATO-2022-01-01.json');
        const json = JSON.parse(jsonFile.text) as { graph: Record<string, unknown>; nodes: { id: string }[]; edges: unknown[] };
        expect(json.graph).toMatchObject({ focus: 'bloc:NATO', as_of: '2022-01-01' });
        expect(json.nodes.map((n) => n.id).sort()).toEqual([...xml.nodeIds].sort());
        expect(json.edges).toHaveLength(xml.edges);
        const graphLinks = await page.$$eval('[data-testid="cypher-links-graph"] a', (a) => a.map((x) => x.getAttribute('data-file')));
        expect(graphLinks).toContain('cypher/queries/bloc-with-members.cypher');
      });
    },
    TIMEOUT,
  );
});
