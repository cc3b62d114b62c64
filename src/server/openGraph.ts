/**
 * The one startup sequence, shared by the server, the CLI, the tests and the bench: get a Neo4j (the rule of
 * src/db/serverChoice.ts, unless the caller already has one), open the driver, wait for the server, load the graph
 * when asked to and allowed to, and build the query runner from the configuration.
 *
 * Loading is allowed only on a server this product runs itself (the local one, or its Docker container): a server
 * named by NEO4J_URI belongs to its operator, and its graph changes only through `alliance-explorer load`.
 */
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config/config.js';
import { createDriver, waitForDatabase, type Neo4jCredentials } from '../db/driver.js';
import { QueryRunner, type RunnerOptions } from '../db/queryRunner.js';
import type { ServerKind } from '../db/serverChoice.js';
import { ensureGraphLoaded, type LoadProgress } from '../loader/loadGraph.js';
import { provideNeo4j } from '../neo4j-server/provideNeo4j.js';

export interface OpenGraphOptions {
  log?: (line: string) => void;
  /** A server already chosen (the supervisor's for its API process, the tests'); else chosen and started here. */
  neo4j?: Neo4jCredentials & { kind?: ServerKind };
  /**
   * 'never' (the default): the graph is served as it is. 'own-if-stale': load it when it is empty, half-loaded or
   * older than the scripts, on a server this product runs itself; NEO4J_URI's server is left as it is.
   * 'if-stale': the same on any server (the explicit `alliance-explorer load`, the tests' own server).
   */
  load?: 'never' | 'own-if-stale' | 'if-stale';
  /** Wait until Neo4j answers (default); the production server starts without it and says so on /readyz. */
  wait?: boolean;
  /** How long to wait (default 60 s; a container starting on a busy machine may need more). */
  waitMs?: number;
  progress?: LoadProgress;
  /** Overrides of the query runner's settings (the tests' longer timeout). */
  runner?: Partial<RunnerOptions>;
  /** A subclass of QueryRunner to build (the bench's, which records what requests ran). */
  runnerClass?: typeof QueryRunner;
}

export interface OpenGraph {
  neo4j: Neo4jCredentials & { kind?: ServerKind };
  driver: Driver;
  runner: QueryRunner;
  close(): Promise<void>;
}

/** The query runner's settings from the configuration: one place, so the server, the CLI and the tests agree. */
export function runnerOptions(config: Config): RunnerOptions {
  return {
    database: config.neo4jDatabase,
    queriesDir: path.join(config.projectRoot, 'cypher', 'queries'),
    timeoutMs: config.queryTimeoutMs,
    maxConcurrent: config.maxConcurrentCypher,
  };
}

export async function openGraph(config: Config, options: OpenGraphOptions = {}): Promise<OpenGraph> {
  const log = options.log ?? (() => {});
  const neo4j = options.neo4j ?? (await provideNeo4j(config, log));
  const driver = createDriver(neo4j);
  try {
    if (options.wait !== false) await waitForDatabase(driver, options.waitMs);
    const load = options.load ?? 'never';
    if (load === 'if-stale' || (load === 'own-if-stale' && neo4j.kind !== 'uri')) {
      await ensureGraphLoaded(driver, config.neo4jDatabase, config.projectRoot, log, options.progress);
    } else if (load === 'own-if-stale') {
      log('Graph: NEO4J_URI names a server of your own, so it is served as it is (`alliance-explorer load` loads it)');
    }
  } catch (error) {
    await driver.close();
    throw error;
  }
  const Runner = options.runnerClass ?? QueryRunner;
  const runner = new Runner(driver, { ...runnerOptions(config), ...options.runner });
  return { neo4j, driver, runner, close: () => driver.close() };
}
