/** `neo4j start|stop|status [--test]`: the local Maven-resolved server used when there is no NEO4J_URI and no Docker. */
import { loadConfig } from '../config/config.js';
import { localServer } from '../neo4j-server/provideNeo4j.js';

export async function runNeo4j(action: string, options: { test?: boolean }): Promise<number> {
  const config = loadConfig();
  const instance = options.test ? 'test' : 'dev';
  const server = localServer(
    options.test
      ? loadConfig({ ...process.env, NEO4J_LOCAL_BOLT_PORT: process.env.TEST_NEO4J_BOLT_PORT ?? '7688', NEO4J_LOCAL_HTTP_PORT: '0' })
      : config,
    instance,
  );
  switch (action) {
    case 'start':
      await server.start();
      console.log(
        `Neo4j (${instance}) is up: ${server.boltUri}, user ${config.neo4jUser}` +
          (config.local.httpPort && !options.test ? `; Neo4j Browser at http://127.0.0.1:${config.local.httpPort}/browser/` : ''),
      );
      return 0;
    case 'stop':
      await server.stop();
      return 0;
    case 'status': {
      const status = await server.status();
      console.log(status.text);
      return status.running ? 0 : 3;
    }
    default:
      throw new UsageError(`unknown action "${action}"; expected start, stop or status`);
  }
}

export class UsageError extends Error {
  override name = 'UsageError';
}
