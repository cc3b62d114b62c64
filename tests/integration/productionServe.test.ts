/**
 * The two entry points as processes: `alliance-explorer serve` (production) only serves — against a graph loaded
 * from other scripts or against an empty database it starts, says on /readyz why it is not ready, and writes
 * nothing — and `npm start` runs the compiled JavaScript of dist/node, with no tsx anywhere in its process tree.
 * Runs alone (vitest.config.ts): it changes the graph's load marker and empties the database, then loads it again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.js';
import { ensureGraphLoaded, resetGraph } from '../../src/loader/loadGraph.js';
import { cypherRows, cypherWrite, graphChecksum, testDriver, testNeo4j } from '../support/db.js';
import { startProcess } from '../support/process.js';

const readiness = async (url: string) => {
  const response = await fetch(`${url}/readyz`);
  return { status: response.status, body: (await response.json()) as { status: string; reason?: string; graph: string | null } };
};

const loadState = async () => (await cypherRows("MATCH (s:LoadState {id: 'cypher'}) RETURN s.hash AS hash, s.status AS status"))[0] ?? null;

describe('alliance-explorer serve (production)', () => {
  afterAll(async () => {
    // Whatever happened here, the next files find the graph loaded and current.
    await ensureGraphLoaded(testDriver(), testNeo4j().database, projectRoot, () => {});
  }, 300_000);

  it('is ready on a current graph; on a graph of other scripts it says so, and writes nothing', async () => {
    const server = await startProcess(process.execPath, [path.join(projectRoot, 'bin', 'alliance-explorer.js'), 'serve'], {});
    try {
      expect(await readiness(server.url)).toMatchObject({ status: 200, body: { status: 'ready' } });
      const original = await loadState();
      const before = await graphChecksum();
      await cypherWrite("MATCH (s:LoadState {id: 'cypher'}) SET s.hash = 'other-scripts'");
      try {
        // Readiness probes share one look at Neo4j for a second: poll until the new marker is seen.
        await expect.poll(async () => (await readiness(server.url)).status, { timeout: 10_000, interval: 250 }).toBe(503);
        const { body } = await readiness(server.url);
        expect(body.reason).toMatch(/loaded from other cypher scripts \(other-scripts\).*alliance-explorer load --reset/);
        // Several of its version polls later (every 2 s), the graph and its marker are as this test left them.
        await new Promise((resolve) => setTimeout(resolve, 4500));
        expect(await graphChecksum()).toBe(before);
        expect(await loadState()).toEqual({ hash: 'other-scripts', status: 'COMPLETE' });
      } finally {
        await cypherWrite("MATCH (s:LoadState {id: 'cypher'}) SET s.hash = $hash", { hash: original!.hash });
      }
    } finally {
      await server.stop();
    }
  }, 180_000);

  it('against an empty database: starts, /healthz 200, /readyz 503 with the reason, and loads nothing', async () => {
    await resetGraph(testDriver(), testNeo4j().database);
    await cypherWrite('MATCH (s:LoadState) DELETE s');
    expect((await cypherRows('MATCH (n) RETURN count(n) AS n'))[0]!.n).toBe(0);
    const server = await startProcess(process.execPath, [path.join(projectRoot, 'bin', 'alliance-explorer.js'), 'serve'], {});
    try {
      const { status, body } = await readiness(server.url);
      expect(status).toBe(503);
      expect(body).toMatchObject({ status: 'not ready', graph: null });
      expect(body.reason).toMatch(/the graph is not loaded; run `alliance-explorer load`/);
      await new Promise((resolve) => setTimeout(resolve, 4500));
      expect((await cypherRows('MATCH (n) RETURN count(n) AS n'))[0]!.n).toBe(0);
    } finally {
      await server.stop();
    }
  }, 180_000);
});

describe('npm start', () => {
  /** The command lines of a process and all its descendants (Linux /proc). */
  function processTree(root: number): string[] {
    const parents = new Map<number, number>();
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
        parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      } catch {
        // the process ended meanwhile
      }
    }
    const tree = [root];
    for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
    return tree.flatMap((pid) => {
      try {
        return [fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim()];
      } catch {
        return [];
      }
    });
  }

  it.runIf(process.platform === 'linux')(
    'serves node dist/node/server/main.js: no tsx process anywhere in its tree',
    async () => {
      // NEO4J_URI names the tests' server: npm start leaves a server it does not run as it is (no load).
      const server = await startProcess('npm', ['start'], {});
      try {
        const commands = processTree(server.child.pid!);
        // The supervisor and its API process (the shell npm runs the script in names the same file, after `&&`).
        expect(commands.filter((c) => c.includes('dist/node/server/main.js start') && !c.includes('&&')).length).toBe(2);
        expect(commands.filter((c) => /tsx/.test(c))).toEqual([]);
        expect(server.output()).toMatch(/NEO4J_URI names a server of your own, so it is served as it is/);
        expect(await readiness(server.url)).toMatchObject({ status: 200 });
      } finally {
        await server.stop();
      }
    },
    180_000,
  );
});
