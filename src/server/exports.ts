/**
 * The dashboard's tables as files: `GET /export/exposure.csv?withdrawing=USA&asOf=2025-06-01&from=NATO,EU` and
 * `GET /export/blocs.csv?asOf=2025-06-01`. Each runs a GraphQL operation in-process on the server's own Apollo
 * instance (executeOperation, with a context like /graphql's), so the limits, validation, answers and errors are the
 * API's; a bad argument is a 400 whose JSON error names it (`extensions.argument`), as /graphql's do. The columns are
 * the ones the dashboard's "Download CSV" buttons write (web/dashboard/src/export/tables.ts).
 */
import type { ApolloServer } from '@apollo/server';
import express from 'express';
import type { Context } from '../graphql/context.js';
import { CSV_TYPE, toCsv, type CsvValue } from './csv.js';
import { toGraphml, type GraphmlGraph } from './graphml.js';

interface ExposureAnswer {
  exposure: {
    withdrawing: { id: string };
    asOf: string;
    entries: {
      state: { id: string; name: string };
      score: number;
      level: string;
      reasons: { kind: string; text: string; weight: number }[];
    }[];
    deltas: { state: { id: string }; baselineScore: number; baselineLevel: string; change: number }[];
  } | null;
}

interface BlocsAnswer {
  blocs: {
    code: string;
    name: string;
    kind: string;
    founded: string | null;
    dissolved: string | null;
    mutualDefence: boolean;
    defenceClause: string | null;
    members: unknown[];
  }[];
}

const EXPOSURE = /* GraphQL */ `
  query ExportExposure($withdrawing: ID!, $from: [ID!], $asOf: Date, $scenario: ScenarioInput) {
    exposure(withdrawing: $withdrawing, from: $from, asOf: $asOf, scenario: $scenario) {
      withdrawing {
        id
      }
      asOf
      entries {
        state {
          id
          name
        }
        score
        level
        reasons {
          kind
          text
          weight
        }
      }
      deltas {
        state {
          id
        }
        baselineScore
        baselineLevel
        change
      }
    }
  }
`;

const BLOCS = /* GraphQL */ `
  query ExportBlocs($asOf: Date) {
    blocs {
      code
      name
      kind
      founded
      dissolved
      mutualDefence(asOf: $asOf)
      defenceClause
      members(asOf: $asOf, status: [MEMBER]) {
        status
      }
    }
  }
`;

interface NetworkAnswer {
  network: {
    asOf: string;
    obligations: string[];
    centrality: { state: { id: string; name: string }; degree: number; betweenness: number }[];
    articulationPoints: { id: string }[];
    communities: { id: string }[][];
    ties: { a: { id: string }; b: { id: string }; blocs: { code: string }[] }[];
  };
}

const NETWORK = /* GraphQL */ `
  query ExportNetwork($asOf: Date, $obligations: [Obligation!], $scenario: ScenarioInput) {
    network(asOf: $asOf, obligations: $obligations, scenario: $scenario) {
      asOf
      obligations
      centrality {
        state {
          id
          name
        }
        degree
        betweenness
      }
      articulationPoints {
        id
      }
      communities {
        id
      }
      ties {
        a {
          id
        }
        b {
          id
        }
        blocs {
          code
        }
      }
    }
  }
`;

/** The network as a graph file's nodes and edges: each state with its centrality and community, each tie with its blocs. */
export function networkGraph(network: NetworkAnswer['network']): GraphmlGraph {
  const community = new Map<string, number>();
  network.communities.forEach((members, i) => members.forEach((s) => community.set(s.id, i + 1)));
  const articulation = new Set(network.articulationPoints.map((s) => s.id));
  return {
    nodes: network.centrality.map((c) => ({
      id: c.state.id,
      attributes: {
        name: c.state.name,
        degree: c.degree,
        betweenness: c.betweenness,
        community: community.get(c.state.id) ?? 0,
        articulation_point: articulation.has(c.state.id),
      },
    })),
    edges: network.ties.map((t) => ({ source: t.a.id, target: t.b.id, attributes: { blocs: t.blocs.map((b) => b.code).join(' ') } })),
  };
}

/** A reason as one cell's part: `GUARANTEE_LOST +0.2: Loses …`. */
const reasonText = (r: { kind: string; text: string; weight: number }) => `${r.kind} ${r.weight > 0 ? '+' : ''}${r.weight}: ${r.text}`;

