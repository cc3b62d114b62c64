/**
 * Dashboards built by others: CORS is opt-in (CORS_ORIGINS). A listed origin's preflight is answered and its
 * answers carry Access-Control-Allow-Origin; any other origin gets no such header, so its browser refuses the answer
 * (the browser side is in tests/browser). Apollo's CSRF prevention stays on. The contract is published at
 * GET /schema.graphql.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.js';
import { startTestServer, type TestServer } from '../support/server.js';

const LISTED = 'http://127.0.0.1:8931';
const OTHER = 'http://127.0.0.1:8932';

let open: TestServer;
let closed: TestServer;
beforeAll(async () => {
  [open, closed] = await Promise.all([startTestServer({ corsOrigins: [LISTED] }), startTestServer({})]);
});
afterAll(async () => {
  await Promise.all([open?.close(), closed?.close()]);
});

const preflight = (base: string, origin: string) =>
  fetch(`${base}/graphql`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });
const post = (base: string, origin: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { origin, ...headers },
    body: JSON.stringify({ query: '{ bloc(code: "NATO") { name } }' }),
  });

describe('CORS', () => {
  it('answers the preflight of a listed origin, and allows it to read the answer', async () => {
    const pre = await preflight(open.url, LISTED);
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(LISTED);
    expect(pre.headers.get('access-control-allow-methods')).toContain('POST');
    expect(pre.headers.get('access-control-allow-headers')).toContain('content-type');
    const r = await post(open.url, LISTED);
    expect(r.status).toBe(200);
    expect(r.headers.get('access-control-allow-origin')).toBe(LISTED);
    expect(((await r.json()) as { data: { bloc: { name: string } } }).data.bloc.name).toBe('North Atlantic Treaty Organization');
  });

  it('gives an origin not listed no Access-Control-Allow-Origin, in the preflight or the answer', async () => {
    for (const [url, origin] of [
      [open.url, OTHER],
      [closed.url, LISTED],
      [closed.url, OTHER],
    ] as const) {
      const pre = await preflight(url, origin);
      expect(pre.headers.get('access-control-allow-origin'), `${origin} on ${url}`).toBeNull();
      expect(pre.status).toBeLessThan(500);
      const r = await post(url, origin);
      expect(r.headers.get('access-control-allow-origin'), `${origin} on ${url}`).toBeNull();
    }
  });

  it("keeps Apollo's CSRF prevention: a simple cross-origin request (no JSON, no preflight header) is refused", async () => {
    const r = await fetch(`${open.url}/graphql?query=${encodeURIComponent('{ bloc(code: "NATO") { name } }')}`, {
      headers: { origin: LISTED },
    });
    expect(r.status).toBe(400);
    expect(await r.text()).toMatch(/CSRF|preflight/i);
  });
});

describe('GET /schema.graphql', () => {
  it('serves the contract as SDL: the schema the server runs, with its descriptions', async () => {
    const r = await fetch(new URL('/schema.graphql', open.url));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/plain/);
    const sdl = await r.text();
    expect(sdl).toBe(fs.readFileSync(path.join(projectRoot, 'schema.graphql'), 'utf8'));
    const schema = buildSchema(sdl);
    expect(schema.getQueryType()?.getFields().states?.description).toBeTruthy();
    // A listed origin may fetch it too (code generators run in browsers).
    const cross = await fetch(new URL('/schema.graphql', open.url), { headers: { origin: LISTED } });
    expect(cross.headers.get('access-control-allow-origin')).toBe(LISTED);
  });
});
