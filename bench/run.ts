/**
 * npm run bench — raw vs ours vs peer on the real graph, then on synthetic graphs 10× and 100× larger, in one
 * bounded run on loopback. It starts its own Neo4j (instance `bench`, BENCH_NEO4J_BOLT_PORT, default 7730), loads
 * the real graph after a reset, runs our server and the peer in child processes over that database, and writes
 * .bench/report.json and .bench/report.md. Whatever happens, it stops what it started.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { neo4jVersion } from '../src/neo4j-server/localServer.js';
import { startChild, type ChildServer } from './children.js';
import { measureFirstPaint } from './firstPaint.js';
import { neo4jPid, perRequest, sampleCpu, type CpuMeter } from './cpu.js';
import { answerOf, measureClosedLoop, measureHttp, postGraphQL, summarize, type RunStats } from './measure.js';
import { benchDriver, graphCounts, prepareRealGraph, startBenchNeo4j } from './neo4j.js';
import { RawClient } from './raw.js';
import {
  calibrationLine,
  costTable,
  cpuTable,
  describeFirstPaintBytes,
  evaluateTargets,
  type Calibration,
  mainTable,
  markdownReport,
  scaleTable,
  targetsList,
  type GraphResult,
  type NamedQueryCost,
  type Report,
  type TargetResult,
  type WorkloadResult,
} from './report.js';
import { benchSettings, type BenchSettings } from './settings.js';
import { addSyntheticUnits, readRealProfile } from './synthetic.js';
import { WORKLOADS, type Workload } from './workloads.js';
import { sourceMapsOnlyInDevelopment } from '../src/server/sourceMaps.js';
import { spawnSync } from 'node:child_process';

// As in our server (src/server/sourceMaps.ts): the raw floor and the peer must not pay for mapped stacks either.
sourceMapsOnlyInDevelopment(false);

const started = Date.now();
const settings = benchSettings();
const log = (line: string) => console.log(`[bench ${String(Math.round((Date.now() - started) / 1000)).padStart(3)} s] ${line}`);

// Everything started is stopped in reverse order, on success, failure or Ctrl-C.
const cleanups: { name: string; fn: () => Promise<void> }[] = [];
let cleaning: Promise<void> | null = null;
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const { name, fn } of cleanups.reverse()) {
      try {
        await fn();
      } catch (error) {
        console.error(`[bench] stopping ${name} failed: ${(error as Error).message}`);
      }
    }
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.error(`[bench] ${signal}: stopping what the bench started`);
    void cleanup().finally(() => process.exit(130));
  });
}

interface Context {
  neo4jPid: number | undefined;
  settings: BenchSettings;
  driver: Driver;
  raw: RawClient;
  /** Our server with its caches off (novel requests). */
  ours: ChildServer;
  /** Our server as shipped (warm: a repeated request answered from its response cache). */
  warm: ChildServer;
  peer: ChildServer;
}

interface Pass {
  label: string;
  scale: number;
  runSeconds: number;
  c1Runs: number;
  highRuns: number;
  warmupSeconds: number;
  warmupConcurrency: number;
  /** Targets run at high concurrency in this pass (the scale passes keep to ours, to stay within the time bound). */
  highTargets: readonly string[];
}

type Measure = (concurrency: number, seconds: number, ramp: number) => Promise<RunStats>;

async function profileAll(raw: RawClient, calls: { name: string; params: Record<string, unknown> }[]): Promise<NamedQueryCost[]> {
  const out: NamedQueryCost[] = [];
  for (const call of calls) out.push({ ...call, ...(await raw.profile(call.name, call.params)) });
  return out;
}

/**
 * When a load run ends, the server may still be answering the requests in flight (their clients are gone); the
 * next run starts only when both servers have finished, so it never queues behind the last one's leftovers.
 */
async function idle(ctx: Context): Promise<void> {
  await Promise.all([ctx.ours.request('idle'), ctx.warm.request('idle'), ctx.peer.request('idle')]);
}

async function afterIdle<T>(ctx: Context, run: Promise<T>): Promise<T> {
  const result = await run;
  await idle(ctx);
  return result;
}

const errorsOf = (t: TargetResult) => t.c1.errors + ('skipped' in t.high ? 0 : t.high.errors);

