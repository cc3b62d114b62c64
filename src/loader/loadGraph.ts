/**
 * Applies cypher/schema then cypher/data through the driver, one transaction per file, and records
 * what it loaded in a single (:LoadState {id: 'cypher'}) node: the scripts' hash and whether the
 * load completed. A load that dies half-way leaves status LOADING, which the next start repairs.
 */
import { Neo4jError, type Driver } from 'neo4j-driver';
import { readCypherScripts, scriptsHash, type CypherScript } from './cypherScripts.js';

export class LoadError extends Error {
  override name = 'LoadError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly neo4jMessage: string,
  ) {
    super(`${file}:${line}: ${neo4jMessage}`);
  }
}

export class ForeignDataError extends Error {
  override name = 'ForeignDataError';
}

export interface LoadProgress {
  start?(totalStatements: number): void;
  file?(script: CypherScript): void;
  statement?(done: number): void;
  stop?(): void;
}

export interface GraphState {
  hash: string | null;
  status: 'LOADING' | 'COMPLETE' | null;
  nodes: number;
}

/**
 * One file is one write transaction. The server's default timeout (60 s in the local server's conf) is a net for
 * the API's reads; a load of the largest file on a busy machine (a CI runner building beside it) can take longer,
 * so the loader asks for its own, generous one.
 */
export const LOAD_TRANSACTION_TIMEOUT_MS = 15 * 60_000;

export async function readGraphState(driver: Driver, database: string): Promise<GraphState> {
  const { records } = await driver.executeQuery(
    `OPTIONAL MATCH (s:LoadState {id: 'cypher'})
     RETURN s.hash AS hash, s.status AS status, COUNT { MATCH (n) WHERE NOT n:LoadState } AS nodes`,
    {},
    { database, routing: 'READ' },
  );
  const record = records[0]!.toObject() as { hash: string | null; status: GraphState['status']; nodes: number };
  return { hash: record.hash, status: record.status, nodes: Number(record.nodes) };
}

export async function loadGraph(
  driver: Driver,
  database: string,
  projectRoot: string,
  options: { reset?: boolean; progress?: LoadProgress } = {},
): Promise<{ hash: string; files: number; statements: number }> {
  const scripts = readCypherScripts(projectRoot);
  const hash = scriptsHash(scripts);
  const total = scripts.reduce((n, s) => n + s.statements.length, 0);
  const { progress } = options;

  await markLoadState(driver, database, { status: 'LOADING' });
  if (options.reset) await resetGraph(driver, database);

  progress?.start?.(total);
  let done = 0;
  try {
    for (const script of scripts) {
      progress?.file?.(script);
      const session = driver.session({ database });
      try {
        await session.executeWrite(
          async (tx) => {
            for (const statement of script.statements) {
              try {
                await tx.run(statement.text);
              } catch (error) {
                throw toLoadError(error, script, statement.line);
              }
            }
          },
          { timeout: LOAD_TRANSACTION_TIMEOUT_MS, metadata: { app: 'alliance-explorer', query: `load ${script.file}` } },
        );
      } finally {
        await session.close();
      }
      done += script.statements.length;
      progress?.statement?.(done);
    }
  } finally {
    progress?.stop?.();
  }
  await markLoadState(driver, database, { status: 'COMPLETE', hash, files: scripts.length });
  return { hash, files: scripts.length, statements: total };
}

/**
 * Load only when needed: the graph is empty, its scripts changed, or a previous load was interrupted.
 * A reload rebuilds from scratch so that facts removed from the scripts leave the graph too.
 */
export async function ensureGraphLoaded(
  driver: Driver,
  database: string,
  projectRoot: string,
  log: (line: string) => void,
  progress?: LoadProgress,
): Promise<'current' | 'loaded'> {
  const state = await readGraphState(driver, database);
  const wanted = scriptsHash(readCypherScripts(projectRoot));
  if (state.status === 'COMPLETE' && state.hash === wanted) {
    log(`Graph is current (scripts ${wanted}, ${state.nodes} nodes)`);
    return 'current';
  }
  if (state.status === null && state.nodes > 0) {
    throw new ForeignDataError(
      `Database ${database} holds ${state.nodes} nodes that alliance-explorer did not load; ` +
        'refusing to overwrite them. Run `npm run load -- --reset` to replace them, or point NEO4J_URI elsewhere.',
    );
  }
  const why =
    state.status === 'LOADING'
      ? 'a previous load was interrupted; rebuilding'
      : state.status === null
        ? 'the graph is empty; loading'
        : `the cypher scripts changed (${state.hash} -> ${wanted}); rebuilding`;
  log(`Graph: ${why}`);
  const result = await loadGraph(driver, database, projectRoot, { reset: true, progress });
  log(`Graph loaded: ${result.statements} statements from ${result.files} files`);
  return 'loaded';
}

/** Empties the database (but the LoadState marker) and drops every constraint and index the scripts made. */
export async function resetGraph(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    // CALL ... IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
    await session.run('MATCH (n) WHERE NOT n:LoadState CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
    const constraints = await session.run('SHOW CONSTRAINTS YIELD name');
    for (const record of constraints.records) await session.run(`DROP CONSTRAINT ${quoteName(String(record.get('name')))} IF EXISTS`);
    const indexes = await session.run(
      "SHOW INDEXES YIELD name, type, owningConstraint WHERE type <> 'LOOKUP' AND owningConstraint IS NULL RETURN name",
    );
    for (const record of indexes.records) await session.run(`DROP INDEX ${quoteName(String(record.get('name')))} IF EXISTS`);
  } finally {
    await session.close();
  }
}

async function markLoadState(driver: Driver, database: string, state: { status: string; hash?: string; files?: number }): Promise<void> {
  await driver.executeQuery(
    `MERGE (s:LoadState {id: 'cypher'})
     SET s.status = $status, s.hash = coalesce($hash, s.hash), s.files = coalesce($files, s.files), s.updatedAt = datetime()`,
    { status: state.status, hash: state.hash ?? null, files: state.files ?? null },
    { database },
  );
}

function quoteName(name: string): string {
  return '`' + name.replaceAll('`', '``') + '`';
}

function toLoadError(error: unknown, script: CypherScript, statementLine: number): Error {
  if (!(error instanceof Neo4jError)) return error as Error;
  // Neo4j reports positions within the statement: "(line 3, column 5 (offset: 42))".
  const within = /line (\d+), column \d+/.exec(error.message);
  const line = statementLine + (within ? Number(within[1]) - 1 : 0);
  return new LoadError(script.file, line, error.message.split('\n')[0] ?? error.message);
}
