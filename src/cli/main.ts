/** The `alliance-explorer` process: runs the command line (program.ts) on this process's arguments and streams. */
import { runCli } from './program.js';

process.exitCode = await runCli(process.argv.slice(2));