const same = (a: string[], b: string[]) => JSON.stringify(a) === JSON.stringify(b);

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t0 };
}

async function benchWorkload(
  ctx: Context,
  pass: Pass,
  w: Workload,
  reference?: WorkloadResult & { bodies: { ours: string; peer?: string } },
) {
  // Probe: one request each, checked, with the named queries ours runs recorded for PROFILE.
  await idle(ctx);
  await ctx.ours.request('record');
  const { value: ours, ms: coldMs } = await timed(() => postGraphQL(ctx.ours.url, w.ours));
  const { calls } = await ctx.ours.request<{ calls: { name: string; params: Record<string, unknown> }[] }>('recorded');
  if (ours.status !== 200 || ours.body.errors)
    throw new Error(`${w.id}: our server answered ${ours.status} ${JSON.stringify(ours.body.errors)}`);
  // The first request may fill a cache (the exposure facts of a date); the second shows the steady state.
  const { value: again, ms: oursMs } = await timed(() => postGraphQL(ctx.ours.url, w.ours));
  if (answerOf(again.text) !== answerOf(ours.text)) throw new Error(`${w.id}: our server answered differently the second time`);
  const roundTrips = Number(ours.body.extensions?.cypherRoundTrips);
  const roundTripsWarm = Number(again.body.extensions?.cypherRoundTrips);

  const rawCalls: { name: string; params: Record<string, unknown> }[] = [];
  const rawRows = await w.raw((name, params) => {
    rawCalls.push({ name, params });
    return ctx.raw.run(name, params);
  });
  const { ms: rawMs } = await timed(() => w.raw(ctx.raw.run));
  const agrees: WorkloadResult['agrees'] = {};
  if (w.canonical.raw) agrees.raw = same(w.canonical.ours(ours.body.data!), w.canonical.raw(rawRows));

  let peerBody: string | undefined;
  let peerMs = 0;
  if (!('na' in w.peer)) {
    const op = w.peer;
    const peer = await postGraphQL(ctx.peer.url, op);
    if (peer.status !== 200 || peer.body.errors)
      throw new Error(`${w.id}: the peer answered ${peer.status} ${JSON.stringify(peer.body.errors)}`);
    peerBody = peer.text;
    peerMs = (await timed(() => postGraphQL(ctx.peer.url, op))).ms;
    if (w.canonical.peer) agrees.peer = same(w.canonical.ours(ours.body.data!), w.canonical.peer(peer.body.data!));
  }

  // The warm server: its first answer fills its response cache, the second comes from it, the same answer.
  const warmFirst = await postGraphQL(ctx.warm.url, w.ours);
  const warmAgain = await postGraphQL(ctx.warm.url, w.ours);
  if (answerOf(warmFirst.text) !== answerOf(ours.text) || answerOf(warmAgain.text) !== answerOf(ours.text))
    throw new Error(`${w.id}: the warm server answered differently from the novel one`);
  if (Number(warmAgain.body.extensions?.cypherRoundTrips) !== 0) throw new Error(`${w.id}: the warm server's second answer ran Cypher`);

  const oursQueries = await profileAll(ctx.raw, calls);
  const rawQueries = await profileAll(ctx.raw, rawCalls);

  // CPU per request is taken on the c=1 runs: nothing is left in flight when they end, so it is exact.
  const meters: Record<string, CpuMeter> = {
    raw: { pids: { neo4j: ctx.neo4jPid } },
    ours: { pids: { neo4j: ctx.neo4jPid, server: ctx.ours.pid } },
    warm: { pids: { neo4j: ctx.neo4jPid, server: ctx.warm.pid } },
    peer: { pids: { neo4j: ctx.neo4jPid, server: ctx.peer.pid } },
  };
  const withCpu = async (name: string, run: () => Promise<RunStats>): Promise<RunStats & { cpuMs: Record<string, number> }> => {
    const before = sampleCpu(meters[name]!);
    const stats = await run();
    return { ...stats, cpuMs: perRequest(before, sampleCpu(meters[name]!), stats.completed) };
  };
  const targets: { name: 'raw' | 'ours' | 'warm' | 'peer'; estimateMs: number; measure: Measure }[] = [
    {
      name: 'raw',
      estimateMs: rawMs,
      measure: (c, s, ramp) => measureClosedLoop(() => w.raw(ctx.raw.run), { concurrency: c, seconds: s, ramp }),
    },
    {
      name: 'ours',
      estimateMs: oursMs,
      measure: (c, s, ramp) => afterIdle(ctx, measureHttp(ctx.ours.url, w.ours, ours.text, { concurrency: c, seconds: s, ramp })),
    },
    {
      name: 'warm',
      estimateMs: oursMs,
      measure: (c, s, ramp) => afterIdle(ctx, measureHttp(ctx.warm.url, w.ours, ours.text, { concurrency: c, seconds: s, ramp })),
    },
  ];
  if (!('na' in w.peer) && peerBody !== undefined) {
    const op = w.peer;
    targets.push({
      name: 'peer',
      estimateMs: peerMs,
      measure: (c, s, ramp) => afterIdle(ctx, measureHttp(ctx.peer.url, op, peerBody, { concurrency: c, seconds: s, ramp })),
    });
  }

  // Bounds, from one request's time alone (the probe): a run at c=1 lasts long enough for a few samples; at high
  // concurrency every request waits for the others (about estimate × concurrency / cores), so the ramp covers one
  // such wait, and a target that would queue for more than `maxQueueSeconds` is not run at high concurrency.
  const high = ctx.settings.concurrency;
  const cores = os.cpus().length;
  const queued = (t: { estimateMs: number }) => (t.estimateMs * high) / cores / 1000;
  const c1Seconds = (t: { estimateMs: number }) =>
    Math.min(ctx.settings.maxRunSeconds, Math.max(pass.runSeconds, (5 * t.estimateMs) / 1000 / Math.max(1, pass.c1Runs)));
  const skipHigh = (t: { estimateMs: number }) =>
    queued(t) > ctx.settings.maxQueueSeconds
      ? `one request takes ${t.estimateMs.toFixed(0)} ms alone; ${high} at once would each wait about ${queued(t).toFixed(0)} s on ${cores} cores`
      : null;

  // Warm-up: at c=1 first, whose median replaces the single probe's time as the estimate (the first requests on a
  // fresh server pay for JIT compilation), then at high concurrency when that stays short.
  if (pass.warmupSeconds > 0) {
    for (const t of targets) {
      const warm = await t.measure(1, Math.max(pass.warmupSeconds, (3 * t.estimateMs) / 1000), 0);
      if (Number.isFinite(warm.p50)) t.estimateMs = warm.p50;
      if (pass.warmupConcurrency > 1 && queued(t) <= 2) await t.measure(pass.warmupConcurrency, pass.warmupSeconds, 0);
    }
  }
  // Runs interleave the targets (raw, ours, peer, raw, ours, peer, ...) so drift on a shared machine hits all alike.
  const runs: Record<string, { c1: RunStats[]; high: RunStats[] }> = Object.fromEntries(targets.map((t) => [t.name, { c1: [], high: [] }]));
  for (let r = 0; r < pass.c1Runs; r++)
    for (const t of targets) runs[t.name]!.c1.push(await withCpu(t.name, () => t.measure(1, c1Seconds(t), 0)));
  for (let r = 0; r < pass.highRuns; r++) {
    for (const t of targets) {
      if (skipHigh(t) || !pass.highTargets.includes(t.name)) continue;
      const ramp = Math.max(ctx.settings.rampSeconds, Math.min(5, queued(t)));
      runs[t.name]!.high.push(await t.measure(high, Math.max(pass.runSeconds, Math.min(ctx.settings.maxRunSeconds, 2 * queued(t))), ramp));
    }
  }
  const result = (t: { name: string; estimateMs: number }): TargetResult => {
    const skipped = pass.highTargets.includes(t.name)
      ? skipHigh(t)
      : `only ${pass.highTargets.join(', ')} at c=${high} on the ${pass.label} graph (time bound)`;
    return { c1: summarize(runs[t.name]!.c1), high: skipped ? { skipped } : summarize(runs[t.name]!.high) };
  };
  const byName = (name: string) => result(targets.find((t) => t.name === name)!);

  const workload: WorkloadResult & { bodies: { ours: string; peer?: string } } = {
    id: w.id,
    title: w.title,
    budget: w.budget,
    roundTrips,
    roundTripsWarm,
    oursQueries,
    rawQueries,
    rawRows: rawRows.length,
    responseBytes: { ours: Buffer.byteLength(ours.text), ...(peerBody === undefined ? {} : { peer: Buffer.byteLength(peerBody) }) },
    coldMs,
    raw: byName('raw'),
    ours: byName('ours'),
    warm: byName('warm'),
    peer: 'na' in w.peer ? { na: w.peer.na } : byName('peer'),
    agrees,
    bodies: { ours: ours.text, ...(peerBody === undefined ? {} : { peer: peerBody }) },
  };
  if (reference) {
    workload.sameAsReal = {
      ours: answerOf(ours.text) === answerOf(reference.bodies.ours),
      ...(peerBody === undefined ? {} : { peer: peerBody === reference.bodies.peer }),
    };
  }
  const r = workload;
  const brief = (t: TargetResult | { na: string }) =>
    'na' in t ? 'n/a' : `${t.c1.p50.toFixed(2)}/${'skipped' in t.high ? 'skipped' : t.high.rps.toFixed(0)}`;
  log(
    `${pass.label} ${w.id}: c=1 p50 ms / c=${high} req/s — raw ${brief(r.raw)}, ours ${brief(r.ours)}, warm ${brief(r.warm)}, peer ${brief(r.peer)}; ` +
      `${roundTrips}/${roundTripsWarm} round trip(s) first/again, first request ${coldMs.toFixed(0)} ms; errors ours ${errorsOf(r.ours)}` +
      (r.sameAsReal ? `; same answer as 1×: ${r.sameAsReal.ours ? 'yes' : 'NO'}` : ''),
  );
  return workload;
}

