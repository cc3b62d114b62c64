/** The ad hoc `cypher` field: off without an API key, read-only with one, capped, and never writes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphChecksum } from '../support/db.js';
import { TEST_API_KEY, startTestServer, type TestServer } from '../support/server.js';

let withKey: TestServer;
let withoutKey: TestServer;
beforeAll(async () => {
  [withKey, withoutKey] = await Promise.all([startTestServer({ apiKey: TEST_API_KEY }), startTestServer({ apiKey: undefined })]);
});
afterAll(async () => {
  await Promise.all([withKey.close(), withoutKey.close()]);
});

const cypherQuery = 'query($q: String!, $p: JSON) { cypher(query: $q, params: $p) { columns rows truncated } }';

async function ask(server: TestServer, q: string, p: unknown = null, authorization?: string) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query: cypherQuery, variables: { q, p } }),
  });
  return (await response.json()) as { data: { cypher: { columns: string[]; rows: Record<string, unknown>[]; truncated: boolean } } | null; errors?: { message: string; extensions: { code: string } }[] };
}

describe('cypher field', () => {
  it('is disabled when the server has no API key', async () => {
    const body = await ask(withoutKey, 'RETURN 1 AS x', null, `Bearer ${TEST_API_KEY}`);
    expect(body.errors![0]!.extensions.code).toBe('FORBIDDEN');
  });

  it('needs the right bearer token', async () => {
    expect((await ask(withKey, 'RETURN 1 AS x')).errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect((await ask(withKey, 'RETURN 1 AS x', null, 'Bearer wrong')).errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('runs a read with parameters and returns plain rows', async () => {
    const body = await ask(
      withKey,
      'MATCH (s:State)-[m:MEMBER_OF]->(:Bloc {code: $code}) WHERE s.id = $id RETURN s.name AS name, m.since AS since',
      { code: 'NATO', id: 'FIN' },
      `Bearer ${TEST_API_KEY}`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.cypher).toEqual({ columns: ['name', 'since'], rows: [{ name: 'Finland', since: '2023-04-04' }], truncated: false });
  });

  it('caps the rows and says so', async () => {
    const body = await ask(withKey, 'UNWIND range(1, 5000) AS n RETURN n', null, `Bearer ${TEST_API_KEY}`);
    expect(body.data!.cypher.rows).toHaveLength(1000);
    expect(body.data!.cypher.truncated).toBe(true);
  });

  it.each([
    "CREATE (:Probe {id: 'x'})",
    "MATCH (s:State {id: 'USA'}) SET s.name = 'Hacked'",
    "MATCH (s:State {id: 'POL'}) DETACH DELETE s",
    'CREATE CONSTRAINT probe IF NOT EXISTS FOR (p:Probe) REQUIRE p.id IS UNIQUE',
  ])('refuses a write (%s) with a clear error and changes nothing', async (write) => {
    const before = await graphChecksum();
    const body = await ask(withKey, write, null, `Bearer ${TEST_API_KEY}`);
    expect(body.data).toBeNull();
    expect(body.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0]!.message).toMatch(/database rejected the query/);
    expect(await graphChecksum()).toBe(before);
  });

  it('refuses LOAD CSV and malformed params', async () => {
    expect((await ask(withKey, "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", null, `Bearer ${TEST_API_KEY}`)).errors![0]!.message).toMatch(/LOAD CSV/);
    expect((await ask(withKey, 'RETURN $x', [1, 2], `Bearer ${TEST_API_KEY}`)).errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
  });
});
