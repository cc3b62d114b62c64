/**
 * npm run bench:tail — where our p99 at high concurrency goes. Against a Neo4j that already holds the graph
 * (BENCH_NEO4J_URI, default the tests' bolt://127.0.0.1:7688), it starts our server with its caches off (every
 * request runs its Cypher) and, per workload, interleaves raw and ours at c=BENCH_CONCURRENCY (default 50), each run
 * followed by what the server saw meanwhile: how late its event loop ran (a blocked loop delays every request in
 * it), its garbage collector's pauses, its CPU per request. BENCH_CPU_PROF_DIR=dir also writes a V8 CPU profile of
 * the server when it stops (open it in Chrome DevTools). Prints a table; asserts nothing.
 */
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { projectRoot } from '../src/config/config.js';
import { startChild } from './children.js';
import { measureClosedLoop, measureHttp, postGraphQL, type RunStats } from './measure.js';
import { RawClient } from './raw.js';
import { WORKLOADS } from './workloads.js';

const uri = process.env.BENCH_NEO4J_URI ?? 'bolt://127.0.0.1:7688';
const password = process.env.BENCH_NEO4J_PASSWORD ?? process.env.NEO4J_PASSWORD ?? 'alliance-explorer';
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 50);
const seconds = Number(process.env.BENCH_RUN_SECONDS ?? 4);
const runs = Number(process.env.BENCH_RUNS ?? 2);
const only = (process.env.BENCH_WORKLOADS ?? 'bloc,state,path,exposure').split(',');

interface Runtime {
  servedMs: { count: number; p50: number; p99: number; max: number };
  loopDelayMs: { p50: number; p99: number; max: number };
  gc: { count: number; totalMs: number; maxMs: number };
  cpuMs: { user: number; system: number };
}

const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { disableLosslessIntegers: true });
const raw = new RawClient(driver, 'neo4j', projectRoot);
const ours = await startChild('ours', path.join(projectRoot, 'bench', 'servers', 'ours.ts'), {
  BENCH_NEO4J_URI: uri,
  BENCH_NEO4J_PASSWORD: password,
  BENCH_OURS_MODE: 'novel',
  NODE_ENV: 'production',
});
const f = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '–');
const lines = [
  `${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}; c=${concurrency}, ${runs} × ${seconds} s per target, interleaved`,
  '',
  '| workload | target | req/s | p50 ms | p90 ms | p99 ms | max ms | server loop delay p99 / max ms | GC pauses (count, total ms, max ms) | server CPU ms/request |',
  '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|',
];
try {
  for (const w of WORKLOADS.filter((x) => only.includes(x.id))) {
    const probe = await postGraphQL(ours.url, w.ours);
    if (probe.body.errors) throw new Error(`${w.id}: ${JSON.stringify(probe.body.errors)}`);
    // Warm-up of both at the concurrency measured.
    await measureClosedLoop(() => w.raw(raw.run), { concurrency, seconds: 1, ramp: 0 });
    await measureHttp(ours.url, w.ours, probe.text, { concurrency, seconds: 1, ramp: 0 });
    await ours.request('idle');
    for (let r = 0; r < runs; r++) {
      const rawStats: RunStats = await measureClosedLoop(() => w.raw(raw.run), {
        concurrency,
        seconds,
        ramp: Number(process.env.BENCH_RAMP_SECONDS ?? 0.75),
      });
      lines.push(
        `| ${w.id} | raw | ${f(rawStats.rps, 0)} | ${f(rawStats.p50)} | ${f(rawStats.p90)} | ${f(rawStats.p99)} | ${f(rawStats.max)} | | | |`,
      );
      await ours.request('runtime'); // resets the server's counters
      const stats = await measureHttp(ours.url, w.ours, probe.text, {
        concurrency,
        seconds,
        ramp: Number(process.env.BENCH_RAMP_SECONDS ?? 0.75),
      });
      await ours.request('idle');
      const rt = (await ours.request<Runtime & { id: number }>('runtime')) as Runtime;
      if (process.env.BENCH_TAIL_METRICS) {
        const text = await (await fetch(`${new URL(ours.url).origin}/metrics`)).text();
        console.log(
          text
            .split('\n')
            .filter((l) => /^alliance_(graphql_request_duration|neo4j_query_duration)_seconds_bucket/.test(l) && !/ 0$/.test(l))
            .join('\n'),
        );
      }
      const serverCpuMs = (rt.cpuMs.user + rt.cpuMs.system) / 1000;
      lines.push(
        `| ${w.id} | ours | ${f(stats.rps, 0)} | ${f(stats.p50)} | ${f(stats.p90)} | ${f(stats.p99)} | ${f(stats.max)} | ${f(rt.loopDelayMs.p99)} / ${f(rt.loopDelayMs.max)} | ${rt.gc.count}, ${f(rt.gc.totalMs)}, ${f(rt.gc.maxMs)} | ${stats.completed ? f(serverCpuMs / stats.completed, 2) : '–'} |`,
      );
      console.log(lines[lines.length - 2]);
      console.log(lines[lines.length - 1]);
      // When the slowest requests completed (ms into the window): together = a stall, spread = unfair queueing.
      const slow = (s: RunStats) =>
        s.slowest
          .slice(0, 8)
          .map((x) => `${f(x.ms, 0)}@${f(x.atMs, 0)}`)
          .join(' ');
      console.log(`  slowest raw: ${slow(rawStats)}\n  slowest ours: ${slow(stats)}`);
      console.log(
        `  ours as the server saw it (headers parsed to response sent): ${rt.servedMs.count} requests, p50 ${f(rt.servedMs.p50)} p99 ${f(rt.servedMs.p99)} max ${f(rt.servedMs.max)} ms`,
      );
    }
  }
} finally {
  await ours.stop();
  await driver.close();
}
console.log(`\n${lines.join('\n')}`);
