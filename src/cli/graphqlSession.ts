/**
 * The CLI asks its questions through the same GraphQL server as HTTP clients, in-process: the same
 * validation, answers and error codes. BAD_USER_INPUT becomes exit code 2.
 */
import type { ApolloServer } from '@apollo/server';
import { loadConfig } from '../config/config.js';
import { createApolloServer } from '../graphql/apolloServer.js';
import { createContext, type Context } from '../graphql/context.js';
import { openGraph } from '../server/openGraph.js';

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
  // As npm start: the product's own server gets its graph loaded when it lacks it; NEO4J_URI's is read as it is.
  const graph = await openGraph(config, { load: 'own-if-stale', log });
  const apollo: ApolloServer<Context> = createApolloServer(config.projectRoot);
  await apollo.start();
  return {
    async run<T>(query: string, variables: Record<string, unknown> = {}) {
      const response = await apollo.executeOperation({ query, variables }, { contextValue: createContext(graph.runner) });
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      const { data, errors } = response.body.singleResult;
      if (errors?.length) {
        const message = errors.map((e) => e.message).join('; ');
        if (errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT' || e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED'))
          throw new BadInputError(message);
        throw new Error(message);
      }
      return data as T;
    },
    async close() {
      await apollo.stop();
      await graph.close();
    },
  };
}
