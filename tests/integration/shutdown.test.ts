/** SIGTERM on a running server: the in-flight request still gets its answer, then the process exits cleanly. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.js';
import { cypherRows, testNeo4j } from '../support/db.js';
import { freePort } from '../support/process.js';

/** The slow query below, as Neo4j lists it while it runs (this listing itself left out: it names the same text). */
const RUNNING_SLOW_QUERY =
  "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'range(1, 4000000)' AND NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS n";

describe('graceful shutdown', () => {
  it('finishes in-flight requests, closes the driver and exits 0', async () => {
    const neo4j = testNeo4j();
    const child = spawn(process.execPath, [path.join(projectRoot, 'bin', 'alliance-explorer.js'), 'serve'], {
      cwd: projectRoot,
      // NODE_ENV as `npm start` sets it: under 'test' Apollo installs no signal handlers of its own, and a clash
      // between them and ours (each stopping the server) once hung the shutdown of every real start.
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: '0',
        NEO4J_URI: neo4j.uri,
        NEO4J_USER: neo4j.user,
        NEO4J_PASSWORD: neo4j.password,
        API_KEY: 'shutdown-test-key',
        QUERY_TIMEOUT_MS: '20000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /API on http:\/\/localhost:(\d+)/.exec(output);
        if (match) resolve(Number(match[1]));
      });
      child.on('exit', (code) => reject(new Error(`server exited early (${code}): ${output}`)));
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    // A request that takes a while (a few seconds of Cypher), then SIGTERM while it runs.
    const slow = fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer shutdown-test-key' },
      body: JSON.stringify({
        query: '{ cypher(query: "UNWIND range(1, 4000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n") { rows } }',
      }),
    });
    // SIGTERM once Neo4j is running it (not after a guessed pause): the request is then truly in flight.
    await expect
      .poll(async () => (await cypherRows(RUNNING_SLOW_QUERY))[0]!.n, {
        timeout: 30_000,
        interval: 20,
      })
      .toBe(1);
    child.kill('SIGTERM');

    const response = await slow;
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { cypher: { rows: [{ n: 571428 }] } } });
    // Within the drain's grace period and then some: a shutdown that hangs fails here, not at the test's timeout.
    const stillRunning = 'still running 30 s after SIGTERM';
    const hung = new Promise<string>((resolve) => setTimeout(() => resolve(stillRunning), 30_000).unref());
    const outcome = await Promise.race([exited, hung]);
    if (outcome === stillRunning) child.kill('SIGKILL');
    expect(outcome).toBe(0);
    expect(output).toMatch(/SIGTERM: finishing in-flight requests/);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  }, 120_000);
});

describe('the supervisor', () => {
  it('runs the API with an explicit heap limit and starts a new API process within seconds when it is killed', async () => {
    const neo4j = testNeo4j();
    const port = await freePort();
    const child = spawn(process.execPath, [path.join(projectRoot, 'bin', 'alliance-explorer.js'), 'serve'], {
      cwd: projectRoot,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(port),
        HEAP_MB: '700',
        NEO4J_URI: neo4j.uri,
        NEO4J_USER: neo4j.user,
        NEO4J_PASSWORD: neo4j.password,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const health = async () => {
        try {
          return (await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as { pid: number; heapLimitMb: number };
        } catch {
          return null;
        }
      };
      await expect.poll(health, { timeout: 60_000, interval: 100 }).not.toBeNull();
      const first = (await health())!;
      expect(first.pid).not.toBe(child.pid); // the API runs in a worker of the supervisor
      // V8's limit counts the old generation (HEAP_MB) and the young one: three semi-spaces of HEAP_MB / 16
      // (apiHeapFlags), which V8 rounds up to a power of two (64 MB here). Without the flags it would be gigabytes.
      expect(first.heapLimitMb).toBeGreaterThanOrEqual(700);
      expect(first.heapLimitMb).toBeLessThanOrEqual(700 + 3 * 64);

      process.kill(first.pid, 'SIGKILL');
      await expect.poll(async () => (await health())?.pid, { timeout: 30_000, interval: 100 }).toBeDefined();
      await expect.poll(async () => (await health())?.pid ?? first.pid, { timeout: 30_000, interval: 100 }).not.toBe(first.pid);
      expect(output).toMatch(new RegExp(`API process \\(pid ${first.pid}\\) exited \\(SIGKILL\\); starting a new one`));
      // The new one answers GraphQL, not only health.
      const answer = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ state(id: "POL") { name } }' }),
      });
      expect(await answer.json()).toMatchObject({ data: { state: { name: 'Poland' } } });
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 120_000);
});
