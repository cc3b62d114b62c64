/**
 * The one reader of process.env. Everything configurable is here, validated once, frozen.
 * A wrong value throws a ConfigError that names the variable.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export class ConfigError extends Error {
  constructor(variable: string, value: string, expected: string) {
    super(`Invalid ${variable}=${JSON.stringify(value)}: expected ${expected}`);
    this.name = 'ConfigError';
  }
}

export interface LocalNeo4jConfig {
  /** Folder holding the resolved jars (lib/) and the server homes; git-ignored. */
  dir: string;
  boltPort: number;
  /** Neo4j Browser and the HTTP API; 0 disables HTTP. */
  httpPort: number;
  heap: string;
  pageCache: string;
}

export interface Config {
  port: number;
  host: string;
  /** Set only when the user points us at a server of their own (docker compose, Aura, a cluster). */
  neo4jUri: string | undefined;
  neo4jUser: string;
  neo4jPassword: string;
  neo4jDatabase: string;
  /** Per-transaction timeout for reads the API runs. */
  queryTimeoutMs: number;
  local: LocalNeo4jConfig;
  projectRoot: string;
  /** Bearer token that unlocks the ad hoc `cypher` field; absent = field disabled. */
  apiKey: string | undefined;
  /** NODE_ENV=development: stack traces in GraphQL errors. */
  debug: boolean;
  /** GraphQL introspection (the playground needs it); INTROSPECTION=false turns it off. */
  introspection: boolean;
  /** Overall deadline of one HTTP request. */
  requestTimeoutMs: number;
  /** GraphQL requests one client (IP address) may send per minute; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Open HTTP connections the server accepts at once; more are refused. */
  maxConnections: number;
  /** Cypher statements the whole process runs at once (below the driver's pool); more wait briefly, then 503. */
  maxConcurrentCypher: number;
  /** The V8 heap of each API process, in MB (the supervisor starts every one with this limit). */
  heapMb: number;
  /** API processes (cluster workers) the supervisor runs on the one port; each is restarted on its own. */
  workers: number;
  /** How often each API process asks Neo4j for the graph's version (its caches start afresh when it changes). */
  graphVersionPollMs: number;
  /** Time budget of one computation in a worker thread (exposure under a scenario). */
  computeBudgetMs: number;
  /** Origins (scheme://host[:port]) whose pages may call /graphql from a browser; empty = the same origin only. */
  corsOrigins: readonly string[];
  /** The log threshold (pino's levels; `silent` turns logging off). */
  logLevel: (typeof LOG_LEVELS)[number];
  /** Whole answers each API process keeps per graph version, in MB; 0 turns the response cache off. */
  responseCacheMb: number;
  /** Cache-Control of a cacheable GET answer: max-age, and stale-while-revalidate, in seconds. */
  cacheMaxAgeSeconds: number;
  cacheStaleSeconds: number;
  /** Neo4j Browser's address: each named query a response lists links there, its editor pre-filled (query and parameters). */
  neo4jBrowserUrl: string;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(name, raw, 'true or false');
}

/**
 * The folder holding package.json, cypher/ and schema.graphql: two levels above this file when it runs as TypeScript
 * (src/config), three when compiled (dist/node/config).
 */
export const projectRoot = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'cypher'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No project folder (package.json and cypher/) above ${from}`);
  }
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, raw, `an integer from ${min} to ${max}`);
  }
  return value;
}

/** A comma-separated list of origins, each `http(s)://host[:port]` with no path (what a browser sends as Origin). */
function origins(env: Env, name: string): readonly string[] {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return Object.freeze([]);
  const list = raw
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  if (list.length > 50) throw new ConfigError(name, raw, 'at most 50 origins');
  for (const origin of list) {
    if (!/^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/.test(origin))
      throw new ConfigError(
        name,
        origin,
        'origins like https://dashboard.example.org or http://localhost:5173, comma-separated, no path or trailing slash',
      );
  }
  return Object.freeze(list);
}

function text(env: Env, name: string, fallback: string, pattern?: RegExp, expected?: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (pattern && !pattern.test(raw)) throw new ConfigError(name, raw, expected ?? pattern.source);
  return raw;
}

function oneOf<T extends string>(env: Env, name: string, fallback: T, values: readonly T[]): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = values.find((v) => v === raw);
  if (value === undefined) throw new ConfigError(name, raw, `one of ${values.join(', ')}`);
  return value;
}

