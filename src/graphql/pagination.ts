/**
 * Relay-style connections over a list the API already reads in one round trip: `first` items after the cursor
 * `after`, with `pageInfo` and `totalCount`. A cursor is the item's key (a bloc code, a state id…) in base64url,
 * so it stays valid while the graph's version does; one that names no item is bad input, not an empty page.
 */
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';

/** Items on a page when `first` is not given, and the most one page may hold (the cost analysis prices `first`). */
export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

const encode = (key: string): string => Buffer.from(key, 'utf8').toString('base64url');

function badPage(message: string, argument: string, value: unknown): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ApolloServerErrorCode.BAD_USER_INPUT, argument, value, http: { status: 400 } } });
}

/** `first` as given (default DEFAULT_PAGE), refused outside 0..MAX_PAGE. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE)
    throw badPage(`first: ${size} is not a page size from 0 to ${MAX_PAGE}`, 'first', size);
  return size;
}

export function paginate<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  first: number | null | undefined,
  after: string | null | undefined,
): Connection<T> {
  const size = pageSize(first);
  let start = 0;
  if (after !== null && after !== undefined) {
    const at = items.findIndex((item) => encode(keyOf(item)) === after);
    if (at < 0)
      throw badPage(
        `after: "${after.slice(0, 60)}" is not a cursor of this list (cursors last as long as the graph's version)`,
        'after',
        after.slice(0, 60),
      );
    start = at + 1;
  }
  const page = items.slice(start, start + size);
  const edges = page.map((node) => ({ cursor: encode(keyOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: start + size < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: items.length,
  };
}
