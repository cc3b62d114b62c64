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
});

describe('round trips do not grow with the number of rows (no N+1)', () => {
  const bloc = WORKLOADS.find((w) => w.id === 'bloc')!.ours;
  const state = WORKLOADS.find((w) => w.id === 'state')!.ours;

  it('a bloc of 3 members costs what NATO costs', async () => {
    const small = await roundTrips({ query: bloc.query, variables: { ...bloc.variables, code: 'AUKUS', asOf: '2025-06-01' } });
    const large = await roundTrips({ query: bloc.query, variables: { ...bloc.variables, asOf: '2025-06-01' } });
    expect(large).toBe(small);
  });

  it('a state in one bloc costs what a state in many costs, however many members those blocs have', async () => {
    const few = await roundTrips({ query: state.query, variables: { ...state.variables, id: 'AUS' } });
    const many = await roundTrips({ query: state.query, variables: { ...state.variables, id: 'FRA' } });
    expect(many).toBe(few);
  });
});

/**
 * The look-ahead (one statement for a parent and its children) must answer exactly what the field resolvers answer
 * through the batch loaders. A fragment makes the selection opaque to the look-ahead, so the same question asked
 * through a fragment takes the loader path: both answers must be equal, and the costs differ as expected.
 */
describe('look-ahead answers what the loaders answer', () => {
  const answer = async (query: string, variables: Record<string, unknown>) => {
    const { body } = await graphql(server.url, query, variables);
    expect(body.errors).toBeUndefined();
    return { data: body.data, roundTrips: (body as { extensions?: { cypherRoundTrips?: number } }).extensions?.cypherRoundTrips };
  };

  const members =
    'bloc { code name kind members(asOf: $membersAsOf, status: $status) { status since until source state { id name region } } }';
  const stateQuery = (viaFragment: boolean) => `query ($id: ID!, $asOf: Date, $membersAsOf: Date, $status: [MembershipStatus!]) {
    state(id: $id) { id name ${viaFragment ? '...F' : `memberships(asOf: $asOf) { status since note ${members} }`} }
  }${viaFragment ? ` fragment F on State { memberships(asOf: $asOf) { status since note ${members} } }` : ''}`;

  const cases: Record<string, unknown>[] = [
    { id: 'POL', asOf: '2025-06-01', membersAsOf: '2025-06-01', status: null },
    { id: 'fin', asOf: '2022-01-01', membersAsOf: '2024-06-01', status: ['MEMBER', 'FROZEN'] },
    { id: 'ARM', asOf: '2025-06-01', membersAsOf: null, status: null },
    { id: 'IND', asOf: '1995-01-01', membersAsOf: '2025-06-01', status: ['OBSERVER'] },
    { id: 'NOPE', asOf: null, membersAsOf: null, status: null },
  ];
  for (const variables of cases) {
    it(`state ${JSON.stringify(variables)}: same answer in one round trip`, async () => {
      const ahead = await answer(stateQuery(false), variables);
      const loaders = await answer(stateQuery(true), variables);
      expect(ahead.data).toEqual(loaders.data);
      expect(ahead.roundTrips).toBe(1);
      if (variables.id !== 'NOPE') expect(loaders.roundTrips).toBeGreaterThan(1);
    });
  }

  const blocQuery = (viaFragment: boolean) => `query ($code: ID!, $asOf: Date, $status: [MembershipStatus!]) {
    bloc(code: $code) { code name ${viaFragment ? '...F' : 'members(asOf: $asOf, status: $status) { status since source state { id name } }'} }
  }${viaFragment ? ' fragment F on Bloc { members(asOf: $asOf, status: $status) { status since source state { id name } } }' : ''}`;
  for (const variables of [
    { code: 'nato', asOf: '2022-01-01', status: null },
    { code: 'CSTO', asOf: '2025-06-01', status: ['FROZEN'] },
    { code: 'NOPE', asOf: null, status: null },
  ]) {
    it(`bloc ${JSON.stringify(variables)}: same answer in one round trip`, async () => {
      const ahead = await answer(blocQuery(false), variables);
      const loaders = await answer(blocQuery(true), variables);
      expect(ahead.data).toEqual(loaders.data);
      expect(ahead.roundTrips).toBe(1);
    });
  }

  it('a selection without the long texts gets lean rows, and one with them in the same request still gets them', async () => {
    const query = `query ($asOf: Date) {
      lean: bloc(code: "NATO") { members(asOf: $asOf) { status since state { id name } } }
      full: bloc(code: "NATO") { members(asOf: $asOf) { status since source note state { id name milexSource } } }
      viaState: state(id: "POL") { memberships(asOf: $asOf) { bloc { code members(asOf: $asOf) { status source state { id milexSource } } } } }
    }`;
    const { data, roundTrips: trips } = await answer(query, { asOf: '2025-06-01' });
    type Member = {
      status: string;
      since: string;
      source?: string;
      note?: string | null;
      state: { id: string; milexSource?: string | null };
    };
    const d = data as {
      lean: { members: Member[] };
      full: { members: Member[] };
      viaState: { memberships: { bloc: { code: string; members: Member[] } }[] };
    };
    expect(trips).toBe(3);
    expect(d.full.members.map((m) => m.state.id)).toEqual(d.lean.members.map((m) => m.state.id));
    expect(d.full.members.every((m) => typeof m.source === 'string' && m.source.length > 0)).toBe(true);
    expect(d.full.members.find((m) => m.state.id === 'USA')!.state.milexSource).toBeTruthy();
    const nato = d.viaState.memberships.find((m) => m.bloc.code === 'NATO')!.bloc.members;
    expect(nato.every((m) => typeof m.source === 'string' && m.source.length > 0)).toBe(true);
    expect(nato.find((m) => m.state.id === 'USA')!.state.milexSource).toBeTruthy();
  });

  it('a lean selection answers what the loaders answer', async () => {
    const lean = (viaFragment: boolean) => `query {
      state(id: "POL") { name ${viaFragment ? '...F' : 'memberships(asOf: "2025-06-01") { status bloc { code members(asOf: "2025-06-01") { status since until role state { id name region nuclearArmed milexUsdBn } } } }'} }
    }${viaFragment ? ' fragment F on State { memberships(asOf: "2025-06-01") { status bloc { code members(asOf: "2025-06-01") { status since until role state { id name region nuclearArmed milexUsdBn } } } } }' : ''}`;
    const ahead = await answer(lean(false), {});
    expect(ahead.roundTrips).toBe(1);
    expect(ahead.data).toEqual((await answer(lean(true), {})).data);
  });

  it("state memberships without the blocs' members: one round trip too", async () => {
    const query = 'query { state(id: "TUR") { name memberships(asOf: "2025-06-01") { status bloc { code name } } } }';
    const { data, roundTrips: trips } = await answer(query, {});
    expect(trips).toBe(1);
    expect((data as { state: { memberships: { bloc: { code: string } }[] } }).state.memberships.map((m) => m.bloc.code)).toContain('NATO');
  });

  it('a bad date under the look-ahead is still reported on its field', async () => {
    const { body } = await graphql(server.url, 'query { state(id: "POL") { memberships(asOf: "2025-02-30") { status } } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(body.errors)).toContain('2025-02-30');
  });
});
