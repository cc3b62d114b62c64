/**
 * The cost of one request, as a count: every workload of the benchmark (bench/workloads.ts) takes at most its
 * budget of Cypher round trips (`extensions.cypherRoundTrips`), cold and again. Timings belong to `npm run bench`;
 * counts belong here, where a regression (an N+1, a lookup that could ride along) fails the build.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKLOADS, type GraphQLOperation } from '../../bench/workloads.js';
import { graphql, startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.close();
});

async function roundTrips(operation: GraphQLOperation): Promise<number> {
  const { status, body } = await graphql(server.url, operation.query, operation.variables);
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  expect(body.data).toBeTruthy();
  return (body as { extensions?: { cypherRoundTrips?: number } }).extensions?.cypherRoundTrips ?? Number.NaN;
}

describe('Cypher round trips of each bench workload', () => {
  for (const workload of WORKLOADS) {
    it(`${workload.id}: at most ${workload.budget} (${workload.title})`, async () => {
      // The first request may fill a cache shared across requests (the exposure facts of a date); the second
      // shows the steady state. Neither may exceed the budget.
      const first = await roundTrips(workload.ours);
      const again = await roundTrips(workload.ours);
      expect(first, `${workload.id}, first request`).toBeLessThanOrEqual(workload.budget);
      expect(again, `${workload.id}, same request again`).toBeLessThanOrEqual(workload.budget);
    });
  }

  it('the bloc budget is one round trip: the bloc lookup rides with its members', () => {
    expect(WORKLOADS.find((w) => w.id === 'bloc')!.budget).toBe(1);
  });

  it('exposure costs at most two round trips, with or without a scenario', () => {
    expect(WORKLOADS.find((w) => w.id === 'exposure')!.budget).toBeLessThanOrEqual(2);
    expect(WORKLOADS.find((w) => w.id === 'scenario')!.budget).toBeLessThanOrEqual(2);
  });
});

describe('round trips do not grow with the number of rows (no N+1)', () => {
  const bloc = WORKLOADS.find((w) => w.id === 'bloc')!.ours;
  const state = WORKLOADS.find((w) => w.id === 'state')!.ours;

  it('a bloc of 3 members costs what NATO costs', async () => {
    const small = await roundTrips({ query: bloc.query, variables: { ...bloc.variables, code: 'AUKUS', asOf: '2025-06-01' } });
    const large = await roundTrips({ query: bloc.query, variables: { ...bloc.variables, asOf: '2025-06-01' } });
    expect(large).toBe(small);
  });

  it("a state in one bloc costs what a state in many costs, however many members those blocs have", async () => {
    const few = await roundTrips({ query: state.query, variables: { ...state.variables, id: 'AUS' } });
    const many = await roundTrips({ query: state.query, variables: { ...state.variables, id: 'FRA' } });
    expect(many).toBe(few);
  });
});
