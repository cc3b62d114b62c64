/**
 * The primary process of `npm start` and `alliance-explorer serve`: it gets a Neo4j, prepares the graph when the
 * mode allows, then runs the API in a child process (a cluster worker, with an explicit V8 heap limit, HEAP_MB) and
 * starts a new one whenever it dies. The listening port belongs to this process, so a restart loses no queued
 * connection. SIGTERM/SIGINT: the API drains, then both exit.
 *
 * Modes (docs/architecture.md, "Two entry points"):
 * - 'start' (npm start, the newcomer's command): loads the graph when the server is this product's own (the local
 *   one, or its Docker container) and the graph is empty or older than the scripts.
 * - 'serve' (production, the container): only serves. It never builds and never loads or deletes data; until the
 *   graph is there and current, /readyz answers 503 and says why.
 */
import cluster, { type Worker } from 'node:cluster';
import type { Config } from '../config/config.js';
import type { Neo4jCredentials } from '../db/driver.js';
import { provideNeo4j } from '../neo4j-server/provideNeo4j.js';
import { openGraph } from './openGraph.js';

export type ServerMode = 'start' | 'serve';

/** A worker that dies sooner than this after its start counts as a crash loop. */
const QUICK_DEATH_MS = 10_000;
/** Crash loops tolerated in a row before the supervisor gives up (a wrong port, a broken build). */
const MAX_QUICK_DEATHS = 5;

export async function supervise(config: Config, mode: ServerMode, log: (line: string) => void): Promise<void> {
  const neo4j = await provideNeo4j(config, log);
  if (mode === 'start') {
    const graph = await openGraph(config, { neo4j, load: 'own-if-stale', log });
    await graph.close();
  }

  cluster.setupPrimary({ execArgv: [...process.execArgv, `--max-old-space-size=${config.heapMb}`] });
  // The worker needs no choice of its own: it talks to the server chosen here.
  const workerEnv: Record<string, string> = { AE_NEO4J_URI: neo4j.uri, AE_NEO4J_USER: neo4j.user, AE_NEO4J_PASSWORD: neo4j.password };

  let stopping = false;
  let quickDeaths = 0;
  let current: Worker | null = null;
  const start = () => {
    const started = Date.now();
    const worker = cluster.fork(workerEnv);
    current = worker;
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      quickDeaths = Date.now() - started < QUICK_DEATH_MS ? quickDeaths + 1 : 0;
      if (quickDeaths >= MAX_QUICK_DEATHS) {
        log(`The API process died ${quickDeaths} times within ${QUICK_DEATH_MS / 1000} s of starting; giving up (see the errors above)`);
        process.exit(1);
      }
      const delayMs = Math.min(200 * 2 ** quickDeaths, 5000);
      log(`The API process (pid ${worker.process.pid}) exited (${signal ?? `code ${code}`}); starting a new one in ${delayMs} ms`);
      setTimeout(start, delayMs);
    });
  };
  start();

  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const worker = current;
    if (!worker || worker.isDead()) process.exit(0);
    // The worker drains its in-flight requests (it may have the signal already: Ctrl-C reaches the whole group).
    worker.once('exit', () => process.exit(0));
    worker.process.kill(signal);
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

/** The Neo4j the supervisor chose, as it handed it to this worker. */
export function neo4jOfSupervisor(env: NodeJS.ProcessEnv): Neo4jCredentials {
  const uri = env.AE_NEO4J_URI;
  if (!uri) throw new Error('This process is an API worker started without a Neo4j from its supervisor');
  return { uri, user: env.AE_NEO4J_USER ?? 'neo4j', password: env.AE_NEO4J_PASSWORD ?? '' };
}
