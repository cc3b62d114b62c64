/** The real API server (Express + Apollo) on an ephemeral port, reading the test Neo4j. */
import path from 'node:path';
import { projectRoot } from '../../src/config/config.js';
import { QueryRunner } from '../../src/db/queryRunner.js';
import { createApp, listen } from '../../src/server/app.js';
import { testDriver, testNeo4j } from './db.js';

export interface TestServer {
  url: string;
  runner: QueryRunner;
  close(): Promise<void>;
}

/** The API key the test server accepts for the ad hoc cypher field. */
export const TEST_API_KEY = 'test-api-key-0123456789';

export async function startTestServer(
  options: { apiKey?: string; introspection?: boolean; requestTimeoutMs?: number; adHocTimeoutMs?: number; rateLimitPerMinute?: number; computeBudgetMs?: number; corsOrigins?: string[] } = { apiKey: TEST_API_KEY },
): Promise<TestServer> {
  const runner = new QueryRunner(testDriver(), {
    database: testNeo4j().database,
    queriesDir: path.join(projectRoot, 'cypher', 'queries'),
    timeoutMs: 10_000,
  });
  // The tests send thousands of requests from one address: no rate limit unless a test asks for one.
  const app = await createApp({ runner, projectRoot, rateLimitPerMinute: 0, ...options });
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
