/**
 * Whole GraphQL answers, remembered per graph version. Between two loads of the graph an answer is a pure function
 * of (operation text, operation name, variables, today's date for the fields whose `asOf` defaults to today), so a
 * repeated request is answered from memory: the bytes of the first answer, sent before Apollo parses anything.
 *
 * - The key holds the graph version the server last read from Neo4j (`LoadState`, polled by the app): when a load
 *   changes it, every API process, each polling on its own, stops answering from the older graph and empties its
 *   cache. Until its next poll a process may still answer from the older graph: the poll interval bounds that.
 * - Only what cannot depend on the caller is stored: a successful answer (no errors) to a request with no
 *   Authorization header (the ad hoc `cypher` field answers according to the API key; such requests bypass the cache
 *   and are marked `private, no-store`), and only while the graph is completely loaded.
 * - Every cacheable answer carries an ETag derived from the key (graph version and request), so a GET with
 *   If-None-Match gets 304 without being run, and GETs carry Cache-Control with a short max-age and
 *   stale-while-revalidate for HTTP caches and CDNs (automatic persisted queries keep such GET URLs short).
 * - Bounded by bytes (lru-cache): the least recently used answers go first; an answer larger than an eighth of the
 *   cache is not stored.
 */
import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import { LRUCache } from 'lru-cache';
import type { Context, ResponseCacheIdentity } from '../graphql/context.js';

export interface ResponseCacheOptions {
  /** Bytes of answers kept; 0 turns the cache off (ETags and Cache-Control are still sent). */
  maxBytes: number;
  /** Cache-Control max-age of a cacheable GET answer, in seconds. */
  maxAgeSeconds: number;
  /** Cache-Control stale-while-revalidate of a cacheable GET answer, in seconds. */
  staleSeconds: number;
  /** Told of every lookup of a cacheable request (the metrics' hit ratio). */
  onLookup?: (hit: boolean) => void;
  /** Told of every answer sent from memory: its operation name and how long it took, for the request log. */
  onHit?: (hit: { req: Request; operationName: string | null; seconds: number; bytes: number }) => void;
}

/** What a cacheable request is known by (the cache key and the ETag sent with its answer), kept in its context. */
type Identity = ResponseCacheIdentity;

interface Entry {
  body: Buffer;
}

/** The graph version read from Neo4j: `hash:status:updatedAt` (cypher/queries/graph-version.cypher). */
const isComplete = (version: string | null) => version !== null && version.split(':')[1] === 'COMPLETE';

export class ResponseCache {
  private readonly entries: LRUCache<string, Entry> | null;
  private version: string | null = null;

  constructor(private readonly options: ResponseCacheOptions) {
    this.entries =
      options.maxBytes > 0
        ? new LRUCache<string, Entry>({
            maxSize: options.maxBytes,
            maxEntrySize: Math.max(1, Math.floor(options.maxBytes / 8)),
            sizeCalculation: (entry) => entry.body.length,
          })
        : null;
  }

  /** The graph version the app last read; a different one empties the cache. */
  observeVersion(version: string | null): void {
    if (version === this.version) return;
    this.version = version;
    this.entries?.clear();
  }

  get stats(): { entries: number; bytes: number } {
    return { entries: this.entries?.size ?? 0, bytes: this.entries?.calculatedSize ?? 0 };
  }

