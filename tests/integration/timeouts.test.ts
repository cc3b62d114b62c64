/** Settings that protect the server: query timeouts that release their session, the request deadline, introspection off. */
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_API_KEY, startTestServer, type TestServer } from '../support/server.js';

const servers: TestServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

const slowCypher = 'UNWIND range(1, 50000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n';

async function ask(server: TestServer, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_API_KEY}` },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] },
  };
}

describe('protective settings', () => {
  it('a query past its transaction timeout gets QUERY_TIMEOUT, and the next query runs (the session was released)', async () => {
    const server = await startTestServer({ apiKey: TEST_API_KEY, adHocTimeoutMs: 500 });
    servers.push(server);
    for (let i = 0; i < 3; i++) {
      const slow = await ask(server, 'query($q: String!) { cypher(query: $q) { rows } }', { q: slowCypher });
      expect(slow.body.errors?.[0]?.extensions?.code).toBe('QUERY_TIMEOUT');
    }
    const next = await ask(server, '{ state(id: "USA") { id } }');
    expect(next.body).toMatchObject({ data: { state: { id: 'USA' } } });
  }, 60_000);

  it('a request past the HTTP deadline gets a 504 with a TIMEOUT code', async () => {
    const server = await startTestServer({ apiKey: TEST_API_KEY, adHocTimeoutMs: 20_000, requestTimeoutMs: 1000 });
    servers.push(server);
    const started = Date.now();
    const slow = await ask(server, 'query($q: String!) { cypher(query: $q) { rows } }', { q: slowCypher });
    expect(slow.status).toBe(504);
    expect(slow.body.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  }, 60_000);

  it('introspection can be turned off (and is on by default)', async () => {
    const off = await startTestServer({ introspection: false });
    const on = await startTestServer({});
    servers.push(off, on);
    const query = '{ __schema { queryType { name } } }';
    expect((await ask(off, query)).body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await ask(on, query)).body).toMatchObject({ data: { __schema: { queryType: { name: 'Query' } } } });
  });
});
