/** The bench's results as data (report.json) and as Markdown tables (report.md and the console). */
import type { FirstPaint } from './firstPaint.js';
import type { Summary } from './measure.js';
import type { GraphCounts } from './neo4j.js';

export type High = Summary | { skipped: string };

export interface TargetResult {
  c1: Summary;
  high: High;
}

export interface NamedQueryCost {
  name: string;
  params: Record<string, unknown>;
  dbHits: number;
  rows: number;
  operators: string[];
}

export interface WorkloadResult {
  id: string;
  title: string;
  budget: number;
  /** Round trips of the first request (it may fill a cache) and of the same request again. */
  roundTrips: number;
  roundTripsWarm: number;
  /** Time of ours' first request on this graph (a cache it fills is cold), ms. */
  coldMs: number;
  /** The named queries one request of ours ran, in order, with their PROFILE db hits. */
  oursQueries: NamedQueryCost[];
  /** The named queries of the raw floor (PROFILE'd the same way). */
  rawQueries: NamedQueryCost[];
  rawRows: number;
  responseBytes: { ours: number; peer?: number };
  raw: TargetResult;
  /** Our server with its caches off: every request runs its Cypher, as a question never asked before ("novel"). */
  ours: TargetResult;
  /** Our server as shipped, the same request repeated: answered from its response cache ("warm"). */
  warm: TargetResult;
  peer: TargetResult | { na: string };
  /** The targets return the same answer (canonical form), where comparable. */
  agrees: { raw?: boolean; peer?: boolean };
  /** On a synthetic graph: ours (and the peer) answer byte for byte as on the real graph. */
  sameAsReal?: { ours: boolean; peer?: boolean };
}

export interface Calibration {
  /** c=1 p50 of the cheapest request of each target: raw `RETURN 1`, ours and peer `{ __typename }` (no Cypher). */
  raw: number;
  /** Raw `RETURN 1` as one auto-commit statement, as our server sends its reads (raw uses executeRead). */
  rawAutoCommit: number;
  ours: number;
  peer: number;
  /** Ours `{ __typename }` at the high concurrency: the transport floor a warm request is held to there. */
  oursHigh?: { p50: number; p99: number; rps: number };
}

export interface GraphResult {
  calibration?: Calibration;
  label: string;
  scale: number;
  counts: GraphCounts;
  seconds: { load: number; bench: number };
  runSeconds: number;
  c1Runs: number;
  highRuns: number;
  workloads: WorkloadResult[];
}
export interface Report {
  date: string;
  machine: { cpus: string; cores: number; memoryGb: number; loadAverageAtStart: number[]; loadAverageAtEnd: number[]; os: string };
  versions: Record<string, string>;
  settings: Record<string, unknown>;
  graphs: GraphResult[];
  /** The dashboard's first coloured map, cold cache (bench/firstPaint.ts). */
  firstPaint: FirstPaint | { skipped: string };
  targets: { text: string; met: boolean | null; detail: string }[];
  totalSeconds: number;
}

const f = (v: number | undefined, digits = 2) =>
  v === undefined || !Number.isFinite(v) ? '–' : v >= 100 ? v.toFixed(0) : v.toFixed(digits);
const ratio = (a: number | undefined, b: number | undefined) =>
  a !== undefined && b !== undefined && Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '–';
export const isTarget = (t: TargetResult | { na: string }): t is TargetResult => !('na' in t);
const ran = (h: High): h is Summary => !('skipped' in h);
const rps = (t: TargetResult) => (ran(t.high) ? t.high.rps : undefined);
const errors = (t: TargetResult) => t.c1.errors + (ran(t.high) ? t.high.errors : 0);

