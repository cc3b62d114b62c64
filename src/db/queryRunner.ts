/**
 * The only code that opens sessions for the API. Every read goes through executeRead (so a cluster
 * routes it to a follower) with a transaction timeout, and every failure is classified by error code.
 */
import type { Driver } from 'neo4j-driver';
import { toPlain } from './convert.js';
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

  async readStatement(cypher: string, params: Params, options: StatementOptions = {}): Promise<{ rows: Row[]; truncated: boolean }> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: 'READ' });
    const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
    try {
      return await session.executeRead(
        async (tx) => {
          const rows: Row[] = [];
          let truncated = false;
          const result = tx.run(cypher, params);
          for await (const record of result) {
            if (rows.length >= maxRows) {
              truncated = true;
              break;
            }
            rows.push(toPlain(record.toObject()) as Row);
          }
          return { rows, truncated };
        },
        { timeout: options.timeoutMs ?? this.options.timeoutMs },
      );
    } catch (error) {
      throw classifyDatabaseError(error, options.userSupplied);
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

export class RequestRunner {
  roundTrips = 0;

  constructor(private readonly runner: QueryRunner) {}

  get timeoutMs(): number {
    return this.runner.timeoutMs;
  }

  read(name: string, params: Params = {}, options?: StatementOptions): Promise<Row[]> {
    this.roundTrips += 1;
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
