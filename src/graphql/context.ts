/** Built once per GraphQL request: a round-trip-counting runner, the request's batch loaders, its rights. */
import { inlineCompute, type ComputePool } from '../compute/computePool.js';
import type { QueryRunner, RequestRunner } from '../db/queryRunner.js';
import type { FactsCache } from './factsCache.js';
import { createLoaders, type Loaders } from './loaders.js';

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

export interface Context {
  runner: RequestRunner;
  loaders: Loaders;
  /** Today as 'YYYY-MM-DD' (UTC), fixed for the whole request. */
  today: string;
  adHoc: AdHocCypherPolicy;
  /** Where CPU work runs: worker threads with a time budget in the server, this thread in the CLI. */
  compute: ComputePool;
}

export function createContext(runner: QueryRunner, adHoc: Partial<AdHocCypherPolicy> = {}, factsCache?: FactsCache, compute: ComputePool = inlineCompute): Context {
  const requestRunner = runner.forRequest();
  return {
    runner: requestRunner,
    loaders: createLoaders(requestRunner, factsCache),
    today: new Date().toISOString().slice(0, 10),
    adHoc: { enabled: false, authorized: false, maxRows: 1000, maxBytes: 1_000_000, timeoutMs: 5000, ...adHoc },
    compute,
  };
}
