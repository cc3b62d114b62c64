/**
 * The bench's workloads (issue 6), one place for all three targets:
 *   ours  the GraphQL operation against our server (also what tests/integration/roundTrips.test.ts budgets);
 *   raw   the floor: the named queries of cypher/queries that answer the same question, through executeRead;
 *   peer  the same question to the Neo4j GraphQL Library over the same graph, or why it cannot ask it.
 * Each target's answer reduces to a canonical list of strings, so the bench checks that they agree.
 * The dates are fixed, so an answer never changes with the day the bench runs.
 */
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-assignment --
   The three targets' answers are walked as untyped JSON (`Data`) on purpose: canonical() only reduces each shape to strings that the bench compares. */
import type { Params, Row } from '../src/db/queryRunner.js';

export interface GraphQLOperation {
  query: string;
  variables: Record<string, unknown>;
}

/** Runs one named query (cypher/queries/NAME.cypher) and returns its records as objects. */
export type NamedQuery = (name: string, params: Params) => Promise<Row[]>;

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Workload {
  id: 'bloc' | 'state' | 'exposure' | 'path' | 'scenario';
  title: string;
  ours: GraphQLOperation;
  /** Most Cypher round trips one request of `ours` may take (a count, enforced by the round-trip test). */
  budget: number;
  /** The named queries a hand-written client needs, in order (a later one may use an earlier one's rows). */
  raw: (query: NamedQuery) => Promise<Row[]>;
  peer: GraphQLOperation | { na: string };
  canonical: {
    ours: (data: Data) => string[];
    raw?: (rows: Row[]) => string[];
    peer?: (data: Data) => string[];
  };
}

const sorted = (values: string[]) => [...values].sort();
/** bloc-members rows, one per member (or one per bloc with its `members` listed): as one row per member. */
const perMember = (rows: Row[]): Data[] =>
  rows.flatMap((r: Data) => (Array.isArray(r.members) ? r.members.map((m: Data) => ({ ...m, code: r.code, bloc: r.bloc })) : [r]));
