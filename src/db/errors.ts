/** Database failures, typed by the driver's error code (never by message text). */
import { Neo4jError } from 'neo4j-driver';

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/** Every Cypher slot taken for longer than a statement may wait: the API sheds load instead of queueing it. */
export class DatabaseBusyError extends Error {
  override name = 'DatabaseBusyError';
}

export class QueryTimeoutError extends Error {
  override name = 'QueryTimeoutError';
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** A query the database refused: a syntax error, a write in a read transaction, a bad parameter. */
export class QueryRejectedError extends Error {
  override name = 'QueryRejectedError';
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

const unavailableCodes = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/**
 * `userSupplied` marks a statement an analyst wrote (the ad hoc cypher field): a client error there is their
 * mistake. In the project's own named queries the same error is a bug, and stays internal.
 */
export function classifyDatabaseError(error: unknown, userSupplied = false): Error {
  if (!(error instanceof Neo4jError)) return error instanceof Error ? error : new Error(String(error));
  if (unavailableCodes.has(error.code) || error.code.startsWith('Neo.TransientError.Database')) {
    return new DatabaseUnavailableError('The graph database is unavailable; try again shortly');
  }
  // The driver's own failures carry no server code: a connection pool that could not hand out a connection in
  // time, a connection lost mid-statement. Either way the database cannot be reached right now.
  if (error.code === 'N/A') return new DatabaseUnavailableError('The graph database is unavailable; try again shortly');
  // A transaction stopped by the server (it is shutting down, or an operator killed it) is transient: try again.
  if (
    error.code === 'Neo.TransientError.Transaction.LockClientStopped' ||
    error.code === 'Neo.TransientError.Transaction.Terminated' ||
    error.code === 'Neo.ClientError.Transaction.Terminated'
  ) {
    return new DatabaseUnavailableError('The graph database is unavailable; try again shortly');
  }
  if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new QueryTimeoutError('The query took longer than the configured timeout and was stopped', error.code);
  }
  if (userSupplied && error.code.startsWith('Neo.ClientError.')) return new QueryRejectedError(error.message, error.code);
  return error;
}