/** An absolute http(s) URL without a fragment (a link's base). */
function httpUrl(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || raw.includes('#') || /\s/.test(raw))
    throw new ConfigError(name, raw, 'an http:// or https:// URL such as http://127.0.0.1:7474/browser/');
  return raw;
}

/** Neo4j Browser as the local server serves it (NEO4J_LOCAL_HTTP_PORT's default). */
export const DEFAULT_NEO4J_BROWSER_URL = 'http://127.0.0.1:7474/browser/';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const memorySize = /^\d+[kmgKMG]$/;
const neo4jScheme = /^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/;

export function loadConfig(env: Env = process.env): Readonly<Config> {
  const neo4jUri = env.NEO4J_URI ? text(env, 'NEO4J_URI', '', neo4jScheme, 'a bolt://, bolt+s://, neo4j:// or neo4j+s:// URI') : undefined;
  const password = text(env, 'NEO4J_PASSWORD', 'alliance-explorer');
  // The local server refuses passwords shorter than 8 characters; say so before it does.
  if (!neo4jUri && password.length < 8) throw new ConfigError('NEO4J_PASSWORD', '***', 'at least 8 characters for the local server');
  const config: Config = {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: text(env, 'HOST', '127.0.0.1'),
    neo4jUri,
    neo4jUser: text(env, 'NEO4J_USER', 'neo4j'),
    neo4jPassword: password,
    neo4jDatabase: text(env, 'NEO4J_DATABASE', 'neo4j', /^[A-Za-z][A-Za-z0-9.-]{0,62}$/, 'a Neo4j database name'),
    queryTimeoutMs: integer(env, 'QUERY_TIMEOUT_MS', 5000, 100, 600_000),
    local: {
      dir: path.resolve(projectRoot, text(env, 'NEO4J_LOCAL_DIR', '.neo4j')),
      boltPort: integer(env, 'NEO4J_LOCAL_BOLT_PORT', 7687, 1, 65535),
      httpPort: integer(env, 'NEO4J_LOCAL_HTTP_PORT', 7474, 0, 65535),
      heap: text(env, 'NEO4J_LOCAL_HEAP', '512m', memorySize, 'a size like 512m or 1g'),
      pageCache: text(env, 'NEO4J_LOCAL_PAGECACHE', '256m', memorySize, 'a size like 256m or 1g'),
    },
    projectRoot,
    apiKey: env.API_KEY || undefined,
    debug: env.NODE_ENV === 'development',
    introspection: boolean(env, 'INTROSPECTION', true),
    requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', 30_000, 1000, 600_000),
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 600, 0, 10_000_000),
    maxConnections: integer(env, 'MAX_CONNECTIONS', 1000, 1, 1_000_000),
    maxConcurrentCypher: integer(env, 'MAX_CONCURRENT_CYPHER', 48, 1, 1000),
    heapMb: integer(env, 'HEAP_MB', 1024, 128, 65536),
    // 64 is far past any machine this runs on with a sensible heap each (64 x HEAP_MB), and each worker opens its
    // own pool of up to 64 Neo4j connections: a typo such as 400 fails here rather than at Neo4j's connection limit.
    workers: integer(env, 'WORKERS', 1, 1, 64),
    // At least 100 ms: every process of a fleet sends this read, so a tiny value would be a steady load on Neo4j.
    graphVersionPollMs: integer(env, 'GRAPH_VERSION_POLL_MS', 2000, 100, 600_000),
    computeBudgetMs: integer(env, 'COMPUTE_BUDGET_MS', 5000, 1, 600_000),
    corsOrigins: origins(env, 'CORS_ORIGINS'),
    logLevel: oneOf(env, 'LOG_LEVEL', 'info', LOG_LEVELS),
    neo4jBrowserUrl: httpUrl(env, 'NEO4J_BROWSER_URL', DEFAULT_NEO4J_BROWSER_URL),
    responseCacheMb: integer(env, 'RESPONSE_CACHE_MB', 64, 0, 65536),
    cacheMaxAgeSeconds: integer(env, 'CACHE_MAX_AGE_S', 30, 0, 86_400),
    cacheStaleSeconds: integer(env, 'CACHE_STALE_S', 300, 0, 86_400),
  };
  return Object.freeze({ ...config, local: Object.freeze(config.local) });
}
