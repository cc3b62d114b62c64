/**
 * Runs the server in one of its two modes (supervisor.ts says what each does): the supervisor in the primary
 * process, the API in the cluster worker it forks. The worker re-runs the same entry with the same arguments, so
 * `node dist/node/server/main.js start` and `alliance-explorer serve` both arrive here in both processes.
 */
import cluster from 'node:cluster';
import { loadConfig } from '../config/config.js';
import { createLogger, lineWriter } from '../observability/logger.js';
import { serve } from './serve.js';
import { neo4jOfSupervisor, supervise, type ServerMode } from './supervisor.js';

export async function runServer(mode: ServerMode): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  if (cluster.isPrimary) await supervise(config, mode, lineWriter(logger.child({ role: 'supervisor' })));
  else {
    const apiLogger = logger.child({ role: 'api' });
    // A worker that cannot serve (its port taken, a broken build) exits, so that the supervisor sees the death and
    // its crash-loop rule applies. Left to the command line's error path it would print the error and linger, held
    // open by its channel to the supervisor and its Neo4j connections, serving nothing and never replaced.
    await serve(config, neo4jOfSupervisor(process.env), apiLogger).catch((error: unknown) => {
      apiLogger.fatal({ err: error }, `The API process could not start: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
  }
}
