/**
 * Whole answers from memory (src/server/responseCache.ts): a repeated request runs no Cypher and gets the same
 * answer; its ETag lets a GET be revalidated with 304; automatic persisted queries make a short, cacheable GET;
 * nothing that depends on the caller or that failed is kept; the bounds hold. The reload of the graph across
 * processes is tested in graphReload.test.ts.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_API_KEY, type TestServer } from '../support/server.js';

interface Answer {
  status: number;
  cache: string | null;
  etag: string | null;
  cacheControl: string | null;
  text: string;
  body: {
    data?: Record<string, unknown>;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
    extensions?: { cypherRoundTrips?: number; cypherQueries?: { file: string; cached?: boolean }[] };
  };
}

async function answerOf(response: Response): Promise<Answer> {
  const text = await response.text();
  return {
    status: response.status,
    cache: response.headers.get('x-response-cache'),
    etag: response.headers.get('etag'),
    cacheControl: response.headers.get('cache-control'),
    text,
    body: text ? (JSON.parse(text) as Answer['body']) : {},
  };
}

let server: TestServer;
let tiny: TestServer;
const TINY = 256 * 1024;
beforeAll(async () => {
  server = await startTestServer({ apiKey: TEST_API_KEY, responseCacheBytes: 8 * 2 ** 20 });
  // 256 KB: an answer over 32 KB (an eighth) is never kept, and a few dozen exposure answers fill it.
  tiny = await startTestServer({ responseCacheBytes: TINY });
});
afterAll(async () => {
  await server.close();
  await tiny.close();
});

const post = async (url: string, body: object, headers: Record<string, string> = {}) =>
  answerOf(
    await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    }),
  );

const get = async (
  url: string,
  params: Record<string, unknown>,
  headers: Record<string, string> = { 'apollo-require-preflight': 'true' },
) => {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) search.set(name, typeof value === 'string' ? value : JSON.stringify(value));
  return answerOf(await fetch(`${server.url}/graphql?${search}`, { headers }));
};

const metric = async (url: string, line: RegExp) => {
  const text = await (await fetch(`${url}/metrics`)).text();
  const found = text.split('\n').find((l) => line.test(l));
  return found === undefined ? 0 : Number(found.split(' ').pop());
};

describe('the response cache', () => {
  it('answers a repeated request from memory: the same data, no Cypher, its queries listed as cached', async () => {
    const query = 'query Members($code: ID!) { bloc(code: $code) { name members { state { id } } } }';
    const first = await post(server.url, { query, variables: { code: 'NATO' } });
    expect(first).toMatchObject({ status: 200, cache: 'miss', cacheControl: 'no-cache' });
    expect(first.body.extensions?.cypherRoundTrips).toBeGreaterThan(0);
    expect(first.etag).toMatch(/^"[0-9a-f]{32}"$/);
    const hitsBefore = await metric(server.url, /^alliance_cache_lookups_total\{cache="response",result="hit"\}/);

    const second = await post(server.url, { query, variables: { code: 'NATO' } });
    expect(second).toMatchObject({ status: 200, cache: 'hit', etag: first.etag });
    expect(second.body.data).toEqual(first.body.data);
    expect(second.body.extensions?.cypherRoundTrips).toBe(0);
    expect(second.body.extensions?.cypherQueries?.length).toBe(first.body.extensions?.cypherQueries?.length);
    expect(second.body.extensions?.cypherQueries?.every((q) => q.cached === true)).toBe(true);
    expect(await metric(server.url, /^alliance_cache_lookups_total\{cache="response",result="hit"\}/)).toBe(hitsBefore + 1);
    expect(await metric(server.url, /^alliance_response_cache_size\{unit="entries"\}/)).toBeGreaterThan(0);
  });

  it('knows the same variables in another order, and tells other variables, names and texts apart', async () => {
    const query = 'query Exposed($w: ID!, $asOf: Date) { exposure(withdrawing: $w, asOf: $asOf) { entries { state { id } score } } }';
    const a = await post(server.url, { query, variables: { w: 'USA', asOf: '1990-06-01' } });
    expect(a.cache).toBe('miss');
    const reordered = await post(server.url, { query, variables: { asOf: '1990-06-01', w: 'USA' } });
    expect(reordered).toMatchObject({ cache: 'hit', etag: a.etag });
    const otherDate = await post(server.url, { query, variables: { w: 'USA', asOf: '1990-06-02' } });
    expect(otherDate.cache).toBe('miss');
    expect(otherDate.etag).not.toBe(a.etag);
    const otherText = await post(server.url, { query: `${query} `, variables: { w: 'USA', asOf: '1990-06-01' } });
    expect(otherText.cache).toBe('miss');
  });

  it('a GET carries Cache-Control for HTTP caches, and If-None-Match with its ETag gets 304 with no body', async () => {
    const params = { query: '{ state(id: "FIN") { name } }' };
    const first = await get(server.url, params);
    expect(first).toMatchObject({ status: 200, cacheControl: 'public, max-age=30, stale-while-revalidate=300' });
    expect(first.body.data).toEqual({ state: { name: 'Finland' } });
    const revalidated = await get(server.url, params, { 'apollo-require-preflight': 'true', 'if-none-match': first.etag! });
    expect(revalidated).toMatchObject({ status: 304, text: '', etag: first.etag });
    const otherTag = await get(server.url, params, { 'apollo-require-preflight': 'true', 'if-none-match': '"0123"' });
    expect(otherTag).toMatchObject({ status: 200, cache: 'hit' });
  });

  it('a GET without the CSRF header is refused by Apollo even when its answer is in memory', async () => {
    const params = { query: '{ state(id: "SWE") { name } }' };
    expect((await get(server.url, params)).status).toBe(200);
    const refused = await get(server.url, params, {});
    expect(refused.status).toBe(400);
    expect(refused.text).toMatch(/Cross-Site Request Forgery/);
  });

  it('automatic persisted queries: the hash alone is unknown, then registered, then answers (also from memory)', async () => {
    const query = '{ state(id: "NOR") { name } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const unknown = await get(server.url, { extensions });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.cacheControl).toMatch(/no-(store|cache)/); // Apollo's own: private, no-cache, must-revalidate
    const registered = await get(server.url, { query, extensions });
    expect(registered.body.data).toEqual({ state: { name: 'Norway' } });
    const byHash = await get(server.url, { extensions });
    expect(byHash).toMatchObject({ status: 200, cache: 'hit', etag: registered.etag });
    expect(byHash.body.data).toEqual({ state: { name: 'Norway' } });
    expect(byHash.cacheControl).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/);
  });

  it('never keeps or shares an answer to a request carrying Authorization (the ad hoc cypher field)', async () => {
    const body = { query: '{ cypher(query: "RETURN 1 AS one") { rows } }' };
    const auth = { authorization: `Bearer ${TEST_API_KEY}` };
    for (let i = 0; i < 2; i++) {
      const answer = await post(server.url, body, auth);
      expect(answer).toMatchObject({ status: 200, cache: 'bypass', cacheControl: 'private, no-store', etag: null });
      expect(answer.body.errors).toBeUndefined();
    }
    // The same text without the key: refused, and that refusal is not kept either.
    for (let i = 0; i < 2; i++) {
      const refused = await post(server.url, body);
      expect(refused.body.errors?.length).toBeGreaterThan(0);
      expect(refused).toMatchObject({ cache: 'miss', cacheControl: 'no-store', etag: null });
    }
  });

  it('does not keep an answer with errors (bad input)', async () => {
    const body = { query: '{ state(id: "NOWHERE") { name } exposure(withdrawing: "XXX") { score } }' };
    for (let i = 0; i < 2; i++) {
      const answer = await post(server.url, body);
      expect(answer.body.errors?.length).toBeGreaterThan(0);
      expect(answer.cache).toBe('miss');
    }
  });

  it('variables nested past any sane depth get Apollo’s clear refusal, and the server answers the next request', async () => {
    // 60 KB of brackets, under the 64 KB body limit (written out: JSON.stringify itself would overflow the stack).
    const deep = `${'['.repeat(30_000)}1${']'.repeat(30_000)}`;
    const body = `{"query":"query Q($code: ID!) { bloc(code: $code) { name } }","variables":{"code":${deep}}}`;
    const answer = await answerOf(
      await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }),
    );
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.cache).toBe('bypass');
    expect((await post(server.url, { query: '{ __typename }' })).status).toBe(200);
  });
});

describe('the response cache’s bound', () => {
  it('an answer larger than an eighth of the cache is never kept; small ones are, and the bytes stay under the bound', async () => {
    const big = { query: '{ blocs { code name members { state { id name } } } }' };
    const first = await post(tiny.url, big);
    expect(first.text.length).toBeGreaterThan(TINY / 8);
    expect((await post(tiny.url, big)).cache).toBe('miss');

    // Small answers are kept.
    for (const code of ['NATO', 'CSTO', 'SCO', 'BRICS', 'AUKUS']) {
      const query = `{ bloc(code: "${code}") { code name } }`;
      await post(tiny.url, { query });
      expect((await post(tiny.url, { query })).cache).toBe('hit');
    }
    // Distinct answers of a few KB each, twice the bound in all: the least recently used go, the bytes stay under it.
    let sent = 0;
    for (let year = 1950; year <= 2025 && sent < 2 * TINY; year++) {
      const answer = await post(tiny.url, {
        query: `{ exposure(withdrawing: "USA", asOf: "${year}-01-01") { entries { state { id } score } } }`,
      });
      expect(answer.body.errors).toBeUndefined();
      expect(answer.text.length).toBeLessThan(TINY / 8); // small enough to be kept
      sent += answer.text.length;
      expect(await metric(tiny.url, /^alliance_response_cache_size\{unit="bytes"\}/)).toBeLessThanOrEqual(TINY);
    }
    expect(sent).toBeGreaterThanOrEqual(2 * TINY);
    expect(await metric(tiny.url, /^alliance_response_cache_size\{unit="bytes"\}/)).toBeGreaterThan(TINY / 2);
  });
});
