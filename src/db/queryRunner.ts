/**
 * The only code that opens sessions for the API. Every read is one auto-commit statement in a READ session (so a
 * cluster routes it to a follower, and Neo4j refuses a write) with a transaction timeout, transient failures are
 * retried, and every failure is classified by error code.
 */
import { isRetryableError, type Driver, type ResultSummary } from 'neo4j-driver';
import { toPlain } from './convert.js';
import { TRANSACTION_RETRY_MS } from './driver.js';
import { CypherSlots } from './cypherSlots.js';
import { classifyDatabaseError } from './errors.js';
import type { NamedQuery } from './queries.js';
import { loadQueryFiles } from './queryFiles.js';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

export interface RunnerOptions {
  database: string;
  queriesDir: string;
  timeoutMs: number;
  /** Statements the process runs at once (keep it below the driver's pool of 64). */
  maxConcurrent?: number;
  /** Statements one request runs at once. */
  maxConcurrentPerRequest?: number;
  /** How long a statement may wait for a slot before the request fails with 503. */
  maxWaitMs?: number;
}

/** Transaction metadata: `SHOW TRANSACTIONS` in Neo4j lists it beside each statement the API runs. */
export const APP_NAME = 'alliance-explorer';

export interface StatementOptions {
  timeoutMs?: number;
  /** Stop reading after this many rows; the caller learns whether more existed. */
  maxRows?: number;
  /** Stop reading once the rows read so far hold this many bytes (as JSON); needs maxRows. */
  maxBytes?: number;
  /** The statement comes from a user (ad hoc Cypher), so the database's refusal is their error to see. */
  userSupplied?: boolean;
  /** What the statement is, for metrics and transaction metadata: a query file's name, `adhoc` or `explain`. */
  label?: string;
  /** The GraphQL request it serves, for transaction metadata. */
  requestId?: string;
}

const RETRY_FIRST_DELAY_MS = 100;

export class QueryRunner {
  private readonly queries: Map<string, string>;
  /** Told of every statement's time in Neo4j, slot wait excluded (the server's metrics, observeStatements). */
  private statementObserver: ((query: string, seconds: number, ok: boolean) => void) | undefined;
  /** Shared by every request of this process. */
  readonly slots: CypherSlots;

  constructor(
    private readonly driver: Driver,
    private readonly options: RunnerOptions,
  ) {
    this.queries = loadQueryFiles(options.queriesDir);
    this.slots = new CypherSlots(options.maxConcurrent ?? 48, options.maxWaitMs ?? 2000, 'the whole server');
  }

  /** Reports every statement's label (a query file, `adhoc`, `explain`), its time in Neo4j and whether it succeeded. */
  observeStatements(observer: (query: string, seconds: number, ok: boolean) => void): void {
    this.statementObserver = observer;
  }

  /**
   * Statements one request may run at once: 2, so that twenty requests of twenty aliased searches hold at most 40
   * of the process's 48 slots and a cheap query from anyone else still finds one free.
   */
  get perRequest(): number {
    return this.options.maxConcurrentPerRequest ?? 2;
  }

  queryText(name: string): string {
    const text = this.queries.get(name);
    if (text === undefined) throw new Error(`No query named ${name} in ${this.options.queriesDir}`);
    return text;
  }

  /** The transaction timeout of a query, unless a statement asks for another. */
  get timeoutMs(): number {
    return this.options.timeoutMs;
  }

  /** A view of this runner that counts the Cypher round trips of one GraphQL request. */
  forRequest(requestId?: string): RequestRunner {
    return new RequestRunner(this, requestId);
  }

  /**
   * One named query, its rows typed by its declaration in queries.ts: the one place a row becomes its declared type
   * (the file's RETURN clause and the declaration are kept together by tests/unit/queries.test.ts and the API tests).
   */
  async read<P extends object, R>(query: NamedQuery<P, R>, params: P, options: StatementOptions = {}): Promise<R[]> {
    const { rows } = await this.readStatement(this.queryText(query.name), params as Params, { label: query.name, ...options });
    return rows as R[];
  }

  /**
   * One auto-commit read. RUN and PULL leave in one write and come back in one answer, where a managed transaction
   * (executeRead) takes three round trips (BEGIN, RUN and PULL, COMMIT): on this project's machines that is a third
   * of a small query's latency. The session's READ mode still routes the statement to a follower in a cluster and
   * makes Neo4j refuse a write; what executeRead adds besides, retrying transient failures, is done here (a read
   * is safe to run again).
   */
  async readStatement(cypher: string, params: Params, options: StatementOptions = {}): Promise<{ rows: Row[]; truncated: boolean }> {
    return this.slots.run(() => this.readWithRetries(cypher, params, options));
  }

