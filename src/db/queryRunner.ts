/**
 * The only code that opens sessions for the API. Every read is one auto-commit statement in a READ session (so a
 * cluster routes it to a follower, and Neo4j refuses a write) with a transaction timeout, transient failures are
 * retried, and every failure is classified by error code.
 */
import { isRetryableError, type Driver } from 'neo4j-driver';
import { toPlain } from './convert.js';
import { TRANSACTION_RETRY_MS } from './driver.js';
import { classifyDatabaseError } from './errors.js';
import { loadQueryFiles } from './queryFiles.js';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

export interface RunnerOptions {
  database: string;
  queriesDir: string;
  timeoutMs: number;
}

export interface StatementOptions {
  timeoutMs?: number;
  /** Stop reading after this many rows; the caller learns whether more existed. */
  maxRows?: number;
  /** The statement comes from a user (ad hoc Cypher), so the database's refusal is their error to see. */
  userSupplied?: boolean;
}

const RETRY_FIRST_DELAY_MS = 100;

export class QueryRunner {
  private readonly queries: Map<string, string>;

  constructor(
    private readonly driver: Driver,
    private readonly options: RunnerOptions,
  ) {
    this.queries = loadQueryFiles(options.queriesDir);
  }

  queryNames(): string[] {
    return [...this.queries.keys()];
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
  forRequest(): RequestRunner {
    return new RequestRunner(this);
  }

  async read(name: string, params: Params = {}, options: StatementOptions = {}): Promise<Row[]> {
    return (await this.readStatement(this.queryText(name), params, options)).rows;
  }

  /**
   * One auto-commit read. RUN and PULL leave in one write and come back in one answer, where a managed transaction
   * (executeRead) takes three round trips (BEGIN, RUN and PULL, COMMIT): on this project's machines that is a third
   * of a small query's latency. The session's READ mode still routes the statement to a follower in a cluster and
   * makes Neo4j refuse a write; what executeRead adds besides, retrying transient failures, is done here (a read
   * is safe to run again).
   */
  async readStatement(cypher: string, params: Params, options: StatementOptions = {}): Promise<{ rows: Row[]; truncated: boolean }> {
    const started = Date.now();
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.readOnce(cypher, params, options);
      } catch (error) {
        const delayMs = RETRY_FIRST_DELAY_MS * 2 ** attempt;
        if (!isRetryableError(error) || Date.now() - started + delayMs > TRANSACTION_RETRY_MS) throw classifyDatabaseError(error, options.userSupplied);
        await new Promise((resolve) => setTimeout(resolve, delayMs));
      }
    }
  }

  private async readOnce(cypher: string, params: Params, options: StatementOptions): Promise<{ rows: Row[]; truncated: boolean }> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: 'READ' });
    const config = { timeout: options.timeoutMs ?? this.options.timeoutMs };
    try {
      if (options.maxRows === undefined) {
        const { records } = await session.run(cypher, params, config);
        return { rows: records.map((record) => toPlain(record.toObject()) as Row), truncated: false };
      }
      // Stop reading at maxRows: leaving the loop tells Neo4j to discard the rest of the stream.
      const rows: Row[] = [];
      for await (const record of session.run(cypher, params, config)) {
        if (rows.length >= options.maxRows) return { rows, truncated: true };
        rows.push(toPlain(record.toObject()) as Row);
      }
      return { rows, truncated: false };
    } finally {
      await session.close();
    }
  }

  /** True when the database answers a trivial read within the timeout. */
  async ping(timeoutMs = 3000): Promise<boolean> {
    try {
      await withDeadline(this.readStatement('RETURN 1 AS ok', {}, { timeoutMs }), timeoutMs);
      return true;
    } catch {
      return false;
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

  constructor(private readonly runner: QueryRunner) {}

  get timeoutMs(): number {
    return this.runner.timeoutMs;
  }

  read(name: string, params: Params = {}, options?: StatementOptions): Promise<Row[]> {
    this.roundTrips += 1;
    this.ran.push({ file: `cypher/queries/${name}.cypher`, params });
    return this.runner.read(name, params, options);
  }

  readStatement(cypher: string, params: Params, options?: StatementOptions): Promise<{ rows: Row[]; truncated: boolean }> {
    this.roundTrips += 1;
    return this.runner.readStatement(cypher, params, options);
  }

  queryText(name: string): string {
    return this.runner.queryText(name);
  }
}

function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('deadline exceeded')), ms);
    promise.then(
      (v) => { clearTimeout(timer); resolve(v); },
      (e) => { clearTimeout(timer); reject(e); },
    );
  });
}
