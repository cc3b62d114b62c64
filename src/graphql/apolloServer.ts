/**
 * The GraphQL server without HTTP: schema.graphql + resolvers + error mapping. The HTTP app mounts it;
 * the CLI runs operations on it in-process (executeOperation), so both give the same answers and errors.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, OperationTypeNode } from 'graphql';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { RanQuery } from '../db/queryRunner.js';
import type { Context } from './context.js';
import { formatError } from './errors.js';
import { queryLimitProtection } from './limits.js';
import { neo4jBrowserUrl, queryNameOf } from './neo4jBrowser.js';
import { resolvers } from './resolvers/index.js';

/** Where Neo4j Browser is, and the text of a named query (the runner's): each listed query then carries a `browserUrl`. */
export interface Neo4jBrowserLinks {
  /** Neo4j Browser's address, e.g. http://127.0.0.1:7474/browser/ (NEO4J_BROWSER_URL). */
  url: string;
  /** The Cypher of cypher/queries/NAME.cypher, without its `:param` lines (QueryRunner.queryText). */
  queryText(name: string): string;
}

/**
 * Reports what the request cost and read: `extensions.cypherRoundTrips` (a count, not a time) and
 * `extensions.cypherQueries`, the named query files it ran with their parameters, so an analyst can run the same
 * Cypher in Neo4j Browser and check the answer; with `links`, each also as a `browserUrl` that opens Neo4j Browser's
 * editor on the query with its `:param` lines.
 */
function cypherExtensions(links: Neo4jBrowserLinks | undefined): ApolloServerPlugin<Context> {
  const withLink = (ran: RanQuery): RanQuery & { browserUrl?: string } => {
    const name = links ? queryNameOf(ran.file) : undefined;
    if (!links || !name) return ran;
    try {
      return { ...ran, browserUrl: neo4jBrowserUrl(links.url, links.queryText(name), ran.params) };
    } catch {
      return ran; // a query the runner does not know: listed without a link
    }
  };
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              cypherRoundTrips: contextValue.runner?.roundTrips ?? 0,
              cypherQueries: (contextValue.runner?.ran ?? []).map(withLink),
            };
          }
        },
      };
    },
  };
}

/**
 * The API only reads: a mutation or subscription is the client's mistake (400 with a code saying so), not the
 * INTERNAL_SERVER_ERROR graphql-js would leave it as. When the database is unavailable or the server sheds load,
 * the HTTP status says so too (503 with Retry-After), so clients and balancers can back off.
 */
const readOnlyAndHonestStatus: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation && operation.operation !== OperationTypeNode.QUERY) {
          throw new GraphQLError(`This API answers queries only; ${operation.operation}s are not supported`, {
            extensions: { code: 'OPERATION_NOT_SUPPORTED', http: { status: 400 } },
          });
        }
      },
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        if (response.body.singleResult.errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) {
          response.http.status = 503;
          response.http.headers.set('retry-after', '1');
        }
      },
    };
  },
};

/** What Apollo logs through (its Logger interface): the server's pino logger fits it. */
export interface ServerLogger {
  debug(message?: unknown): void;
  info(message?: unknown): void;
  warn(message?: unknown): void;
  error(message?: unknown): void;
}

export interface GraphQLServerOptions {
  debug?: boolean;
  /** Where Apollo's own messages and our unexpected errors go (default: console). */
  logger?: ServerLogger;
  /** On by default: the playground and codegen need it. */
  introspection?: boolean;
  plugins?: ApolloServerPlugin<Context>[];
  /** Adds a Neo4j Browser link to each query listed in `extensions.cypherQueries`. */
  neo4jBrowser?: Neo4jBrowserLinks;
}

/** The public contract, schema.graphql, as the server runs it (also served at GET /schema.graphql). */
export function readSchemaSource(projectRoot: string): string {
  return fs.readFileSync(path.join(projectRoot, 'schema.graphql'), 'utf8');
}

export function createApolloServer(projectRoot: string, options: GraphQLServerOptions = {}): ApolloServer<Context> {
  const typeDefs = readSchemaSource(projectRoot);
  const limits = queryLimitProtection();
  return new ApolloServer<Context>({
    typeDefs,
    resolvers,
    ...(options.logger ? { logger: options.logger } : {}),
    // An unexpected error is ours: logged whole, while the client learns only that it happened.
    formatError: (formatted, error) => formatError(formatted, error, (original) => (options.logger ?? console).error(original)),
    introspection: options.introspection ?? true,
    includeStacktraceInErrorResponses: options.debug ?? false,
    allowBatchedHttpRequests: false,
    // The process owns SIGINT/SIGTERM (src/server/main.ts drains, then closes the driver). Apollo's own handlers
    // would stop the server too, and Apollo 5.5 leaves a second, concurrent stop() waiting forever.
    stopOnTerminationSignals: false,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [
      ...(limits.plugins as ApolloServerPlugin<Context>[]),
      cypherExtensions(options.neo4jBrowser),
      readOnlyAndHonestStatus,
      // The schema sets no cache hints; Apollo's default cache-control plugin would still wrap every resolver to
      // compute a policy (a willResolveField hook per field), for a response header nobody reads.
      ApolloServerPluginCacheControlDisabled(),
      // Last, so that they see the response as it will be sent (its extensions written): the response cache stores it.
      ...(options.plugins ?? []),
    ],
  });
}