  private async readWithRetries(cypher: string, params: Params, options: StatementOptions): Promise<{ rows: Row[]; truncated: boolean }> {
    const started = Date.now();
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.readOnce(cypher, params, options);
      } catch (error) {
        const delayMs = RETRY_FIRST_DELAY_MS * 2 ** attempt;
        if (!isRetryableError(error) || Date.now() - started + delayMs > TRANSACTION_RETRY_MS)
          throw classifyDatabaseError(error, options.userSupplied);
        await new Promise((resolve) => setTimeout(resolve, delayMs));
      }
    }
  }

  private async readOnce(cypher: string, params: Params, options: StatementOptions): Promise<{ rows: Row[]; truncated: boolean }> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: 'READ' });
    const label = options.label ?? 'adhoc';
    const config = {
      timeout: options.timeoutMs ?? this.options.timeoutMs,
      metadata: { app: APP_NAME, query: label, ...(options.requestId ? { requestId: options.requestId } : {}) },
    };
    const started = process.hrtime.bigint();
    let ok = false;
    try {
      if (options.maxRows === undefined) {
        const { records } = await session.run(cypher, params, config);
        ok = true;
        return { rows: records.map((record) => toPlain(record.toObject()) as Row), truncated: false };
      }
      // Stop reading at maxRows or maxBytes: leaving the loop tells Neo4j to discard the rest of the stream.
      const rows: Row[] = [];
      let bytes = 0;
      for await (const record of session.run(cypher, params, config)) {
        ok = true;
        if (rows.length >= options.maxRows) return { rows, truncated: true };
        const row = toPlain(record.toObject()) as Row;
        bytes += JSON.stringify(row).length;
        if (options.maxBytes !== undefined && bytes > options.maxBytes) return { rows, truncated: true };
        rows.push(row);
      }
      ok = true;
      return { rows, truncated: false };
    } finally {
      await session.close();
      this.statementObserver?.(label, Number(process.hrtime.bigint() - started) / 1e9, ok);
    }
  }

  /** Neo4j's plan of a statement, and its query type, without running it (EXPLAIN). */
  async explain(cypher: string, params: Params, requestId?: string): Promise<ResultSummary> {
    return this.slots.run(async () => {
      const session = this.driver.session({ database: this.options.database, defaultAccessMode: 'READ' });
      const metadata = { app: APP_NAME, query: 'explain', ...(requestId ? { requestId } : {}) };
      try {
        return (await session.run(`EXPLAIN ${cypher}`, params, { timeout: this.options.timeoutMs, metadata })).summary;
      } catch (error) {
        throw classifyDatabaseError(error, true);
      } finally {
        await session.close();
      }
    });
  }

  /**
   * What a readiness probe needs: whether Neo4j answers, and the status of the graph's load (COMPLETE, LOADING, or
   * null when nothing was loaded). It takes no slot: a readiness probe must tell whether Neo4j answers, not whether
   * the API is busy (the slots keep connections free for it).
   */
  async probe(timeoutMs = 3000): Promise<{ neo4j: boolean; graph: string | null; hash: string | null }> {
    try {
      const { rows } = await withDeadline(
        this.readOnce(this.queryText('graph-version'), {}, { timeoutMs, label: 'graph-version' }),
        timeoutMs,
      );
      const version = rows[0]?.version;
      const [hash, status] = typeof version === 'string' ? version.split(':') : [];
      return { neo4j: true, graph: status ?? null, hash: hash ?? null };
    } catch {
      return { neo4j: false, graph: null, hash: null };
    }
  }
}

/** A named query one request ran: the file under cypher/queries and its parameters, so a reader can run it again. */
export interface RanQuery {
  file: string;
  params: Params;
}

export class RequestRunner {
  roundTrips = 0;
  /** The named queries this request ran, in order (ad hoc statements are the client's own, and count only). */
  readonly ran: RanQuery[] = [];
  /** This request's own share: its statements queue here before they ask for one of the process's slots. */
  private readonly slots: CypherSlots;

  constructor(
    private readonly runner: QueryRunner,
    readonly requestId?: string,
  ) {
    // A request waits for its own slots as long as its statements may run: it only competes with itself.
    this.slots = new CypherSlots(runner.perRequest, runner.timeoutMs * 4, 'this request');
  }

  get timeoutMs(): number {
    return this.runner.timeoutMs;
  }

  read<P extends object, R>(query: NamedQuery<P, R>, params: P, options?: StatementOptions): Promise<R[]> {
    this.roundTrips += 1;
    this.ran.push({ file: `cypher/queries/${query.name}.cypher`, params: params as Params });
    return this.slots.run(() => this.runner.read(query, params, { requestId: this.requestId, ...options }));
  }

  readStatement(cypher: string, params: Params, options?: StatementOptions): Promise<{ rows: Row[]; truncated: boolean }> {
    this.roundTrips += 1;
    return this.slots.run(() => this.runner.readStatement(cypher, params, { requestId: this.requestId, ...options }));
  }

  explain(cypher: string, params: Params): Promise<ResultSummary> {
    this.roundTrips += 1;
    return this.slots.run(() => this.runner.explain(cypher, params, this.requestId));
  }
}

function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('deadline exceeded')), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