export function mainTable(graph: GraphResult, concurrency: number): string {
  const c = concurrency;
  const lines = [
    `| Workload | Target | c=1 p50 ms | c=1 p99 ms | c=${c} req/s | c=${c} p50 ms | c=${c} p99 ms | errors | ours/target c=1 p50 | ours/target c=${c} req/s |`,
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  const skipped: string[] = [];
  for (const w of graph.workloads) {
    const rows: [string, TargetResult | { na: string }][] = [
      ['raw', w.raw],
      ['ours', w.ours],
      ['warm', w.warm],
      ['peer', w.peer],
    ];
    for (const [name, t] of rows) {
      const label = name === 'ours' ? `**${w.id}**` : w.id;
      if (!isTarget(t)) {
        lines.push(`| ${w.id} | peer | n/a¹ | | | | | | | |`);
        continue;
      }
      const ratios = name === 'ours' || name === 'warm' ? ['', ''] : [ratio(w.ours.c1.p50, t.c1.p50), ratio(rps(w.ours), rps(t))];
      const h = t.high;
      if (!ran(h)) skipped.push(`- ${w.id}, ${name}: ${h.skipped}.`);
      const highCells = ran(h) ? `${f(h.rps, 0)} | ${f(h.p50)} | ${f(h.p99)}` : 'skipped² | | ';
      lines.push(`| ${label} | ${name} | ${f(t.c1.p50)} | ${f(t.c1.p99)} | ${highCells} | ${errors(t)} | ${ratios[0]} | ${ratios[1]} |`);
    }
  }
  lines.push(
    '',
    'ours = our server with its response and facts caches off, so that every request runs its Cypher as a question never asked before would (novel); warm = our server as shipped, the same request repeated (answered from its response cache).',
  );
  const notes = graph.workloads.filter((w) => !isTarget(w.peer)).map((w) => `- ${w.id}: ${(w.peer as { na: string }).na}.`);
  if (notes.length) lines.push('', '¹ The peer cannot express:', ...notes);
  if (skipped.length) lines.push('', `² Not run at c=${c}:`, ...skipped);
  return lines.join('\n');
}

const costOf = (qs: NamedQueryCost[]) => qs.map((q) => `${q.name} (${q.dbHits.toLocaleString('en')})`).join(' → ') || '– (cached)';

export function costTable(graph: GraphResult): string {
  const lines = [
    '| Workload | Ours: Cypher round trips (budget) | Ours: first request ms | Ours: named queries, first request (PROFILE db hits) | Raw floor: named queries (db hits) | Rows (raw) | Response bytes ours / peer | Answers agree |',
    '|---|--:|--:|---|---|--:|--:|---|',
  ];
  for (const w of graph.workloads) {
    const over = Math.max(w.roundTrips, w.roundTripsWarm) > w.budget ? ' **over**' : '';
    const trips = w.roundTrips === w.roundTripsWarm ? `${w.roundTrips}` : `${w.roundTrips} first, ${w.roundTripsWarm} again`;
    const agree = [
      w.agrees.raw === undefined ? null : `raw ${w.agrees.raw ? 'yes' : '**NO**'}`,
      w.agrees.peer === undefined ? null : `peer ${w.agrees.peer ? 'yes' : '**NO**'}`,
      w.sameAsReal === undefined
        ? null
        : `as on 1×: ours ${w.sameAsReal.ours ? 'yes' : '**NO**'}${w.sameAsReal.peer === undefined ? '' : `, peer ${w.sameAsReal.peer ? 'yes' : '**NO**'}`}`,
    ].filter(Boolean);
    lines.push(
      `| ${w.id} | ${trips} (${w.budget})${over} | ${f(w.coldMs)} | ${costOf(w.oursQueries)} | ${costOf(w.rawQueries)} | ${w.rawRows} | ${w.responseBytes.ours.toLocaleString('en')} / ${w.responseBytes.peer === undefined ? 'n/a' : w.responseBytes.peer.toLocaleString('en')} | ${agree.join('; ') || '–'} |`,
    );
  }
  return lines.join('\n');
}

export function cpuTable(graph: GraphResult): string {
  const cpu = (t: TargetResult | { na: string }, name: string) => (isTarget(t) ? f(t.c1.cpuMs?.[name]) : 'n/a');
  const lines = [
    '| Workload | Neo4j CPU ms/request: raw | ours | peer | Server CPU ms/request: ours | peer | Client CPU ms/request: raw (driver) |',
    '|---|--:|--:|--:|--:|--:|--:|',
  ];
  for (const w of graph.workloads) {
    lines.push(
      `| ${w.id} | ${cpu(w.raw, 'neo4j')} | ${cpu(w.ours, 'neo4j')} | ${cpu(w.peer, 'neo4j')} | ${cpu(w.ours, 'server')} | ${cpu(w.peer, 'server')} | ${cpu(w.raw, 'client')} |`,
    );
  }
  lines.push(
    '',
    'CPU time from /proc (all threads), medians of the c=1 runs: unlike latency, it does not include waiting for a core on a busy machine.',
  );
  return lines.join('\n');
}

export function calibrationLine(c: Calibration): string {
  return `Transport floor at c=1 (p50 of a request that runs no Cypher in the servers): raw \`RETURN 1\` in executeRead ${f(c.raw)} ms (as one auto-commit statement, the way our server reads: ${f(c.rawAutoCommit)} ms), ours \`{ __typename }\` ${f(c.ours)} ms, peer \`{ __typename }\` ${f(c.peer)} ms${c.oursHigh ? `; ours \`{ __typename }\` at high concurrency p50 ${f(c.oursHigh.p50)} ms, p99 ${f(c.oursHigh.p99)} ms, ${f(c.oursHigh.rps, 0)} req/s` : ''}.`;
}

const exponentOf = (a: number, b: number, edgesA: number, edgesB: number) => Math.log(b / a) / Math.log(edgesB / edgesA);

/** Latency against graph size: for each workload and target, c=1 p50/p99 at each scale, and the growth exponent. */
export function scaleTable(graphs: GraphResult[], concurrency: number): string {
  const base = graphs[0]!;
  const last = graphs[graphs.length - 1]!;
  const scales = graphs.map((g) => `${g.scale}×`);
  const cols = () => graphs.map(() => '--:').join('|');
  const lines = [
    `Edges (relationships): ${graphs.map((g) => `${g.scale}× = ${g.counts.relationships.toLocaleString('en')}`).join(', ')}; nodes: ${graphs.map((g) => `${g.scale}× = ${g.counts.nodes.toLocaleString('en')}`).join(', ')}.`,
    '',
    `| Workload | Target | ${scales.map((s) => `c=1 p50 ms ${s}`).join(' | ')} | ${scales.map((s) => `c=1 p99 ms ${s}`).join(' | ')} | ${scales.map((s) => `c=${concurrency} req/s ${s}`).join(' | ')} | growth exponent³ | db hits ${scales.join(' / ')} |`,
    `|---|---|${cols()}|${cols()}|${cols()}|--:|--:|`,
  ];
  for (const w of base.workloads) {
    for (const target of ['raw', 'ours', 'warm', 'peer'] as const) {
      const series = graphs.map((g) => g.workloads.find((x) => x.id === w.id)?.[target]);
      if (!series.every((t) => t && isTarget(t))) continue;
      const ts = series as TargetResult[];
      const exponent = exponentOf(ts[0]!.c1.p50, ts[ts.length - 1]!.c1.p50, base.counts.relationships, last.counts.relationships);
      const hits = graphs.map((g) => {
        const wr = g.workloads.find((x) => x.id === w.id)!;
        const qs = target === 'raw' ? wr.rawQueries : target === 'ours' ? wr.oursQueries : [];
        return target === 'peer' || target === 'warm'
          ? '–'
          : qs.length
            ? qs.reduce((n, q) => n + q.dbHits, 0).toLocaleString('en')
            : '0 (cached)';
      });
      lines.push(
        `| ${target === 'ours' ? `**${w.id}**` : w.id} | ${target} | ${ts.map((t) => f(t.c1.p50)).join(' | ')} | ${ts.map((t) => f(t.c1.p99)).join(' | ')} | ${ts.map((t) => (ran(t.high) ? f(t.high.rps, 0) : 'skipped')).join(' | ')} | ${graphs.length > 1 && Number.isFinite(exponent) ? exponent.toFixed(2) : '–'} | ${hits.join(' / ')} |`,
      );
    }
    const colds = graphs.map((g) => f(g.workloads.find((x) => x.id === w.id)?.coldMs));
    lines.push(
      `| ${w.id} | ours, first request⁴ | ${colds.join(' | ')} | ${graphs.map(() => '').join(' | ')} | ${graphs.map(() => '').join(' | ')} | | |`,
    );
  }
  lines.push(
    '',
    `³ log(c=1 p50 at ${last.scale}× / at ${base.scale}×) / log(edges at ${last.scale}× / at ${base.scale}×): 0 = flat, 1 = linear in the number of edges.`,
    '⁴ The first request on a freshly loaded graph (the exposure facts cache of that date is empty): what one user pays after each reload.',
  );
  return lines.join('\n');
}

/** What the first coloured map needed: requests, script and data bytes, and resource timing's count if it differs. */
export function describeFirstPaintBytes(firstPaint: FirstPaint): string {
  const { bytes, resourceTimingBytes: rt } = firstPaint;
  const differs = rt.script !== bytes.script || rt.data !== bytes.data || rt.other !== bytes.other;
  return (
    `${firstPaint.requests} responses (GraphQL: ${firstPaint.operations.join(', ') || 'none'}), ${bytes.script} B of script, ${bytes.data} B of data ` +
    `(GraphQL and map shapes), ${bytes.other} B else` +
    (differs ? ` (resource timing counted ${rt.script} / ${rt.data} / ${rt.other} B in the last load)` : '')
  );
}

export function targetsList(targets: Report['targets']): string {
  return targets.map((t) => `- ${t.met === null ? '–' : t.met ? 'MET' : '**NOT MET**'}: ${t.text} — ${t.detail}`).join('\n');
}

export function evaluateTargets(graphs: GraphResult[], concurrency: number, firstPaint: Report['firstPaint']): Report['targets'] {
  const real = graphs[0]!;
  const c = concurrency;
  const out: Report['targets'] = [];
  const each = (pred: (w: WorkloadResult) => boolean, describe: (w: WorkloadResult) => string, ws = real.workloads) => {
    const failing = ws.filter((w) => !pred(w));
    return { met: failing.length === 0, detail: ws.map(describe).join(', ') };
  };
  // Issue 17's targets.
  const floor = real.calibration;
  if (floor) {
    out.push({
      text: `warm repeated request: c=1 p50 within 1.5× of the transport floor (ours \`{ __typename }\` ${f(floor.ours)} ms)`,
      ...each(
        (w) => w.warm.c1.p50 <= 1.5 * floor.ours,
        (w) => `${w.id} ${f(w.warm.c1.p50)} ms (${ratio(w.warm.c1.p50, floor.ours)})`,
      ),
    });
    const high = floor.oursHigh;
    out.push(
      high
        ? {
            text: `warm repeated request: c=${c} p50 within 1.5× of the transport floor (ours \`{ __typename }\` at c=${c}: ${f(high.p50)} ms)`,
            ...each(
              (w) => ran(w.warm.high) && w.warm.high.p50 <= 1.5 * high.p50,
              (w) => (ran(w.warm.high) ? `${w.id} ${f(w.warm.high.p50)} ms (${ratio(w.warm.high.p50, high.p50)})` : `${w.id} not run`),
            ),
          }
        : { text: `warm repeated request: c=${c} p50 within 1.5× of the transport floor`, met: null, detail: 'floor not measured' },
    );
  }
  out.push({
    text: 'novel requests: ours/raw p50 ≤ 1.1 at c=1 on every workload',
    ...each(
      (w) => w.ours.c1.p50 <= 1.1 * w.raw.c1.p50,
      (w) => `${w.id} ${ratio(w.ours.c1.p50, w.raw.c1.p50)}`,
    ),
  });
  out.push({
    text: `novel requests: c=${c} throughput ≥ 1.0× raw`,
    ...each(
      (w) => (rps(w.ours) ?? 0) >= (rps(w.raw) ?? Infinity),
      (w) => `${w.id} ${ratio(rps(w.ours), rps(w.raw))}`,
    ),
  });
  const p99 = (t: TargetResult) => (ran(t.high) ? t.high.p99 : undefined);
  out.push({
    text: `novel requests: c=${c} p99 ≤ 1.5× raw's p99`,
    ...each(
      (w) => (p99(w.ours) ?? Infinity) <= 1.5 * (p99(w.raw) ?? 0),
      (w) => `${w.id} ${f(p99(w.ours))} / ${f(p99(w.raw))} ms (${ratio(p99(w.ours), p99(w.raw))})`,
    ),
  });
  const last = graphs[graphs.length - 1]!;
  const big = last.workloads.find((w) => w.id === 'exposure');
  out.push(
    graphs.length > 1 && big
      ? {
          text: `exposure at ${last.scale}× the whole-world graph: c=1 p99 ≤ 20 ms (novel: no cache)`,
          met: big.ours.c1.p99 <= 20,
          detail: `${f(big.ours.c1.p99)} ms (warm ${f(big.warm.c1.p99)} ms; the first request after the load took ${f(big.coldMs)} ms)`,
        }
      : { text: 'exposure at 100× the whole-world graph: c=1 p99 ≤ 20 ms', met: null, detail: 'the scale passes were not run' },
  );
  const paintText = 'dashboard: first coloured map ≤ 1.0 s on a quiet machine (p50 of cold loads), and the bytes it needs';
  out.push(
    'skipped' in firstPaint
      ? { text: paintText, met: null, detail: `not measured: ${firstPaint.skipped}` }
      : {
          text: paintText,
          met: firstPaint.p50Ms <= 1000,
          detail: `p50 ${f(firstPaint.p50Ms)} ms, max ${f(firstPaint.maxMs)} ms; before it ${describeFirstPaintBytes(firstPaint)}`,
        },
  );
  // Checks that still hold from earlier issues.
  out.push({
    text: `c=1 and c=${c}: zero errors (ours and warm)`,
    ...each(
      (w) => errors(w.ours) === 0 && errors(w.warm) === 0,
      (w) => `${w.id} ${errors(w.ours)}/${errors(w.warm)}`,
    ),
  });
  const withPeer = real.workloads.filter((w) => isTarget(w.peer));
  const peerOf = (w: WorkloadResult) => w.peer as TargetResult;
  out.push({
    text: 'ours (novel) at least as fast as the peer at c=1 (p50 ratio ≤ 1.0)',
    ...each(
      (w) => w.ours.c1.p50 <= peerOf(w).c1.p50,
      (w) => `${w.id} ${ratio(w.ours.c1.p50, peerOf(w).c1.p50)}`,
      withPeer,
    ),
  });
  out.push({
    text: 'Cypher round trips within budget (first request and again)',
    ...each(
      (w) => Math.max(w.roundTrips, w.roundTripsWarm) <= w.budget,
      (w) => `${w.id} ${Math.max(w.roundTrips, w.roundTripsWarm)}/${w.budget}`,
    ),
  });
  out.push({
    text: 'the answers agree: ours = raw = peer where comparable, warm = ours',
    ...each(
      (w) => w.agrees.raw !== false && w.agrees.peer !== false,
      (w) => `${w.id} raw ${w.agrees.raw ?? '–'} peer ${w.agrees.peer ?? '–'}`,
    ),
  });
  if (graphs.length > 1) {
    const growth = real.workloads.map((w) => {
      const other = last.workloads.find((x) => x.id === w.id)!;
      return { id: w.id, e: exponentOf(w.ours.c1.p50, other.ours.c1.p50, real.counts.relationships, last.counts.relationships) };
    });
    out.push({
      text: 'latency grows no faster than linearly with the edges (ours, c=1 p50, exponent ≤ 1)',
      met: growth.every((g) => g.e <= 1),
      detail: growth.map((g) => `${g.id} ${g.e.toFixed(2)}`).join(', '),
    });
    const wrong = graphs
      .slice(1)
      .flatMap((g) => g.workloads.filter((w) => w.sameAsReal?.ours === false).map((w) => `${w.id} at ${g.scale}×`));
    out.push({
      text: 'ours answers on the synthetic graphs exactly as on the real one',
      met: wrong.length === 0,
      detail: wrong.length === 0 ? 'every workload, byte for byte' : `differs: ${wrong.join(', ')}`,
    });
  }
  return out;
}

