/**
 * A reload of the graph reaches every API process: two `serve` processes on one Neo4j cache their answer to a
 * question; a fact changed behind their backs (no new version) leaves them answering from memory; once
 * `alliance-explorer load` reloads the graph (a new version), both answer from the reloaded graph, under a new ETag. Runs alone (vitest.config.ts): it changes a fact and reloads the graph.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.js';
import { ensureGraphLoaded } from '../../src/loader/loadGraph.js';
import { cypherRows, cypherWrite, testDriver, testNeo4j } from '../support/db.js';
import { runProcess, startProcess, type Started } from '../support/process.js';

const CLI = path.join(projectRoot, 'bin', 'alliance-explorer.js');
const QUESTION = JSON.stringify({ query: 'query PolandName { state(id: "POL") { name } }' });

async function ask(server: Started): Promise<{ name: unknown; cache: string | null; etag: string | null }> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: QUESTION,
  });
  const body = (await response.json()) as { data?: { state?: { name?: string } } };
  return { name: body.data?.state?.name, cache: response.headers.get('x-response-cache'), etag: response.headers.get('etag') };
}

const version = async () => (await cypherRows("MATCH (s:LoadState {id: 'cypher'}) RETURN toString(s.updatedAt) AS at"))[0]?.at;

describe('a reload of the graph', () => {
  const servers: Started[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    // Whatever happened here, the next files find the graph as the scripts say.
    await cypherWrite("MATCH (s:State {id: 'POL'}) SET s.name = 'Poland'");
    await ensureGraphLoaded(testDriver(), testNeo4j().database, projectRoot, () => {});
  }, 300_000);

  it('invalidates the cached answers of every API process', async () => {
    // A fact changed behind the API's back (not a load: the version stays), before the processes start.
    await cypherWrite("MATCH (s:State {id: 'POL'}) SET s.name = 'Poland (changed)'");
    // Each process reads the graph's version every 200 ms; it caches whole answers (the default 64 MB).
    const env = { GRAPH_VERSION_POLL_MS: '200', RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn' };
    servers.push(
      ...(await Promise.all([startProcess(process.execPath, [CLI, 'serve'], env), startProcess(process.execPath, [CLI, 'serve'], env)])),
    );
    for (const server of servers) {
      await expect.poll(async () => (await fetch(`${server.url}/readyz`)).status, { timeout: 60_000, interval: 250 }).toBe(200);
      expect(await ask(server)).toMatchObject({ name: 'Poland (changed)', cache: 'miss' });
      expect(await ask(server)).toMatchObject({ name: 'Poland (changed)', cache: 'hit' });
    }
    const etags = await Promise.all(servers.map(async (s) => (await ask(s)).etag));

    // Another change that is not a load: the version stays, so both keep their answer from memory.
    const before = await version();
    await cypherWrite("MATCH (s:State {id: 'POL'}) SET s.name = 'Poland (changed again)'");
    await new Promise((resolve) => setTimeout(resolve, 1000)); // five polls of each process
    for (const [i, server] of servers.entries()) {
      expect(await ask(server)).toMatchObject({ name: 'Poland (changed)', cache: 'hit', etag: etags[i] });
    }

    // The real loader, as an operator runs it: it applies the scripts again (the name comes back) and writes a new version.
    const neo4j = testNeo4j();
    const load = await runProcess(process.execPath, [CLI, 'load'], {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
    });
    expect(load.code, load.stdout + load.stderr).toBe(0);
    expect(await version()).not.toBe(before);

    // Each process learns of the new version at its next poll, then answers from the reloaded graph, and keeps that
    // answer under the new version's ETag.
    for (const [i, server] of servers.entries()) {
      // The scripts restore the name early in the load, while the graph is LOADING (nothing is cached then): wait for an
      // answer under the new COMPLETE version, which carries a new ETag.
      await expect
        .poll(
          async () => {
            const { name, etag } = await ask(server);
            return name === 'Poland' && etag !== null && etag !== etags[i];
          },
          { timeout: 10_000, interval: 100 },
        )
        .toBe(true);
      const again = await ask(server);
      expect(again).toMatchObject({ name: 'Poland', cache: 'hit' });
      expect(again.etag).not.toBe(etags[i]);
    }
  }, 600_000);
});