/** The exposure table: one row per exposed state, most exposed first; under a scenario, its baseline and change. */
export function exposureCsv(report: NonNullable<ExposureAnswer['exposure']>, underScenario: boolean): string {
  const deltas = new Map(report.deltas.map((d) => [d.state.id, d]));
  const header = ['rank', 'state_id', 'state_name', 'level', 'score', 'reasons'];
  if (underScenario) header.push('baseline_level', 'baseline_score', 'change');
  const rows = report.entries.map((e, i) => {
    const row: CsvValue[] = [i + 1, e.state.id, e.state.name, e.level, e.score, e.reasons.map(reasonText).join('; ')];
    const d = deltas.get(e.state.id);
    if (underScenario) row.push(d?.baselineLevel, d?.baselineScore, d?.change);
    return row;
  });
  return toCsv(header, rows);
}

/** The bloc table: every bloc, its full members on the date and whether it binds them to mutual defence then. */
export function blocsCsv(blocs: BlocsAnswer['blocs']): string {
  const header = ['code', 'name', 'kind', 'founded', 'dissolved', 'members', 'mutual_defence', 'defence_clause'];
  return toCsv(
    header,
    blocs.map((b) => [b.code, b.name, b.kind, b.founded, b.dissolved, b.members.length, b.mutualDefence, b.defenceClause]),
  );
}

/** A file name part: letters, digits, `_`, `-` and `+` only. */
const safe = (text: string) => text.replace(/[^A-Za-z0-9_+-]+/g, '_');

class BadExportInput extends Error {
  constructor(
    message: string,
    readonly argument: string,
  ) {
    super(message);
  }
}

/** The query string's parameters, each given once at most, none besides `allowed`. */
function readParams(req: express.Request, allowed: readonly string[]): Record<string, string | undefined> {
  const url = new URL(req.originalUrl, 'http://localhost');
  const values: Record<string, string | undefined> = {};
  for (const [name, value] of url.searchParams) {
    if (!allowed.includes(name)) throw new BadExportInput(`${name}: unknown parameter; expected ${allowed.join(', ')}`, name);
    if (values[name] !== undefined) throw new BadExportInput(`${name}: given more than once`, name);
    values[name] = value;
  }
  return values;
}

type ErrorBody = { message: string; extensions?: Record<string, unknown> };

function send400(res: express.Response, message: string, argument: string): void {
  res.status(400).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', argument } }] });
}

/** The HTTP status of a GraphQL answer's first error, as /graphql would give it or as a file download should. */
function statusOf(error: ErrorBody, given: number | undefined): number {
  if (given !== undefined && given >= 400) return given;
  switch (error.extensions?.code) {
    case 'BAD_USER_INPUT':
    case 'GRAPHQL_VALIDATION_FAILED':
    case 'QUERY_TOO_COSTLY':
      return 400;
    case 'SERVICE_UNAVAILABLE':
      return 503;
    case 'QUERY_TIMEOUT':
      return 504;
    default:
      return 500;
  }
}

export interface ExportOptions {
  apollo: ApolloServer<Context>;
  /** A context like the one /graphql builds for this request. */
  contextFor: (req: express.Request, res: express.Response) => Context;
}

