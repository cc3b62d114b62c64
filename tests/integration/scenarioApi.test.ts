/**
 * What-if scenarios over GraphQL: stored scenarios run, overlays answer as if the changes were made, bad changes
 * are BAD_USER_INPUT naming the change, concurrent scenarios do not leak, and nothing is ever written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphChecksum } from '../support/db.js';
import { graphql, startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

type Entries = { state: { id: string }; score: number }[];
const exposureQuery = `query($w: ID!, $from: [ID!], $s: ScenarioInput) {
  exposure(withdrawing: $w, from: $from, scenario: $s) {
    scenario entries { state { id } score } deltas { state { id } change baselineScore score }
  }
}`;
const scoreOf = (entries: Entries, id: string) => entries.find((e) => e.state.id === id)?.score ?? 0;

describe('stored scenarios', () => {
  it("lists the seeds' scenarios with their changes, and each one runs", async () => {
    const { body } = await graphql<{ scenarios: { id: string; description: string; source: string; changes: { text: string }[] }[] }>(
      server.url,
      '{ scenarios { id description source changes { text } } }',
    );
    const ids = body.data!.scenarios.map((s) => s.id);
    expect(ids).toEqual(
      expect.arrayContaining(['positive', 'neutral', 'negative', 'armenia-leaves-csto', 'ukraine-joins-nato', 'asian-nato']),
    );
    expect(ids.length).toBeGreaterThanOrEqual(9);
    for (const scenario of body.data!.scenarios) {
      expect(scenario.changes.length).toBeGreaterThan(0);
      expect(scenario.source).toMatch(/^seed:/);
      const run = await graphql(server.url, exposureQuery, { w: 'USA', s: { name: scenario.id } });
      expect(run.body.errors, scenario.id).toBeUndefined();
    }
  });

  it('scenario(id) returns one, unknown is null', async () => {
    const { body } = await graphql<{ a: { changes: { text: string }[] }; b: null }>(
      server.url,
      '{ a: scenario(id: "armenia-leaves-csto") { changes { text } } b: scenario(id: "nope") { id } }',
    );
    expect(body.data!.a.changes.map((c) => c.text)).toEqual(['WITHDRAW(ARM, CSTO)']);
    expect(body.data!.b).toBeNull();
  });
});

describe('exposure under a scenario', () => {
  it('in the negative scenario, the US withdrawal still shows who loses which guarantees, with the changes listed', async () => {
    const { body } = await graphql<{ exposure: { scenario: string[]; entries: Entries } }>(server.url, exposureQuery, {
      w: 'USA',
      s: { name: 'negative' },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data!.exposure.scenario[0]).toBe('WITHDRAW(USA)');
    expect(body.data!.exposure.entries.slice(0, 10).map((e) => e.state.id)).toEqual(expect.arrayContaining(['POL', 'EST', 'LVA', 'LTU']));
  });

  // seed:000_ee8646e08386c08b — the negative scenario leaves the eastern flank leaning on the remaining Europeans;
  // the same question (the UK leaves NATO) costs Poland and the Baltic states more there than in the positive one.
  it('leaves Poland and the Baltic states worse off in the negative scenario than in the positive one', async () => {
    const ask = async (name: string) =>
      (await graphql<{ exposure: { entries: Entries } }>(server.url, exposureQuery, { w: 'GBR', from: ['NATO'], s: { name } })).body.data!
        .exposure.entries;
    const [positive, negative] = await Promise.all([ask('positive'), ask('negative')]);
    for (const id of ['POL', 'EST', 'LVA', 'LTU']) expect(scoreOf(negative, id), id).toBeGreaterThan(scoreOf(positive, id));
  });

  it('reports the delta against the baseline', async () => {
    const { body } = await graphql<{
      exposure: { deltas: { state: { id: string }; change: number; baselineScore: number; score: number }[] };
    }>(server.url, exposureQuery, {
      w: 'USA',
      s: { changes: [{ type: 'FORM', code: 'JPN_AUS', name: 'Japan-Australia pact', states: ['JPN', 'AUS'], mutualDefence: true }] },
    });
    expect(body.errors).toBeUndefined();
    const deltas = body.data!.exposure.deltas;
    expect(deltas.length).toBeGreaterThan(0);
    for (const d of deltas) expect(d.change).toBeCloseTo(d.score - d.baselineScore, 3);
    // A Japan-Australia mutual-defence pact leaves Japan a guarantor after a US withdrawal: less exposed.
    expect(deltas.find((d) => d.state.id === 'JPN')!.change).toBeLessThan(0);
    expect(deltas.find((d) => d.state.id === 'POL')).toBeUndefined();
  });

  it('costs at most two Cypher round trips', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: exposureQuery, variables: { w: 'USA', s: { name: 'asian-nato' } } }),
    });
    expect(((await response.json()) as { extensions: { cypherRoundTrips: number } }).extensions.cypherRoundTrips).toBeLessThanOrEqual(2);
  });
});

describe('memberships under a scenario', () => {
  it('Ukraine in NATO, Armenia out of the CSTO, and what changed', async () => {
    const { body } = await graphql<{
      nato: {
        members: { state: { id: string }; status: string; source: string }[];
        memberChanges: { state: { id: string }; before: string | null; after: string | null }[];
      };
      csto: { members: { state: { id: string } }[] };
      arm: { memberships: { bloc: { code: string } }[] };
    }>(
      server.url,
      `
        {
          nato: bloc(code: "NATO") {
            members(status: [MEMBER], scenario: { name: "ukraine-joins-nato" }) {
              state {
                id
              }
              status
              source
            }
            memberChanges(scenario: { name: "ukraine-joins-nato" }) {
              state {
                id
              }
              before
              after
            }
          }
          csto: bloc(code: "CSTO") {
            members(scenario: { name: "armenia-leaves-csto" }) {
              state {
                id
              }
            }
          }
          arm: state(id: "ARM") {
            memberships(scenario: { name: "armenia-leaves-csto" }) {
              bloc {
                code
              }
            }
          }
        }
      `,
    );
    expect(body.errors).toBeUndefined();
    const ukraine = body.data!.nato.members.find((m) => m.state.id === 'UKR')!;
    expect(ukraine.status).toBe('MEMBER');
    expect(ukraine.source).toMatch(/scenario/);
    expect(body.data!.nato.members).toHaveLength(33);
    expect(body.data!.nato.memberChanges).toHaveLength(1);
    expect(body.data!.nato.memberChanges[0]).toMatchObject({ state: { id: 'UKR' }, after: 'MEMBER' });
    expect(typeof body.data!.nato.memberChanges[0]!.before).toBe('string');
    expect(body.data!.csto.members.map((m) => m.state.id)).not.toContain('ARM');
    expect(body.data!.arm.memberships.map((m) => m.bloc.code)).not.toContain('CSTO');
  });
});

describe('bad changes', () => {
  it.each([
    [{ name: 'utopia' }, 'utopia'],
    [{ changes: [{ type: 'WITHDRAW', state: 'USA', bloc: 'CSTO' }] }, 'WITHDRAW(USA, CSTO)'],
    [{ changes: [{ type: 'JOIN', state: 'ZZZ', bloc: 'NATO' }] }, 'ZZZ'],
    [{ changes: [{ type: 'FREEZE', state: 'POL' }] }, 'FREEZE'],
    [{ changes: [{ type: 'FORM', code: 'NATO', states: ['USA', 'CAN'] }] }, 'NATO'],
  ])('%j is BAD_USER_INPUT naming %s', async (scenario, named) => {
    const { body } = await graphql(server.url, exposureQuery, { w: 'USA', s: scenario });
    expect(body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0]!.message).toContain(named);
  });
});

describe('what-ifs never write and never leak', () => {
  it('two different scenarios at once each see only their own changes', async () => {
    const ask = (name: string) =>
      graphql<{ bloc: { members: { state: { id: string } }[] } }>(
        server.url,
        'query($s: ScenarioInput) { bloc(code: "CSTO") { members(scenario: $s) { state { id } } } }',
        { s: { name } },
      );
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => ask(i % 2 ? 'armenia-leaves-csto' : 'ukraine-joins-nato').then((r) => [i, r] as const)),
    );
    for (const [i, r] of results) {
      const ids = r.body.data!.bloc.members.map((m) => m.state.id);
      expect(ids.includes('ARM'), `request ${i}`).toBe(i % 2 === 0);
    }
  });

  it('a thousand scenario queries leave the stored graph byte-for-byte unchanged', async () => {
    const before = await graphChecksum();
    const names = [
      'positive',
      'neutral',
      'negative',
      'asian-nato',
      'ukraine-joins-nato',
      'armenia-leaves-csto',
      'coalitions-of-the-willing',
    ];
    for (let batch = 0; batch < 50; batch++) {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          graphql(server.url, exposureQuery, { w: i % 3 ? 'USA' : 'RUS', s: { name: names[(batch + i) % names.length] } }).then((r) =>
            expect(r.body.errors).toBeUndefined(),
          ),
        ),
      );
    }
    expect(await graphChecksum()).toBe(before);
  }, 300_000);
});
