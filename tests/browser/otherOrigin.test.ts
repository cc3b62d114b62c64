/**
 * A dashboard built by someone else, as its users run it: a page served from a second origin (another loopback
 * port) that uses a maintained GraphQL client library (graphql-request, loaded as ES modules from this project's
 * node_modules through an import map) to page through NATO's members ten at a time and read an exposure report.
 * It works against an API that lists that origin in CORS_ORIGINS, and the browser refuses the answer of one that
 * does not. Real headless Chromium, with every request off the two origins aborted.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.js';
import { describeInBrowser, launchChromium, offlineContext } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';

const TIMEOUT = 120_000;

/** The other team's page: its script pages through a bloc's members and reads an exposure report, then says so. */
const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>Another team's dashboard</title>
<script type="importmap">{ "imports": { "graphql": "/node_modules/graphql/index.mjs", "graphql-request": "/node_modules/graphql-request/build/entrypoints/main.js" } }</script>
</head><body><p id="status">loading</p>
<script type="module">
  import { GraphQLClient, gql } from 'graphql-request';
  const api = new URLSearchParams(location.search).get('api');
  const client = new GraphQLClient(api + '/graphql');
  const MEMBERS = gql\`query ($after: String) {
    bloc(code: "NATO") { membersConnection(first: 10, after: $after, status: [MEMBER]) {
      edges { node { state { id } } } pageInfo { hasNextPage endCursor } totalCount } }
  }\`;
  try {
    const ids = [];
    let after = null, totalCount = 0, pages = 0;
    do {
      const { bloc } = await client.request(MEMBERS, { after });
      const page = bloc.membersConnection;
      ids.push(...page.edges.map((e) => e.node.state.id));
      totalCount = page.totalCount;
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after);
    const { exposure } = await client.request(gql\`{ exposure(withdrawing: "USA") { entriesConnection(first: 3) { edges { node { state { id } level } } } } }\`);
    document.body.dataset.result = JSON.stringify({ ids, totalCount, pages, exposed: exposure.entriesConnection.edges.map((e) => e.node.state.id) });
    document.getElementById('status').textContent = 'done';
  } catch (error) {
    document.body.dataset.error = String(error && error.message || error);
    document.getElementById('status').textContent = 'failed';
  }
</script></body></html>`;

/** The second origin: the page, and graphql-request and graphql from node_modules (nothing else). */
function servePage(): Promise<{ server: http.Server; origin: string }> {
  const modules = path.join(projectRoot, 'node_modules');
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      return;
    }
    const file = path.normalize(path.join(projectRoot, decodeURIComponent(url.pathname)));
    const allowed = [path.join(modules, 'graphql') + path.sep, path.join(modules, 'graphql-request') + path.sep].some((dir) =>
      file.startsWith(dir),
    );
    if (!allowed || !/\.(m?js)$/.test(file) || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(fs.readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })),
  );
}

describeInBrowser('a client library on another origin', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: { server: http.Server; origin: string };
  let listed: TestServer;
  let unlisted: TestServer;
  const offOrigin: string[] = [];

  beforeAll(async () => {
    page = await servePage();
    [listed, unlisted] = await Promise.all([startTestServer({ corsOrigins: [page.origin] }), startTestServer({})]);
    browser = await launchChromium();
    context = await offlineContext(browser, [page.origin, listed.url, unlisted.url], offOrigin);
  }, TIMEOUT);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await Promise.all([listed?.close(), unlisted?.close()]);
    await new Promise((resolve) => page?.server.close(resolve));
  });

  const open = async (api: string) => {
    const tab = await context.newPage();
    await tab.goto(`${page.origin}/?api=${encodeURIComponent(api)}`);
    await tab.waitForFunction(() => document.getElementById('status')?.textContent !== 'loading', null, { timeout: 60_000 });
    return tab;
  };

  it(
    'pages through every NATO member ten at a time and reads an exposure report, when its origin is listed',
    async () => {
      const tab = await open(listed.url);
      expect(await tab.evaluate(() => document.body.dataset.error ?? null)).toBeNull();
      const result = JSON.parse((await tab.evaluate(() => document.body.dataset.result))!) as {
        ids: string[];
        totalCount: number;
        pages: number;
        exposed: string[];
      };
      expect(result.totalCount).toBe(32);
      expect(result.ids).toHaveLength(32);
      expect(new Set(result.ids).size).toBe(32);
      expect(result.pages).toBe(4);
      expect(result.ids).toEqual(expect.arrayContaining(['USA', 'POL', 'FIN', 'SWE']));
      expect(result.exposed).toHaveLength(3);
      expect(offOrigin).toEqual([]);
      await tab.close();
    },
    TIMEOUT,
  );

  it(
    'is refused by the browser when the API does not list its origin',
    async () => {
      const tab = await open(unlisted.url);
      expect(await tab.evaluate(() => document.body.dataset.result ?? null)).toBeNull();
      expect(await tab.evaluate(() => document.body.dataset.error)).toMatch(/fetch/i);
      expect(offOrigin).toEqual([]);
      await tab.close();
    },
    TIMEOUT,
  );
});
