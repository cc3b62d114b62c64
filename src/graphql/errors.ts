/**
 * User-facing errors, kept apart from internal ones. formatError turns known failures into GraphQL error
 * codes and hides everything else behind a generic message: no stack trace or driver text reaches a client.
 */
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ComputeTimeoutError } from '../compute/computePool.js';
import { DatabaseBusyError, DatabaseUnavailableError, QueryRejectedError, QueryTimeoutError } from '../db/errors.js';
import { DomainInputError } from '../domain/errors.js';
import { variableNamed } from './cost.js';

export function badInput(message: string, argument: string, value: unknown): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ApolloServerErrorCode.BAD_USER_INPUT, argument, value } });
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A 'YYYY-MM-DD' string that names a real day, or a BAD_USER_INPUT error naming the argument and value. */
export function parseDateArgument(value: string | null | undefined, argument: string, fallback: string): string {
  if (value === null || value === undefined) return fallback;
  const match = isoDate.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw badInput(`${argument}: "${value}" is not a valid date; expected YYYY-MM-DD`, argument, value);
  }
  return value;
}

export function formatError(formatted: GraphQLFormattedError, error: unknown, logBug: (error: unknown) => void): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainInputError) {
    return {
      ...formatted,
      message: original.message,
      extensions: { code: ApolloServerErrorCode.BAD_USER_INPUT, argument: original.argument, value: original.value },
    };
  }
  if (original instanceof DatabaseUnavailableError || original instanceof DatabaseBusyError) {
    return { message: original.message, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
  }
  if (original instanceof ComputeTimeoutError) {
    return { message: original.message, path: formatted.path, extensions: { code: 'QUERY_TIMEOUT' } };
  }
  if (original instanceof QueryTimeoutError) {
    return { message: original.message, path: formatted.path, extensions: { code: 'QUERY_TIMEOUT', neo4jCode: original.code } };
  }
  if (original instanceof QueryRejectedError) {
    return {
      message: `The database rejected the query: ${original.message}`,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', argument: 'query', neo4jCode: original.code },
    };
  }
  // Apollo has already coded its own failures (parse, validation, bad variables) and our GraphQLErrors; only
  // what it could not classify is INTERNAL_SERVER_ERROR: the code says so whatever class raised it.
  // Apollo's refusal of a variable that does not fit its type names the variable in its message only: said as the
  // argument too, as every bad-input error of this API does.
  if (formatted.extensions?.code === ApolloServerErrorCode.BAD_USER_INPUT && formatted.extensions.argument === undefined) {
    return { ...formatted, extensions: { ...formatted.extensions, argument: variableNamed(formatted.message) ?? 'variables' } };
  }
  if (formatted.extensions?.code !== ApolloServerErrorCode.INTERNAL_SERVER_ERROR) return formatted;
  // Apollo's own refusals of a request (a persisted-query hash that does not match, an unknown version) carry an
  // HTTP 4xx status but no code: they are the client's mistake, said as such and not logged as our failure.
  const httpStatus = (original as GraphQLError | undefined)?.extensions?.http as { status?: number } | undefined;
  if (original instanceof GraphQLError && httpStatus?.status !== undefined && httpStatus.status >= 400 && httpStatus.status < 500) {
    return { message: original.message, extensions: { code: ApolloServerErrorCode.BAD_REQUEST } };
  }
  // Anything else is a bug on our side: log it, tell the client only that it happened.
  logBug(original);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: ApolloServerErrorCode.INTERNAL_SERVER_ERROR } };
}
