/**
 * The API speaks time: the states of a day, former states and their successions, and the dated attributes
 * (nuclear status, the Security Council seat, military expenditure, a bloc's mutual-defence clause) asked as of a
 * day, over HTTP against the loaded graph. Each answer is checked against the tables it comes from
 * (src/data/world.ts reads them), and the cost in Cypher round trips is counted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.js';
import { buildWorld, holdsOn } from '../../src/data/world.js';
import { graphql, startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const { world } = buildWorld(projectRoot);

async function ask<T>(query: string, variables: Record<string, unknown> = {}): Promise<{ data: T; roundTrips: number }> {
  const { status, body } = await graphql<T>(server.url, query, variables);
  expect(status).toBe(200);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return {
    data: body.data!,
    roundTrips: (body as { extensions?: { cypherRoundTrips?: number } }).extensions?.cypherRoundTrips ?? Number.NaN,
  };
}

describe('states(asOf:)', () => {
  it('as of 1980 lists the Soviet Union and East Germany, not Estonia or Slovakia; today the reverse', async () => {
    const ids = async (asOf?: string) =>
      (await ask<{ states: { id: string }[] }>('query ($asOf: Date) { states(asOf: $asOf) { id } }', asOf ? { asOf } : {})).data.states.map(
        (s) => s.id,
      );
    const in1980 = await ids('1980-01-01');
    expect(in1980).toEqual(expect.arrayContaining(['SUN', 'DDR', 'DEU', 'CSK', 'YUG']));
    expect(in1980.filter((id) => ['EST', 'SVK', 'RUS', 'UKR'].includes(id))).toEqual([]);
    expect(new Set(in1980)).toEqual(new Set(world.states.filter((s) => holdsOn(s, '1980-01-01')).map((s) => s.id)));
    const today = await ids();
    expect(today).toHaveLength(197);
    expect(today.filter((id) => ['SUN', 'DDR'].includes(id))).toEqual([]);
  });

  it('a former state says when it existed, where it is drawn, and what succeeded it', async () => {
    const { data } = await ask<{
      state: {
        name: string;
        since: string;
        until: string;
        shapes: string[];
        successors: { state: { id: string }; kind: string; date: string }[];
      };
    }>('{ state(id: "SUN") { name since until shapes successors { state { id } kind date source } } }');
    expect(data.state).toMatchObject({ name: 'Soviet Union', since: '1922-12-30', until: '1991-12-26' });
    expect(data.state.shapes).toEqual(expect.arrayContaining(['RUS', 'UKR', 'EST']));
    expect(data.state.successors).toContainEqual(
      expect.objectContaining({ state: { id: 'RUS' }, kind: 'CONTINUATION', date: '1991-12-26' }),
    );
    expect(data.state.successors).toHaveLength(world.successions.filter((s) => s.predecessor === 'SUN').length);
    const deu = await ask<{ state: { predecessors: { state: { id: string }; kind: string }[] } }>(
      '{ state(id: "DEU") { predecessors { state { id } kind } } }',
    );
    expect(deu.data.state.predecessors).toEqual([{ state: { id: 'DDR' }, kind: 'MERGER' }]);
  });
});

describe('dated attributes', () => {
  it("China's seat belongs to the Republic of China in 1965 and to the People's Republic today", async () => {
    const { data } = await ask<{
      twn: { a: boolean; b: boolean };
      chn: { a: boolean; b: boolean };
      sun: { a: boolean };
      rus: { b: boolean };
    }>(`{
      twn: state(id: "TWN") { a: p5(asOf: "1965-01-01") b: p5 }
      chn: state(id: "CHN") { a: p5(asOf: "1965-01-01") b: p5 }
      sun: state(id: "SUN") { a: p5(asOf: "1965-01-01") }
      rus: state(id: "RUS") { b: p5 }
    }`);
    expect(data).toEqual({ twn: { a: true, b: false }, chn: { a: false, b: true }, sun: { a: true }, rus: { b: true } });
  });

  it('nuclear status is dated: South Africa in 1985 but not today, North Korea today but not in 2000', async () => {
    const { data } = await ask<Record<string, { a: boolean; b: boolean }>>(`{
      zaf: state(id: "ZAF") { a: nuclearArmed(asOf: "1985-01-01") b: nuclearArmed }
      prk: state(id: "PRK") { a: nuclearArmed(asOf: "2000-01-01") b: nuclearArmed }
      chn: state(id: "CHN") { a: nuclearArmed(asOf: "1960-01-01") b: nuclearArmed(asOf: "1970-01-01") }
    }`);
    expect(data).toEqual({ zaf: { a: true, b: false }, prk: { a: false, b: true }, chn: { a: false, b: true } });
  });

  it('the EU has no mutual-defence clause in 2000 and has one today (Article 42(7) TEU since 2009-12-01)', async () => {
    const { data } = await ask<{ bloc: { then: boolean; now: boolean; eve: boolean; day: boolean; defenceSince: string } }>(`{
      bloc(code: "EU") { then: mutualDefence(asOf: "2000-01-01") eve: mutualDefence(asOf: "2009-11-30") day: mutualDefence(asOf: "2009-12-01") now: mutualDefence defenceSince }
    }`);
    expect(data.bloc).toEqual({ then: false, eve: false, day: true, now: true, defenceSince: '2009-12-01' });
  });

  it('military expenditure is the figure of the asOf year or the latest before it, and says which year', async () => {
    const { data, roundTrips } = await ask<{
      states: { id: string; m1980: number | null; y1980: number | null; s1980: string | null; now: number | null; year: number | null }[];
    }>(`{
      states(region: "Europe") { id m1980: milexUsdBn(asOf: "1980-06-01") y1980: milexYear(asOf: "1980-06-01") s1980: milexSource(asOf: "1980-06-01") now: milexUsdBn year: milexYear }
    }`);
    // One round trip for the states (with their latest figure), one for every state's 1980 figure together.
    expect(roundTrips).toBe(2);
    const expected = (id: string, year: number) => world.milex.filter((m) => m.state === id && m.year <= year).at(-1) ?? null;
    for (const s of data.states) {
      const then = expected(s.id, 1980);
      expect([s.m1980, s.y1980], s.id).toEqual([then?.usdBn ?? null, then?.year ?? null]);
      if (then) expect(s.s1980, s.id).toBe(`${then.source} (${then.locator})`);
      const latest = expected(s.id, 9999);
      expect([s.now, s.year], s.id).toEqual([latest?.usdBn ?? null, latest?.year ?? null]);
    }
    expect(data.states.find((s) => s.id === 'POL')!.y1980).toBe(1980);
  });

  it('threats and forces carry their dates', async () => {
    const { data } = await ask<{
      state: {
        threats: { threat: { id: string }; since: string; until: string | null }[];
        forcesHosted: { since: string; until: string | null }[];
      };
    }>('{ state(id: "POL") { threats { threat { id } since until } forcesHosted { since until } } }');
    expect(data.state.threats).toEqual([{ threat: { id: 'RUS' }, since: '2020-05-12', until: null }]);
    expect(data.state.forcesHosted).toEqual([{ since: '2017-01-12', until: null }]);
  });
});
