/**
 * Relay-style connections beside the big lists (blocs, states, a bloc's members, an exposure report's entries):
 * paging through one gives exactly the plain list, a page costs one Cypher round trip, `first` is bounded and priced
 * by the cost analysis, and a cursor that names nothing is bad input.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.js';
import { operationCost } from '../../src/graphql/cost.js';
import { MAX_PAGE } from '../../src/graphql/pagination.js';
import { graphql, startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({});
});
afterAll(async () => {
  await server.close();
});

interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  totalCount: number;
}

async function ask<T>(query: string, variables: Record<string, unknown> = {}) {
  const { body } = await graphql<T>(server.url, query, variables);
  return {
    data: body.data,
    errors: body.errors,
    roundTrips: (body as { extensions?: { cypherRoundTrips?: number } }).extensions?.cypherRoundTrips,
  };
}

/** Every page of a connection, following endCursor, and the round trips each page cost. */
async function everyPage<T>(query: string, pick: (data: never) => Page<T>, variables: Record<string, unknown>, first: number) {
  const nodes: T[] = [];
  const trips: number[] = [];
  let after: string | null = null;
  let total = -1;
  for (let i = 0; i < 100; i++) {
    const { data, errors, roundTrips } = await ask(query, { ...variables, first, after });
    expect(errors).toBeUndefined();
    const page = pick(data as never);
    nodes.push(...page.edges.map((e) => e.node));
    trips.push(roundTrips ?? Number.NaN);
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    total = page.totalCount;
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { nodes, trips, total };
}

describe('connections', () => {
  it('blocsConnection pages through every bloc of the whole-world graph, one Cypher round trip a page', async () => {
    const all = (await ask<{ blocs: { code: string }[] }>('{ blocs { code } }')).data!.blocs.map((b) => b.code);
    expect(all.length).toBeGreaterThan(500);
    const { nodes, trips, total } = await everyPage<{ code: string }>(
      'query ($first: Int, $after: String) { blocsConnection(first: $first, after: $after) { edges { cursor node { code } } pageInfo { hasNextPage hasPreviousPage endCursor } totalCount } }',
      (d: { blocsConnection: Page<{ code: string }> }) => d.blocsConnection,
      {},
      20,
    );
    expect(nodes.map((n) => n.code)).toEqual(all);
    expect(total).toBe(all.length);
    expect(new Set(trips)).toEqual(new Set([1]));
  });

  it("a bloc's membersConnection pages through NATO's members, ten at a time, as members lists them", async () => {
    const members = (
      await ask<{ bloc: { members: { state: { id: string } }[] } }>('{ bloc(code: "NATO") { members(status: [MEMBER]) { state { id } } } }')
    ).data!.bloc.members.map((m) => m.state.id);
    const { nodes, total } = await everyPage<{ state: { id: string } }>(
      'query ($first: Int, $after: String) { bloc(code: "NATO") { membersConnection(first: $first, after: $after, status: [MEMBER]) { edges { cursor node { state { id } } } pageInfo { hasNextPage hasPreviousPage endCursor } totalCount } } }',
      (d: { bloc: { membersConnection: Page<{ state: { id: string } }> } }) => d.bloc.membersConnection,
      {},
      10,
    );
    expect(nodes.map((n) => n.state.id)).toEqual(members);
    expect(total).toBe(32);
  });

  it("statesConnection as of 1980 and an exposure report's entriesConnection page what the plain lists hold", async () => {
    const plain = await ask<{ states: { id: string }[]; exposure: { entries: { state: { id: string } }[] } }>(
      '{ states(asOf: "1980-01-01") { id } exposure(withdrawing: "USA") { entries { state { id } } } }',
    );
    const states = await everyPage<{ id: string }>(
      'query ($first: Int, $after: String) { statesConnection(first: $first, after: $after, asOf: "1980-01-01") { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } totalCount } }',
      (d: { statesConnection: Page<{ id: string }> }) => d.statesConnection,
      {},
      50,
    );
    expect(states.nodes.map((s) => s.id)).toEqual(plain.data!.states.map((s) => s.id));
    const first5 = await ask<{ exposure: { entriesConnection: Page<{ state: { id: string } }> } }>(
      '{ exposure(withdrawing: "USA") { entriesConnection(first: 5) { edges { node { state { id } } } totalCount pageInfo { hasNextPage } } } }',
    );
    expect(first5.data!.exposure.entriesConnection.edges.map((e) => e.node.state.id)).toEqual(
      plain.data!.exposure.entries.slice(0, 5).map((e) => e.state.id),
    );
    expect(first5.data!.exposure.entriesConnection.totalCount).toBe(plain.data!.exposure.entries.length);
  });

  it.each([
    ['first above the maximum', `{ blocsConnection(first: ${MAX_PAGE + 1}) { totalCount } }`, 'first'],
    ['a negative first', '{ blocsConnection(first: -1) { totalCount } }', 'first'],
    ['a cursor that names nothing', '{ blocsConnection(after: "bm90LWEtYmxvYw") { totalCount } }', 'after'],
    ['a page size too large deep inside', `{ bloc(code: "NATO") { membersConnection(first: ${MAX_PAGE + 1}) { totalCount } } }`, 'first'],
  ])('refuses %s as BAD_USER_INPUT naming the argument', async (_what, query, argument) => {
    const { errors, roundTrips } = await ask(query);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.extensions?.argument).toBe(argument);
    if (argument === 'first') expect(roundTrips ?? 0).toBe(0); // refused by the cost analysis, before any Cypher
  });

  it('prices a connection by its first: a page of 20 costs a fifth of a page of 100, and far less than the plain list', () => {
    const schema = buildSchema(fs.readFileSync(path.join(projectRoot, 'schema.graphql'), 'utf8'));
    const cost = (q: string) => operationCost(schema, parse(q));
    const page = (first: number) => cost(`{ blocsConnection(first: ${first}) { edges { node { code members { state { id } } } } } }`);
    expect(page(100)).toBeGreaterThan(4 * page(20));
    expect(page(20)).toBeLessThan(cost('{ blocs { code members { state { id } } } }') / 10);
  });
});
