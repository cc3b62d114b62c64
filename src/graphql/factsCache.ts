/**
 * The exposure model's facts depend only on the question (a date, the states and blocs it names: see
 * `factsKey` in src/service/exposureService.ts) and on the graph, and the graph changes only when the cypher scripts are loaded again.
 * So the facts of a question are read once and shared by every request asking it, until the graph's version (its
 * LoadState, watched by the server) changes. Bounded: the most recently used questions only.
 */
import type { GraphFacts } from '../domain/facts.js';

export class FactsCache {
  private readonly entries = new Map<string, Promise<GraphFacts>>();
  private version: string | null | undefined;

  constructor(
    private readonly maxEntries = 256,
    /** Told of every lookup (the metrics' hit ratio). */
    private readonly onLookup: (hit: boolean) => void = () => {},
  ) {}

  get(key: string, read: () => Promise<GraphFacts>): Promise<GraphFacts> {
    const cached = this.entries.get(key);
    this.onLookup(cached !== undefined);
    if (cached) {
      // Most recently used last, so eviction takes the oldest.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const loading = read();
    this.entries.set(key, loading);
    // A failed read (Neo4j down) is not remembered: the next request tries again.
    loading.catch(() => {
      if (this.entries.get(key) === loading) this.entries.delete(key);
    });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return loading;
  }

  /** A different graph version empties the cache; true when it did (or on the first version seen). */
  observeVersion(version: string | null): boolean {
    if (version === this.version) return false;
    this.version = version;
    this.entries.clear();
    return true;
  }

  get size(): number {
    return this.entries.size;
  }
}
