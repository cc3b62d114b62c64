/**
 * The analysts' questions, against the real graph: exposure through time, what changed between two dates, a bloc's
 * size through time, the network's weak points, and what a scenario costs by itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

interface Point {
  asOf: string;
  score: number;
  level: string;
  kind: string;
  reasons: { kind: string; bloc: { code: string } | null }[];
}

async function ask<T>(query: string, variables: Record<string, unknown> = {}): Promise<{ data: T; roundTrips: number }> {
  const { body } = await graphql<T>(server.url, query, variables);
  expect(body.errors).toBeUndefined();
  return { data: body.data!, roundTrips: (body as { extensions?: { cypherRoundTrips?: number } }).extensions?.cypherRoundTrips ?? -1 };
}

describe('exposureTimeline', () => {
  const TIMELINE = `query($w: ID!, $s: ID!, $since: Date, $until: Date) {
    exposureTimeline(withdrawing: $w, state: $s, since: $since, until: $until) { asOf score level kind reasons { kind bloc { code } } } }`;

  it('Poland to a US withdrawal: nothing to lose before it joined NATO on 1999-03-12, a positive score after', async () => {
    const { data, roundTrips } = await ask<{ exposureTimeline: Point[] }>(TIMELINE, {
      w: 'USA',
      s: 'POL',
      since: '1991-01-01',
      until: '2005-01-01',
    });
    const points = data.exposureTimeline;
    const before = points.filter((p) => p.asOf < '1999-03-12');
    const after = points.filter((p) => p.asOf >= '1999-03-12');
    expect(before.length).toBeGreaterThan(5);
    expect(before.every((p) => p.score === 0 && p.reasons.length === 0)).toBe(true);
    expect(after.find((p) => p.asOf === '1999-03-12')).toMatchObject({ kind: 'TIE_CHANGED' });
    expect(after.every((p) => p.score > 0)).toBe(true);
    expect(after[0]!.reasons.some((r) => r.kind === 'GUARANTEE_LOST' && r.bloc?.code === 'NATO')).toBe(true);
    // A point on each 1 January, in order.
    expect(points.filter((p) => p.kind === 'NEW_YEAR').map((p) => p.asOf)).toContain('2000-01-01');
    expect(points.map((p) => p.asOf)).toEqual([...points.map((p) => p.asOf)].sort());
    // The two states' lookups (batched) and the dated facts: the number of points does not add round trips.
    expect(roundTrips).toBeLessThanOrEqual(2);
  });

  it('gives on each day the score exposure gives for that day', async () => {
    // Estonia's own change day (NATO, 2004-03-29) and some 1 Januarys.
    const days = ['2000-01-01', '2004-03-29', '2015-01-01', '2024-01-01'];
    const { data } = await ask<{ exposureTimeline: Point[] }>(TIMELINE, { w: 'USA', s: 'EST', since: '1999-01-01', until: '2024-01-01' });
    for (const day of days) {
      const { data: one } = await ask<{ exposure: { entries: { state: { id: string }; score: number }[] } }>(
        'query($asOf: Date) { exposure(withdrawing: "USA", asOf: $asOf) { entries { state { id } score } } }',
        { asOf: day },
      );
      const expected = one.exposure.entries.find((e) => e.state.id === 'EST')?.score ?? 0;
      const point = data.exposureTimeline.find((p) => p.asOf === day);
      expect(point, `a point on ${day}`).toBeDefined();
      expect(point!.score, `Estonia on ${day}`).toBe(expected);
    }
  });

  it('names the bad argument', async () => {
    const { body } = await graphql(server.url, '{ exposureTimeline(withdrawing: "USA", state: "XYZ") { asOf } }');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'state' });
    const reversed = await graphql(
      server.url,
      '{ exposureTimeline(withdrawing: "USA", state: "POL", since: "2000-01-01", until: "1990-01-01") { asOf } }',
    );
    expect(reversed.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'since' });
  });
});

describe('changes', () => {
  interface Change {
    state: { id: string };
    bloc: { code: string };
    kind: string;
    before: string | null;
    after: string | null;
    date: string;
    source: string;
  }
  const CHANGES = `query($since: Date!, $until: Date!, $bloc: ID, $state: ID) {
    changes(since: $since, until: $until, bloc: $bloc, state: $state) { state { id } bloc { code } kind before after date source } }`;

  it('NATO 2022–2024: Finland and Sweden join, each with its day and source', async () => {
    const { data } = await ask<{ changes: Change[] }>(CHANGES, { since: '2022-01-01', until: '2024-12-31', bloc: 'NATO' });
    const joined = data.changes.filter((c) => c.kind === 'JOINED' && c.after === 'MEMBER').map((c) => c.state.id);
    expect(joined).toEqual(expect.arrayContaining(['FIN', 'SWE']));
    const finland = data.changes.find((c) => c.state.id === 'FIN' && c.kind === 'JOINED')!;
    expect(finland.date).toBe('2023-04-04');
    expect(finland.source.length).toBeGreaterThan(0);
    expect(data.changes.every((c) => c.bloc.code === 'NATO' && c.date >= '2022-01-01' && c.date <= '2024-12-31')).toBe(true);
  });

  it('one state across blocs, oldest first; a page at a time', async () => {
    const { data } = await ask<{ changes: Change[] }>(CHANGES, { since: '1990-01-01', until: '2005-12-31', state: 'POL' });
    expect(data.changes.map((c) => c.bloc.code)).toContain('NATO');
    expect(data.changes.map((c) => c.date)).toEqual([...data.changes.map((c) => c.date)].sort());
    const page = await ask<{ changesConnection: { totalCount: number; edges: { node: { state: { id: string } } }[] } }>(
      'query { changesConnection(since: "1990-01-01", until: "2005-12-31", state: "POL", first: 2) { totalCount edges { node { state { id } } } } }',
    );
    expect(page.data.changesConnection.totalCount).toBe(data.changes.length);
    expect(page.data.changesConnection.edges).toHaveLength(Math.min(2, data.changes.length));
  });
});

describe('Bloc.sizeTimeline', () => {
  it('NATO: 12 founding members in 1949, 32 today, growing at each enlargement', async () => {
    const { data } = await ask<{ bloc: { sizeTimeline: { asOf: string; members: number }[] } }>(
      '{ bloc(code: "NATO") { sizeTimeline { asOf members } } }',
    );
    const sizes = data.bloc.sizeTimeline;
    expect(sizes[0]!.members).toBe(12);
    expect(sizes.at(-1)!.members).toBe(32);
    expect(sizes.find((s) => s.asOf === '2023-04-04')!.members).toBe(31);
  });

  it('the Warsaw Pact (ATOP 3285) from 1955 to its end in 1991', async () => {
    const { data } = await ask<{ bloc: { code: string; sizeTimeline: { asOf: string; members: number }[] } }>(
      '{ bloc(code: "ATOP_3285") { code sizeTimeline { asOf members } } }',
    );
    const sizes = data.bloc.sizeTimeline;
    expect(sizes.find((s) => s.asOf < '1968-01-01' && s.members === 8)).toBeDefined();
    expect(sizes.at(-1)!.members).toBe(0);
  });
});

describe('network', () => {
  interface Network {
    asOf: string;
    obligations: string[];
    centrality: { state: { id: string }; degree: number; betweenness: number }[];
    articulationPoints: { id: string }[];
    communities: { id: string }[][];
    ties: { a: { id: string }; b: { id: string }; blocs: { code: string }[] }[];
  }
  const NETWORK = `query($asOf: Date, $scenario: ScenarioInput) { network(asOf: $asOf, scenario: $scenario) { asOf obligations
    centrality { state { id } degree betweenness } articulationPoints { id } communities { id } ties { a { id } b { id } blocs { code } } } }`;

  it('the defence network today: every tied state once in the communities; the United States among the most central', async () => {
    const { data } = await ask<{ network: Network }>(NETWORK);
    const n = data.network;
    expect(n.obligations).toEqual(['DEFENCE']);
    const tied = new Set(n.ties.flatMap((t) => [t.a.id, t.b.id]));
    expect(new Set(n.centrality.map((c) => c.state.id))).toEqual(tied);
    const inCommunities = n.communities.flat().map((s) => s.id);
    expect(inCommunities.length).toBe(tied.size);
    expect(new Set(inCommunities)).toEqual(tied);
    expect(n.centrality.slice(0, 10).map((c) => c.state.id)).toContain('USA');
    const betweenness = n.centrality.map((c) => c.betweenness);
    expect(betweenness).toEqual([...betweenness].sort((a, b) => b - a));
    // The NATO tie of Poland and Lithuania is there, through NATO.
    expect(n.ties.find((t) => t.a.id === 'LTU' && t.b.id === 'POL')?.blocs.map((b) => b.code)).toContain('NATO');
  });

  it('in a what-if world: dissolving NATO removes its ties', async () => {
    const { data } = await ask<{ network: Network }>(NETWORK, { scenario: { changes: [{ type: 'DISSOLVE', bloc: 'NATO' }] } });
    expect(data.network.ties.some((t) => t.blocs.some((b) => b.code === 'NATO'))).toBe(false);
  });
});

describe('scenarioCost', () => {
  interface Report {
    withdrawing: { id: string };
    scenario: string[];
    entries: { state: { id: string }; score: number; reasons: { kind: string; weight: number; bloc: { code: string } | null }[] }[];
  }
  const COST = `query($scenario: ScenarioInput!) { scenarioCost(scenario: $scenario) {
    withdrawing { id } scenario entries { state { id } score reasons { kind weight bloc { code } } } } }`;

  it('freezing Turkey in NATO costs Turkey something, through NATO, and its allies a little', async () => {
    const { data } = await ask<{ scenarioCost: Report }>(COST, { scenario: { changes: [{ type: 'FREEZE', state: 'TUR', bloc: 'NATO' }] } });
    const report = data.scenarioCost;
    expect(report.withdrawing.id).toBe('TUR');
    expect(report.scenario).toEqual(['FREEZE(TUR, NATO)']);
    const turkey = report.entries.find((e) => e.state.id === 'TUR')!;
    expect(turkey.score).toBeGreaterThan(0);
    expect(turkey.reasons.some((r) => r.kind === 'GUARANTEE_LOST' && r.bloc?.code === 'NATO')).toBe(true);
    // The weights add up to the score (up to rounding).
    expect(Math.abs(turkey.reasons.reduce((sum, r) => sum + r.weight, 0) - turkey.score)).toBeLessThan(0.002);
    const greece = report.entries.find((e) => e.state.id === 'GRC');
    expect(greece && greece.score).toBeLessThan(turkey.score);
  });

  it('a scenario that only adds ties costs nothing', async () => {
    const { data } = await ask<{ scenarioCost: Report }>(COST, { scenario: { changes: [{ type: 'JOIN', state: 'UKR', bloc: 'NATO' }] } });
    expect(data.scenarioCost.entries).toEqual([]);
  });
});