export function markdownReport(report: Report, concurrency: number): string {
  const real = report.graphs[0]!;
  const parts = [
    `# Alliance Explorer benchmark`,
    '',
    `${report.date} · ${report.machine.cores} × ${report.machine.cpus}, ${report.machine.memoryGb} GB, ${report.machine.os} · load average at start ${report.machine.loadAverageAtStart.map((l) => l.toFixed(2)).join(' ')}, at end ${report.machine.loadAverageAtEnd.map((l) => l.toFixed(2)).join(' ')}`,
    '',
    `Versions: ${Object.entries(report.versions)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}.`,
    '',
    `Medians of ${real.c1Runs} runs of ${real.runSeconds} s (c=${concurrency}: after a ramp of ${String(report.settings.rampSeconds)} s) after a warm-up. raw = the named queries through neo4j-driver executeRead in the bench process (no HTTP); ours and peer = GraphQL over HTTP on loopback (autocannon), each server in its own process; Neo4j, the servers and the load generator share the machine.`,
    '',
    `## Real graph (${real.counts.nodes} nodes, ${real.counts.relationships} relationships)`,
    '',
    mainTable(real, concurrency),
    '',
    '### Cost of one request',
    '',
    costTable(real),
    '',
    cpuTable(real),
    ...(real.calibration ? ['', calibrationLine(real.calibration)] : []),
  ];
  if (report.graphs.length > 1) {
    parts.push('', '## Scale', '', scaleTable(report.graphs, concurrency));
    for (const g of report.graphs.slice(1))
      parts.push(
        '',
        `### ${g.scale}× (${g.counts.nodes.toLocaleString('en')} nodes, ${g.counts.relationships.toLocaleString('en')} relationships)`,
        '',
        mainTable(g, concurrency),
        '',
        costTable(g),
        '',
        cpuTable(g),
      );
  }
  parts.push('', '## Targets', '', targetsList(report.targets), '', `Total time: ${Math.round(report.totalSeconds)} s.`, '');
  return parts.join('\n');
}