/** Every workload on every target, a few concurrent requests at a time, for about `seconds` in all. */
async function globalWarmup(ctx: Context, seconds: number): Promise<void> {
  const jobs: (() => Promise<unknown>)[] = [];
  for (const w of WORKLOADS) {
    jobs.push(() => w.raw(ctx.raw.run));
    jobs.push(() => postGraphQL(ctx.ours.url, w.ours));
    jobs.push(() => postGraphQL(ctx.warm.url, w.ours));
    if (!('na' in w.peer)) {
      const op = w.peer;
      jobs.push(() => postGraphQL(ctx.peer.url, op));
    }
  }
  const end = Date.now() + seconds * 1000;
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (Date.now() < end) await jobs[next++ % jobs.length]!().catch(() => undefined);
    }),
  );
  await idle(ctx);
}

/** The cheapest request of each target at c=1: what transport, scheduling and the GraphQL layer cost alone. */
async function calibrate(ctx: Context, seconds: number, high: number): Promise<Calibration> {
  const typename = { query: '{ __typename }', variables: {} };
  const oursBody = (await postGraphQL(ctx.ours.url, typename)).text;
  const peerBody = (await postGraphQL(ctx.peer.url, typename)).text;
  const one = () => ctx.raw.runStatement('RETURN 1 AS one');
  await measureClosedLoop(one, { concurrency: 1, seconds: 0.5, ramp: 0 });
  const raw = await measureClosedLoop(one, { concurrency: 1, seconds, ramp: 0 });
  const rawAutoCommit = await measureClosedLoop(() => ctx.raw.runStatementAutoCommit('RETURN 1 AS one'), {
    concurrency: 1,
    seconds,
    ramp: 0,
  });
  const ours = await afterIdle(ctx, measureHttp(ctx.ours.url, typename, oursBody, { concurrency: 1, seconds, ramp: 0.5 }));
  const peer = await afterIdle(ctx, measureHttp(ctx.peer.url, typename, peerBody, { concurrency: 1, seconds, ramp: 0.5 }));
  // The floor at high concurrency too (on the novel server, whose caches are off: the whole GraphQL path).
  const oursHigh = await afterIdle(
    ctx,
    measureHttp(ctx.ours.url, typename, oursBody, { concurrency: high, seconds, ramp: ctx.settings.rampSeconds }),
  );
  return {
    raw: raw.p50,
    rawAutoCommit: rawAutoCommit.p50,
    ours: ours.p50,
    peer: peer.p50,
    oursHigh: { p50: oursHigh.p50, p99: oursHigh.p99, rps: oursHigh.rps },
  };
}

