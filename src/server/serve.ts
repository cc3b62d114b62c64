/**
 * One API process: serves HTTP on PORT over the Neo4j the supervisor chose, and drains on SIGTERM or SIGINT. It
 * runs as one of the WORKERS cluster workers of supervisor.ts, which share the port and are each restarted if they
 * die. Nothing is shared between them but Neo4j: each keeps its own caches and watches the graph's version itself. It does not wait for Neo4j: it listens
 * at once, /healthz answers, and /readyz says whether Neo4j and the graph are there.
 */
import type { Config } from '../config/config.js';
import type { Neo4jCredentials } from '../db/driver.js';
import type { Logger } from '../observability/logger.js';
import { Metrics } from '../observability/metrics.js';
import { createApp, listen } from './app.js';
import { openGraph } from './openGraph.js';
import { sourceMapsOnlyInDevelopment } from './sourceMaps.js';

export async function serve(config: Config, neo4j: Neo4jCredentials, logger: Logger): Promise<void> {
  sourceMapsOnlyInDevelopment(config.debug);
  const metrics = new Metrics();
  const graph = await openGraph(config, {
    neo4j,
    wait: false,
  });
  const app = await createApp({
    runner: graph.runner,
    projectRoot: config.projectRoot,
    debug: config.debug,
    apiKey: config.apiKey,
    adHocTimeoutMs: config.queryTimeoutMs,
    introspection: config.introspection,
    requestTimeoutMs: config.requestTimeoutMs,
    rateLimitPerMinute: config.rateLimitPerMinute,
    corsOrigins: config.corsOrigins,
    maxConnections: config.maxConnections,
    computeBudgetMs: config.computeBudgetMs,
    neo4jBrowserUrl: config.neo4jBrowserUrl,
    graphVersionPollMs: config.graphVersionPollMs,
    responseCacheBytes: config.responseCacheMb * 2 ** 20,
    cacheMaxAgeSeconds: config.cacheMaxAgeSeconds,
    cacheStaleSeconds: config.cacheStaleSeconds,
    logger,
    metrics,
  });
  const port = await listen(app.httpServer, config.port, config.host);
  const shown = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  logger.info(
    `Alliance Explorer API on http://${shown}:${port}/graphql (playground in a browser), dashboard on http://${shown}:${port}/, ` +
      'health at /healthz, readiness at /readyz, metrics at /metrics',
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: finishing in-flight requests, then closing`);
    await app.stop();
    await graph.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}
