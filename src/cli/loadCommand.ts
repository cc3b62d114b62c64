/** `load [--reset]`: apply cypher/schema and cypher/data to the chosen Neo4j, with a progress bar. */
import cliProgress from 'cli-progress';
import { loadConfig } from '../config/config.js';
import { readCypherScripts, scriptsHash } from '../loader/cypherScripts.js';
import { ForeignDataError, loadGraph, readGraphState, type LoadProgress } from '../loader/loadGraph.js';
import { openGraph } from '../server/openGraph.js';

export function progressBar(): LoadProgress {
  // A bar on a terminal; one line per file elsewhere (CI logs).
  if (!process.stdout.isTTY) {
    return { file: (s) => console.log(`  ${s.file} (${s.statements.length} statements)`) };
  }
  const bar = new cliProgress.SingleBar(
    { format: '  {bar} {value}/{total} statements | {file}', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  return {
    start: (total) => bar.start(total, 0, { file: '' }),
    file: (s) => bar.update({ file: s.file }),
    statement: (done) => bar.update(done),
    stop: () => bar.stop(),
  };
}

/**
 * The only command that writes the graph. Idempotent on a graph loaded from the same scripts; a graph loaded from
 * other scripts is rebuilt from scratch (a MERGE over it would keep the facts the new scripts dropped); a database
 * holding data this product did not load is refused unless --reset says to replace it.
 */
export async function runLoad(options: { reset?: boolean }): Promise<void> {
  const config = loadConfig();
  const graph = await openGraph(config, { log: console.log });
  const { driver } = graph;
  try {
    const before = await readGraphState(driver, config.neo4jDatabase);
    if (!options.reset && before.status === null && before.nodes > 0) {
      throw new ForeignDataError(
        `Database ${config.neo4jDatabase} holds ${before.nodes} nodes not loaded by alliance-explorer; use --reset to replace them`,
      );
    }
    const wanted = scriptsHash(readCypherScripts(config.projectRoot));
    const reset = options.reset === true || (before.hash !== null && before.hash !== wanted);
    if (reset && !options.reset)
      console.log(`The graph was loaded from other scripts (${before.hash}); rebuilding it from these (${wanted})`);
    const result = await loadGraph(driver, config.neo4jDatabase, config.projectRoot, { reset, progress: progressBar() });
    const after = await readGraphState(driver, config.neo4jDatabase);
    console.log(
      `Loaded ${result.statements} statements from ${result.files} files (scripts ${result.hash}); ${after.nodes} nodes${reset ? ' (after reset)' : ''}`,
    );
  } finally {
    await graph.close();
  }
}