  /**
   * Before Apollo: a request seen before on this graph version is answered from memory, a GET whose If-None-Match
   * names its ETag gets 304, anything else goes on to Apollo with its identity noted for `remember`.
   * Runs after the rate limit, the deadline and the body limit, so a cached answer costs a client as much allowance.
   */
  middleware(): RequestHandler {
    return (req, res, next) => {
      const identity = this.identify(req);
      res.locals.responseCache = identity;
      if (!identity) {
        res.setHeader('x-response-cache', 'bypass');
        if (req.headers.authorization !== undefined) res.setHeader('cache-control', 'private, no-store');
        return next();
      }
      if (identity.method === 'GET' && etagMatches(req.headers['if-none-match'], identity.etag)) {
        this.setCacheHeaders(res, identity);
        res.setHeader('x-response-cache', 'not-modified');
        res.status(304).end();
        return;
      }
      const started = process.hrtime.bigint();
      const entry = this.entries?.get(identity.key);
      this.options.onLookup?.(entry !== undefined);
      // A request must pass Apollo's CSRF prevention before it is answered, from memory or not.
      if (!entry || !passesCsrfPrevention(req)) {
        res.setHeader('x-response-cache', 'miss');
        return next();
      }
      this.setCacheHeaders(res, identity);
      res.setHeader('x-response-cache', 'hit');
      res.type(req.accepts(['application/json', 'application/graphql-response+json']) || 'application/json');
      res.status(200).end(entry.body);
      this.options.onHit?.({
        req,
        operationName: identity.operationName,
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
        bytes: entry.body.length,
      });
    };
  }

  /**
   * Gives a request's GraphQL context the identity the middleware found (the app's context function calls it), for
   * the plugin to find when the answer is ready: in the context, since Apollo hands plugins a copy of the object.
   */
  attach(context: Context, res: Response): void {
    const identity = res.locals.responseCache as Identity | null | undefined;
    if (identity) context.responseCacheIdentity = identity;
  }

  /**
   * The Apollo plugin that stores a successful answer and gives it its ETag and Cache-Control. It must come after
   * the plugins that write `extensions` (the Cypher a request ran), so the stored bytes hold them.
   */
  plugin(): ApolloServerPlugin<Context> {
    return {
      requestDidStart: async ({ contextValue }) => ({
        willSendResponse: async ({ response }) => {
          const identity = contextValue.responseCacheIdentity;
          if (!identity) return;
          const body = response.body.kind === 'single' ? response.body.singleResult : null;
          if (!body || body.errors || (response.http.status ?? 200) !== 200) {
            // An error may be the client's (bad input) or passing (Neo4j busy): neither is remembered nor cacheable.
            response.http.headers.set('cache-control', 'no-store');
            return;
          }
          for (const [name, value] of Object.entries(this.headersFor(identity))) response.http.headers.set(name, value);
          // Stored as a later request will receive it: no Cypher ran for that one, its queries are listed as cached.
          if (!this.entries || !identity.key.startsWith(`${this.versionTag()}|`)) return;
          const extensions = body.extensions ?? {};
          const ran = Array.isArray(extensions.cypherQueries) ? (extensions.cypherQueries as object[]) : [];
          const stored = {
            data: body.data,
            extensions: { ...extensions, cypherRoundTrips: 0, cypherQueries: ran.map((query) => ({ ...query, cached: true })) },
          };
          this.entries.set(identity.key, { body: Buffer.from(JSON.stringify(stored)) });
        },
      }),
    };
  }

  private versionTag(): string {
    return this.version ?? 'none';
  }

  /** The request's identity, or null when its answer must not be shared or cannot be known in advance. */
  private identify(req: Request): Identity | null {
    if (!isComplete(this.version)) return null;
    if (req.headers.authorization !== undefined) return null;
    const method = req.method;
    if (method !== 'GET' && method !== 'POST') return null;
    const given = method === 'GET' ? fromQueryString(req.query) : fromBody(req.body);
    if (!given) return null;
    const queryHash = given.query !== undefined ? sha256(given.query) : given.persistedHash;
    if (!queryHash) return null;
    // Today's date: fields whose `asOf` is left out answer as of today (UTC), so tomorrow is another answer.
    const today = new Date().toISOString().slice(0, 10);
    const variables = canonicalJson(given.variables);
    if (variables === null) return null;
    const digest = sha256(JSON.stringify([today, queryHash, given.operationName, variables]));
    const key = `${this.versionTag()}|${digest}`;
    return { key, etag: `"${sha256(key).slice(0, 32)}"`, method, operationName: given.operationName };
  }

