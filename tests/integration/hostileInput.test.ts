/**
 * Hostile input over HTTP: each gets the right error code, the server stays up, nothing is written, memory stays
 * bounded; and every legitimate query of the README and the playground passes the query limits.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.js';
import { buildSchema, parse } from 'graphql';
import { MAX_COST, operationCost } from '../../src/graphql/cost.js';
import { QUERY_LIMITS } from '../../src/graphql/limits.js';
import { graphChecksum } from '../support/db.js';
import { graphql, startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let checksumBefore: string;
beforeAll(async () => {
  server = await startTestServer();
  checksumBefore = await graphChecksum();
});
afterAll(async () => {
  await server.close();
});

async function post(body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers, body });
  const text = await response.text();
  let json: { errors?: { message: string; extensions?: { code?: string } }[]; data?: unknown } | undefined;
  try {
    json = JSON.parse(text) as typeof json;
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text };
}

const codeOf = (r: Awaited<ReturnType<typeof post>>) => r.json?.errors?.[0]?.extensions?.code;

describe('query limits', () => {
  it('rejects deep nesting before running any Cypher', async () => {
    let q = 'id';
    for (let i = 0; i < 12; i++) q = `memberships { bloc { members { state { ${q} } } } }`;
    const r = await post(JSON.stringify({ query: `{ state(id: "USA") { ${q} } }` }));
    expect(r.status).toBe(400);
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.json!.errors!.some((e) => /depth limit/i.test(e.message))).toBe(true);
  });

  it('rejects an alias bomb', async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: exposure(withdrawing: "USA") { asOf }`).join(' ');
    const r = await post(JSON.stringify({ query: `{ ${aliases} }` }));
    expect(r.status).toBe(400);
    expect(r.json!.errors![0]!.message).toMatch(/alias/i);
  });

  it('rejects a token flood and a directive flood', async () => {
    const fields = Array.from({ length: QUERY_LIMITS.maxTokens + 100 }, () => 'id').join(' ');
    const tokens = await post(JSON.stringify({ query: `{ state(id: "USA") { ${fields} } }` }));
    expect(tokens.status).toBe(400);
    expect(tokens.json!.errors!.some((e) => /more tha[nt] \d+ tokens/i.test(e.message))).toBe(true);
    const directives = Array.from({ length: 50 }, () => '@include(if: true)').join(' ');
    expect((await post(JSON.stringify({ query: `{ state(id: "USA") { id ${directives} } }` }))).json!.errors![0]!.message).toMatch(
      /directive/i,
    );
  });

  it('lets every query of the README and the playground through', async () => {
    const readme = fs.readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const playground = fs.readFileSync(path.join(projectRoot, 'web', 'playground', 'default-query.ts'), 'utf8');
    const defaultQuery = /`([\s\S]*?)`/.exec(playground)?.[1];
    expect(blocks.length).toBeGreaterThan(0);
    expect(defaultQuery).toBeDefined();
    for (const query of [...blocks, defaultQuery!]) {
      const r = await post(JSON.stringify({ query }));
      expect(r.json?.errors, query).toBeUndefined();
    }
  });

  it('prices every operation of the dashboard within the budget, with room to spare', () => {
    const schema = buildSchema(fs.readFileSync(path.join(projectRoot, 'schema.graphql'), 'utf8'));
    const source = fs.readFileSync(path.join(projectRoot, 'web', 'dashboard', 'src', 'api', 'queries.ts'), 'utf8');
    const operations = [...source.matchAll(/\/\* GraphQL \*\/ `([\s\S]*?)`/g)].map((m) => m[1]!);
    expect(operations.length).toBeGreaterThanOrEqual(5);
    for (const operation of operations) {
      // Required variables get a value; optional lists are priced at their assumed sizes.
      const cost = operationCost(schema, parse(operation), { id: 'POL', withdrawing: 'USA', asOf: '1980-01-01', code: 'NATO' });
      expect(cost, operation.slice(0, 60)).toBeLessThan(MAX_COST / 2);
    }
  });

  it('keeps introspection (the playground needs it) within the limits', async () => {
    const r = await post(
      JSON.stringify({
        query: '{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }',
      }),
    );
    expect(r.json?.errors).toBeUndefined();
    expect(QUERY_LIMITS.maxDepth).toBeGreaterThanOrEqual(7);
  });
});

describe('malformed requests', () => {
  it('refuses an oversized body with 413', async () => {
    const r = await post(JSON.stringify({ query: `{ state(id: "${'A'.repeat(200_000)}") { id } }` }));
    expect(r.status).toBe(413);
  });

  it('refuses batched requests', async () => {
    const r = await post(JSON.stringify([{ query: '{ state(id: "USA") { id } }' }, { query: '{ state(id: "POL") { id } }' }]));
    expect(r.status).toBe(400);
  });

  it.each([
    ['text/plain', '{ state(id: "USA") { id } }'],
    ['application/x-www-form-urlencoded', 'query={state(id:"USA"){id}}'],
    ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ state(id: "USA") { id } }\r\n--x--'],
  ])('refuses a CSRF-style simple request (%s)', async (contentType, body) => {
    const r = await post(body, { 'content-type': contentType });
    expect(r.status).toBe(400);
    expect(r.text).not.toMatch(/"state":\{"id":"USA"\}/);
  });

  it.each([
    ['broken JSON', '{"query": '],
    ['no query', '{}'],
    ['a syntax error', JSON.stringify({ query: '{ state(id: "USA") { id ' })],
    [
      'a wrong variable type',
      JSON.stringify({ query: 'query($d: Date) { state(id: "USA") { memberships(asOf: $d) { status } } }', variables: { d: 12 } }),
    ],
    ['an unknown field', JSON.stringify({ query: '{ stat(id: "USA") { id } }' })],
  ])('answers %s with a 400 and an error, never a stack trace', async (_name, body) => {
    const r = await post(body);
    expect(r.status).toBe(400);
    expect(r.text).not.toMatch(/\bat \S+ \(|node_modules|stacktrace/);
  });
});

describe('injection strings reach Cypher as parameters only', () => {
  const injections = [
    "USA' }) DETACH DELETE n //",
    'USA"}) MATCH (n) DETACH DELETE n RETURN 1 //',
    'x`) DETACH DELETE n //',
    '$ids',
    '\u0000\u202e',
    '{{7*7}}',
    "' OR 1=1 --",
  ];

  it.each(injections)('%j is just an unknown value everywhere', async (value) => {
    const checks: [string, Record<string, unknown>, (d: Record<string, unknown> | undefined, codes: (string | undefined)[]) => void][] = [
      ['query($v: ID!) { state(id: $v) { id } }', { v: value }, (d) => expect(d!.state).toBeNull()],
      ['query($v: ID!) { bloc(code: $v) { code } }', { v: value }, (d) => expect(d!.bloc).toBeNull()],
      ['query($v: String) { states(region: $v) { id } }', { v: value }, (d) => expect(d!.states).toEqual([])],
      ['query($v: ID!) { exposure(withdrawing: $v) { asOf } }', { v: value }, (_d, c) => expect(c).toEqual(['BAD_USER_INPUT'])],
      [
        'query($v: ID!) { exposure(withdrawing: "USA", from: [$v]) { asOf } }',
        { v: value },
        (_d, c) => expect(c).toEqual(['BAD_USER_INPUT']),
      ],
      [
        'query($v: Date) { exposure(withdrawing: "USA", asOf: $v) { asOf } }',
        { v: value },
        (_d, c) => expect(c).toEqual(['BAD_USER_INPUT']),
      ],
      ['query($v: ID!) { path(from: "USA", to: $v) { hops } }', { v: value }, (_d, c) => expect(c).toEqual(['BAD_USER_INPUT'])],
      ['query($v: ID!) { blocOverlap(a: "NATO", b: $v) { asOf } }', { v: value }, (_d, c) => expect(c).toEqual(['BAD_USER_INPUT'])],
      ['query($v: ID!) { hedgers(campA: [$v], campB: ["SCO"]) { state { id } } }', { v: value }, (d) => expect(d!.hedgers).toEqual([])],
      ['query($v: ID!) { scenario(id: $v) { id } }', { v: value }, (d) => expect(d!.scenario).toBeNull()],
      [
        'query($v: ID!) { exposure(withdrawing: "USA", scenario: { name: $v }) { asOf } }',
        { v: value },
        (_d, c) => expect(c).toEqual(['BAD_USER_INPUT']),
      ],
      [
        'query($v: ID!) { exposure(withdrawing: "USA", scenario: { changes: [{ type: WITHDRAW, state: $v }] }) { asOf } }',
        { v: value },
        (_d, c) => expect(c).toEqual(['BAD_USER_INPUT']),
      ],
    ];
    for (const [query, variables, check] of checks) {
      const { status, body } = await graphql(server.url, query, variables);
      expect(status, query).toBeLessThan(500);
      check(
        body.data,
        (body.errors ?? []).map((e) => e.extensions?.code as string | undefined),
      );
    }
  });

  it('wrote nothing, and the server is still up', async () => {
    expect(await graphChecksum()).toBe(checksumBefore);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});

describe('bounded resources', () => {
  it('huge lists in arguments are rejected before any Cypher runs, and the server keeps answering', async () => {
    const from = Array.from({ length: 5000 }, (_, i) => `B${i}`);
    for (let i = 0; i < 20; i++) {
      const { status, body } = await graphql(server.url, 'query($f: [ID!]) { exposure(withdrawing: "USA", from: $f) { asOf } }', {
        f: from,
      });
      expect(status).toBeLessThan(500);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toMatch(/exposure\(from\): 5000 items, more than the 100 allowed/);
      expect((body as { extensions?: { cypherRoundTrips?: number } }).extensions?.cypherRoundTrips ?? 0).toBe(0);
    }
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
