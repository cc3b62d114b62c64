/**
 * State's threat, nuclear-umbrella and forces fields (threats, perceivedAsThreatBy, umbrellas, extendsDeterrenceTo,
 * forcesHosted, forcesAbroad) over HTTP against the loaded graph: what they say agrees with the relationships in
 * Neo4j, they follow the date rule of exposure.cypher, a bad date is BAD_USER_INPUT, and a list of states with all
 * six fields costs one Cypher round trip for the edges, not one per state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherRows } from '../support/db.js';
import { readSources } from '../support/sources.js';
import { graphql, startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const EDGE_FIELDS = /* GraphQL */ `
  fragment Edges on State {
    threats(asOf: $asOf) {
      state {
        id
      }
      threat {
        id
        name
      }
      level
      source
      note
    }
    perceivedAsThreatBy(asOf: $asOf) {
      state {
        id
      }
      threat {
        id
      }
      level
    }
    umbrellas(asOf: $asOf) {
      guarantor {
        id
        name
      }
      protected {
        id
      }
      via {
        code
      }
      since
      source
      note
    }
    extendsDeterrenceTo(asOf: $asOf) {
      guarantor {
        id
      }
      protected {
        id
      }
      via {
        code
      }
      since
    }
    forcesHosted(asOf: $asOf) {
      host {
        id
      }
      foreign {
        id
        name
      }
      since
      source
      note
    }
    forcesAbroad(asOf: $asOf) {
      host {
        id
      }
      foreign {
        id
      }
      since
    }
  }
`;

interface Edges {
  id: string;
  threats: { state: { id: string }; threat: { id: string; name: string }; level: string; source: string; note: string | null }[];
  perceivedAsThreatBy: { state: { id: string }; threat: { id: string }; level: string }[];
  umbrellas: {
    guarantor: { id: string; name: string };
    protected: { id: string };
    via: { code: string } | null;
    since: string | null;
    source: string;
    note: string | null;
  }[];
  extendsDeterrenceTo: { guarantor: { id: string }; protected: { id: string }; via: { code: string } | null; since: string | null }[];
  forcesHosted: {
    host: { id: string };
    foreign: { id: string; name: string };
    since: string | null;
    source: string;
    note: string | null;
  }[];
  forcesAbroad: { host: { id: string }; foreign: { id: string }; since: string | null }[];
}

async function edgesOf(id: string, asOf?: string): Promise<Edges> {
  const { body } = await graphql<{ state: Edges }>(
    server.url,
    `
      query ($id: ID!, $asOf: Date) {
        state(id: $id) {
          id
          ...Edges
        }
      }
      ${EDGE_FIELDS}
    `,
    asOf ? { id, asOf } : { id },
  );
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!.state;
}

async function roundTrips(query: string, variables: Record<string, unknown> = {}): Promise<number> {
  const { status, body } = await graphql(server.url, query, variables);
  expect(status).toBe(200);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return (body as { extensions?: { cypherRoundTrips?: number } }).extensions?.cypherRoundTrips ?? Number.NaN;
}

