/**
 * APOC Core through the ad hoc `cypher` field: the procedures and functions that compute or read answer; those that
 * reach files or URLs, write or run Cypher of their own are refused, and never run (a URL they name is not fetched).
 *
 * Runs on the servers this project starts (the local one, or the tests' container), which load APOC with the
 * allowlist of src/db/apocAllowlist.ts. A server named by NEO4J_URI may have no APOC, or all of it: skipped there.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APOC_ALLOWLIST, allowedByApocAllowlist } from '../../src/db/apocAllowlist.js';
import { cypherRows, graphChecksum, testNeo4j } from '../support/db.js';
import { TEST_API_KEY, startTestServer, type TestServer } from '../support/server.js';

const ownServer = testNeo4j().kind !== 'uri';
if (!ownServer) console.log('[apoc] skipped: NEO4J_URI names a server whose plugins this project does not install');

const cypherQuery = 'query($q: String!, $p: JSON) { cypher(query: $q, params: $p) { columns rows truncated } }';

describe.runIf(ownServer)('APOC through the ad hoc cypher field', () => {
  let server: TestServer;
  /** A web server on this machine that counts the requests it gets: APOC must send it none. */
  let bait: http.Server;
  let baitUrl: string;
  const baitRequests: string[] = [];

  beforeAll(async () => {
    server = await startTestServer({ apiKey: TEST_API_KEY });
    bait = http.createServer((request, response) => {
      baitRequests.push(request.url ?? '');
      response.setHeader('content-type', 'application/json');
      response.end('{"fetched": true}');
    });
    await new Promise<void>((resolve) => bait.listen(0, '127.0.0.1', resolve));
    baitUrl = `http://127.0.0.1:${(bait.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await server?.close();
    await new Promise((resolve) => bait?.close(resolve));
  });

  async function ask(q: string, p: unknown = null) {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_API_KEY}` },
      body: JSON.stringify({ query: cypherQuery, variables: { q, p } }),
    });
    return (await response.json()) as {
      data: { cypher: { columns: string[]; rows: Record<string, unknown>[]; truncated: boolean } } | null;
      errors?: { message: string; extensions: { code: string } }[];
    };
  }

  it('answers apoc.version(): APOC 5.26', async () => {
    const body = await ask('RETURN apoc.version() AS v');
    expect(body.errors).toBeUndefined();
    expect(body.data!.cypher.rows[0]!.v).toMatch(/^5\.26\.\d+$/);
  });

  it('computes with apoc.coll and apoc.text', async () => {
    const body = await ask(
      "RETURN apoc.coll.sum([1, 2, 3.5]) AS sum, apoc.text.join(['NATO', 'CSTO'], ' vs ') AS joined, apoc.coll.toSet([1, 1, 2]) AS set",
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.cypher.rows).toEqual([{ sum: 6.5, joined: 'NATO vs CSTO', set: [1, 2] }]);
  });

  it("walks the graph with a path procedure: Poland's blocs, one hop out", async () => {
    const body = await ask(
      "MATCH (a:State {id: 'POL'}) CALL apoc.path.subgraphNodes(a, {relationshipFilter: 'MEMBER_OF', maxLevel: 1}) YIELD node RETURN count(node) AS n",
    );
    expect(body.errors).toBeUndefined();
    // The same count in plain Cypher: Poland itself and every bloc it has a MEMBER_OF edge to.
    const [plain] = await cypherRows("MATCH (a:State {id: 'POL'}) OPTIONAL MATCH (a)-[:MEMBER_OF]-(b) RETURN 1 + count(DISTINCT b) AS n");
    expect(body.data!.cypher.rows[0]!.n).toBe(plain!.n);
    expect(plain!.n).toBeGreaterThan(3);
  });

  it.each(APOC_ALLOWLIST.map((e) => [e.pattern, e.example]))('runs the example of %s', async (_pattern, example) => {
    const body = await ask(example);
    expect(body.errors).toBeUndefined();
    expect(body.data!.cypher.rows.length).toBeGreaterThan(0);
  });

  it('refuses apoc.load.json without fetching anything', async () => {
    const body = await ask(`CALL apoc.load.json('${baitUrl}/alliances.json') YIELD value RETURN value`);
    expect(body.data).toBeNull();
    expect(body.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0]!.message).toMatch(/procedure apoc\.load\.json is not allowed through the API/);
    // Through the URL parameter too (the plan then holds no URL at all).
    const viaParam = await ask('CALL apoc.load.json($url) YIELD value RETURN value', { url: `${baitUrl}/param.json` });
    expect(viaParam.errors![0]!.message).toMatch(/apoc\.load\.json is not allowed/);
    // And the database itself does not have it, for anyone with the password.
    const direct = await cypherRows(`CALL apoc.load.json('${baitUrl}/direct.json') YIELD value RETURN value`).catch(
      (error: { code?: string }) => error,
    );
    expect((direct as { code?: string }).code).toBe('Neo.ClientError.Procedure.ProcedureNotFound');
    expect(baitRequests).toEqual([]);
  });

  it.each([
    ['CALL apoc.export.csv.all(null, {stream: true}) YIELD data RETURN data', /procedure apoc\.export\.csv\.all is not allowed/],
    ["CALL apoc.export.json.all('alliances.json', {}) YIELD file RETURN file", /procedure apoc\.export\.json\.all is not allowed/],
    [
      "CALL apoc.periodic.iterate('MATCH (s:State) RETURN s', 'DETACH DELETE s', {}) YIELD batches RETURN batches",
      /procedure apoc\.periodic\.iterate is not allowed/,
    ],
    [
      "CALL apoc.cypher.run('MATCH (s:State) RETURN count(s) AS n', {}) YIELD value RETURN value",
      /procedure apoc\.cypher\.run is not allowed/,
    ],
    ["RETURN apoc.cypher.runFirstColumnSingle('RETURN 1', {}) AS x", /function apoc\.cypher\.runFirstColumnSingle is not allowed/],
    ["MATCH (s:State {id: 'POL'}) CALL apoc.nodes.delete(s, 1) YIELD value RETURN value", /procedure apoc\.nodes\.delete is not allowed/],
    ["CALL apoc.create.node(['Probe'], {id: 'x'}) YIELD node RETURN node", /procedure apoc\.create\.node is not allowed/],
    ["CALL apoc.trigger.add('t', 'RETURN 1', {}) YIELD name RETURN name", /procedure apoc\.trigger\.add is not allowed/],
    ["CALL apoc.import.json('file:///etc/passwd')", /procedure apoc\.import\.json is not allowed/],
    ['CALL apoc.schema.assert({}, {})', /procedure apoc\.schema\.assert is not allowed/],
    ["MATCH (s:State {id: 'POL'}) CALL apoc.lock.nodes([s]) RETURN s", /procedure apoc\.lock\.nodes is not allowed/],
  ])('refuses and does not run: %s', async (query, reason) => {
    const before = await graphChecksum();
    const body = await ask(query);
    expect(body.data).toBeNull();
    expect(body.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0]!.message).toMatch(reason);
    expect(await graphChecksum()).toBe(before);
  });

  it('loads nothing outside the allowlist, nothing that writes, and nothing the allowlist names in vain', async () => {
    const procedures = await cypherRows("SHOW PROCEDURES YIELD name, mode WHERE name STARTS WITH 'apoc.' RETURN name, mode");
    const functions = await cypherRows("SHOW FUNCTIONS YIELD name WHERE name STARTS WITH 'apoc.' RETURN name");
    const names = [...procedures, ...functions].map((r) => r.name as string);
    expect(names.filter((name) => !allowedByApocAllowlist(name))).toEqual([]);
    expect(procedures.filter((r) => !['READ', 'DEFAULT'].includes(r.mode as string))).toEqual([]);
    for (const entry of APOC_ALLOWLIST) {
      const pattern = new RegExp(`^${entry.pattern.replace(/\./g, '\\.').replace(/\*/g, '.*')}$`);
      expect(
        names.some((name) => pattern.test(name)),
        `${entry.pattern} matches nothing the server loaded`,
      ).toBe(true);
    }
    // The built-in procedures are not filtered by the allowlist: the schema procedures the API allows still answer.
    expect((await cypherRows('CALL db.labels() YIELD label RETURN count(label) AS n'))[0]!.n).toBeGreaterThan(0);
  });
});
