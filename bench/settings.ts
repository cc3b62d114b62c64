/**
 * Everything the bench can be tuned with, from the environment, in one place. Defaults keep a whole run
 * (Neo4j start, load, real graph, 10× and 100× graphs) under ten minutes on a 2-core machine.
 */
import path from 'node:path';
import { loadConfig, projectRoot } from '../src/config/config.js';

function num(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`Invalid ${name}=${JSON.stringify(raw)}: expected a non-negative number`);
  return value;
}

function list(name: string, fallback: number[]): number[] {
  const raw = process.env[name];
  if (raw === undefined) return fallback;
  if (raw.trim() === '') return [];
  return raw.split(',').map((s) => {
    const value = Number(s.trim());
    if (!Number.isInteger(value) || value < 2)
      throw new Error(`Invalid ${name}=${JSON.stringify(raw)}: expected integers ≥ 2, e.g. 10,100`);
    return value;
  });
}

export interface BenchSettings {
  projectRoot: string;
  /** Bolt port of the bench's own Neo4j (instance `bench`, home .neo4j/bench). */
  boltPort: number;
  heap: string;
  pageCache: string;
  password: string;
  database: string;
  localDir: string;
  /** Measured runs per (workload, target, concurrency); the median is reported. */
  runs: number;
  /** Seconds of one measured run on the real graph. */
  runSeconds: number;
  /** Seconds of warm-up before the runs of one (workload, target). */
  warmupSeconds: number;
  /** Seconds of load before the measured window of a high-concurrency run (see measure.ts). */
  rampSeconds: number;
  /** Longest measured window of one run (a slow target's runs are stretched to collect a few samples). */
  maxRunSeconds: number;
  /** A target whose requests would each wait longer than this at high concurrency is not run there. */
  maxQueueSeconds: number;
  /** The high concurrency. */
  concurrency: number;
  /** Scale factors of the synthetic graphs (BENCH_SCALES=10,100; empty = skip the scale part). */
  scales: number[];
  /** Seconds of one measured run on a synthetic graph. */
  scaleRunSeconds: number;
  /** Runs on a synthetic graph: concurrency 1 gets `runs`, the high concurrency `scaleHighRuns`. */
  scaleHighRuns: number;
  /** Targets run at high concurrency on the synthetic graphs (BENCH_SCALE_HIGH_TARGETS=raw,ours,peer for all). */
  scaleHighTargets: string[];
  /** Seconds of warm-up over every workload and target before the first measurement. */
  globalWarmupSeconds: number;
  /** Cold loads of the dashboard timed to its first coloured map (BENCH_FIRST_PAINT_LOADS; 0 skips it). */
  firstPaintLoads: number;
  /** Reload the real graph after a reset even when the bench database already holds the current load. */
  reload: boolean;
  outDir: string;
}

export function benchSettings(): BenchSettings {
  const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
  return {
    projectRoot,
    boltPort: num('BENCH_NEO4J_BOLT_PORT', 7730),
    heap: process.env.BENCH_NEO4J_HEAP || '1g',
    pageCache: process.env.BENCH_NEO4J_PAGECACHE || '512m',
    password: config.neo4jPassword,
    database: 'neo4j',
    localDir: config.local.dir,
    runs: num('BENCH_RUNS', 3),
    runSeconds: num('BENCH_RUN_SECONDS', 2.5),
    warmupSeconds: num('BENCH_WARMUP_SECONDS', 0.75),
    rampSeconds: num('BENCH_RAMP_SECONDS', 0.75),
    maxRunSeconds: num('BENCH_MAX_RUN_SECONDS', 8),
    maxQueueSeconds: num('BENCH_MAX_QUEUE_SECONDS', 5),
    concurrency: num('BENCH_CONCURRENCY', 50),
    scales: list('BENCH_SCALES', [10, 100]),
    scaleRunSeconds: num('BENCH_SCALE_RUN_SECONDS', 1),
    scaleHighRuns: num('BENCH_SCALE_HIGH_RUNS', 1),
    scaleHighTargets: (process.env.BENCH_SCALE_HIGH_TARGETS ?? 'ours')
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
    globalWarmupSeconds: num('BENCH_GLOBAL_WARMUP_SECONDS', 8),
    firstPaintLoads: num('BENCH_FIRST_PAINT_LOADS', 5),
    reload: process.env.BENCH_RELOAD === '1' || process.env.BENCH_RELOAD === 'true',
    outDir: path.join(projectRoot, '.bench'),
  };
}
