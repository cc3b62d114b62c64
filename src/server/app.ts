/**
 * The HTTP face of the product: Apollo Server mounted in Express, /healthz and /readyz, the offline playground and
 * dashboard, behind the protections every request passes: security headers, a per-client rate limit, a bounded
 * body, a deadline, and server-wide caps on connections and on the time to send headers and body.
 * Built from a ready QueryRunner so tests can start it against any Neo4j.
 */
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import v8 from 'node:v8';
import type { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import cors from 'cors';
import helmet from 'helmet';
import { createComputePool } from '../compute/computePool.js';
import { QUERIES } from '../db/queries.js';
import type { QueryRunner } from '../db/queryRunner.js';
import { DEFAULT_NEO4J_BROWSER_URL } from '../config/config.js';
import { createApolloServer, readSchemaSource } from '../graphql/apolloServer.js';
import { createContext, type Context } from '../graphql/context.js';
import { FactsCache } from '../graphql/factsCache.js';
import { factsAround } from '../graphql/loaders.js';
import { readCypherScripts, scriptsHash } from '../loader/cypherScripts.js';
import { createLogger, type Logger } from '../observability/logger.js';
import { Metrics } from '../observability/metrics.js';
import { limitedJsonBody } from './bodyLimit.js';
import { exportRoutes } from './exports.js';
import { RequestFactsCache } from './requestFactsCache.js';
import { ResponseCache } from './responseCache.js';
import { requestLogPlugin } from './requestLog.js';

export interface AppOptions {
  runner: QueryRunner;
  projectRoot: string;
  /** Include stack traces in error responses (development only). */
  debug?: boolean;
  /** Unlocks the ad hoc `cypher` field for requests that send `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  /** Timeout of an ad hoc Cypher query. */
  adHocTimeoutMs?: number;
  introspection?: boolean;
  /** Overall deadline of one HTTP request, body included. */
  requestTimeoutMs?: number;
  /** Largest accepted request body; larger ones get 413. The largest legitimate one (a query at the token limit
   * with a scenario of the most changes allowed) is under 40 KB. */
  maxBodyBytes?: number;
  /** GraphQL requests per client (IP address) per minute; 0 = no limit. */
  rateLimitPerMinute?: number;
  /** Open connections the server accepts at once. */
  maxConnections?: number;
  /** Time budget of one computation in a worker thread (exposure under a scenario). */
  computeBudgetMs?: number;
  /** How often the graph's version is checked to drop cached facts and answers of an older graph. */
  graphVersionPollMs?: number;
  /** Whole answers kept in memory per graph version (src/server/responseCache.ts), in bytes; 0 = none. */
  responseCacheBytes?: number;
  /** Questions whose exposure facts are kept (src/graphql/factsCache.ts); 0 = none (the bench's "novel" server). */
  factsCacheEntries?: number;
  /** Cache-Control of a cacheable GET answer: max-age and stale-while-revalidate, in seconds. */
  cacheMaxAgeSeconds?: number;
  cacheStaleSeconds?: number;
  /** Origins whose pages may call /graphql from a browser (CORS); empty = the same origin only. */
  corsOrigins?: readonly string[];
  /** Where request lines and errors go (default: a logger at level info on stdout). */
  logger?: Logger;
  /** The process's metrics (default: a registry of its own), served at /metrics. */
  metrics?: Metrics;
  /** Neo4j Browser, where each query listed in `extensions.cypherQueries` links (`browserUrl`); NEO4J_BROWSER_URL. */
  neo4jBrowserUrl?: string;
}

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  metrics: Metrics;
  /** Stops accepting connections, lets in-flight requests finish, stops Apollo. */
  stop(): Promise<void>;
}