export function exportRoutes({ apollo, contextFor }: ExportOptions): express.Router {
  const router = express.Router();

  /** Runs an operation as /graphql would; on an error, answers it (JSON, the API's status and codes) and returns undefined. */
  const run = async <T>(
    req: express.Request,
    res: express.Response,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<T | undefined> => {
    const response = await apollo.executeOperation<T>({ query, variables }, { contextValue: contextFor(req, res) });
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    const { data, errors } = response.body.singleResult;
    if (errors?.length || !data) {
      const first: ErrorBody = errors?.[0] ?? { message: 'No answer', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
      const status = statusOf(first, response.http.status);
      if (status === 503) res.setHeader('retry-after', response.http.headers.get('retry-after') ?? '1');
      // A variable refused by Apollo is named `$asOf`; the file's parameter is `asOf`.
      const argument = first.extensions?.argument;
      const extensions = typeof argument === 'string' ? { ...first.extensions, argument: argument.replace(/^\$/, '') } : first.extensions;
      res.status(status).json({ errors: [{ message: first.message, extensions }] });
      return undefined;
    }
    return data;
  };

  const sendFile = (res: express.Response, type: string, name: string, body: string) => {
    res.setHeader('content-type', type);
    res.setHeader('content-disposition', `attachment; filename="${name}"`);
    res.setHeader('cache-control', 'no-store');
    res.send(body);
  };
  const sendCsv = (res: express.Response, name: string, text: string) => sendFile(res, CSV_TYPE, name, text);

  router.get('/exposure.csv', async (req, res) => {
    const params = readParams(req, ['withdrawing', 'from', 'asOf', 'scenario']);
    if (!params.withdrawing?.trim())
      return send400(res, 'withdrawing: required, the id of the withdrawing state (e.g. USA)', 'withdrawing');
    const from = params.from === undefined ? undefined : params.from.split(',').map((code) => code.trim());
    if (from?.some((code) => code === ''))
      return send400(res, `from: "${params.from}" is not a comma-separated list of bloc codes`, 'from');
    const variables = {
      withdrawing: params.withdrawing,
      ...(from ? { from } : {}),
      ...(params.asOf !== undefined ? { asOf: params.asOf } : {}),
      ...(params.scenario !== undefined ? { scenario: { name: params.scenario } } : {}),
    };
    const data = await run<ExposureAnswer>(req, res, EXPOSURE, variables);
    if (!data) return;
    const report = data.exposure!;
    const name = [
      'exposure',
      report.withdrawing.id,
      ...(from ? ['from', from.join('+')] : []),
      ...(params.scenario ? ['scenario', params.scenario] : []),
      report.asOf,
    ];
    sendCsv(res, `${name.map(safe).join('-')}.csv`, exposureCsv(report, params.scenario !== undefined));
  });

  router.get('/blocs.csv', async (req, res) => {
    const params = readParams(req, ['asOf']);
    const data = await run<BlocsAnswer>(req, res, BLOCS, params.asOf !== undefined ? { asOf: params.asOf } : {});
    if (!data) return;
    // Without asOf the answer is as of today in UTC, as every asOf of the API.
    sendCsv(res, `blocs-${safe(params.asOf ?? new Date().toISOString().slice(0, 10))}.csv`, blocsCsv(data.blocs));
  });

  const OBLIGATIONS = ['DEFENCE', 'OFFENCE', 'NEUTRALITY', 'NONAGGRESSION', 'CONSULTATION'];
  const network = async (req: express.Request, res: express.Response): Promise<{ graph: GraphmlGraph; name: string } | undefined> => {
    const params = readParams(req, ['asOf', 'obligations', 'scenario']);
    const obligations = params.obligations === undefined ? undefined : params.obligations.split(',').map((o) => o.trim().toUpperCase());
    const wrong = obligations?.find((o) => !OBLIGATIONS.includes(o));
    if (wrong !== undefined) {
      send400(res, `obligations: "${wrong}" is not one of ${OBLIGATIONS.join(', ')}`, 'obligations');
      return undefined;
    }
    const variables = {
      ...(params.asOf !== undefined ? { asOf: params.asOf } : {}),
      ...(obligations ? { obligations } : {}),
      ...(params.scenario !== undefined ? { scenario: { name: params.scenario } } : {}),
    };
    const data = await run<NetworkAnswer>(req, res, NETWORK, variables);
    if (!data) return undefined;
    const n = data.network;
    const name = ['network', n.obligations.join('+'), ...(params.scenario ? ['scenario', params.scenario] : []), n.asOf]
      .map(safe)
      .join('-');
    return { graph: networkGraph(n), name };
  };

  // The network of a date as a graph file: GraphML for Gephi, yEd or igraph; JSON ({nodes, edges}) for code.
  router.get('/network.graphml', async (req, res) => {
    const answer = await network(req, res);
    if (answer) sendFile(res, 'application/graphml+xml; charset=utf-8', `${answer.name}.graphml`, toGraphml(answer.graph));
  });
  router.get('/network.json', async (req, res) => {
    const answer = await network(req, res);
    if (answer) sendFile(res, 'application/json; charset=utf-8', `${answer.name}.json`, JSON.stringify(answer.graph));
  });

  // A bad parameter, found by readParams in any route: 400 naming it (Express 5 passes a rejected handler here).
  const badInput: express.ErrorRequestHandler = (error: unknown, _req, res, next) => {
    if (error instanceof BadExportInput) return send400(res, error.message, error.argument);
    next(error);
  };
  router.use(badInput);

  return router;
}
