/**
 * One API process: connects to the Neo4j the supervisor prepared, serves HTTP on PORT, and drains on SIGTERM or
 * SIGINT. It runs as a cluster worker of supervisor.ts, which restarts it if it dies.
 */
import path from 'node:path';
import type { Config } from '../config/config.js';
import { createDriver, waitForDatabase, type Neo4jCredentials } from '../db/driver.js';
import { QueryRunner } from '../db/queryRunner.js';
import { createApp, listen } from './app.js';
import { sourceMapsOnlyInDevelopment } from './sourceMaps.js';

export async function serve(config: Config, neo4j: Neo4jCredentials): Promise<void> {
  sourceMapsOnlyInDevelopment(config.debug);
  const driver = createDriver(neo4j);
  await waitForDatabase(driver);
  const runner = new QueryRunner(driver, {
    database: config.neo4jDatabase,
    queriesDir: path.join(config.projectRoot, 'cypher', 'queries'),
    timeoutMs: config.queryTimeoutMs,
    maxConcurrent: config.maxConcurrentCypher,
  });
  const app = await createApp({
    runner,
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
  });
  const port = await listen(app.httpServer, config.port, config.host);
  const shown = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  console.log(`Alliance Explorer API on http://${shown}:${port}/graphql (playground in a browser), dashboard on http://${shown}:${port}/, health at /healthz, readiness at /readyz`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing in-flight requests, then closing`);
    await app.stop();
    await driver.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}
