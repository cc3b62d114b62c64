/**
 * npm start: a Neo4j (DESIGN.md section 3), the graph loaded if it is empty or older than the scripts,
 * the playground built if missing, then the API on http://localhost:PORT. SIGTERM/SIGINT drain and close.
 */
import path from 'node:path';
import { loadConfig } from '../config/config.js';
import { createDriver, waitForDatabase } from '../db/driver.js';
import { QueryRunner } from '../db/queryRunner.js';
import { ensureGraphLoaded } from '../loader/loadGraph.js';
import { provideNeo4j } from '../neo4j-server/provideNeo4j.js';
import { createApp, listen } from './app.js';
import { sourceMapsOnlyInDevelopment } from './sourceMaps.js';
import { ensureWebBuilt } from './webBuild.js';

const config = loadConfig();
sourceMapsOnlyInDevelopment(config.debug);
const neo4j = await provideNeo4j(config);
const driver = createDriver(neo4j);
await waitForDatabase(driver);
await ensureGraphLoaded(driver, config.neo4jDatabase, config.projectRoot, console.log);
await ensureWebBuilt(config.projectRoot, console.log);

const runner = new QueryRunner(driver, {
  database: config.neo4jDatabase,
  queriesDir: path.join(config.projectRoot, 'cypher', 'queries'),
  timeoutMs: config.queryTimeoutMs,
});
const app = await createApp({
  runner,
  projectRoot: config.projectRoot,
  debug: config.debug,
  apiKey: config.apiKey,
  adHocTimeoutMs: config.queryTimeoutMs,
  introspection: config.introspection,
  requestTimeoutMs: config.requestTimeoutMs,
});
const port = await listen(app.httpServer, config.port, config.host);
const shown = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
console.log(`Alliance Explorer API on http://${shown}:${port}/graphql (playground in a browser), dashboard on http://${shown}:${port}/, health at /healthz`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing in-flight requests, then closing`);
  await app.stop();
  await driver.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
