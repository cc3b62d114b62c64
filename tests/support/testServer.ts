/** The local Neo4j the tests run on (instance `test`, TEST_NEO4J_BOLT_PORT): one place names it, for the global setup and the fault tests. */
import { loadConfig } from '../../src/config/config.js';
import type { LocalNeo4j } from '../../src/neo4j-server/localServer.js';
import { localServer } from '../../src/neo4j-server/provideNeo4j.js';

export const testConfig = () =>
  loadConfig({
    ...process.env,
    NEO4J_LOCAL_BOLT_PORT: process.env.TEST_NEO4J_BOLT_PORT ?? '7688',
    NEO4J_LOCAL_HTTP_PORT: '0',
  });

export const testLocalServer = (log?: (line: string) => void): LocalNeo4j => localServer(testConfig(), 'test', log);
