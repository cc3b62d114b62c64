/** The runtime net under the cost estimate: an operation resolving more fields than allowed is stopped. */
import { ApolloServer } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import { resolvedFieldsGuard } from '../../src/graphql/limits.js';

const typeDefs = 'type Item { id: ID! name: String! } type Query { items(n: Int!): [Item!]! }';
const resolvers = {
  Query: { items: (_: unknown, { n }: { n: number }) => Array.from({ length: n }, (_, i) => ({ id: String(i), name: `item ${i}` })) },
};

async function run(n: number, max: number) {
  const server = new ApolloServer({ typeDefs, resolvers, plugins: [resolvedFieldsGuard(max)] });
  await server.start();
  try {
    const response = await server.executeOperation({ query: 'query($n: Int!) { items(n: $n) { id name } }', variables: { n } });
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    return response.body.singleResult;
  } finally {
    await server.stop();
  }
}

describe('resolvedFieldsGuard', () => {
  it('lets an answer within the limit through whole', async () => {
    const result = await run(10, 21); // items + 10 × (id, name)
    expect(result.errors).toBeUndefined();
    expect((result.data as { items: unknown[] }).items).toHaveLength(10);
  });

  it('stops one past it with RESULT_TOO_LARGE, one error and no partial list', async () => {
    const result = await run(1000, 21);
    expect(result.data).toBeNull();
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['RESULT_TOO_LARGE']);
  });
});