describe('threats, umbrellas and forces of a state', () => {
  it('Poland perceives Russia as a high threat, is under the US umbrella via NATO since it joined, and hosts US forces', async () => {
    const pol = await edgesOf('POL');
    const russia = pol.threats.find((t) => t.threat.id === 'RUS');
    expect(russia).toMatchObject({ state: { id: 'POL' }, threat: { name: 'Russia' }, level: 'HIGH' });
    expect(russia!.note).toBeTruthy();
    expect(pol.umbrellas).toEqual([
      expect.objectContaining({
        guarantor: { id: 'USA', name: 'United States' },
        protected: { id: 'POL' },
        via: { code: 'NATO' },
        since: '1999-03-12',
      }),
    ]);
    expect(pol.forcesHosted.map((f) => f.foreign.id)).toEqual(['USA']);
    // Sources are ids of the register, where a reader finds the title, publisher, date and address.
    const register = new Map(readSources().map((s) => [s.id, s]));
    for (const source of [russia!.source, pol.forcesHosted[0]!.source, pol.umbrellas[0]!.source]) {
      expect(register.get(source)?.url ?? register.get(source)?.title, source).toBeTruthy();
    }
    expect(pol.extendsDeterrenceTo).toEqual([]);
    expect(pol.forcesAbroad).toEqual([]);
  });

  it('Japan is under the US umbrella through the 1960 treaty (the nuclear assurance of 1965), hosts US forces since 1952, and fears China and North Korea', async () => {
    const jpn = await edgesOf('JPN');
    expect(jpn.umbrellas.map((u) => [u.guarantor.id, u.via?.code, u.since])).toEqual([['USA', 'US_JPN', '1965-01-13']]);
    expect(jpn.forcesHosted.map((f) => [f.foreign.id, f.since])).toEqual([['USA', '1952-04-28']]);
    expect(jpn.threats.map((t) => [t.threat.id, t.level]).sort()).toEqual(
      expect.arrayContaining([
        ['CHN', 'HIGH'],
        ['PRK', 'HIGH'],
      ]),
    );
  });

  it('South Korea hosts US forces and is under the US umbrella; Russia hosts no one, has bases from Armenia to Tajikistan and shields Belarus', async () => {
    const kor = await edgesOf('KOR');
    expect(kor.forcesHosted.map((f) => f.foreign.id)).toEqual(['USA']);
    expect(kor.umbrellas.map((u) => u.via?.code)).toEqual(['US_KOR']);
    const rus = await edgesOf('RUS');
    expect(rus.extendsDeterrenceTo.map((d) => [d.protected.id, d.via?.code])).toEqual([['BLR', 'UNION_STATE']]);
    expect(rus.forcesAbroad.map((f) => f.host.id)).toEqual(expect.arrayContaining(['ARM', 'BLR', 'TJK', 'KGZ']));
    expect(rus.perceivedAsThreatBy.map((t) => t.state.id)).toEqual(expect.arrayContaining(['POL', 'FIN', 'EST', 'LVA', 'LTU', 'UKR']));
    expect(rus.perceivedAsThreatBy.every((t) => t.threat.id === 'RUS')).toBe(true);
  });

  it("every list says what the graph holds: the United States' edges against the relationships in Neo4j", async () => {
    const usa = await edgesOf('USA');
    // The relationships in force today (a pair can have several periods, e.g. a threat level that changed).
    const pairs = async (cypher: string) =>
      (await cypherRows(cypher.replace(' RETURN', ' WHERE r.since <= date() AND (r.until IS NULL OR r.until > date()) RETURN')))
        .map((r) => r.id as string)
        .sort();
    expect(usa.extendsDeterrenceTo.map((d) => d.protected.id).sort()).toEqual(
      await pairs("MATCH (:State {id: 'USA'})-[r:EXTENDS_DETERRENCE]->(s) RETURN s.id AS id"),
    );
    expect(usa.forcesAbroad.map((f) => f.host.id).sort()).toEqual(
      await pairs("MATCH (s)-[r:HOSTS_FORCES_OF]->(:State {id: 'USA'}) RETURN s.id AS id"),
    );
    expect(usa.threats.map((t) => t.threat.id).sort()).toEqual(
      await pairs("MATCH (:State {id: 'USA'})-[r:PERCEIVES_THREAT]->(s) RETURN s.id AS id"),
    );
    expect(usa.perceivedAsThreatBy.map((t) => t.state.id).sort()).toEqual(
      await pairs("MATCH (s)-[r:PERCEIVES_THREAT]->(:State {id: 'USA'}) RETURN s.id AS id"),
    );
    expect(usa.extendsDeterrenceTo.map((d) => d.protected.id)).toEqual(expect.arrayContaining(['JPN', 'KOR', 'AUS', 'POL', 'FIN']));
    expect(usa.forcesAbroad.map((f) => f.host.id)).toEqual(expect.arrayContaining(['POL', 'JPN', 'KOR', 'DEU']));
    expect(usa.umbrellas).toEqual([]);
    expect(usa.forcesHosted).toEqual([]);
  });

  it('a state with none of these ties gets empty lists', async () => {
    const brazil = await edgesOf('BRA');
    expect([
      brazil.threats,
      brazil.perceivedAsThreatBy,
      brazil.umbrellas,
      brazil.extendsDeterrenceTo,
      brazil.forcesHosted,
      brazil.forcesAbroad,
    ]).toEqual([[], [], [], [], [], []]);
  });
});

