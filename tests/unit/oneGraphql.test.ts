/**
 * One graphql for everyone under vitest, as under Node: our modules and the libraries (Apollo, graphql-armor,
 * graphql-query-complexity) must share graphql's classes, or a schema built by one is refused by the other
 * ("from another module or realm"). vitest.config.ts aliases `graphql` to the build Node resolves; this fails if not.
 */
import { createRequire } from 'node:module';
import { GraphQLError, GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';

describe('graphql under vitest', () => {
  it('is the same module our code imports and the libraries require', () => {
    const required = createRequire(import.meta.url)('graphql') as { GraphQLError: unknown; GraphQLObjectType: unknown };
    expect(required.GraphQLError).toBe(GraphQLError);
    expect(required.GraphQLObjectType).toBe(GraphQLObjectType);
  });
});
