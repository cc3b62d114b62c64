/**
 * Prometheus metrics (prom-client), served at GET /metrics: request latency by GraphQL operation, Neo4j time by
 * query file, the Cypher round trips of a request, cache lookups, the graph's version and Node's own process
 * metrics. One registry per API process; labels take values from closed sets (query files, result kinds), and
 * operation names, which clients choose, are capped (MAX_OPERATIONS) so that nobody can grow the registry at will.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Distinct operation names kept as labels; later ones are counted as "other". */
export const MAX_OPERATIONS = 100;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();

  readonly requestDuration = new Histogram({
    name: 'alliance_graphql_request_duration_seconds',
    help: 'GraphQL requests by operation name and outcome (ok or the error code), from arrival to response',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly roundTrips = new Histogram({
    name: 'alliance_graphql_cypher_round_trips',
    help: 'Cypher round trips one GraphQL request made',
    labelNames: ['operation'] as const,
    buckets: [0, 1, 2, 3, 5, 8, 13, 21],
    registers: [this.registry],
  });

  readonly neo4jDuration = new Histogram({
    name: 'alliance_neo4j_query_duration_seconds',
    help: 'Time Neo4j statements took, slot wait excluded, by query file (adhoc: the cypher field; explain: its plan check)',
    labelNames: ['query', 'outcome'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly cacheLookups = new Counter({
    name: 'alliance_cache_lookups_total',
    help: 'Lookups in the in-process caches, by cache and result (hit or miss)',
    labelNames: ['cache', 'result'] as const,
    registers: [this.registry],
  });

  readonly graphInfo = new Gauge({
    name: 'alliance_graph_info',
    help: 'The graph this process serves: 1 for its current scripts hash and load status',
    labelNames: ['hash', 'status'] as const,
    registers: [this.registry],
  });

  /** Read at each scrape (observeResponseCache). */
  private responseCacheStats: () => { entries: number; bytes: number } = () => ({ entries: 0, bytes: 0 });

  readonly responseCacheSize = new Gauge({
    name: 'alliance_response_cache_size',
    help: 'Whole answers held in memory for the current graph version: entries, and bytes',
    labelNames: ['unit'] as const,
    registers: [this.registry],
    collect: () => {
      const { entries, bytes } = this.responseCacheStats();
      this.responseCacheSize.set({ unit: 'entries' }, entries);
      this.responseCacheSize.set({ unit: 'bytes' }, bytes);
    },
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** The label of an operation name: itself while fewer than MAX_OPERATIONS were seen, else "other". */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATIONS) return 'other';
    this.operations.add(name);
    return name;
  }

  /** Where the response cache's size is read at each scrape. */
  observeResponseCache(stats: () => { entries: number; bytes: number }): void {
    this.responseCacheStats = stats;
  }

  /** The graph version string of cypher/queries/graph-version.cypher ("hash:status:loadedAt"), or null. */
  observeGraph(version: string | null): void {
    this.graphInfo.reset();
    const [hash, status] = version ? version.split(':') : ['none', 'NONE'];
    this.graphInfo.set({ hash: hash ?? 'none', status: status ?? 'NONE' }, 1);
  }
}
