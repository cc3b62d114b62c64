/** The loader against the real test Neo4j: idempotent, and a broken script stops with file:line and changes nothing. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.js';
import { LoadError, loadGraph, readGraphState } from '../../src/loader/loadGraph.js';
import { cypherRows, graphChecksum, testDriver, testNeo4j } from '../support/db.js';

const counts = async () =>
  (
    await cypherRows(`
    CALL () { MATCH (n) WHERE NOT n:LoadState RETURN count(n) AS nodes }
    CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
    RETURN nodes, relationships`)
  )[0];

describe('loader', () => {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'ae-loader-'));
  afterAll(async () => {
    fs.rmSync(temp, { recursive: true, force: true });
    // Leave the graph marked complete for the other test files, whatever happened here.
    await loadGraph(testDriver(), testNeo4j().database, projectRoot);
  });

  it('loads the graph completely, and a second load changes nothing', async () => {
    const state = await readGraphState(testDriver(), testNeo4j().database);
    expect(state.status).toBe('COMPLETE');
    const before = await counts();
    const checksum = await graphChecksum();
    await loadGraph(testDriver(), testNeo4j().database, projectRoot);
    expect(await counts()).toEqual(before);
    expect(await graphChecksum()).toBe(checksum);
  });

  it("stops at a syntax error with the file, the line and Neo4j's message, and rolls that file back", async () => {
    fs.cpSync(path.join(projectRoot, 'cypher', 'schema'), path.join(temp, 'cypher', 'schema'), { recursive: true });
    fs.mkdirSync(path.join(temp, 'cypher', 'data'), { recursive: true });
    fs.writeFileSync(
      path.join(temp, 'cypher', 'data', '000_broken.cypher'),
      '// a file with a typo on line 4\nMERGE (:LoaderProbe {id: 1});\nMERGE (p:LoaderProbe {id: 2})\nRETRUN p;\n',
    );
    const checksum = await graphChecksum();
    const error = await loadGraph(testDriver(), testNeo4j().database, temp).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    const loadError = error as LoadError;
    expect(loadError.file).toBe('cypher/data/000_broken.cypher');
    expect(loadError.line).toBe(4);
    expect(loadError.message).toMatch(/RETRUN/);
    expect((await cypherRows('MATCH (n:LoaderProbe) RETURN count(n) AS n'))[0]!.n).toBe(0);
    expect(await graphChecksum()).toBe(checksum);
    // The failed load is recorded, so the next start rebuilds instead of trusting a half-done graph.
    expect((await readGraphState(testDriver(), testNeo4j().database)).status).toBe('LOADING');
  });
});
