/** `load [--reset]`: apply cypher/schema and cypher/data to the chosen Neo4j, with a progress bar. */
import cliProgress from 'cli-progress';
import { loadConfig } from '../config/config.js';
import { createDriver, waitForDatabase } from '../db/driver.js';
import { ForeignDataError, loadGraph, readGraphState, type LoadProgress } from '../loader/loadGraph.js';
import { provideNeo4j } from '../neo4j-server/provideNeo4j.js';

export function progressBar(): LoadProgress {
  // A bar on a terminal; one line per file elsewhere (CI logs).
  if (!process.stdout.isTTY) {
    return { file: (s) => console.log(`  ${s.file} (${s.statements.length} statements)`) };
  }
  const bar = new cliProgress.SingleBar({ format: '  {bar} {value}/{total} statements | {file}', hideCursor: true }, cliProgress.Presets.shades_classic);
  return {
    start: (total) => bar.start(total, 0, { file: '' }),
    file: (s) => bar.update({ file: s.file }),
    statement: (done) => bar.update(done),
    stop: () => bar.stop(),
  };
}

export async function runLoad(options: { reset?: boolean }): Promise<void> {
  const config = loadConfig();
  const neo4j = await provideNeo4j(config);
  const driver = createDriver(neo4j);
  try {
    await waitForDatabase(driver);
    const before = await readGraphState(driver, config.neo4jDatabase);
    if (!options.reset && before.status === null && before.nodes > 0) {
      throw new ForeignDataError(`Database ${config.neo4jDatabase} holds ${before.nodes} nodes not loaded by alliance-explorer; use --reset to replace them`);
    }
    const result = await loadGraph(driver, config.neo4jDatabase, config.projectRoot, { reset: options.reset, progress: progressBar() });
    const after = await readGraphState(driver, config.neo4jDatabase);
    console.log(`Loaded ${result.statements} statements from ${result.files} files (scripts ${result.hash}); ${after.nodes} nodes${options.reset ? ' (after reset)' : ''}`);
  } finally {
    await driver.close();
  }
}