export async function createApp(options: AppOptions): Promise<App> {
  const {
    runner,
    projectRoot,
    debug = false,
    apiKey,
    adHocTimeoutMs = 5000,
    introspection = true,
    requestTimeoutMs = 30_000,
    maxBodyBytes = 64 * 1024,
    graphVersionPollMs = 2000,
    responseCacheBytes = 64 * 2 ** 20,
    factsCacheEntries = 256,
    cacheMaxAgeSeconds = 30,
    cacheStaleSeconds = 300,
    rateLimitPerMinute = 600,
    maxConnections = 1000,
    computeBudgetMs = 5000,
    corsOrigins = [],
    neo4jBrowserUrl = DEFAULT_NEO4J_BROWSER_URL,
  } = options;
  const logger = options.logger ?? createLogger({ logLevel: 'info' });
  const metrics = options.metrics ?? new Metrics();
  runner.observeStatements((query, seconds, ok) => metrics.neo4jDuration.observe({ query, outcome: ok ? 'ok' : 'error' }, seconds));
  // The scripts this server was shipped with: the graph is ready when it was loaded from exactly these.
  const wantedGraph = scriptsHash(readCypherScripts(projectRoot));
  const app = express();
  const httpServer = http.createServer(
    {
      requestTimeout: requestTimeoutMs,
      headersTimeout: Math.min(requestTimeoutMs, 10_000),
      // How often Node looks for connections past those timeouts (default 30 s: a slow-headers client would
      // hold its socket that long past its deadline).
      connectionsCheckingInterval: 1000,
    },
    app,
  );
  httpServer.maxConnections = maxConnections;
  // Whole answers per graph version; a repeated request is answered before Apollo parses it.
  const responseCache = new ResponseCache({
    maxBytes: responseCacheBytes,
    maxAgeSeconds: cacheMaxAgeSeconds,
    staleSeconds: cacheStaleSeconds,
    onLookup: (hit) => metrics.cacheLookups.inc({ cache: 'response', result: hit ? 'hit' : 'miss' }),
    onHit: ({ req, operationName, seconds, bytes }) => {
      const operation = metrics.operationLabel(operationName);
      metrics.requestDuration.observe({ operation, outcome: 'ok' }, seconds);
      metrics.roundTrips.observe({ operation }, 0);
      logger.info(
        {
          reqId: req.res?.locals.requestId,
          operation: operationName === null ? null : operationName.slice(0, 100),
          durationMs: Math.round(seconds * 1e4) / 10,
          cypherRoundTrips: 0,
          status: 200,
          cache: 'hit',
          bytes,
        },
        'graphql request',
      );
    },
  });
  metrics.observeResponseCache(() => responseCache.stats);
  const apollo = createApolloServer(projectRoot, {
    debug,
    introspection,
    logger,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 5000 }),
      ApolloServerPluginLandingPageDisabled(),
      requestLogPlugin(logger, metrics),
      responseCache.plugin(),
    ],
    neo4jBrowser: { url: neo4jBrowserUrl, queryText: (name) => runner.queryText(name) },
  });
  await apollo.start();

  app.disable('x-powered-by');
  // No ETag hashed from each body by Express: a GraphQL answer's ETag is the response cache's (graph version and
  // request), known before the answer is computed; the static files get theirs from express.static.
  app.set('etag', false);
  // Security headers. The dashboard and the playground are our own files (no CDN): scripts from this origin only;
  // inline styles (React's style attributes, Monaco's), blob: workers and data: images and fonts (Monaco); no
  // framing by anyone.
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          workerSrc: ["'self'", 'blob:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      // The playground's workers are blob: URLs; cross-origin isolation would need every resource to opt in.
      crossOriginEmbedderPolicy: false,
    }),
  );

  const compute = createComputePool({ budgetMs: computeBudgetMs });

  // Facts shared across requests, dropped whenever the graph is loaded again (checked every few seconds).
  const factsCache = new FactsCache(factsCacheEntries, (hit) => metrics.cacheLookups.inc({ cache: 'facts', result: hit ? 'hit' : 'miss' }));
  // The dashboard's first question (today, the US withdrawing), and a withdrawal from one bloc so that Neo4j has
  // planned that shape too: read whenever the cache starts afresh, so that no visitor pays for the cold query.
  const warmFirstQuestions = () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const question of [
      { asOf: today, states: ['USA'], blocs: [] },
      { asOf: today, states: ['USA'], blocs: ['NATO'] },
    ]) {
      void factsAround(runner, question, factsCache).catch(() => {});
    }
  };
  const watchVersion = async () => {
    try {
      const [row] = await runner.read(QUERIES.graphVersion, {});
      const version = row?.version ?? null;
      metrics.observeGraph(version);
      responseCache.observeVersion(version);
      if (factsCache.observeVersion(version)) warmFirstQuestions();
    } catch {
      // Neo4j down: keep what is cached; /healthz reports the outage.
    }
  };
  await watchVersion();
  const versionWatch = setInterval(() => void watchVersion(), graphVersionPollMs);
  versionWatch.unref();

  // Liveness: the process answers. It never waits on Neo4j or on the connection pool, so a busy or cut-off
  // database never gets a healthy API restarted.
  app.get('/healthz', (_req, res) => {
    res.status(200).json({ status: 'ok', pid: process.pid, heapLimitMb: Math.round(v8.getHeapStatistics().heap_size_limit / 2 ** 20) });
  });
  // Readiness: Neo4j answers and holds a completely loaded graph (a balancer sends traffic only then).
  // Probes are not rate limited, so they share one look at Neo4j: concurrent ones wait for the same answer, and an
  // answer serves for a second. A flood of /readyz costs Neo4j one trivial read a second, not one a request.
  let probe: { at: number; answer: ReturnType<QueryRunner['probe']> } | null = null;
  const sharedProbe = () => {
    if (!probe || Date.now() - probe.at > 1000) probe = { at: Date.now(), answer: runner.probe() };
    return probe.answer;
  };
  // Not ready while the graph is missing, half-loaded, or loaded from other scripts than this server's: the
  // production server never loads it itself (`alliance-explorer load` does), so the reason says what to run.
  app.get('/readyz', async (_req, res) => {
    const { neo4j, graph, hash } = await sharedProbe();
    const reason = !neo4j
      ? 'neo4j does not answer'
      : graph === null
        ? 'the graph is not loaded; run `alliance-explorer load`'
        : graph !== 'COMPLETE'
          ? `the graph is ${graph} (a load is running or was interrupted); run \`alliance-explorer load --reset\``
          : hash !== wantedGraph
            ? `the graph was loaded from other cypher scripts (${hash}) than this server's (${wantedGraph}); run \`alliance-explorer load --reset\``
            : null;
    res.status(reason ? 503 : 200).json({
      status: reason ? 'not ready' : 'ready',
      neo4j: neo4j ? 'up' : 'down',
      graph,
      graphScripts: hash,
      serverScripts: wantedGraph,
      ...(reason ? { reason } : {}),
    });
  });

  // Prometheus metrics of this process (src/observability/metrics.ts).
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  // Every request gets an id: the client's X-Request-Id when it is a plain token, else a new one. It is sent back,
  // logged with the request and attached to its Cypher as transaction metadata.
  app.use((req, res, next) => {
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && /^[A-Za-z0-9._:-]{1,64}$/.test(given) ? given : randomUUID();
    res.locals.requestId = id;
    res.setHeader('x-request-id', id);
    next();
  });

  // The playground is our own build of GraphiQL (web/playground), so it works with no internet.
  const playgroundDir = path.join(projectRoot, 'dist', 'playground');
  app.use('/playground', express.static(playgroundDir, { index: false, fallthrough: false }));
  app.get('/graphql', (req, res, next) => {
    const wantsPage = req.accepts(['application/json', 'text/html']) === 'text/html' && req.query.query === undefined;
    if (!wantsPage) return next();
    const page = path.join(playgroundDir, 'index.html');
    if (!fs.existsSync(page)) {
      res.status(503).type('text/plain').send('The playground is not built; run `npm run build`.');
      return;
    }
    res.sendFile(page);
  });

  // Every GraphQL request has a deadline: past it the client gets a clear 504 (the Cypher behind it is bounded
  // by its own transaction timeout, and its session is released when that fires).
  const deadline: express.RequestHandler = (_req, res, next) => {
    const timer = setTimeout(() => {
      if (!res.headersSent)
        res
          .status(504)
          .json({ errors: [{ message: `Request exceeded its ${requestTimeoutMs} ms deadline`, extensions: { code: 'TIMEOUT' } }] });
    }, requestTimeoutMs);
    res.on('close', () => clearTimeout(timer));
    next();
  };

  // Per client: a steady 1/60 of the minute's allowance; past it, 429 with Retry-After (seconds).
  const perClient: express.RequestHandler[] =
    rateLimitPerMinute > 0
      ? [
          rateLimit({
            windowMs: 60_000,
            limit: rateLimitPerMinute,
            standardHeaders: 'draft-7',
            legacyHeaders: false,
            handler: (_req, res, _next, limitOptions) => {
              res.status(limitOptions.statusCode).json({
                errors: [
                  {
                    message: `Too many requests: at most ${rateLimitPerMinute} a minute from one client; retry after the Retry-After seconds`,
                    extensions: { code: 'RATE_LIMITED' },
                  },
                ],
              });
            },
          }),
        ]
      : [];

  // CORS, opt-in: a page from a listed origin may call /graphql (its preflight answered, the headers set); any other
  // origin gets no Access-Control-Allow-Origin, so its browser refuses the answer. Apollo's CSRF prevention stays on:
  // a cross-origin request must be JSON or carry apollo-require-preflight, both of which need this preflight.
  const allowedOrigins = new Set(corsOrigins);
  const corsPolicy = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowedOrigins.has(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name'],
    maxAge: 600,
  });

  // The contract, published: the schema's SDL as the server runs it (descriptions included).
  const typeDefs = readSchemaSource(projectRoot);
  app.get('/schema.graphql', corsPolicy, (_req, res) => {
    res.type('text/plain; charset=utf-8').send(typeDefs);
  });

  // One request's context, for /graphql and /export alike. Exposure facts served from the shared cache are listed
  // in extensions.cypherQueries too (`cached: true`), so every exposure answer names the query its facts came from.
  const contextFor = (req: express.Request, res: express.Response): Context => {
    const context: Context = createContext(runner, {
      adHoc: { enabled: apiKey !== undefined, authorized: bearerMatches(req.headers.authorization, apiKey), timeoutMs: adHocTimeoutMs },
      // Asked only while the request resolves, once `context` exists.
      factsCache: new RequestFactsCache(factsCache, (ran) => context.runner.ran.push(ran)),
      compute,
      requestId: typeof res.locals.requestId === 'string' ? res.locals.requestId : undefined,
    });
    responseCache.attach(context, res);
    return context;
  };

  app.use(
    '/graphql',
    corsPolicy,
    ...perClient,
    deadline,
    limitedJsonBody(maxBodyBytes),
    responseCache.middleware(),
    expressMiddleware(apollo, { context: async ({ req, res }) => contextFor(req, res) }),
  );

  // The dashboard's tables as CSV files, answered by the same GraphQL operations in-process (src/server/exports.ts);
  // rate-limited with /graphql (one allowance per client for both).
  app.use('/export', corsPolicy, ...perClient, deadline, exportRoutes({ apollo, contextFor }));

  // The dashboard (web/dashboard) at the root; everything it needs is in dist/dashboard, nothing from a CDN.
  const dashboardDir = path.join(projectRoot, 'dist', 'dashboard');
  app.use('/', express.static(dashboardDir, { index: 'index.html' }));
  app.get('/', (_req, res) => {
    res.status(503).type('text/plain').send('The dashboard is not built; run `npm run build`.');
  });

  app.use((_req, res) => {
    res.status(404).json({ errors: [{ message: 'Not Found' }] });
  });

  // Fixed texts by status: an error's own message may name a path on disk (the static server's do).
  const onError: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
    if (res.headersSent) return; // the deadline already answered
    const given = typeof error === 'object' && error !== null && 'status' in error ? error.status : undefined;
    const status = typeof given === 'number' && given >= 400 && given < 600 ? given : 500;
    if (status >= 500) logger.error({ err: error }, 'request failed');
    res.status(status).json({ errors: [{ message: http.STATUS_CODES[status] ?? 'Error' }] });
  };
  app.use(onError);

  return {
    httpServer,
    apollo,
    metrics,
    stop: async () => {
      clearInterval(versionWatch);
      // Idle keep-alive connections (a browser tab) would otherwise hold the close for the whole grace period.
      httpServer.closeIdleConnections();
      await apollo.stop();
      await compute.close();
    },
  };
}

/** Constant-time comparison, so the key cannot be guessed byte by byte from response times. */
function bearerMatches(header: string | undefined, apiKey: string | undefined): boolean {
  if (!apiKey || !header?.startsWith('Bearer ')) return false;
  const given = createHash('sha256').update(header.slice('Bearer '.length)).digest();
  const expected = createHash('sha256').update(apiKey).digest();
  return timingSafeEqual(given, expected);
}

export function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
