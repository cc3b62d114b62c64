/**
 * The HTTP face of the product: Apollo Server mounted in Express, /healthz, the offline playground.
 * Built from a ready QueryRunner so tests can start it against any Neo4j.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler } from 'express';
import type { QueryRunner } from '../db/queryRunner.js';
import { createApolloServer } from '../graphql/apolloServer.js';
import { createContext, type Context } from '../graphql/context.js';
import { FactsCache } from '../graphql/factsCache.js';
import { factsAround } from '../graphql/loaders.js';

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
  /** Largest accepted request body; larger ones get 413. */
  maxBodyBytes?: number;
  /** How often the graph's version is checked to drop cached facts of an older graph. */
  graphVersionPollMs?: number;
}

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  /** Stops accepting connections, lets in-flight requests finish, stops Apollo. */
  stop(): Promise<void>;
}

export async function createApp(options: AppOptions): Promise<App> {
  const { runner, projectRoot, debug = false, apiKey, adHocTimeoutMs = 5000, introspection = true, requestTimeoutMs = 30_000, maxBodyBytes = 100_000, graphVersionPollMs = 2000 } = options;
  const app = express();
  const httpServer = http.createServer({ requestTimeout: requestTimeoutMs, headersTimeout: Math.min(requestTimeoutMs, 10_000) }, app);
  const apollo = createApolloServer(projectRoot, {
    debug,
    introspection,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 5000 }), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  app.disable('x-powered-by');

  // Facts shared across requests, dropped whenever the graph is loaded again (checked every few seconds).
  const factsCache = new FactsCache();
  // The dashboard's first question (today, the US withdrawing), and a withdrawal from one bloc so that Neo4j has
  // planned that shape too: read whenever the cache starts afresh, so that no visitor pays for the cold query.
  const warmFirstQuestions = () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const question of [{ asOf: today, states: ['USA'], blocs: [] }, { asOf: today, states: ['USA'], blocs: ['NATO'] }]) {
      void factsAround(runner, question, factsCache).catch(() => {});
    }
  };
  const watchVersion = async () => {
    try {
      const [row] = await runner.read('graph-version');
      if (factsCache.observeVersion((row?.version as string | undefined) ?? null)) warmFirstQuestions();
    } catch {
      // Neo4j down: keep what is cached; /healthz reports the outage.
    }
  };
  await watchVersion();
  const versionWatch = setInterval(watchVersion, graphVersionPollMs);
  versionWatch.unref();

  app.get('/healthz', async (_req, res) => {
    const ok = await runner.ping();
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'unavailable', neo4j: ok ? 'up' : 'down' });
  });

  // The playground is our own build of GraphiQL (web/playground), so it works with no internet.
  const playgroundDir = path.join(projectRoot, 'dist', 'playground');
  app.use('/playground', express.static(playgroundDir, { index: false, fallthrough: false }));
  app.get('/graphql', (req, res, next) => {
    const wantsPage = req.accepts(['application/json', 'text/html']) === 'text/html' && req.query.query === undefined;
    if (!wantsPage) return next();
    const page = path.join(playgroundDir, 'index.html');
    if (!fs.existsSync(page)) {
      res.status(503).type('text/plain').send('The playground is not built; run `npm run build:web`.');
      return;
    }
    res.sendFile(page);
  });

  // Every GraphQL request has a deadline: past it the client gets a clear 504 (the Cypher behind it is bounded
  // by its own transaction timeout, and its session is released when that fires).
  const deadline: express.RequestHandler = (_req, res, next) => {
    const timer = setTimeout(() => {
      if (!res.headersSent) res.status(504).json({ errors: [{ message: `Request exceeded its ${requestTimeoutMs} ms deadline`, extensions: { code: 'TIMEOUT' } }] });
    }, requestTimeoutMs);
    res.on('close', () => clearTimeout(timer));
    next();
  };

  app.use(
    '/graphql',
    deadline,
    express.json({ limit: maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext(
          runner,
          { enabled: apiKey !== undefined, authorized: bearerMatches(req.headers.authorization, apiKey), timeoutMs: adHocTimeoutMs },
          factsCache,
        ),
    }),
  );

  // The dashboard (web/dashboard) at the root; everything it needs is in dist/dashboard, nothing from a CDN.
  const dashboardDir = path.join(projectRoot, 'dist', 'dashboard');
  app.use('/', express.static(dashboardDir, { index: 'index.html' }));

  const onError: ErrorRequestHandler = (error, _req, res, _next) => {
    if (res.headersSent) return; // the deadline already answered
    const status = typeof error?.status === 'number' ? error.status : 500;
    if (status >= 500) console.error(error);
    res.status(status).json({ errors: [{ message: status === 413 ? 'Request body too large' : status < 500 ? String(error.message) : 'Internal server error' }] });
  };
  app.use(onError);

  return {
    httpServer,
    apollo,
    stop: async () => {
      clearInterval(versionWatch);
      // Idle keep-alive connections (a browser tab) would otherwise hold the close for the whole grace period.
      httpServer.closeIdleConnections();
      await apollo.stop();
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
