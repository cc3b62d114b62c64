/** The GraphQL contract (docs/graphql-contract.md, schema.graphql), over HTTP, against the real server and the loaded graph. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.js';
import { parseQueryFile } from '../../src/db/queryFiles.js';
import { cypherRows } from '../support/db.js';
import { graphql, startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const ids = (rows: { state: { id: string } }[]) => rows.map((r) => r.state.id).sort();

describe('state and states', () => {
  it('finds a state case-insensitively and returns null for an unknown id', async () => {
    const { body } = await graphql(server.url, '{ a: state(id: "pol") { id name unMember } b: state(id: "XYZ") { id } }');
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ a: { id: 'POL', name: 'Poland', unMember: true }, b: null });
  });

  it('lists every state, and filters by region', async () => {
    const { body } = await graphql<{ all: { id: string }[]; europe: { id: string; region: string }[] }>(
      server.url,
      '{ all: states { id } europe: states(region: "Europe") { id region } }',
    );
    expect(body.data!.all.length).toBeGreaterThanOrEqual(195);
    expect(body.data!.europe.map((s) => s.id)).toContain('POL');
    expect(body.data!.europe.every((s) => s.region === 'Europe')).toBe(true);
  });
});

describe('bloc members over time', () => {
  const natoMembers =
    'query($asOf: Date) { bloc(code: "nato") { code members(asOf: $asOf, status: [MEMBER]) { state { id } status since } } }';

  it('members without a status filter include partners and applicants', async () => {
    const { body } = await graphql<{ bloc: { members: { state: { id: string }; status: string }[] } }>(
      server.url,
      '{ bloc(code: "NATO") { members { state { id } status } } }',
    );
    const statuses = new Map(body.data!.bloc.members.map((m) => [m.state.id, m.status]));
    expect(statuses.get('JPN')).toBe('PARTNER');
    expect(statuses.get('POL')).toBe('MEMBER');
  });

  it('NATO before Finland joined has 30 members and no Finland', async () => {
    const { body } = await graphql<{ bloc: { members: { state: { id: string } }[] } }>(server.url, natoMembers, { asOf: '2022-01-01' });
    expect(body.errors).toBeUndefined();
    const members = ids(body.data!.bloc.members);
    expect(members).toHaveLength(30);
    expect(members).not.toContain('FIN');
    expect(members).not.toContain('SWE');
  });

  it('NATO today has 32 members, Finland and Sweden among them', async () => {
    const { body } = await graphql<{ bloc: { mutualDefence: boolean; members: { state: { id: string } }[] } }>(
      server.url,
      '{ bloc(code: "NATO") { mutualDefence members(status: [MEMBER]) { state { id } } } }',
    );
    expect(body.data!.bloc.mutualDefence).toBe(true);
    expect(ids(body.data!.bloc.members)).toEqual(expect.arrayContaining(['FIN', 'SWE', 'USA', 'POL', 'TUR']));
    expect(body.data!.bloc.members).toHaveLength(32);
  });

  it('NATO in 1950 is its twelve founders', async () => {
    const { body } = await graphql<{ bloc: { members: { state: { id: string } }[] } }>(server.url, natoMembers, { asOf: '1950-01-01' });
    expect(ids(body.data!.bloc.members)).toEqual(['BEL', 'CAN', 'DNK', 'FRA', 'GBR', 'ISL', 'ITA', 'LUX', 'NLD', 'NOR', 'PRT', 'USA']);
  });

  it('Armenia is FROZEN in the CSTO today; status filters narrow the list', async () => {
    const { body } = await graphql<{
      all: { members: { state: { id: string }; status: string }[] };
      full: { members: { state: { id: string } }[] };
    }>(
      server.url,
      '{ all: bloc(code: "CSTO") { members { state { id } status } } full: bloc(code: "CSTO") { members(status: [MEMBER]) { state { id } } } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.all.members.find((m) => m.state.id === 'ARM')?.status).toBe('FROZEN');
    expect(ids(body.data!.full.members)).not.toContain('ARM');
    expect(ids(body.data!.full.members)).toEqual(expect.arrayContaining(['RUS', 'BLR', 'KAZ', 'KGZ', 'TJK']));
  });

  it('a state lists its memberships with their blocs, and the blocs their other members', async () => {
    const { body } = await graphql<{
      state: { memberships: { bloc: { code: string; members: { state: { id: string } }[] }; status: string; source: string }[] };
    }>(server.url, '{ state(id: "IND") { memberships { status source bloc { code members { state { id } } } } } }');
    expect(body.errors).toBeUndefined();
    const byCode = new Map(body.data!.state.memberships.map((m) => [m.bloc.code, m]));
    expect([...byCode.keys()]).toEqual(expect.arrayContaining(['SCO', 'BRICS', 'QUAD']));
    expect(ids(byCode.get('SCO')!.bloc.members)).toContain('RUS');
    expect(body.data!.state.memberships.every((m) => m.source.length > 0)).toBe(true);
  });

  it('an unknown bloc is null; blocs filter by kind', async () => {
    const { body } = await graphql<{ none: null; alliances: { code: string; kind: string }[] }>(
      server.url,
      '{ none: bloc(code: "NOPE") { code } alliances: blocs(kind: MILITARY_ALLIANCE) { code kind } }',
    );
    expect(body.data!.none).toBeNull();
    expect(body.data!.alliances.map((b) => b.code)).toEqual(expect.arrayContaining(['NATO', 'CSTO']));
    expect(body.data!.alliances.every((b) => b.kind === 'MILITARY_ALLIANCE')).toBe(true);
  });
});

describe('round trips (no N+1)', () => {
  it('a bloc with all its members and their states costs one Cypher round trip', async () => {
    expect(await countRoundTrips(server, '{ bloc(code: "NATO") { name members(asOf: "2022-01-01") { state { id name } status } } }')).toBe(
      1,
    );
  });

  it('every bloc with its members costs the same as one bloc', async () => {
    expect(await countRoundTrips(server, '{ blocs { code members { state { id } } } }')).toBe(2);
  });
});

describe('paths, overlaps, hedgers, allies', () => {
  it('India reaches Russia in one hop through the SCO or BRICS', async () => {
    const { body } = await graphql<{
      path: { hops: number; steps: { from: { id: string }; via: { code: string }; to: { id: string } }[] }[];
    }>(server.url, '{ path(from: "IND", to: "RUS") { hops steps { from { id } via { code } to { id } } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data!.path.length).toBeGreaterThan(0);
    expect(body.data!.path.every((p) => p.hops === 1)).toBe(true);
    expect(body.data!.path.map((p) => p.steps[0]!.via.code)).toEqual(expect.arrayContaining(['SCO', 'BRICS']));
    // In a fixed order, whatever order the search found them in: by the ids along each path.
    const along = body.data!.path.map((p) => p.steps.flatMap((s) => [s.from.id, s.via.code, s.to.id]));
    const byIds = (a: string[], b: string[]) => {
      for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
      return a.length - b.length;
    };
    expect(along).toEqual([...along].sort(byIds));
  });

  it('an unknown state in a path is BAD_USER_INPUT naming it', async () => {
    const { body } = await graphql(server.url, '{ path(from: "IND", to: "ZZZ") { hops } }');
    expect(body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0]!.message).toContain('ZZZ');
  });

  it('the Quad and BRICS overlap in India', async () => {
    const { body } = await graphql<{ blocOverlap: { states: { id: string }[] } }>(
      server.url,
      '{ blocOverlap(a: "QUAD", b: "BRICS") { states { id } } }',
    );
    expect(body.data!.blocOverlap.states.map((s) => s.id)).toEqual(['IND']);
  });

  it('Turkey and India hedge between the camps', async () => {
    const { body } = await graphql<{
      hedgers: { state: { id: string }; campA: { bloc: { code: string } }[]; campB: { bloc: { code: string } }[] }[];
    }>(server.url, '{ hedgers { state { id } campA { bloc { code } } campB { bloc { code } status } } }');
    expect(body.errors).toBeUndefined();
    const hedgers = new Map(body.data!.hedgers.map((h) => [h.state.id, h]));
    expect(hedgers.get('TUR')!.campA.map((m) => m.bloc.code)).toContain('NATO');
    expect(hedgers.get('IND')!.campA.map((m) => m.bloc.code)).toContain('QUAD');
    expect(hedgers.has('USA')).toBe(false);
    // With NATO's partnerships, the US designations and the CIS in the default camps, the wider world hedges too.
    expect(hedgers.size).toBeGreaterThan(8);
    expect([...hedgers.keys()]).toEqual(expect.arrayContaining(['EGY', 'KAZ', 'THA', 'ARE']));
  });

  it("Poland's allies include the US through NATO; Finland had none through NATO in 2022", async () => {
    const { body } = await graphql<{
      pol: { allies: { state: { id: string }; via: { code: string }[] }[] };
      fin: { allies: { via: { code: string }[] }[] };
    }>(
      server.url,
      '{ pol: state(id: "POL") { allies { state { id } via { code } } } fin: state(id: "FIN") { allies(asOf: "2022-01-01") { via { code } } } }',
    );
    expect(body.data!.pol.allies.find((a) => a.state.id === 'USA')!.via.map((b) => b.code)).toContain('NATO');
    expect(body.data!.fin.allies.flatMap((a) => a.via.map((b) => b.code))).not.toContain('NATO');
  });
});

describe('errors', () => {
  it.each([
    ['{ bloc(code: "NATO") { members(asOf: "2022-02-30") { status } } }', '2022-02-30'],
    ['{ state(id: "USA") { memberships(asOf: "not-a-date") { status } } }', 'not-a-date'],
  ])('a malformed date is BAD_USER_INPUT naming the value: %s', async (query, value) => {
    const { body } = await graphql(server.url, query);
    expect(body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0]!.message).toContain(value);
  });

  it('healthz (liveness) answers 200 with the process id; readyz (readiness) 200 with Neo4j up and the graph loaded', async () => {
    const live = await fetch(`${server.url}/healthz`);
    expect(live.status).toBe(200);
    expect(await live.json()).toMatchObject({ status: 'ok', pid: process.pid });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    const readiness = (await ready.json()) as { graphScripts: string; serverScripts: string };
    expect(readiness).toMatchObject({ status: 'ready', neo4j: 'up', graph: 'COMPLETE' });
    expect(readiness.graphScripts).toBe(readiness.serverScripts);
  });

  it('a GET query works with the CSRF-prevention header, and a simple GET without it is refused', async () => {
    const q = encodeURIComponent('{ state(id: "USA") { id } }');
    const ok = await fetch(`${server.url}/graphql?query=${q}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ data: { state: { id: 'USA' } } });
    const refused = await fetch(`${server.url}/graphql?query=${q}`);
    expect(refused.status).toBe(400);
  });
});

describe('the Cypher behind an answer', () => {
  it('names the query files a request ran with their parameters, and running them again gives the same answer', async () => {
    const { body } = await graphql<{ bloc: { members: { state: { id: string } }[] } }>(
      server.url,
      '{ bloc(code: "nato") { members(asOf: "2022-01-01") { state { id } } } }',
    );
    expect(body.errors).toBeUndefined();
    const ran = (body as { extensions?: { cypherQueries?: { file: string; params: Record<string, unknown> }[] } }).extensions
      ?.cypherQueries;
    expect(ran).toHaveLength(1);
    expect(ran![0]).toMatchObject({ file: 'cypher/queries/bloc-with-members.cypher', params: { code: 'NATO', asOf: '2022-01-01' } });
    // What an analyst would do: open the file, run it with those parameters.
    const text = parseQueryFile(fs.readFileSync(path.join(projectRoot, ran![0]!.file), 'utf8'));
    const [row] = await cypherRows(text, ran![0]!.params);
    const again = (row!.members as { state: { id: string } }[]).map((m) => m.state.id).sort();
    expect(again).toEqual(ids(body.data!.bloc.members));
    expect(again).not.toContain('FIN');
    expect(again.length).toBeGreaterThanOrEqual(30);
  });
});

async function countRoundTrips(s: TestServer, query: string): Promise<number> {
  const response = await fetch(`${s.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: unknown; extensions: { cypherRoundTrips: number } };
  expect(body.errors).toBeUndefined();
  return body.extensions.cypherRoundTrips;
}
