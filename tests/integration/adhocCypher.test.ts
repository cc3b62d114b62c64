/** The ad hoc `cypher` field: off without an API key, read-only with one, capped, and never writes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherRows, graphChecksum, testNeo4j } from '../support/db.js';
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
  return (await response.json()) as {
    data: { cypher: { columns: string[]; rows: Record<string, unknown>[]; truncated: boolean } } | null;
    errors?: { message: string; extensions: { code: string } }[];
  };
}

describe('cypher field', () => {
  it('is disabled when the server has no API key', async () => {
    const body = await ask(withoutKey, 'RETURN 1 AS x', null, `Bearer ${TEST_API_KEY}`);
    expect(body.errors![0]!.extensions.code).toBe('FORBIDDEN');
    // Neutral: nothing about how the server is configured.
    expect(body.errors![0]!.message).not.toMatch(/API_KEY|configured/);
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
    // Refused by its plan (not read-only), or by the database itself when it cannot even plan it in a read session.
    expect(body.errors![0]!.message).toMatch(/only read-only queries are allowed|database rejected the query/);
    expect(await graphChecksum()).toBe(before);
  });

  it.each([
    ['LOAD/**/CSV FROM "http://127.0.0.1:9/x" AS l RETURN l', /LOAD CSV is not allowed/],
    ['load\tcsv from "file:///etc/passwd" as l return l', /LOAD CSV is not allowed/],
    ['SHOW TRANSACTIONS', /not allowed.*ShowTransactions/],
    ['TERMINATE TRANSACTIONS "neo4j-transaction-1"', /not allowed.*TerminateTransactions/],
    ['SHOW PROCEDURES', /not allowed.*ShowProcedures/],
    ['CALL db.clearQueryCaches()', /only read-only|procedure db.clearQueryCaches is not allowed/],
    ['CALL dbms.components()', /only read-only|procedure dbms.components is not allowed/],
  ])('refuses by its plan, not its text: %s', async (query, reason) => {
    const body = await ask(withKey, query, null, `Bearer ${TEST_API_KEY}`);
    expect(body.data).toBeNull();
    expect(body.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0]!.message).toMatch(reason);
  });

  it('allows the schema procedures (db.labels)', async () => {
    const body = await ask(withKey, 'CALL db.labels() YIELD label RETURN label ORDER BY label', null, `Bearer ${TEST_API_KEY}`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.cypher.rows.map((r) => r.label)).toEqual(expect.arrayContaining(['Bloc', 'State']));
  });

  it('caps the bytes of an answer while reading it, not only its rows', async () => {
    // 1,000 rows of 5 KB each would be 5 MB: the answer stops at about 1 MB and says it was cut.
    const body = await ask(
      withKey,
      "UNWIND range(1, 1000) AS n RETURN n, reduce(s = '', i IN range(1, 500) | s + '0123456789') AS pad",
      null,
      `Bearer ${TEST_API_KEY}`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.cypher.truncated).toBe(true);
    expect(body.data!.cypher.rows.length).toBeLessThan(1000);
    expect(body.data!.cypher.rows.length).toBeGreaterThan(100);
    expect(JSON.stringify(body.data!.cypher.rows).length).toBeLessThanOrEqual(1_000_000);
  });

  it('refuses LOAD CSV and malformed params', async () => {
    expect(
      (await ask(withKey, "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", null, `Bearer ${TEST_API_KEY}`)).errors![0]!.message,
    ).toMatch(/LOAD CSV/);
    expect((await ask(withKey, 'RETURN $x', [1, 2], `Bearer ${TEST_API_KEY}`)).errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('bounds the params: nesting and the number of values', async () => {
    let deep: unknown = 1;
    for (let i = 0; i < 20; i++) deep = { a: deep };
    const nested = await ask(withKey, 'RETURN 1 AS x', { deep }, `Bearer ${TEST_API_KEY}`);
    expect(nested.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(nested.errors![0]!.message).toMatch(/nested deeper than/);
    const many = await ask(
      withKey,
      'RETURN 1 AS x',
      { xs: Array.from({ length: 50 }, () => Array.from({ length: 50 }, (_, i) => i)) },
      `Bearer ${TEST_API_KEY}`,
    );
    expect(many.errors![0]!.message).toMatch(/more than \d+ values/);
  });

  it.runIf(testNeo4j().kind === 'local')('the local server itself fetches no URL, whoever asks (its IP block list)', async () => {
    const error = await cypherRows("LOAD CSV FROM 'http://127.0.0.1:9/x' AS l RETURN l").catch(
      (e: { code?: string; message: string }) => e,
    );
    expect((error as { message: string }).message).toMatch(/blocked via the configuration property/);
  });
});
