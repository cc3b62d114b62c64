/**
 * The exposure model's facts depend only on the date and on the graph, and the graph changes only when the
 * cypher scripts are loaded again. So the facts of a date are read once and shared by every request, until the
 * graph's version (its LoadState, watched by the server) changes. Bounded: the most recently used dates only.
 */
import type { GraphFacts } from '../domain/facts.js';

export class FactsCache {
  private readonly entries = new Map<string, Promise<GraphFacts>>();
  private version: string | null | undefined;

  constructor(private readonly maxDates = 64) {}

  get(asOf: string, read: () => Promise<GraphFacts>): Promise<GraphFacts> {
    const cached = this.entries.get(asOf);
    if (cached) {
      // Most recently used last, so eviction takes the oldest.
      this.entries.delete(asOf);
      this.entries.set(asOf, cached);
      return cached;
    }
    const loading = read();
    this.entries.set(asOf, loading);
    // A failed read (Neo4j down) is not remembered: the next request tries again.
    loading.catch(() => {
      if (this.entries.get(asOf) === loading) this.entries.delete(asOf);
    });
    while (this.entries.size > this.maxDates) this.entries.delete(this.entries.keys().next().value!);
    return loading;
  }

  /** A different graph version empties the cache. */
  observeVersion(version: string | null): void {
    if (version !== this.version) {
      this.version = version;
      this.entries.clear();
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
