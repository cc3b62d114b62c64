/**
 * A tiny typed GraphQL client: POST /graphql on the page's own origin, JSON in and out. Types come from the
 * operation (see queries.ts); failures become an ApiError whose `kind` says, in terms a user can act on, what
 * went wrong: the server is unreachable, the database is down, the input is wrong, or the server failed.
 */

/** A GraphQL document tied to its result and variable types (the phantom field is never set). */
export interface Operation<Result, Variables> {
  readonly document: string;
  readonly name: string;
  readonly __types?: (variables: Variables) => Result;
}

/** `fragments`: definitions the document spreads that live in a string of their own (shared by operations). */
export function operation<Result, Variables>(document: string, ...fragments: string[]): Operation<Result, Variables> {
  const name = /\b(?:query|mutation)\s+(\w+)/.exec(document)?.[1] ?? 'anonymous';
  return { document: [document, ...fragments].join('\n'), name };
}

export type ApiErrorKind = 'offline' | 'unavailable' | 'input' | 'server';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    /** What the server said, verbatim, when it said something. */
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string };
}

const ENDPOINT = '/graphql';

/**
 * A named Cypher query an answer came from, as the API lists it (`extensions.cypherQueries`): the file, its
 * parameters, and a link that opens Neo4j Browser on it with its parameters set. `cached`: its rows were read by an
 * earlier request and shared.
 */
export interface CypherQuery {
  file: string;
  params: Record<string, unknown>;
  browserUrl?: string;
  cached?: boolean;
}

export async function request<Result, Variables>(
  op: Operation<Result, Variables>,
  variables: Variables,
  signal?: AbortSignal,
): Promise<Result> {
  return (await requestWithCypher(op, variables, signal)).data;
}

/** The answer, and the named Cypher queries the server says it came from. */
export async function requestWithCypher<Result, Variables>(
  op: Operation<Result, Variables>,
  variables: Variables,
  signal?: AbortSignal,
): Promise<{ data: Result; cypher: CypherQuery[] }> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      // A JSON content type makes the request "non-simple", which is what Apollo's CSRF prevention asks for.
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: op.document, operationName: op.name, variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('offline', 'The dashboard cannot reach the Alliance Explorer server. Is it still running?', String(error));
  }
  let body: { data?: Result | null; errors?: GraphQLErrorBody[]; extensions?: { cypherQueries?: unknown } } | undefined;
  const text = await response.text();
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    body = undefined;
  }
  const errors = body?.errors ?? [];
  if (response.status === 503 || errors.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) {
    throw new ApiError(
      'unavailable',
      'The graph database (Neo4j) is not answering right now. The server reconnects by itself: try again in a moment.',
      errors[0]?.message,
    );
  }
  const timeout = errors.find((e) => e.extensions?.code === 'QUERY_TIMEOUT');
  if (timeout)
    throw new ApiError('server', 'The database took too long to answer. Try again, or ask a narrower question.', timeout.message);
  const badInput = errors.find((e) => e.extensions?.code === 'BAD_USER_INPUT' || e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED');
  if (badInput) throw new ApiError('input', describeInputError(badInput.message), badInput.message);
  if (errors.length > 0 || !body?.data) {
    const said = errors.map((e) => e.message).join('; ') || `HTTP ${response.status} ${response.statusText}`.trim();
    throw new ApiError('server', 'The server could not answer this question.', said);
  }
  return { data: body.data, cypher: cypherQueries(body.extensions?.cypherQueries) };
}

/** What the server listed, kept only where it has the expected shape (a link must be http(s) to be shown). */
function cypherQueries(listed: unknown): CypherQuery[] {
  if (!Array.isArray(listed)) return [];
  return listed.flatMap((item: unknown): CypherQuery[] => {
    if (typeof item !== 'object' || item === null) return [];
    const { file, params, browserUrl, cached } = item as Record<string, unknown>;
    if (typeof file !== 'string' || typeof params !== 'object' || params === null) return [];
    return [
      {
        file,
        params: params as Record<string, unknown>,
        ...(typeof browserUrl === 'string' && /^https?:\/\//.test(browserUrl) ? { browserUrl } : {}),
        ...(cached === true ? { cached } : {}),
      },
    ];
  });
}

/** Server messages name the argument first ("asOf: \"2023-02-30\" is not a valid date…"): lead with a human label. */
function describeInputError(message: string): string {
  const match = /^(\w+): (.*)$/s.exec(message);
  const labels: Record<string, string> = {
    asOf: 'The date',
    withdrawing: 'The withdrawing state',
    from: 'A bloc',
    code: 'The bloc',
    id: 'The state',
    scenario: 'The scenario',
  };
  if (!match) return message;
  const [, argument = '', rest = ''] = match;
  const label = labels[argument];
  return label ? `${label} is not valid: ${rest}` : message;
}
