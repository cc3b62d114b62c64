/**
 * Our server for the bench, in a child process: exactly what `npm start` serves (createApp over a QueryRunner on
 * the project's driver settings), reading the bench's Neo4j. The runner can record which named queries a
 * request runs, with their parameters, so the bench can PROFILE them and replay them as the raw floor.
 */
import path from 'node:path';
import { loadConfig, projectRoot } from '../../src/config/config.js';
import { createDriver } from '../../src/db/driver.js';
import { QueryRunner, RequestRunner, type Params, type Row } from '../../src/db/queryRunner.js';
import { createApp, listen } from '../../src/server/app.js';
import { sourceMapsOnlyInDevelopment } from '../../src/server/sourceMaps.js';
import { reportFailed, reportReady, serveParent, trackInFlight } from '../children.js';

/** Records the named queries that requests run (not the server's own background reads). */
class RecordingRunner extends QueryRunner {
  recording: { name: string; params: Params }[] | null = null;

  override forRequest(): RequestRunner {
    const record = (name: string, params: Params) => this.recording?.push({ name, params });
    return new (class extends RequestRunner {
      override read(name: string, params: Params = {}): Promise<Row[]> {
        record(name, params);
        return super.read(name, params);
      }
    })(this);
  }
}

try {
  const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
  sourceMapsOnlyInDevelopment(config.debug);
  const driver = createDriver({ uri: process.env.BENCH_NEO4J_URI!, user: 'neo4j', password: process.env.BENCH_NEO4J_PASSWORD! });
  await driver.verifyConnectivity();
  const runner = new RecordingRunner(driver, {
    database: process.env.BENCH_DATABASE ?? 'neo4j',
    queriesDir: path.join(projectRoot, 'cypher', 'queries'),
    timeoutMs: config.queryTimeoutMs,
  });
  // The bench is one client sending as fast as it can: the per-client limit would measure itself.
  const app = await createApp({ runner, projectRoot, rateLimitPerMinute: 0 });
  const port = await listen(app.httpServer, 0, '127.0.0.1');
  const inFlight = trackInFlight(app.httpServer);
  serveParent(
    {
      ...inFlight,
      record: () => {
        runner.recording = [];
        return {};
      },
      recorded: () => {
        const calls = runner.recording ?? [];
        runner.recording = null;
        return { calls };
      },
    },
    async () => {
      await app.stop();
      await driver.close();
    },
  );
  reportReady(port);
} catch (error) {
  reportFailed(error);
}
