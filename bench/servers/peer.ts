/**
 * The peer for the bench, in a child process: the Neo4j GraphQL Library (@neo4j/graphql) generating its schema
 * from bench/peer/typeDefs.graphql, in the same HTTP stack as ours (Express 5 + Apollo Server 5), over the same
 * database. The driver has the library's recommended defaults.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';
import { projectRoot } from '../../src/config/config.js';
import { sourceMapsOnlyInDevelopment } from '../../src/server/sourceMaps.js';

// As in our server (src/server/sourceMaps.ts): the raw floor and the peer must not pay for mapped stacks either.
sourceMapsOnlyInDevelopment(false);
import { listen } from '../../src/server/app.js';
import { reportFailed, reportReady, serveParent, trackInFlight } from '../children.js';

try {
  const driver = neo4j.driver(process.env.BENCH_NEO4J_URI!, neo4j.auth.basic('neo4j', process.env.BENCH_NEO4J_PASSWORD!));
  await driver.verifyConnectivity();
  const database = process.env.BENCH_DATABASE ?? 'neo4j';
  const typeDefs = fs.readFileSync(path.join(projectRoot, 'bench', 'peer', 'typeDefs.graphql'), 'utf8');
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();

  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({ schema, plugins: [ApolloServerPluginDrainHttpServer({ httpServer })] });
  await apollo.start();
  app.use(
    '/graphql',
    express.json({ limit: 100_000 }),
    expressMiddleware(apollo, { context: async () => ({ sessionConfig: { database } }) }),
  );
  const port = await listen(httpServer, 0, '127.0.0.1');
  serveParent(trackInFlight(httpServer), async () => {
    await apollo.stop();
    await driver.close();
  });
  reportReady(port);
} catch (error) {
  reportFailed(error);
}