/** A date as text: GraphQL sends a string, the driver a neo4j Date, whose toString() is the ISO date. */
const day = (value: { toString(): string } | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** "Active on $asOf": since <= asOf < until (until null = still active), as the named queries read it. */
const activeEdge = 'edge: { since: { lte: $asOf }, OR: [{ until: { eq: null } }, { until: { gt: $asOf } }] }';

export const WORKLOADS: Workload[] = [
  {
    id: 'bloc',
    title: 'bloc(NATO) members with their states, 2022-01-01',
    budget: 1,
    ours: {
      query: `query BlocMembers($code: ID!, $asOf: Date) {
  bloc(code: $code) { code name members(asOf: $asOf) { status since state { id name } } }
}`,
      variables: { code: 'NATO', asOf: '2022-01-01' },
    },
    // The statement our server runs for this selection: bloc and members in one, without the long texts it does not read.
    raw: (q) => q('bloc-with-members', { code: 'NATO', asOf: '2022-01-01', statuses: null, lean: true }),
    peer: {
      query: `query BlocMembers($code: ID!, $asOf: Date!) {
  blocs(where: { code: { eq: $code } }) {
    code name
    membersConnection(where: { ${activeEdge} }, sort: [{ node: { name: ASC } }]) {
      edges { properties { status since } node { id name } }
    }
  }
}`,
      variables: { code: 'NATO', asOf: '2022-01-01' },
    },
    canonical: {
      ours: (d) => sorted(d.bloc.members.map((m: Data) => `${m.state.id}|${m.status}|${day(m.since)}`)),
      raw: (rows) => sorted(perMember(rows).map((r) => `${r.state.id}|${r.membership.status}|${day(r.membership.since)}`)),
      peer: (d) =>
        sorted(d.blocs[0].membersConnection.edges.map((e: Data) => `${e.node.id}|${e.properties.status}|${day(e.properties.since)}`)),
    },
  },
  {
    id: 'state',
    title: 'state(POL) memberships and the other members of those blocs (2–3 hops), 2025-06-01',
    budget: 1,
    ours: {
      query: `query StateNeighbourhood($id: ID!, $asOf: Date) {
  state(id: $id) {
    id name
    memberships(asOf: $asOf) { status bloc { code name members(asOf: $asOf) { status state { id name } } } }
  }
}`,
      variables: { id: 'POL', asOf: '2025-06-01' },
    },
    raw: (q) => q('state-with-memberships', { id: 'POL', asOf: '2025-06-01', membersAsOf: '2025-06-01', statuses: null, lean: true }),
    peer: {
      query: `query StateNeighbourhood($id: ID!, $asOf: Date!) {
  states(where: { id: { eq: $id } }) {
    id name
    blocsConnection(where: { ${activeEdge} }, sort: [{ node: { code: ASC } }]) {
      edges {
        properties { status }
        node {
          code name
          membersConnection(where: { ${activeEdge} }, sort: [{ node: { name: ASC } }]) {
            edges { properties { status } node { id name } }
          }
        }
      }
    }
  }
}`,
      variables: { id: 'POL', asOf: '2025-06-01' },
    },
    canonical: {
      ours: (d) =>
        sorted([
          ...new Set<string>(
            d.state.memberships.flatMap((m: Data) => m.bloc.members.map((x: Data) => `${m.bloc.code}|${x.state.id}|${x.status}`)),
          ),
        ]),
      raw: (rows) =>
        sorted([
          ...new Set<string>(
            (rows[0] as Data).memberships.flatMap((m: Data) =>
              m.members.map((x: Data) => `${m.bloc.code}|${x.state.id}|${x.membership.status}`),
            ),
          ),
        ]),
      peer: (d) =>
        sorted([
          ...new Set<string>(
            d.states[0].blocsConnection.edges.flatMap((e: Data) =>
              e.node.membersConnection.edges.map((x: Data) => `${e.node.code}|${x.node.id}|${x.properties.status}`),
            ),
          ),
        ]),
    },
  },
  {
    id: 'exposure',
    title: 'exposure(withdrawing: USA), scored with reasons, 2025-06-01',
    budget: 2,
    ours: {
      query: `query Exposure($withdrawing: ID!, $asOf: Date) {
  exposure(withdrawing: $withdrawing, asOf: $asOf) {
    asOf withdrawing { id name } from { code }
    entries { state { id name } score level reasons { kind weight text bloc { code } counterpart { id } } }
  }
}`,
      variables: { withdrawing: 'USA', asOf: '2025-06-01' },
    },
    raw: (q) => q('exposure', { asOf: '2025-06-01', states: 'USA', blocs: '' }),
    peer: {
      na: 'the score is our model (src/domain/exposure.ts) applied to the facts; the peer generates CRUD reads, not scoring — it could only return the facts through a @cypher field running our own exposure.cypher, which would time Neo4j, not the library',
    },
    canonical: {
      ours: (d) => d.exposure.entries.map((e: Data) => `${e.state.id}|${e.score}|${e.level}`),
    },
  },
  {
    id: 'path',
    title: 'path(USA → PRK), shortest chains of shared memberships (3 hops), 2025-06-01',
    budget: 1,
    ours: {
      query: `query Path($from: ID!, $to: ID!, $asOf: Date) {
  path(from: $from, to: $to, maxHops: 3, asOf: $asOf) {
    hops steps { from { id name } via { code name } to { id name } fromStatus toStatus }
  }
}`,
      variables: { from: 'USA', to: 'PRK', asOf: '2025-06-01' },
    },
    raw: (q) => q('path', { from: 'USA', to: 'PRK', maxHops: 3, asOf: '2025-06-01' }),
    peer: {
      na: '@neo4j/graphql has no shortest-path operation; only a @cypher field holding our own path.cypher could answer, which is not the library expressing it',
    },
    canonical: {
      ours: (d) => sorted(d.path.map((p: Data) => p.steps.map((s: Data) => `${s.from.id}>${s.via.code}>${s.to.id}`).join(' '))),
      raw: (rows) => sorted(rows.map((r: Data) => r.steps.map((s: Data) => `${s.from.id}>${s.via.code}>${s.to.id}`).join(' '))),
    },
  },
  {
    id: 'scenario',
    title: 'exposure(USA) under a scenario (Turkey frozen in NATO, an "Asian NATO" formed), with deltas, 2025-06-01',
    budget: 2,
    ours: {
      query: `query ScenarioExposure($withdrawing: ID!, $asOf: Date, $scenario: ScenarioInput) {
  exposure(withdrawing: $withdrawing, asOf: $asOf, scenario: $scenario) {
    scenario
    entries { state { id name } score level }
    deltas { state { id } baselineScore score change level reasonsGained { kind text } reasonsLost { kind text } }
  }
}`,
      variables: {
        withdrawing: 'USA',
        asOf: '2025-06-01',
        scenario: {
          changes: [
            { type: 'FREEZE', state: 'TUR', bloc: 'NATO' },
            { type: 'FORM', code: 'ASIAN_NATO', name: 'Asian NATO', states: ['JPN', 'KOR', 'AUS', 'PHL'], mutualDefence: true },
          ],
        },
      },
    },
    // The facts around the question: the withdrawing state and what the scenario names.
    raw: (q) => q('exposure', { asOf: '2025-06-01', states: 'USA,TUR,JPN,KOR,AUS,PHL', blocs: 'NATO,ASIAN_NATO' }),
    peer: {
      na: 'a scenario is an overlay computed in our domain layer (src/domain/scenario.ts) on the facts; the peer has no what-if, and writing the changes would alter the shared graph',
    },
    canonical: {
      ours: (d) => d.exposure.entries.map((e: Data) => `${e.state.id}|${e.score}|${e.level}`),
    },
  },
];
