/**
 * npm start and `alliance-explorer serve`: the supervisor (Neo4j, the graph, the web build, then the API in a
 * child process it restarts if it dies) in the primary process; the API itself in the cluster worker.
 */
import cluster from 'node:cluster';
import { loadConfig } from '../config/config.js';
import { serve } from './serve.js';
import { neo4jOfSupervisor, supervise } from './supervisor.js';

const config = loadConfig();
if (cluster.isPrimary) await supervise(config);
else await serve(config, neo4jOfSupervisor(process.env));
