/** Built once per GraphQL request: a round-trip-counting runner and the request's batch loaders. */
import type { QueryRunner, RequestRunner } from '../db/queryRunner.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface Context {
  runner: RequestRunner;
  loaders: Loaders;
  /** Today as 'YYYY-MM-DD' (UTC), fixed for the whole request. */
  today: string;
}

export function createContext(runner: QueryRunner): Context {
  const requestRunner = runner.forRequest();
  return { runner: requestRunner, loaders: createLoaders(requestRunner), today: new Date().toISOString().slice(0, 10) };
}