  private headersFor(identity: Identity): Record<string, string> {
    const { maxAgeSeconds, staleSeconds } = this.options;
    return {
      etag: identity.etag,
      // A POST is not cached by HTTP caches anyway; no-cache says a client must revalidate what it kept.
      'cache-control': identity.method === 'GET' ? `public, max-age=${maxAgeSeconds}, stale-while-revalidate=${staleSeconds}` : 'no-cache',
    };
  }

  private setCacheHeaders(res: Response, identity: Identity): void {
    for (const [name, value] of Object.entries(this.headersFor(identity))) res.setHeader(name, value);
  }
}

interface GivenRequest {
  query?: string;
  persistedHash?: string;
  operationName: string | null;
  variables: unknown;
}

/** A GET's operation, as Apollo reads it: query, operationName, and variables and extensions as JSON text. */
function fromQueryString(params: Request['query']): GivenRequest | null {
  const text = (name: string): string | undefined | null => {
    const value = params[name];
    return value === undefined ? undefined : typeof value === 'string' ? value : null;
  };
  const query = text('query');
  const operationName = text('operationName');
  const variables = text('variables');
  const extensions = text('extensions');
  if (query === null || operationName === null || variables === null || extensions === null) return null;
  try {
    return fromBody({
      query,
      operationName,
      variables: variables === undefined ? undefined : (JSON.parse(variables) as unknown),
      extensions: extensions === undefined ? undefined : (JSON.parse(extensions) as unknown),
    });
  } catch {
    return null; // Apollo answers malformed JSON with its own error
  }
}

function fromBody(body: unknown): GivenRequest | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const { query, operationName, variables, extensions } = body as Record<string, unknown>;
  if (query !== undefined && typeof query !== 'string') return null;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;
  const persisted = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
  const persistedHash = typeof persisted === 'string' && /^[0-9a-f]{64}$/.test(persisted) ? persisted : undefined;
  return { query, persistedHash, operationName: operationName ?? null, variables: variables ?? {} };
}

/** Deeper variables than any operation of the schema takes (a scenario's changes are 3 levels): not cached. */
const MAX_VARIABLES_DEPTH = 32;

/**
 * JSON with object keys sorted, so that the same variables in another order are the same request; null when they
 * nest deeper than MAX_VARIABLES_DEPTH (such a request goes on to Apollo, which refuses it, without recursing here).
 */
function canonicalJson(value: unknown, depth = 0): string | null {
  if (depth > MAX_VARIABLES_DEPTH) return null;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  const parts: string[] = [];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [String(i), v] as const)
    : Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [k, v] of entries) {
    const inner = canonicalJson(v, depth + 1);
    if (inner === null) return null;
    parts.push(Array.isArray(value) ? inner : `${JSON.stringify(k)}:${inner}`);
  }
  return Array.isArray(value) ? `[${parts.join(',')}]` : `{${parts.join(',')}}`;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** If-None-Match: `*`, or a list of tags (weak or strong: a GET compares weakly, RFC 9110 13.1.2). */
function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * Apollo refuses a request that a browser could send cross-site without a preflight (CSRF prevention): it needs a
 * Content-Type that is not one of the simple ones, or a non-empty `apollo-require-preflight` or
 * `x-apollo-operation-name` header. An answer from memory keeps that rule (stricter only for a malformed type).
 */
function passesCsrfPrevention(req: Request): boolean {
  const given = req.headers['content-type'];
  if (given !== undefined) {
    const type = given.split(';')[0]!.trim().toLowerCase();
    if (type !== 'text/plain' && type !== 'multipart/form-data' && type !== 'application/x-www-form-urlencoded') return true;
  }
  return Boolean(req.headers['apollo-require-preflight']) || Boolean(req.headers['x-apollo-operation-name']);
}