async function benchGraph(ctx: Context, pass: Pass, loadSeconds: number, reference?: GraphResult): Promise<GraphResult> {
  const t0 = Date.now();
  const counts = await graphCounts(ctx.driver, ctx.settings.database);
  log(`${pass.label}: ${counts.nodes.toLocaleString('en')} nodes, ${counts.relationships.toLocaleString('en')} relationships`);
  const workloads: WorkloadResult[] = [];
  for (const w of WORKLOADS) {
    const ref = reference?.workloads.find((x) => x.id === w.id) as
      (WorkloadResult & { bodies: { ours: string; peer?: string } }) | undefined;
    workloads.push(await benchWorkload(ctx, pass, w, ref));
  }
  // After the workloads, when everything is warm: the cost of the cheapest request of each target.
  const calibration = pass.scale === 1 ? await calibrate(ctx, pass.runSeconds, ctx.settings.concurrency) : undefined;
  if (calibration) log(calibrationLine(calibration));
  return {
    ...(calibration ? { calibration } : {}),
    label: pass.label,
    scale: pass.scale,
    counts,
    seconds: { load: loadSeconds, bench: (Date.now() - t0) / 1000 },
    runSeconds: pass.runSeconds,
    c1Runs: pass.c1Runs,
    highRuns: pass.highRuns,
    workloads,
  };
}

