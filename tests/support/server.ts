/** The real API server (Express + Apollo) on an ephemeral port, reading the test Neo4j. */
import { loadConfig, projectRoot } from '../../src/config/config.js';
import { QueryRunner } from '../../src/db/queryRunner.js';
import { createApp, listen } from '../../src/server/app.js';
import { runnerOptions } from '../../src/server/openGraph.js';
import { createLogger, type Logger } from '../../src/observability/logger.js';
import { testDriver, testNeo4j } from './db.js';

export interface TestServer {
  url: string;
  runner: QueryRunner;
  close(): Promise<void>;
}

/** The API key the test server accepts for the ad hoc cypher field. */
export const TEST_API_KEY = 'test-api-key-0123456789';

export async function startTestServer(
  options: {
    apiKey?: string;
    introspection?: boolean;
    requestTimeoutMs?: number;
    adHocTimeoutMs?: number;
    rateLimitPerMinute?: number;
    computeBudgetMs?: number;
    corsOrigins?: string[];
    logger?: Logger;
    responseCacheBytes?: number;
    graphVersionPollMs?: number;
  } = { apiKey: TEST_API_KEY },
): Promise<TestServer> {
  // The server's own runner settings, on the tests' shared driver and database, with a timeout for a busy machine.
  const runner = new QueryRunner(testDriver(), { ...runnerOptions(loadConfig()), database: testNeo4j().database, timeoutMs: 10_000 });
  // The tests send thousands of requests from one address: no rate limit unless a test asks for one.
  // Request lines would bury the test report: silent unless LOG_LEVEL asks for them or a test reads them.
  const logger = options.logger ?? createLogger({ logLevel: loadConfig({ LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' }).logLevel });
  // A wide compute budget unless a test sets one: a worker thread's first task compiles its TypeScript, seconds on a
  // busy machine; tests/integration/timeouts.test.ts sets a tiny one to see the budget fire.
  // No response cache unless a test asks for one: the tests count the Cypher each request runs, and a repeated
  // request answered from memory runs none (tests/integration/responseCache.test.ts tests the cache itself).
  const app = await createApp({
    runner,
    projectRoot,
    rateLimitPerMinute: 0,
    computeBudgetMs: 30_000,
    responseCacheBytes: 0,
    ...options,
    logger,
  });
  const port = await listen(app.httpServer, 0, '127.0.0.1');
  return { url: `http://127.0.0.1:${port}`, runner, close: () => app.stop() };
}

/** POST a GraphQL operation and return the parsed body and status. */
export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ status: number; body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] } }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as never };
}
