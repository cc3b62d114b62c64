/**
 * The CLI asks its questions through the same GraphQL server as HTTP clients, in-process: the same
 * validation, answers and error codes. BAD_USER_INPUT becomes exit code 2.
 */
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../config/config.js';
import { createDriver, waitForDatabase } from '../db/driver.js';
import { QueryRunner } from '../db/queryRunner.js';
import { createApolloServer } from '../graphql/apolloServer.js';
import { createContext, type Context } from '../graphql/context.js';
import { ensureGraphLoaded } from '../loader/loadGraph.js';
import { provideNeo4j } from '../neo4j-server/provideNeo4j.js';

export class BadInputError extends Error {
  override name = 'BadInputError';
}

export interface GraphQLSession {
  run<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/** `log` receives progress (the CLI sends it to stderr, so that --json output stays machine-readable). */
export async function openGraphQLSession(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<GraphQLSession> {
  const config = loadConfig(env);
  const neo4j = await provideNeo4j(config, log);
  const driver: Driver = createDriver(neo4j);
  await waitForDatabase(driver);
  await ensureGraphLoaded(driver, config.neo4jDatabase, config.projectRoot, log);
  const runner = new QueryRunner(driver, {
    database: config.neo4jDatabase,
    queriesDir: path.join(config.projectRoot, 'cypher', 'queries'),
    timeoutMs: config.queryTimeoutMs,
  });
  const apollo: ApolloServer<Context> = createApolloServer(config.projectRoot);
  await apollo.start();
  return {
    async run<T>(query: string, variables: Record<string, unknown> = {}) {
      const response = await apollo.executeOperation({ query, variables }, { contextValue: createContext(runner) });
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      const { data, errors } = response.body.singleResult;
      if (errors?.length) {
        const message = errors.map((e) => e.message).join('; ');
        if (errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT' || e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED')) throw new BadInputError(message);
        throw new Error(message);
      }
      return data as T;
    },
    async close() {
      await apollo.stop();
      await driver.close();
    },
  };
}