describe('as of a date', () => {
  it('Finland comes under the US umbrella the day it joins NATO (2023-04-04), not before', async () => {
    expect((await edgesOf('FIN', '2022-01-01')).umbrellas).toEqual([]);
    expect((await edgesOf('FIN', '2023-04-03')).umbrellas).toEqual([]);
    expect((await edgesOf('FIN', '2023-04-04')).umbrellas.map((u) => [u.guarantor.id, u.since])).toEqual([['USA', '2023-04-04']]);
    expect((await edgesOf('USA', '2022-01-01')).extendsDeterrenceTo.map((d) => d.protected.id)).not.toContain('FIN');
  });

  it("Russia's umbrella over Belarus starts on 2024-11-19; US forces in Japan on 1952-04-28", async () => {
    expect((await edgesOf('BLR', '2024-11-18')).umbrellas).toEqual([]);
    expect((await edgesOf('BLR', '2024-11-19')).umbrellas.map((u) => u.guarantor.id)).toEqual(['RUS']);
    expect((await edgesOf('JPN', '1952-04-27')).forcesHosted).toEqual([]);
    expect((await edgesOf('JPN', '1952-04-28')).forcesHosted.map((f) => f.foreign.id)).toEqual(['USA']);
  });

  it('forces and threats are dated: Poland hosts no US forces in 1995, and its strategy names Russia from 2020', async () => {
    const in1995 = await edgesOf('POL', '1995-01-01');
    expect([in1995.forcesHosted, in1995.threats, in1995.umbrellas]).toEqual([[], [], []]);
    const in2018 = await edgesOf('POL', '2018-01-01');
    expect(in2018.forcesHosted.map((f) => [f.foreign.id, f.since])).toEqual([['USA', '2017-01-12']]);
    expect(in2018.threats).toEqual([]);
    expect((await edgesOf('POL', '2020-05-12')).threats.map((t) => [t.threat.id, t.level])).toEqual([['RUS', 'HIGH']]);
    // Iran did not perceive Israel as a threat under the Shah: the perception starts with the 1979 break.
    expect((await edgesOf('IRN', '1970-01-01')).threats).toEqual([]);
    expect((await edgesOf('IRN', '1980-01-01')).threats.map((t) => t.threat.id)).toContain('ISR');
  });

  it.each(['threats', 'perceivedAsThreatBy', 'umbrellas', 'extendsDeterrenceTo', 'forcesHosted', 'forcesAbroad'])(
    '%s(asOf:) with a bad date is BAD_USER_INPUT naming the value',
    async (field) => {
      const { body } = await graphql(server.url, `{ state(id: "POL") { ${field}(asOf: "2023-02-30") { source } } }`);
      expect(body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
      expect(body.errors![0]!.message).toContain('"2023-02-30"');
      expect(body.errors![0]!.extensions!.argument).toBe('asOf');
    },
  );
});

describe('round trips', () => {
  const everyState = `query ($asOf: Date) { states { id ...Edges } } ${EDGE_FIELDS}`;

  it('every state with all six fields: one round trip for the states, one for all their edges', async () => {
    expect(await roundTrips(everyState, { asOf: '2025-06-01' })).toBe(2);
    expect(await roundTrips(everyState)).toBe(2);
  });

  it('one state with all six fields costs the same: the edges do not grow with the number of states', async () => {
    expect(await roundTrips(`query ($asOf: Date) { state(id: "POL") { id ...Edges } } ${EDGE_FIELDS}`, { asOf: '2025-06-01' })).toBe(2);
  });

  it('a second date is a second edge query, not one per state', async () => {
    const twoDates = /* GraphQL */ `
      {
        states {
          then: threats(asOf: "2000-01-01") {
            level
          }
          now: umbrellas {
            since
          }
          forcesHosted {
            since
          }
        }
      }
    `;
    expect(await roundTrips(twoDates)).toBe(3);
  });

  it("a bloc's members with their edges: the edges of every member in one round trip", async () => {
    const members = /* GraphQL */ `
      {
        bloc(code: "NATO") {
          members {
            state {
              umbrellas {
                guarantor {
                  name
                }
              }
              forcesHosted {
                foreign {
                  name
                }
              }
              threats {
                threat {
                  name
                }
              }
            }
          }
        }
      }
    `;
    const rows = await roundTrips(members);
    const aukus = await roundTrips(members.replace('NATO', 'AUKUS'));
    expect(rows).toBe(aukus);
    expect(rows, "the bloc with its members, then every member's edges").toBe(2);
  });
});