function versions(root: string): Record<string, string> {
  const v = (name: string) => {
    try {
      return (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      return '?';
    }
  };
  return {
    node: process.versions.node,
    neo4j: neo4jVersion(),
    'neo4j-driver': v('neo4j-driver'),
    '@apollo/server': v('@apollo/server'),
    graphql: v('graphql'),
    '@neo4j/graphql': v('@neo4j/graphql'),
    autocannon: v('autocannon'),
  };
}

async function main(): Promise<void> {
  log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const loadAverageAtStart = os.loadavg();
  const neo4j = await startBenchNeo4j(settings, log);
  const server = neo4j.server;
  cleanups.push({ name: 'Neo4j (bench)', fn: () => server.stop() });
  const driver = await benchDriver(neo4j);
  cleanups.push({ name: 'driver', fn: () => driver.close() });

  const prepared = await prepareRealGraph(driver, settings.database, settings.projectRoot, settings.reload, log);
  const realLoadSeconds = prepared.seconds;
  log(`real graph ${prepared.how}, in ${realLoadSeconds.toFixed(1)} s`);
  let t: number;

  const env = {
    BENCH_NEO4J_URI: neo4j.uri,
    BENCH_NEO4J_PASSWORD: neo4j.password,
    BENCH_DATABASE: settings.database,
    NODE_ENV: 'production',
  };
  const ours = await startChild('ours', path.join(settings.projectRoot, 'bench', 'servers', 'ours.ts'), {
    ...env,
    BENCH_OURS_MODE: 'novel',
  });
  cleanups.push({ name: 'our server (novel)', fn: () => ours.stop() });
  const warm = await startChild('warm', path.join(settings.projectRoot, 'bench', 'servers', 'ours.ts'), {
    ...env,
    BENCH_OURS_MODE: 'warm',
  });
  cleanups.push({ name: 'our server (warm)', fn: () => warm.stop() });
  const peer = await startChild('peer', path.join(settings.projectRoot, 'bench', 'servers', 'peer.ts'), env);
  cleanups.push({ name: 'peer server', fn: () => peer.stop() });
  log(
    `our server on ${ours.url} (pid ${ours.pid}, caches off) and ${warm.url} (pid ${warm.pid}, as shipped), peer on ${peer.url} (pid ${peer.pid})`,
  );

  const ctx: Context = {
    neo4jPid: neo4jPid(server.home),
    settings,
    driver,
    raw: new RawClient(driver, settings.database, settings.projectRoot),
    ours,
    warm,
    peer,
  };
  const graphs: GraphResult[] = [];
  if (settings.globalWarmupSeconds > 0) {
    // Neo4j compiles its hot paths in the first seconds of work: without this, the first workload measured pays for it.
    t = Date.now();
    await globalWarmup(ctx, settings.globalWarmupSeconds);
    log(`warm-up: every workload on every target for ${((Date.now() - t) / 1000).toFixed(0)} s`);
  }
  const real = await benchGraph(
    ctx,
    {
      label: '1×',
      scale: 1,
      runSeconds: settings.runSeconds,
      c1Runs: settings.runs,
      highRuns: settings.runs,
      warmupSeconds: settings.warmupSeconds,
      warmupConcurrency: settings.concurrency,
      highTargets: ['raw', 'ours', 'warm', 'peer'],
    },
    realLoadSeconds,
  );
  graphs.push(real);
  console.log(`\n${mainTable(real, settings.concurrency)}\n\n${costTable(real)}\n\n${cpuTable(real)}\n`);

  // The dashboard's first coloured map, the browser's cache cold, on the real graph, from the server as shipped
  // (its response cache fills on the first load, as it would for the first visitor after a reload).
  if (spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { cwd: settings.projectRoot, stdio: 'inherit' }).status !== 0)
    throw new Error('npm run build failed');
  // A failed measurement is reported as such; it does not cost the rest of the report.
  const firstPaint = await measureFirstPaint(new URL(warm.url).origin, settings.firstPaintLoads).catch((error: Error) => ({
    skipped: `failed: ${error.message}`,
  }));
  log(
    'skipped' in firstPaint
      ? `dashboard first paint: skipped, ${firstPaint.skipped}`
      : `dashboard first coloured map: p50 ${firstPaint.p50Ms.toFixed(0)} ms, max ${firstPaint.maxMs.toFixed(0)} ms over ${firstPaint.loadsMs.length} cold loads; before it ${describeFirstPaintBytes(firstPaint)}`,
  );

  if (settings.scales.length) {
    const profile = await readRealProfile(driver, settings.database);
    let units = 1;
    for (const scale of [...settings.scales].sort((a, b) => a - b)) {
      t = Date.now();
      await addSyntheticUnits(driver, settings.database, profile, units, scale);
      units = scale;
      const seconds = (Date.now() - t) / 1000;
      log(`${scale}× graph generated (synthetic units up to ${scale - 1}) in ${seconds.toFixed(1)} s`);
      // The generator marks the graph as changed (LoadState.updatedAt); our server polls that version every 2 s and
      // drops what it cached from the previous graph. Give it the time to notice, as a reload in production would.
      await new Promise((r) => setTimeout(r, 3000));
      graphs.push(
        await benchGraph(
          ctx,
          {
            label: `${scale}×`,
            scale,
            runSeconds: settings.scaleRunSeconds,
            c1Runs: settings.runs,
            highRuns: settings.scaleHighRuns,
            warmupSeconds: Math.min(1, settings.warmupSeconds),
            warmupConcurrency: 1,
            highTargets: settings.scaleHighTargets,
          },
          seconds,
          real,
        ),
      );
    }
    console.log(`\n${scaleTable(graphs, settings.concurrency)}\n`);
  }

  const report: Report = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus()[0]?.model ?? '?',
      cores: os.cpus().length,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      loadAverageAtStart,
      loadAverageAtEnd: os.loadavg(),
      os: `${os.type()} ${os.release()}`,
    },
    versions: versions(settings.projectRoot),
    settings: { ...settings, password: undefined },
    graphs: graphs.map((g) => ({
      ...g,
      workloads: g.workloads.map(({ bodies: _bodies, ...w }: WorkloadResult & { bodies?: unknown }) => w),
    })),
    firstPaint,
    targets: evaluateTargets(graphs, settings.concurrency, firstPaint),
    totalSeconds: (Date.now() - started) / 1000,
  };
  console.log(`Targets:\n${targetsList(report.targets)}\n`);
  fs.mkdirSync(settings.outDir, { recursive: true });
  fs.writeFileSync(path.join(settings.outDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(path.join(settings.outDir, 'report.md'), markdownReport(report, settings.concurrency));
  log(`wrote ${path.relative(process.cwd(), path.join(settings.outDir, 'report.json'))} and report.md`);
}

let failed = false;
try {
  await main();
} catch (error) {
  failed = true;
  console.error(`[bench] failed: ${(error as Error).stack ?? String(error)}`);
} finally {
  log('stopping the servers and Neo4j');
  await cleanup();
  log(`done in ${Math.round((Date.now() - started) / 1000)} s`);
}
process.exit(failed ? 1 : 0);
