/**
 * What an operator sees: one structured log line per GraphQL request (its id, operation, duration, Cypher round
 * trips, error code), Prometheus metrics at /metrics, and the API's Cypher labelled with transaction metadata in
 * Neo4j's own SHOW TRANSACTIONS.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/observability/logger.js';
import { MAX_OPERATIONS } from '../../src/observability/metrics.js';
import { cypherRows } from '../support/db.js';
import { startTestServer, TEST_API_KEY, type TestServer } from '../support/server.js';

interface LogLine {
  level: string;
  msg: string;
  reqId?: string;
  operation?: string | null;
  durationMs?: number;
  cypherRoundTrips?: number;
  status?: number;
  errorCode?: string;
}

const lines: LogLine[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as LogLine);
    done();
  },
});

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ apiKey: TEST_API_KEY, logger: createLogger({ logLevel: 'info' }, sink) });
});
afterAll(async () => server.close());

const post = (body: object, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

const requestLines = (reqId: string) => lines.filter((l) => l.msg === 'graphql request' && l.reqId === reqId);

describe('request logs', () => {
  it('one JSON line per request, with the id the client sent, the operation, duration and round trips', async () => {
    const response = await post({ query: 'query PolandName { state(id: "POL") { name } }' }, { 'x-request-id': 'obs-test-1' });
    expect(response.headers.get('x-request-id')).toBe('obs-test-1');
    expect(await response.json()).toMatchObject({ data: { state: { name: 'Poland' } } });
    await expect.poll(() => requestLines('obs-test-1').length).toBe(1);
    const [line] = requestLines('obs-test-1');
    expect(line).toMatchObject({ level: 'info', operation: 'PolandName', cypherRoundTrips: 1, status: 200 });
    expect(line!.durationMs).toBeGreaterThan(0);
    expect(line).not.toHaveProperty('errorCode');
  });

  it('a malformed or oversized request id is replaced by one of the server', async () => {
    for (const given of ['has spaces in it', 'x'.repeat(65), 'new\\nline']) {
      const response = await post({ query: '{ __typename }' }, { 'x-request-id': given });
      const id = response.headers.get('x-request-id')!;
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      await expect.poll(() => requestLines(id).length).toBe(1);
    }
  });

  it('a failed request logs its error code', async () => {
    const response = await post({ query: '{ state(id: "POL") { nope } }' }, { 'x-request-id': 'obs-test-bad' });
    expect(response.status).toBe(400);
    await expect.poll(() => requestLines('obs-test-bad').length).toBe(1);
    expect(requestLines('obs-test-bad')[0]).toMatchObject({ errorCode: 'GRAPHQL_VALIDATION_FAILED', cypherRoundTrips: 0 });
  });
});

describe('/metrics', () => {
  const metrics = async () => {
    const response = await fetch(`${server.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return response.text();
  };

  it('reports latency by operation, Neo4j time by query file, cache lookups, the graph and the process', async () => {
    await post({ query: 'query PolandName { state(id: "POL") { name } }' });
    await post({ query: 'query UsExposure { exposure(withdrawing: "USA") { entries { score } } }' });
    const text = await metrics();
    expect(text).toMatch(/^alliance_graphql_request_duration_seconds_count\{operation="PolandName",outcome="ok"\} [1-9]/m);
    expect(text).toMatch(
      /^alliance_graphql_request_duration_seconds_count\{operation="anonymous",outcome="GRAPHQL_VALIDATION_FAILED"\} [1-9]/m,
    );
    expect(text).toMatch(/^alliance_graphql_cypher_round_trips_bucket\{le="1",operation="PolandName"\} [1-9]/m);
    expect(text).toMatch(/^alliance_neo4j_query_duration_seconds_count\{query="states-by-id",outcome="ok"\} [1-9]/m);
    expect(text).toMatch(/^alliance_neo4j_query_duration_seconds_count\{query="exposure",outcome="ok"\} [1-9]/m);
    expect(text).toMatch(/^alliance_cache_lookups_total\{cache="facts",result="(hit|miss)"\} [1-9]/m);
    const [loaded] = await cypherRows("MATCH (s:LoadState {id: 'cypher'}) RETURN s.hash AS hash");
    expect(text).toContain(`alliance_graph_info{hash="${String(loaded!.hash)}",status="COMPLETE"} 1`);
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
  });

  it(`keeps at most ${MAX_OPERATIONS} operation names as labels: the rest count as "other"`, async () => {
    for (let i = 0; i < MAX_OPERATIONS + 20; i++) await post({ query: `query Flood${i} { __typename }` });
    const text = await metrics();
    const labels = new Set([...text.matchAll(/^alliance_graphql_request_duration_seconds_count\{operation="([^"]+)"/gm)].map((m) => m[1]));
    expect(labels.size).toBeLessThanOrEqual(MAX_OPERATIONS + 2); // the names kept, "other" and "anonymous"
    expect(labels.has('other')).toBe(true);
    expect(labels.has(`Flood${MAX_OPERATIONS + 19}`)).toBe(false);
  });
});

describe('transaction metadata', () => {
  it("labels the API's statements with the app, the query and the request id in SHOW TRANSACTIONS", async () => {
    const slow = post(
      { query: '{ cypher(query: "UNWIND range(1, 3000000) AS x WITH x WHERE x % 11 = 0 RETURN count(x) AS n") { rows } }' },
      { authorization: `Bearer ${TEST_API_KEY}`, 'x-request-id': 'obs-slow-1' },
    );
    const seen = async () =>
      (
        await cypherRows(
          "SHOW TRANSACTIONS YIELD currentQuery, metaData WHERE currentQuery CONTAINS 'range(1, 3000000)' AND NOT currentQuery STARTS WITH 'SHOW' RETURN metaData",
        )
      )[0]?.metaData ?? null;
    await expect
      .poll(seen, { timeout: 20_000, interval: 20 })
      .toEqual({ app: 'alliance-explorer', query: 'adhoc', requestId: 'obs-slow-1' });
    expect((await slow).status).toBe(200);
  });
});
