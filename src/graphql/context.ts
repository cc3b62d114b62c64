/** Built once per GraphQL request: a round-trip-counting runner, the request's batch loaders, its rights. */
import { randomUUID } from 'node:crypto';
import { inlineCompute, type ComputePool } from '../compute/computePool.js';
import { QUERIES } from '../db/queries.js';
import type { QueryRunner, RequestRunner } from '../db/queryRunner.js';
import { ExposureService } from '../service/exposureService.js';
import type { FactsCache } from './factsCache.js';
import { createLoaders, worldFacts, type Loaders } from './loaders.js';

export interface AdHocCypherPolicy {
  /** An API key is configured on the server. */
  enabled: boolean;
  /** This request presented it. */
  authorized: boolean;
  maxRows: number;
  /** Bytes of rows (as JSON) one answer may hold; the rest is cut off, `truncated` says so. */
  maxBytes: number;
  timeoutMs: number;
}

/** How the HTTP layer's response cache knows a request (src/server/responseCache.ts); the resolvers never read it. */
export interface ResponseCacheIdentity {
  key: string;
  etag: string;
  method: 'GET' | 'POST';
  operationName: string | null;
}

export interface Context {
  /** The request's id: the X-Request-Id it came with (when well-formed) or a new one; in its log line and its Cypher's metadata. */
  requestId: string;
  runner: RequestRunner;
  loaders: Loaders;
  /** Today as 'YYYY-MM-DD' (UTC), fixed for the whole request. */
  today: string;
  adHoc: AdHocCypherPolicy;
  /** Where CPU work runs: worker threads with a time budget in the server, this thread in the CLI. */
  compute: ComputePool;
  /** Exposure and scenarios, over this request's loaders. */
  exposure: ExposureService;
  /** Set by the HTTP server when the answer may be kept in its response cache. */
  responseCacheIdentity?: ResponseCacheIdentity;
}

export interface ContextOptions {
  adHoc?: Partial<AdHocCypherPolicy>;
  factsCache?: FactsCache;
  compute?: ComputePool;
  requestId?: string;
}

export function createContext(runner: QueryRunner, options: ContextOptions = {}): Context {
  const requestId = options.requestId ?? randomUUID();
  const requestRunner = runner.forRequest(requestId);
  const loaders = createLoaders(requestRunner, options.factsCache);
  const compute = options.compute ?? inlineCompute;
  return {
    requestId,
    runner: requestRunner,
    loaders,
    today: new Date().toISOString().slice(0, 10),
    adHoc: { enabled: false, authorized: false, maxRows: 1000, maxBytes: 1_000_000, timeoutMs: 5000, ...options.adHoc },
    compute,
    exposure: new ExposureService(
      {
        facts: (question) => loaders.factsAround.load(question),
        storedScenario: (id) => loaders.scenarioById.load(id),
        state: (id) => loaders.stateById.load(id),
        bloc: (code) => loaders.blocByCode.load(code),
        world: (asOf) => worldFacts(requestRunner, asOf, options.factsCache),
        datedFacts: async (withdrawing, state, until) => {
          // As exposure.cypher: Neo4j takes a while to plan it the first time, so it gets three query timeouts.
          const [facts] = await requestRunner.read(
            QUERIES.exposureTimeline,
            { withdrawing, state, until },
            { timeoutMs: 3 * requestRunner.timeoutMs },
          );
          if (!facts) throw new Error('exposure-timeline.cypher returned no row');
          return facts;
        },
        membershipChanges: (since, until, bloc, state) => requestRunner.read(QUERIES.membershipChanges, { since, until, bloc, state }),
        blocHistory: (code) => requestRunner.read(QUERIES.blocHistory, { code }),
      },
      compute,
    ),
  };
}
