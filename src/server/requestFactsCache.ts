/**
 * One request's view of the exposure facts shared between requests (FactsCache): it answers from the shared cache,
 * and tells `onCached` of every question it answered without reading Neo4j, as the named query an earlier request
 * ran for it. The server lists those in `extensions.cypherQueries` with `cached: true` (not counted as round
 * trips), so that an exposure answer always says which query and parameters its facts came from, and the dashboard
 * can link it to Neo4j Browser even when the facts were cached.
 */
import type { RanQuery } from '../db/queryRunner.js';
import { FactsCache } from '../graphql/factsCache.js';
import type { GraphFacts } from '../domain/facts.js';

/**
 * exposure.cypher's parameters for a cache key. The key is `factsKey` (src/service/exposureService.ts):
 * `asOf|STATE,STATE|BLOC,BLOC`, the names sorted; the query reads its names as comma-separated strings, in any order.
 */
export function exposureParamsOfKey(key: string): { asOf: string; states: string; blocs: string } | undefined {
  const parts = key.split('|');
  if (parts.length !== 3) return undefined;
  const [asOf = '', states = '', blocs = ''] = parts;
  return { asOf, states, blocs };
}

export class RequestFactsCache extends FactsCache {
  constructor(
    private readonly shared: FactsCache,
    private readonly onCached: (ran: RanQuery & { cached: true }) => void,
  ) {
    super(0);
  }

  override get(key: string, read: () => Promise<GraphFacts>): Promise<GraphFacts> {
    let readNow = false;
    const facts = this.shared.get(key, () => {
      readNow = true;
      return read();
    });
    const params = readNow ? undefined : exposureParamsOfKey(key);
    if (params) this.onCached({ file: 'cypher/queries/exposure.cypher', params, cached: true });
    return facts;
  }
}
