/**
 * Our server for the bench, in a child process: exactly what `npm start` serves (createApp over a QueryRunner on
 * the project's driver settings), reading the bench's Neo4j. The runner can record which named queries a
 * request runs, with their parameters, so the bench can PROFILE them and replay them as the raw floor.
 */
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { loadConfig, projectRoot } from '../../src/config/config.js';
import type { NamedQuery } from '../../src/db/queries.js';
import { QueryRunner, RequestRunner, type Params, type StatementOptions } from '../../src/db/queryRunner.js';
import { createLogger } from '../../src/observability/logger.js';
import { createApp, listen } from '../../src/server/app.js';
import { openGraph } from '../../src/server/openGraph.js';
import { sourceMapsOnlyInDevelopment } from '../../src/server/sourceMaps.js';
import { reportFailed, reportReady, serveParent, trackInFlight } from '../children.js';

/** Records the named queries that requests run (not the server's own background reads). */
class RecordingRunner extends QueryRunner {
  recording: { name: string; params: Params }[] | null = null;

  override forRequest(requestId?: string): RequestRunner {
    const record = (name: string, params: Params) => this.recording?.push({ name, params });
    return new (class extends RequestRunner {
      override read<P extends object, R>(query: NamedQuery<P, R>, params: P, options?: StatementOptions): Promise<R[]> {
        record(query.name, params as Params);
        return super.read(query, params, options);
      }
    })(this, requestId);
  }
}

try {
  const config = loadConfig({
    ...process.env,
    NEO4J_URI: process.env.BENCH_NEO4J_URI,
    NEO4J_DATABASE: process.env.BENCH_DATABASE ?? 'neo4j',
  });
  sourceMapsOnlyInDevelopment(config.debug);
  const graph = await openGraph(config, {
    neo4j: { uri: process.env.BENCH_NEO4J_URI!, user: 'neo4j', password: process.env.BENCH_NEO4J_PASSWORD! },
    runnerClass: RecordingRunner,
  });
  const runner = graph.runner as RecordingRunner;
  // The bench is one client sending as fast as it can: the per-client limit would measure itself.
  // No request lines: the bench sends tens of thousands of requests, and its report is what it prints.
  // Two of these run (bench/run.ts): "warm" is the server as shipped, whose repeated request is answered from
  // memory; "novel" has its response and facts caches off, so that every request runs its Cypher as a question
  // never asked before would (the bench repeats one request per workload, so it cannot send novel variables).
  const novel = process.env.BENCH_OURS_MODE === 'novel';
  const app = await createApp({
    runner,
    projectRoot,
    rateLimitPerMinute: 0,
    logger: createLogger({ logLevel: 'silent' }),
    ...(novel ? { responseCacheBytes: 0, factsCacheEntries: 0 } : {}),
  });
  const port = await listen(app.httpServer, 0, '127.0.0.1');
  const inFlight = trackInFlight(app.httpServer);
  // Where a request's time goes inside this process, for bench/tail.ts: how late the event loop ran its callbacks
  // (a blocked loop delays every request), and the garbage collector's pauses.
  const loopDelay = monitorEventLoopDelay({ resolution: 1 });
  loopDelay.enable();
  const gc = { count: 0, totalMs: 0, maxMs: 0 };
  let cpuSince = process.cpuUsage();
  // Each request's time as the server sees it: from its headers parsed to its response handed to the socket.
  let served: number[] = [];
  app.httpServer.on('request', (_req, res) => {
    const t0 = performance.now();
    res.on('finish', () => served.push(performance.now() - t0));
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gc.count++;
      gc.totalMs += entry.duration;
      gc.maxMs = Math.max(gc.maxMs, entry.duration);
    }
  }).observe({ entryTypes: ['gc'] });
  serveParent(
    {
      ...inFlight,
      runtime: () => {
        const ms = (ns: number) => ns / 1e6;
        const report = {
          loopDelayMs: { p50: ms(loopDelay.percentile(50)), p99: ms(loopDelay.percentile(99)), max: ms(loopDelay.max) },
          gc: { ...gc },
          servedMs: (() => {
            const sorted = served.sort((a, b) => a - b);
            const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
            return { count: sorted.length, p50: at(50), p99: at(99), max: sorted[sorted.length - 1] ?? Number.NaN };
          })(),
          // Microseconds of CPU since the previous report.
          cpuMs: process.cpuUsage(cpuSince),
        };
        cpuSince = process.cpuUsage();
        loopDelay.reset();
        served = [];
        Object.assign(gc, { count: 0, totalMs: 0, maxMs: 0 });
        return report;
      },
      record: () => {
        runner.recording = [];
        return {};
      },
      recorded: () => {
        const calls = runner.recording ?? [];
        runner.recording = null;
        return { calls };
      },
    },
    async () => {
      await app.stop();
      await graph.close();
    },
  );
  reportReady(port);
} catch (error) {
  reportFailed(error);
}
