/**
 * The raw target: the named queries of cypher/queries that our server runs for each request, through neo4j-driver's
 * executeRead with the project's driver settings (src/db/driver.ts) — no GraphQL, no HTTP, no value conversion
 * beyond the driver's own: the floor issue 6 names. Our server reads with one auto-commit statement instead (one
 * Bolt round trip where executeRead takes three), so the calibration also times `RETURN 1` that way, to show how
 * much of raw's latency is the managed transaction's.
 */
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import path from 'node:path';
import { loadQueryFiles } from '../src/db/queryFiles.js';
import type { Params, Row } from '../src/db/queryRunner.js';

export class RawClient {
  readonly queries: Map<string, string>;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    projectRoot: string,
  ) {
    this.queries = loadQueryFiles(path.join(projectRoot, 'cypher', 'queries'));
  }

  text(name: string): string {
    const text = this.queries.get(name);
    if (!text) throw new Error(`no named query ${name}`);
    return text;
  }

  /** One named query in one read transaction; records as plain objects (`record.toObject()`). */
  readonly run = (name: string, params: Params): Promise<Row[]> => this.runStatement(this.text(name), params);

  /** Any statement, the same way (for calibration). */
  readonly runStatement = (cypher: string, params: Params = {}): Promise<Row[]> =>
    this.inReadSession(async (session) =>
      session.executeRead(async (tx) => (await tx.run(cypher, params)).records.map((r) => r.toObject())),
    );

  /**
   * Any statement as one auto-commit read, the way our server's query runner sends it (src/db/queryRunner.ts): one
   * round trip where executeRead takes three. For calibration: how much of raw's latency is the transaction's.
   */
  readonly runStatementAutoCommit = (cypher: string, params: Params = {}): Promise<Row[]> =>
    this.inReadSession(async (session) => (await session.run(cypher, params)).records.map((r) => r.toObject()));

  private async inReadSession<T>(work: (session: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await work(session);
    } finally {
      await session.close();
    }
  }

  /** PROFILE of one named query: total db hits over the plan, rows, and whether an index seek starts it. */
  profile(name: string, params: Params): Promise<{ dbHits: number; rows: number; operators: string[] }> {
    return this.inReadSession(async (session) => {
      const result = await session.run(`PROFILE\n${this.text(name)}`, params);
      const plan = result.summary.profile;
      if (!plan) throw new Error(`PROFILE of ${name} returned no profile`);
      const operators = new Set<string>();
      let dbHits = 0;
      const walk = (node: { operatorType: string; dbHits: number; children: unknown[] }) => {
        dbHits += node.dbHits;
        operators.add(node.operatorType.replace(/@.*$/, ''));
        for (const child of node.children) walk(child as typeof node);
      };
      walk(plan);
      return { dbHits, rows: result.records.length, operators: [...operators] };
    });
  }
}
