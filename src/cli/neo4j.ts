/** npm run neo4j:start|stop|status — the local Maven-resolved server used when there is no NEO4J_URI and no Docker. */
import { loadConfig } from '../config/config.js';
import { localServer } from '../neo4j-server/provideNeo4j.js';

const command = process.argv[2];
const instance = process.argv[3] === '--test' ? 'test' : 'dev';
try {
  const config = loadConfig();
  const server = localServer(config, instance);
  if (command === 'start') {
    await server.start();
    console.log(`Neo4j (${instance}) is up: ${server.boltUri} (user ${config.neo4jUser})${config.local.httpPort && instance === 'dev' ? `, Browser at http://127.0.0.1:${config.local.httpPort}/browser/` : ''}`);
  } else if (command === 'stop') {
    server.stop();
  } else if (command === 'status') {
    const status = server.status();
    console.log(status.text);
    process.exitCode = status.running ? 0 : 3;
  } else {
    console.error('usage: neo4j start|stop|status [--test]');
    process.exitCode = 2;
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
