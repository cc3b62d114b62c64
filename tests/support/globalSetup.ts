/**
 * Starts (or finds) one real Neo4j for the whole run, by the same rule as `npm start` (docs/architecture.md):
 * NEO4J_URI -> that server; a Docker engine -> Testcontainers; else the local Maven-resolved server, in its
 * own home (.neo4j/test) and port so tests never touch the data of `npm start`. Then loads the graph.
 */
import type { TestProject } from 'vitest/node';
import { APOC_ALLOWLIST_SETTING } from '../../src/db/apocAllowlist.js';
import { chooseServerKind, describeChoice } from '../../src/db/serverChoice.js';
import { openGraph } from '../../src/server/openGraph.js';
import { browserRequired, missingChromium } from './chromium.js';
import { runProcess } from './process.js';
import type { TestNeo4j } from './neo4jTarget.js';
import { testConfig, testLocalServer } from './testServer.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Said once, before the long part of the setup, so nobody mistakes the skipped browser tests for passed ones.
  const missing = missingChromium();
  // Once per run: the setup runs for each project that needs Neo4j, and only this one holds the browser tests.
  if (missing !== null && project.name === 'integration') {
    console.log(browserRequired() ? `[browser] browser tests will FAIL: ${missing}` : `[browser] browser tests skipped: ${missing}`);
  }
  const config = testConfig();
  // `npm run build` when its sources changed (the compiled server and CLI that the process tests run, the playground
  // and dashboard the browser tests load): CPU work that runs while Neo4j starts (a JVM, mostly waiting), so on two
  // cores the two overlap well. Awaited at the end, so a failure of either fails the setup.
  const built = runProcess(process.execPath, ['scripts/build.mjs', '--if-stale']).then(({ code, stdout, stderr }) => {
    if (stdout.trim()) console.log(stdout.trim().replace(/^/gm, '[build] '));
    if (code !== 0) throw new Error(`npm run build failed:\n${stdout}\n${stderr}`);
  });
  built.catch(() => {});
  const kind = chooseServerKind(config);
  let uri: string;
  let password = config.neo4jPassword;
  let stop = async () => {};

  if (kind === 'uri') {
    uri = config.neo4jUri!;
  } else if (kind === 'docker') {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    // The module's default image is an old 4.4; the project runs 5.26 LTS.
    const container = await new Neo4jContainer('neo4j:5.26-community')
      .withPassword(password)
      // As the local server's conf: the auto-commit reads' timeouts hold to within 100 ms; APOC Core with the same
      // allowlist (docker-compose.yml sets the same).
      .withEnvironment({
        NEO4J_db_transaction_monitor_check_interval: '100ms',
        NEO4J_PLUGINS: '["apoc"]',
        NEO4J_dbms_security_procedures_allowlist: APOC_ALLOWLIST_SETTING,
      })
      .withStartupTimeout(180_000)
      .start();
    uri = container.getBoltUri();
    password = container.getPassword();
    stop = async () => void (await container.stop());
  } else {
    const server = testLocalServer((line) => console.log(`[neo4j] ${line}`));
    const wasRunning = (await server.status()).running;
    await server.start();
    uri = server.boltUri;
    if (!wasRunning) stop = async () => server.stop();
  }
  console.log(describeChoice(kind, uri));

  const target: TestNeo4j = { uri, user: config.neo4jUser, password, database: config.neo4jDatabase, kind };
  // The tests' own server: its graph is loaded whenever it is empty or stale, whichever kind of server it is.
  const graph = await openGraph(
    { ...config, neo4jDatabase: target.database },
    { neo4j: target, load: 'if-stale', waitMs: 120_000, log: (line) => console.log(`[load] ${line}`) },
  );
  await graph.close();
  await built;
  project.provide('neo4j', target);
  return stop;
}
