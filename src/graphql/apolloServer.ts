/**
 * The GraphQL server without HTTP: schema.graphql + resolvers + error mapping. The HTTP app mounts it;
 * the CLI runs operations on it in-process (executeOperation), so both give the same answers and errors.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context.js';
import { formatError } from './errors.js';
import { resolvers } from './resolvers/index.js';

/** Reports the request's cost in Cypher round trips as `extensions.cypherRoundTrips` (a count, not a time). */
const roundTripsExtension: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind === 'single') {
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cypherRoundTrips: contextValue.runner.roundTrips };
        }
      },
    };
  },
};

export function createApolloServer(projectRoot: string, options: { debug?: boolean; plugins?: ApolloServerPlugin<Context>[] } = {}): ApolloServer<Context> {
  const typeDefs = fs.readFileSync(path.join(projectRoot, 'schema.graphql'), 'utf8');
  return new ApolloServer<Context>({
    typeDefs,
    resolvers,
    formatError,
    includeStacktraceInErrorResponses: options.debug ?? false,
    plugins: [...(options.plugins ?? []), roundTripsExtension],
  });
}
