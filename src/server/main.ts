/**
 * The server's process entry: `node dist/node/server/main.js start` (npm start) or `… serve` (the default; what
 * `alliance-explorer serve` and the container run). See run.ts.
 */
import { runServer } from './run.js';

await runServer(process.argv[2] === 'start' ? 'start' : 'serve');
