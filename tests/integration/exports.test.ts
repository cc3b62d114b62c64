/**
 * "Take it with you", the API's part: `GET /export/exposure.csv` and `GET /export/blocs.csv` answer the dashboard's
 * tables as CSV files (parsed here with csv-parse) by running the same GraphQL operations in-process, so their
 * answers agree with /graphql's, bad input is a 400 naming the argument, and they share /graphql's rate limit; and
 * every named query a response lists links to Neo4j Browser with its query and parameters, the exposure facts served
 * from the shared cache included.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({});
});
afterAll(async () => server.close());

const today = () => new Date().toISOString().slice(0, 10);

interface Entry {
  state: { id: string; name: string };
  score: number;
  level: string;
}

async function exposure(variables: Record<string, unknown>): Promise<{ asOf: string; entries: Entry[] }> {
  const { status, body } = await graphql<{ exposure: { asOf: string; entries: Entry[] } }>(
    server.url,
    `
      query ($withdrawing: ID!, $from: [ID!], $asOf: Date, $scenario: ScenarioInput) {
        exposure(withdrawing: $withdrawing, from: $from, asOf: $asOf, scenario: $scenario) {
          asOf
          entries {
            state {
              id
              name
            }
            score
            level
          }
        }
      }
    `,
    variables,
  );
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(status).toBe(200);
  return body.data!.exposure;
}

async function csvFile(path: string): Promise<{ name: string | undefined; rows: Record<string, string>[]; header: string[] }> {
  const response = await fetch(`${server.url}${path}`);
  const text = await response.text();
  expect(response.status, text).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  const [header] = parse(text, { to_line: 1 });
  // RFC 4180: CRLF between records (fields may hold a bare LF, quoted).
  expect(text.endsWith('\r\n')).toBe(true);
  return { name, rows: parse<Record<string, string>>(text, { columns: true }), header: header! };
}

async function badRequest(path: string): Promise<{ code: unknown; argument: unknown; message: string }> {
  const response = await fetch(`${server.url}${path}`);
  expect(response.status, path).toBe(400);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await response.json()) as { errors: { message: string; extensions: { code: unknown; argument: unknown } }[] };
  const [error] = body.errors;
  return { code: error!.extensions.code, argument: error!.extensions.argument, message: error!.message };
}

describe('GET /export/exposure.csv', () => {
  it('lists who is exposed if the US withdraws today, as /graphql does: Poland among them with a positive score', async () => {
    const { name, rows, header } = await csvFile('/export/exposure.csv?withdrawing=USA');
    expect(header).toEqual(['rank', 'state_id', 'state_name', 'level', 'score', 'reasons']);
    const answer = await exposure({ withdrawing: 'USA' });
    expect(name).toBe(`exposure-USA-${answer.asOf}.csv`);
    expect(answer.asOf).toBe(today());
    const poland = rows.find((r) => r.state_id === 'POL');
    expect(poland, 'Poland in the file').toBeDefined();
    expect(Number(poland!.score)).toBeGreaterThan(0);
    expect(poland!.state_name).toBe('Poland');
    expect(poland!.reasons).toMatch(/THREAT_PROXIMITY \+[\d.]+: .*Russia/);
    expect(rows.map((r) => [Number(r.rank), r.state_id, r.level, Number(r.score)])).toEqual(
      answer.entries.map((e, i) => [i + 1, e.state.id, e.level, e.score]),
    );
  });

  it('takes the blocs withdrawn from, a date and a stored scenario, like the exposure field', async () => {
    const { name, rows } = await csvFile('/export/exposure.csv?withdrawing=usa&from=NATO&asOf=2023-01-01');
    expect(name).toBe('exposure-USA-from-NATO-2023-01-01.csv');
    const answer = await exposure({ withdrawing: 'USA', from: ['NATO'], asOf: '2023-01-01' });
    expect(rows.map((r) => r.state_id)).toEqual(answer.entries.map((e) => e.state.id));

    const scenario = await csvFile('/export/exposure.csv?withdrawing=USA&scenario=negative');
    expect(scenario.name).toBe(`exposure-USA-scenario-negative-${today()}.csv`);
    expect(scenario.header).toEqual([
      'rank',
      'state_id',
      'state_name',
      'level',
      'score',
      'reasons',
      'baseline_level',
      'baseline_score',
      'change',
    ]);
    const under = await exposure({ withdrawing: 'USA', scenario: { name: 'negative' } });
    expect(scenario.rows.map((r) => r.state_id)).toEqual(under.entries.map((e) => e.state.id));
  });

  it.each([
    ['no withdrawing state', '/export/exposure.csv', 'withdrawing'],
    ['an empty withdrawing state', '/export/exposure.csv?withdrawing=', 'withdrawing'],
    ['an unknown state', '/export/exposure.csv?withdrawing=XYZ', 'withdrawing'],
    ['an impossible date', '/export/exposure.csv?withdrawing=USA&asOf=2023-02-30', 'asOf'],
    ['a date that is not one', '/export/exposure.csv?withdrawing=USA&asOf=yesterday', 'asOf'],
    ['an empty bloc code', '/export/exposure.csv?withdrawing=USA&from=NATO,,EU', 'from'],
    ['an unknown bloc', '/export/exposure.csv?withdrawing=USA&from=NOPE', 'from'],
    ['an unknown stored scenario', '/export/exposure.csv?withdrawing=USA&scenario=nope', 'scenario.name'],
    ['a parameter it does not take', '/export/exposure.csv?withdrawing=USA&colour=red', 'colour'],
    ['a parameter given twice', '/export/exposure.csv?withdrawing=USA&asOf=2020-01-01&asOf=2021-01-01', 'asOf'],
  ])('%s: 400 with a JSON error naming the argument', async (_label, path, argument) => {
    const error = await badRequest(path);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.argument).toBe(argument);
    expect(error.message).toMatch(new RegExp(`^${argument.replace('.', '\\.')}\\b`));
  });
});

describe('GET /export/blocs.csv', () => {
  it('lists every bloc with its full members and mutual-defence clause on the date', async () => {
    const { name, rows, header } = await csvFile('/export/blocs.csv?asOf=2000-01-01');
    expect(name).toBe('blocs-2000-01-01.csv');
    expect(header).toEqual(['code', 'name', 'kind', 'founded', 'dissolved', 'members', 'mutual_defence', 'defence_clause']);
    const { body } = await graphql<{ blocs: { code: string; members: unknown[] }[] }>(
      server.url,
      '{ blocs { code members(asOf: "2000-01-01", status: [MEMBER]) { since } } }',
    );
    expect(rows.map((r) => r.code)).toEqual(body.data!.blocs.map((b) => b.code));
    const nato = rows.find((r) => r.code === 'NATO')!;
    expect(Number(nato.members)).toBe(body.data!.blocs.find((b) => b.code === 'NATO')!.members.length);
    expect(Number(nato.members)).toBe(19); // before the 2004 enlargement
    expect(nato.mutual_defence).toBe('true');
    expect(nato.kind).toBe('MILITARY_ALLIANCE');
    // The EU's defence clause took effect on 2009-12-01.
    expect(rows.find((r) => r.code === 'EU')?.mutual_defence).toBe('false');
    const todays = await csvFile('/export/blocs.csv');
    expect(todays.name).toBe(`blocs-${today()}.csv`);
    expect(todays.rows.find((r) => r.code === 'EU')?.mutual_defence).toBe('true');
  });

  it('refuses a bad date or an unknown parameter with a 400 naming it', async () => {
    expect(await badRequest('/export/blocs.csv?asOf=2023-13-01')).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'asOf' });
    expect(await badRequest('/export/blocs.csv?kind=CAUCUS')).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'kind' });
  });
});

describe('GET /export/network.graphml and network.json', () => {
  it('the defence network of 1985 as GraphML and JSON: the same states and ties as the network field', async () => {
    const { body } = await graphql<{ network: { centrality: unknown[]; ties: unknown[] } }>(
      server.url,
      '{ network(asOf: "1985-01-01") { centrality { degree } ties { blocs { code } } } }',
    );
    const states = body.data!.network.centrality.length;
    const ties = body.data!.network.ties.length;
    const graphmlResponse = await fetch(`${server.url}/export/network.graphml?asOf=1985-01-01`);
    expect(graphmlResponse.status).toBe(200);
    expect(graphmlResponse.headers.get('content-type')).toMatch(/^application\/graphml\+xml/);
    expect(graphmlResponse.headers.get('content-disposition')).toMatch(/filename="network-DEFENCE-1985-01-01\.graphml"/);
    const text = await graphmlResponse.text();
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">')).toBe(true);
    expect(text.match(/<node id="/g)).toHaveLength(states);
    expect(text.match(/<edge id="/g)).toHaveLength(ties);
    for (const key of ['name', 'degree', 'betweenness', 'community', 'articulation_point']) expect(text).toContain(`attr.name="${key}"`);
    // Every element closed: as many openings as closings of each.
    for (const tag of ['graphml', 'graph', 'node', 'edge', 'data']) {
      expect(text.match(new RegExp(`<${tag}[ >]`, 'g'))?.length, tag).toBe(text.match(new RegExp(`</${tag}>`, 'g'))?.length);
    }
    expect(text).toMatch(/<node id="SUN">.*<data key="n_name">Soviet Union<\/data>/);

    const json = (await (await fetch(`${server.url}/export/network.json?asOf=1985-01-01`)).json()) as {
      nodes: { id: string }[];
      edges: unknown[];
    };
    expect(json.nodes).toHaveLength(states);
    expect(json.edges).toHaveLength(ties);
    expect(json.nodes.map((n) => n.id)).toContain('SUN');
  });

  it('refuses an unknown obligation, naming it', async () => {
    expect(await badRequest('/export/network.graphml?obligations=DEFENCE,HUGS')).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'obligations',
    });
  });
});

describe('the exports share /graphql’s rate limit', () => {
  it('answers 429 past the allowance, counting files and GraphQL requests together', async () => {
    const limited = await startTestServer({ rateLimitPerMinute: 4 });
    try {
      const statuses: number[] = [];
      for (const path of ['/export/blocs.csv', '/export/blocs.csv', '/graphql', '/export/blocs.csv', '/export/blocs.csv', '/graphql']) {
        const response =
          path === '/graphql'
            ? await fetch(`${limited.url}/graphql`, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ query: '{ __typename }' }),
              })
            : await fetch(`${limited.url}${path}`);
        statuses.push(response.status);
        if (response.status === 429) {
          expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
          expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
            'RATE_LIMITED',
          );
        } else await response.text();
      }
      expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('open in Neo4j Browser', () => {
  interface Listed {
    file: string;
    params: Record<string, unknown>;
    browserUrl?: string;
    cached?: boolean;
  }
  const listed = async (query: string): Promise<{ queries: Listed[]; roundTrips: number }> => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { errors?: unknown; extensions: { cypherQueries: Listed[]; cypherRoundTrips: number } };
    expect(body.errors).toBeUndefined();
    return { queries: body.extensions.cypherQueries, roundTrips: body.extensions.cypherRoundTrips };
  };
  /** What Neo4j Browser's editor is filled with: the `:param` lines, then the query. */
  const editorText = (url: string) => new URL(url).searchParams.get('arg') ?? '';

  it('every named query a response lists carries a link to Neo4j Browser with its query and parameters', async () => {
    const { queries } = await listed('{ bloc(code: "NATO") { members(asOf: "2022-01-01") { state { id } } } }');
    expect(queries).toHaveLength(1);
    const [q] = queries;
    expect(q!.browserUrl).toMatch(/^http:\/\/127\.0\.0\.1:7474\/browser\/\?cmd=edit&arg=/);
    const text = editorText(q!.browserUrl!);
    expect(text).toContain(":param code => 'NATO';");
    expect(text).toContain(":param asOf => '2022-01-01';");
    expect(text).toContain('MATCH (b:Bloc {code: $code})');
    expect(text.trim().endsWith(';')).toBe(true);
  });

  it('exposure facts served from the shared cache are listed too, marked cached, with the parameters they were read with', async () => {
    // A question nobody has asked yet: the first request reads the facts, the second is served from the cache.
    const query = '{ exposure(withdrawing: "USA", from: ["NATO"], asOf: "2011-03-04") { entries { state { id } } } }';
    const first = await listed(query);
    const second = await listed(query);
    const read = first.queries.find((q) => q.file === 'cypher/queries/exposure.cypher');
    const cached = second.queries.find((q) => q.file === 'cypher/queries/exposure.cypher');
    expect(read).toBeDefined();
    expect(read!.cached).toBeUndefined();
    expect(read!.params).toEqual({ asOf: '2011-03-04', states: 'USA', blocs: 'NATO' });
    expect(cached).toMatchObject({ cached: true, params: read!.params, browserUrl: read!.browserUrl });
    // Listed, not run: the round trips count only what this request sent to Neo4j.
    expect(second.roundTrips).toBeLessThan(first.roundTrips);
    expect(editorText(cached!.browserUrl!)).toContain(":param states => 'USA';");
  });
});
