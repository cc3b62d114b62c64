/** The bench's own Neo4j: instance `bench` on a Bolt port of its own, never the data of `npm start` or the tests. */
import { type Driver } from 'neo4j-driver';
import { ensureGraphLoaded, loadGraph } from '../src/loader/loadGraph.js';
import { createDriver, waitForDatabase } from '../src/db/driver.js';
import { LocalNeo4j } from '../src/neo4j-server/localServer.js';
import type { BenchSettings } from './settings.js';

export interface BenchNeo4j {
  server: LocalNeo4j;
  uri: string;
  user: string;
  password: string;
  database: string;
  /** True when this run started it (and so must stop it). */
  startedHere: boolean;
}

export async function startBenchNeo4j(settings: BenchSettings, log: (line: string) => void): Promise<BenchNeo4j> {
  const server = new LocalNeo4j({
    dir: settings.localDir,
    instance: 'bench',
    boltPort: settings.boltPort,
    httpPort: 0,
    heap: settings.heap,
    pageCache: settings.pageCache,
    password: settings.password,
    log: (line) => log(`[neo4j] ${line}`),
  });
  const wasRunning = (await server.status()).running;
  await server.start();
  return { server, uri: server.boltUri, user: 'neo4j', password: settings.password, database: settings.database, startedHere: !wasRunning };
}

export async function benchDriver(neo4j: BenchNeo4j): Promise<Driver> {
  const driver = createDriver(neo4j);
  await waitForDatabase(driver, 120_000);
  return driver;
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
  states: number;
  blocs: number;
  byType: Record<string, number>;
}

export async function graphCounts(driver: Driver, database: string): Promise<GraphCounts> {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n) WHERE NOT n:LoadState RETURN count(n) AS nodes }
     CALL () { MATCH (s:State) RETURN count(s) AS states }
     CALL () { MATCH (b:Bloc) RETURN count(b) AS blocs }
     CALL () { MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS n ORDER BY type }
     RETURN nodes, states, blocs, collect([type, n]) AS byType`,
    {},
    { database },
  );
  const r = records[0]!;
  const byType = Object.fromEntries((r.get('byType') as [string, number][]).map(([t, n]) => [t, Number(n)]));
  return {
    nodes: Number(r.get('nodes')),
    states: Number(r.get('states')),
    blocs: Number(r.get('blocs')),
    relationships: Object.values(byType).reduce((a, b) => a + b, 0),
    byType,
  };
}

/**
 * The real graph, as `npm run load` makes it. A previous bench leaves its synthetic units behind: they are deleted
 * (every synthetic relationship has a synthetic end), then the graph is reloaded after a reset unless it is already
 * the current scripts' complete load (BENCH_RELOAD=1 forces the reload).
 */
export async function prepareRealGraph(
  driver: Driver,
  database: string,
  projectRoot: string,
  force: boolean,
  log: (line: string) => void,
): Promise<{ seconds: number; how: string }> {
  const started = Date.now();
  const session = driver.session({ database });
  let removed: number;
  try {
    // Relationships first, in large batches, then the nodes (each has none left): much faster than DETACH DELETE.
    await session.run('MATCH ()-[r]->() WHERE r.synthetic = true CALL (r) { DELETE r } IN TRANSACTIONS OF 25000 ROWS');
    const result = await session.run(
      'MATCH (n) WHERE n.synthetic = true CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 25000 ROWS RETURN count(*) AS removed',
    );
    removed = Number(result.records[0]?.get('removed') ?? 0);
  } finally {
    await session.close();
  }
  if (removed) {
    log(`removed ${removed.toLocaleString('en')} synthetic nodes left by a previous run`);
    await driver.executeQuery("MATCH (s:LoadState {id: 'cypher'}) SET s.updatedAt = datetime() REMOVE s.synthetic", {}, { database });
  }
  let how: string;
  if (force) {
    const loaded = await loadGraph(driver, database, projectRoot, { reset: true });
    how = `loaded after a reset (${loaded.statements} statements from ${loaded.files} files)`;
  } else {
    const state = await ensureGraphLoaded(driver, database, projectRoot, (line) => log(line));
    how = state === 'current' ? 'current (already loaded from the same scripts)' : 'loaded after a reset';
  }
  return { seconds: (Date.now() - started) / 1000, how };
}
