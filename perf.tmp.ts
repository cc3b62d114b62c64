import path from 'node:path';
import { projectRoot } from './src/config/config.js';
import { createDriver } from './src/db/driver.js';
import { QueryRunner } from './src/db/queryRunner.js';
import { createApp, listen } from './src/server/app.js';
const driver = createDriver({ uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: 'alliance-explorer' });
const runner = new QueryRunner(driver, { database: 'neo4j', queriesDir: path.join(projectRoot, 'cypher', 'queries'), timeoutMs: 5000 });
const app = await createApp({ runner, projectRoot, rateLimitPerMinute: 0 });
const port = await listen(app.httpServer, 0, '127.0.0.1');
const q = JSON.stringify({ query: '{ exposure(withdrawing: "USA", asOf: "2025-06-01", scenario: { changes: [{ type: FREEZE, state: "TUR", bloc: "NATO" }] }) { entries { state { id } score } deltas { state { id } change } } }' });
for (let round = 0; round < 3; round++) {
  const t = Date.now(); const cpu = process.cpuUsage();
  for (let i = 0; i < 30; i++) await (await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: q })).text();
  const c = process.cpuUsage(cpu);
  console.log('round', round, ((Date.now() - t) / 30).toFixed(1), 'ms/req', ((c.user + c.system) / 1000 / 30).toFixed(1), 'ms cpu/req');
}
await app.stop(); await driver.close();
