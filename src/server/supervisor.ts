/**
 * The primary process of `npm start` and `alliance-explorer serve`: it gets a Neo4j, prepares the graph when the
 * mode allows, then runs WORKERS API processes (cluster workers, each with an explicit V8 heap limit, HEAP_MB) on
 * the one port and starts a new one in place of any that dies. The listening socket belongs to this process, which
 * accepts connections and hands them to the workers in turn: while one worker restarts the others take its share.
 * Node's cluster closes the socket when no worker is left listening, so with WORKERS=1 the port is refused for the
 * moment between a death and the new worker's listen; two or more keep it open. SIGTERM/SIGINT: every worker
 * drains, then all exit.
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
/** Crash loops tolerated in a row, in one worker slot, before the supervisor gives up (a wrong port, a broken build). */
const MAX_QUICK_DEATHS = 5;

export async function supervise(config: Config, mode: ServerMode, log: (line: string) => void): Promise<void> {
  const neo4j = await provideNeo4j(config, log);
  if (mode === 'start') {
    const graph = await openGraph(config, { neo4j, load: 'own-if-stale', log });
    await graph.close();
  }

  // Round robin by this process on every platform (Node's default except on Windows): the kernel's own choice
  // among processes that all wait in accept() tends to favour a few of them, and a fleet is for spreading the load.
  // Set before the first fork, as Node requires.
  cluster.schedulingPolicy = cluster.SCHED_RR;
  cluster.setupPrimary({ execArgv: [...process.execArgv, ...apiHeapFlags(config.heapMb)] });
  // The workers need no choice of their own: they talk to the server chosen here.
  const workerEnv: Record<string, string> = { AE_NEO4J_URI: neo4j.uri, AE_NEO4J_USER: neo4j.user, AE_NEO4J_PASSWORD: neo4j.password };

  let stopping = false;
  let exitCode = 0;
  const running = new Set<Worker>();
  const pendingStarts = new Set<NodeJS.Timeout>();

  /**
   * One slot of the fleet: one API process at a time, replaced when it dies. The crash-loop rule is kept per slot,
   * not counted over the fleet: a slot's history is then exactly what the rule meant with one worker ("this process
   * died 5 times in a row within 10 s of its start"), whatever the others do. Counted over the fleet, one event
   * that kills several young workers at once (memory exhausted by a burst just after a deploy) would use up the
   * limit in a single round, and any long-lived worker's death would reset the count while another slot loops. A slot that loops has a fault of start-up (the port, the build, the
   * config), which every slot shares: the supervisor then stops the fleet and exits 1, so the container's restart
   * policy and its logs show it, rather than serving on with fewer workers unnoticed. The back-off is per slot too,
   * so healthy workers keep serving while one slot waits.
   */
  const runSlot = () => {
    let quickDeaths = 0;
    const start = () => {
      const started = Date.now();
      const worker = cluster.fork(workerEnv);
      running.add(worker);
      worker.on('exit', (code, signal) => {
        running.delete(worker);
        if (stopping) {
          if (running.size === 0) process.exit(exitCode);
          return;
        }
        quickDeaths = Date.now() - started < QUICK_DEATH_MS ? quickDeaths + 1 : 0;
        if (quickDeaths >= MAX_QUICK_DEATHS) {
          log(
            `An API process died ${quickDeaths} times in a row within ${QUICK_DEATH_MS / 1000} s of starting; giving up (see the errors above)`,
          );
          stop('SIGTERM', 1);
          return;
        }
        const delayMs = Math.min(200 * 2 ** quickDeaths, 5000);
        log(`The API process (pid ${worker.process.pid}) exited (${signal ?? `code ${code}`}); starting a new one in ${delayMs} ms`);
        const timer = setTimeout(() => {
          pendingStarts.delete(timer);
          start();
        }, delayMs);
        pendingStarts.add(timer);
      });
    };
    start();
  };

  /** Every running worker drains (its own SIGTERM/SIGINT handler) and exits; then this process exits with `code`. */
  const stop = (signal: NodeJS.Signals, code: number) => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    // A slot waiting out its back-off starts nothing more.
    for (const timer of pendingStarts) clearTimeout(timer);
    pendingStarts.clear();
    if (running.size === 0) process.exit(code);
    // A worker may have the signal already (Ctrl-C reaches the whole process group): it ignores the second one.
    for (const worker of running) worker.process.kill(signal);
  };

  if (config.workers > 1) log(`Running ${config.workers} API processes (WORKERS) on the one port`);
  for (let slot = 0; slot < config.workers; slot++) runSlot();

  process.on('SIGTERM', () => stop('SIGTERM', 0));
  process.on('SIGINT', () => stop('SIGINT', 0));
}

/**
 * V8 flags of an API process: its old-space limit (HEAP_MB), and a young generation of up to 64 MB per semi-space
 * (a sixteenth of the heap; V8's default is 16 MB). Each request allocates its rows, its GraphQL result and its JSON
 * and drops them when it answers; with 50 requests in flight a 16 MB nursery fills every few milliseconds and
 * promotes the data of requests still in flight to the old generation, which then needs full collections.
 * Measured with `npm run bench:tail` (bloc at c=50): GC time halved and server CPU per request down by a quarter.
 */
export function apiHeapFlags(heapMb: number): string[] {
  const semiSpaceMb = Math.max(16, Math.min(64, Math.floor(heapMb / 16)));
  return [`--max-old-space-size=${heapMb}`, `--max-semi-space-size=${semiSpaceMb}`];
}

/** The Neo4j the supervisor chose, as it handed it to this worker. */
export function neo4jOfSupervisor(env: NodeJS.ProcessEnv): Neo4jCredentials {
  const uri = env.AE_NEO4J_URI;
  if (!uri) throw new Error('This process is an API worker started without a Neo4j from its supervisor');
  return { uri, user: env.AE_NEO4J_USER ?? 'neo4j', password: env.AE_NEO4J_PASSWORD ?? '' };
}
