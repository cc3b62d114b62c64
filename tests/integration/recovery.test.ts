/**
 * Neo4j going away and coming back, on a Neo4j of this test's own (so other tests keep theirs): /healthz turns
 * 503, GraphQL answers SERVICE_UNAVAILABLE without a stack trace or a hang, and the API recovers with no restart.
 * Runs against the local Maven-resolved server only: a NEO4J_URI or container cannot be stopped from here.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, projectRoot } from '../../src/config/config.js';
import { createDriver } from '../../src/db/driver.js';
import { QueryRunner } from '../../src/db/queryRunner.js';
import { LocalNeo4j } from '../../src/neo4j-server/localServer.js';
import { createApp, listen, type App } from '../../src/server/app.js';
import { testNeo4j } from '../support/db.js';

const local = testNeo4j().kind === 'local';
const config = loadConfig();
const server = new LocalNeo4j({
  ...config.local,
  boltPort: Number(process.env.TEST_NEO4J_FAULT_BOLT_PORT ?? 7692),
  httpPort: 0,
  instance: 'fault',
  password: config.neo4jPassword,
  log: () => {},
});
const driver = createDriver({ uri: server.boltUri, user: config.neo4jUser, password: config.neo4jPassword });
let app: App;
let url: string;

beforeAll(async () => {
  if (!local) return;
  await server.start();
  const runner = new QueryRunner(driver, { database: 'neo4j', queriesDir: path.join(projectRoot, 'cypher', 'queries'), timeoutMs: 5000 });
  app = await createApp({ runner, projectRoot });
  url = `http://127.0.0.1:${await listen(app.httpServer, 0, '127.0.0.1')}`;
});

afterAll(async () => {
  if (!local) return;
  await app.stop();
  await driver.close();
  await server.stop();
});

const health = async () => (await fetch(`${url}/healthz`)).status;
const ask = async () => {
  const started = Date.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ state(id: "USA") { id } }' }),
  });
  return { status: response.status, body: (await response.json()) as { data: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] }, ms: Date.now() - started };
};

describe.runIf(local)('when Neo4j stops and starts again', () => {
  it('health and queries follow it, and the API recovers without a restart', async () => {
    expect(await health()).toBe(200);
    expect((await ask()).body.errors).toBeUndefined();

    await server.stop();
    const stoppedAt = Date.now();
    let status = await health();
    while (status !== 503 && Date.now() - stoppedAt < 10_000) status = await health();
    expect(status).toBe(503);

    const down = await ask();
    expect(down.ms).toBeLessThan(10_000);
    expect(down.body.errors![0]!.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(down.body.errors![0]!.message).toMatch(/unavailable/);
    expect(JSON.stringify(down.body)).not.toMatch(/stacktrace|neo4j-driver|at \w+ \(/);

    await server.start();
    expect(await health()).toBe(200);
    const up = await ask();
    expect(up.body.errors).toBeUndefined();
  }, 180_000);
});
