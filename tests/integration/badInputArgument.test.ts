/** Every BAD_USER_INPUT error names the argument (or variable) that carried the bad value: `extensions.argument`. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, startTestServer, TEST_API_KEY, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ apiKey: TEST_API_KEY });
});
afterAll(async () => server.close());

const CASES: [label: string, query: string, variables: Record<string, unknown>, argument: string][] = [
  ['an unknown withdrawing state', '{ exposure(withdrawing: "XYZ") { asOf } }', {}, 'withdrawing'],
  ['an impossible date', '{ states(asOf: "2020-13-01") { id } }', {}, 'asOf'],
  ['hops out of range', '{ path(from: "POL", to: "USA", maxHops: 9) { hops } }', {}, 'maxHops'],
  ['a page too large', '{ blocsConnection(first: 1000) { totalCount } }', {}, 'first'],
  ['an unknown stored scenario', '{ exposure(withdrawing: "USA", scenario: { name: "nope" }) { asOf } }', {}, 'scenario.name'],
  [
    'a scenario change that cannot apply',
    '{ exposure(withdrawing: "USA", scenario: { changes: [{ type: JOIN, state: "ZZZ", bloc: "NATO" }] }) { asOf } }',
    {},
    'scenario',
  ],
  [
    'a variable of the wrong type',
    'query($hops: Int) { path(from: "POL", to: "USA", maxHops: $hops) { hops } }',
    { hops: 'three' },
    '$hops',
  ],
];

describe('bad input names its argument', () => {
  it.each(CASES)('%s', async (_label, query, variables, argument) => {
    const { body } = await graphql(server.url, query, variables);
    const error = body.errors?.[0];
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('a Cypher statement the database rejects: the query argument', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_API_KEY}` },
      body: JSON.stringify({ query: '{ cypher(query: "RETURN 1 / 0 AS x") { rows } }' }),
    });
    const body = (await response.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'query' });
  });
});
