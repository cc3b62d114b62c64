/**
 * Structured logs: one JSON object a line on stdout (pino), for a log collector to index. Every GraphQL request
 * logs one line with its id, operation, duration, Cypher round trips and error code (src/server/requestLog.ts).
 * LOG_LEVEL sets the threshold (default info; `silent` turns logging off).
 */
import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from '../config/config.js';

export type { Logger } from 'pino';

/** `destination`: stdout by default; a test passes a stream of its own to read the lines. */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: DestinationStream): Logger {
  const options = {
    level: config.logLevel,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Level names, not numbers, so a person reading the raw lines sees "info" and "error".
    formatters: { level: (label: string) => ({ level: label }) },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** A logger as a plain line writer, for code that reports progress through `(line) => void` (the loader, Neo4j). */
export function lineWriter(logger: Logger): (line: string) => void {
  return (line) => logger.info(line);
}
