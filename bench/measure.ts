/**
 * Load generation and statistics. HTTP targets are driven by autocannon (as a library): `connections` keep-alive
 * connections each with one request in flight; every response body is checked against the expected answer (a
 * different one counts as an error). The raw target is the same closed loop in this process: `concurrency` workers
 * each awaiting one executeRead chain at a time.
 *
 * Both are measured the same way, in steady state: the load runs for `ramp + seconds`, and only the requests that
 * complete inside the window [ramp, ramp + seconds] count — for throughput (completions / seconds) and latency.
 * (With 50 requests in flight on two cores, a request takes a second or more; counting from the start would
 * charge the ramp-up, and cutting at the end would drop the requests in flight, to the run.) Latencies are exact
 * (hrtime, ms), not autocannon's whole-millisecond histogram, so sub-millisecond differences show.
 */
import autocannon from 'autocannon';
import type { GraphQLOperation } from './workloads.js';

export interface RunStats {
  requests: number;
  /** Every request completed during the run, window or not (for CPU time per request). */
  completed: number;
  seconds: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  errors: number;
  /** The slowest requests (at most 20): when each completed, in ms from the start of the window, and its latency. */
  slowest: { atMs: number; ms: number }[];
}

export interface RunOptions {
  concurrency: number;
  /** Length of the measured window. */
  seconds: number;
  /** Load before the window, not measured. */
  ramp: number;
}

export function percentile(sortedValues: number[], p: number): number {
  if (sortedValues.length === 0) return Number.NaN;
  const rank = Math.min(sortedValues.length - 1, Math.max(0, Math.ceil((p / 100) * sortedValues.length) - 1));
  return sortedValues[rank]!;
}

export function median(values: number[]): number {
  const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (finite.length === 0) return Number.NaN;
  const mid = Math.floor(finite.length / 2);
  return finite.length % 2 ? finite[mid]! : (finite[mid - 1]! + finite[mid]!) / 2;
}

/** Collects completions and keeps those inside the window. */
class Window {
  private readonly latencies: number[] = [];
  private readonly completions: { atMs: number; ms: number }[] = [];
  private errors = 0;
  private completed = 0;
  readonly start: number;
  readonly end: number;

  constructor(private readonly options: RunOptions) {
    this.start = performance.now() + options.ramp * 1000;
    this.end = this.start + options.seconds * 1000;
  }

  ok(ms: number): void {
    this.completed++;
    const now = performance.now();
    if (now >= this.start && now <= this.end) {
      this.latencies.push(ms);
      this.completions.push({ atMs: now - this.start, ms });
    }
  }

  error(): void {
    const now = performance.now();
    if (now >= this.start && now <= this.end) this.errors++;
  }

  stats(): RunStats {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    return {
      requests: sorted.length,
      completed: this.completed,
      seconds: this.options.seconds,
      rps: sorted.length / this.options.seconds,
      p50: percentile(sorted, 50),
      p90: percentile(sorted, 90),
      p99: percentile(sorted, 99),
      max: sorted.length ? sorted[sorted.length - 1]! : Number.NaN,
      errors: this.errors,
      slowest: [...this.completions].sort((a, b) => b.ms - a.ms).slice(0, 20),
    };
  }
}

/** The body without Apollo's trailing `"extensions"` (round-trip counts vary with caches; the answer must not). */
export function answerOf(body: string): string {
  const at = body.lastIndexOf(',"extensions":');
  return at > 0 ? `${body.slice(0, at)}}` : body;
}

export async function measureHttp(url: string, operation: GraphQLOperation, expectedBody: string, options: RunOptions): Promise<RunStats> {
  const expected = answerOf(expectedBody);
  const window = new Window(options);
  // autocannon emits 'response' (status, latency) and then, in the same tick, calls verifyBody with that body:
  // every response is classified there — a non-200 or a body other than the expected answer is an error.
  let last = { status: 0, ms: 0 };
  let instance!: autocannon.Instance;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(operation),
        connections: options.concurrency,
        pipelining: 1,
        duration: options.ramp + options.seconds,
        timeout: 30,
        verifyBody: (body) => {
          const good = last.status === 200 && answerOf(String(body)) === expected;
          if (good) window.ok(last.ms);
          else window.error();
          return good;
        },
      },
      (error, result) => (error ? reject(error as Error) : resolve(result)),
    );
  });
  instance.on('response', (_client, status, _bytes, ms) => {
    last = { status, ms };
  });
  instance.on('reqError', () => window.error()); // connection errors and timeouts
  await done;
  return window.stats();
}

export async function measureClosedLoop(task: () => Promise<unknown>, options: RunOptions): Promise<RunStats> {
  const window = new Window(options);
  const stop = window.end;
  const worker = async () => {
    while (performance.now() < stop) {
      const t0 = performance.now();
      try {
        await task();
        window.ok(performance.now() - t0);
      } catch {
        window.error();
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return window.stats();
}

export interface Summary {
  runs: RunStats[];
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** Median CPU ms per request by process (neo4j, server, client), where measured. */
  cpuMs?: Record<string, number>;
}

/** Medians over runs; errors are summed (any error in any run counts). */
export function summarize(runs: (RunStats & { cpuMs?: Record<string, number> })[]): Summary {
  const names = [...new Set(runs.flatMap((r) => Object.keys(r.cpuMs ?? {})))];
  const cpuMs = Object.fromEntries(names.map((n) => [n, median(runs.map((r) => r.cpuMs?.[n] ?? Number.NaN))]));
  return {
    runs,
    rps: median(runs.map((r) => r.rps)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    errors: runs.reduce((n, r) => n + r.errors, 0),
    ...(names.length ? { cpuMs } : {}),
  };
}

interface GraphQLBody {
  data?: Record<string, unknown>;
  errors?: unknown[];
  extensions?: Record<string, unknown>;
}

/** One request, for probes: the parsed body and the raw text. */
export async function postGraphQL(url: string, operation: GraphQLOperation): Promise<{ status: number; text: string; body: GraphQLBody }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(operation) });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as GraphQLBody };
}
