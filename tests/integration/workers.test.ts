/**
 * WORKERS=2: `alliance-explorer serve` runs two API processes on one port, against the test Neo4j, as real
 * processes. Connections are opened afresh for every request (no keep-alive), so the supervisor's round robin can
 * hand each to either worker; /healthz says which one answered (its pid). A worker killed with SIGKILL is replaced
 * while the other keeps answering, and SIGTERM to the supervisor alone drains both and exits 0.
 * Runs alone (vitest.config.ts): three Node processes starting at once load both cores of a CI machine.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.js';
import { testNeo4j } from '../support/db.js';
import { freePort } from '../support/process.js';

/** GET /healthz over a connection of its own (agent: false: a new socket, `Connection: close`). */
function healthOnFreshConnection(port: number): Promise<{ status: number; pid: number }> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/healthz', agent: false, timeout: 10_000 }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => {
        try {
          resolve({ status: response.statusCode ?? 0, pid: (JSON.parse(body) as { pid: number }).pid });
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error('no answer from /healthz within 10 s')));
    request.on('error', reject);
  });
}

/** The pids whose parent is `parent` (Linux /proc): the supervisor's workers. */
function childrenOf(parent: number): number[] {
  const children: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name in parentheses may hold spaces: the fields after it are state, then the parent's pid.
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === parent) children.push(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return children.sort((a, b) => a - b);
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Most requests a round robin over two workers could need to show both: a bound on tries, not on time. */
const MAX_TRIES = 40;

describe.runIf(process.platform === 'linux')('WORKERS=2 (alliance-explorer serve)', () => {
  const toStop: number[] = [];
  afterAll(() => {
    // A failed test leaves nothing running: the supervisor and its workers share the process group started here.
    for (const group of toStop) {
      try {
        process.kill(-group, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  });

  it('answers on one port from two processes, replaces a killed one while the other answers, and drains on SIGTERM', async () => {
    const neo4j = testNeo4j();
    const port = await freePort();
    const primary = spawn(process.execPath, [path.join(projectRoot, 'bin', 'alliance-explorer.js'), 'serve'], {
      cwd: projectRoot,
      detached: true,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(port),
        WORKERS: '2',
        // Two heaps of the default 1 GB are more than a test needs; each worker gets this limit.
        HEAP_MB: '256',
        LOG_LEVEL: 'info',
        NEO4J_URI: neo4j.uri,
        NEO4J_USER: neo4j.user,
        NEO4J_PASSWORD: neo4j.password,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    toStop.push(primary.pid!);
    let output = '';
    primary.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    primary.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => primary.on('exit', (code) => resolve(code)));
    // Each worker says once that it listens: the round robin includes a worker from then on.
    const listening = () => output.match(/Alliance Explorer API on http:\/\//g)?.length ?? 0;

    /** Asks over fresh connections until `wanted` pid answers; every answer must be 200 from one of `allowed`. */
    const askUntil = async (wanted: number, allowed: number[]) => {
      const seen = new Set<number>();
      for (let i = 0; i < MAX_TRIES && !seen.has(wanted); i++) {
        const { status, pid } = await healthOnFreshConnection(port);
        expect(status).toBe(200);
        expect(allowed).toContain(pid);
        seen.add(pid);
      }
      expect([...seen]).toContain(wanted);
      return seen;
    };

    // Two workers, both listening.
    await expect.poll(() => listening() >= 2 && childrenOf(primary.pid!).length === 2, { timeout: 90_000, interval: 200 }).toBe(true);
    const [first, second] = childrenOf(primary.pid!) as [number, number];
    expect(output).toMatch(/Running 2 API processes \(WORKERS\) on the one port/);

    // One port, two processes: both pids answer over fresh connections, and no other.
    const seen = await askUntil(first, [first, second]);
    if (!seen.has(second)) await askUntil(second, [first, second]);

    // SIGKILL one worker. Once the supervisor has seen it die (it logs so), the round robin no longer includes it:
    // every answer comes from the survivor or from the replacement, and the survivor goes on answering.
    process.kill(first, 'SIGKILL');
    await expect
      .poll(() => output.includes(`The API process (pid ${first}) exited (SIGKILL); starting a new one`), {
        timeout: 30_000,
        interval: 100,
      })
      .toBe(true);
    const replacement = async () => {
      await expect.poll(() => childrenOf(primary.pid!).filter((pid) => pid !== second).length, { timeout: 30_000, interval: 100 }).toBe(1);
      return childrenOf(primary.pid!).find((pid) => pid !== second)!;
    };
    // The survivor answers at once, whether or not the replacement is up yet.
    const answered = new Set<number>();
    for (let i = 0; i < 4; i++) {
      const { status, pid } = await healthOnFreshConnection(port);
      expect(status).toBe(200);
      expect(pid).not.toBe(first);
      answered.add(pid);
    }
    const third = await replacement();
    expect([first, second]).not.toContain(third);
    for (const pid of answered) expect([second, third]).toContain(pid);
    // The new worker joins the round robin once it listens (a third "listening" line), and the survivor stays in it.
    await expect.poll(listening, { timeout: 90_000, interval: 200 }).toBe(3);
    const after = await askUntil(third, [second, third]);
    if (!after.has(second)) await askUntil(second, [second, third]);
    expect(isRunning(first)).toBe(false);

    // SIGTERM to the supervisor alone (not its group): it has both workers drain, waits for them, and exits 0.
    process.kill(primary.pid!, 'SIGTERM');
    const stillRunning = 'still running 30 s after SIGTERM';
    const hung = new Promise<string>((resolve) => setTimeout(() => resolve(stillRunning), 30_000).unref());
    expect(await Promise.race([exited, hung])).toBe(0);
    expect(output.match(/SIGTERM: finishing in-flight requests, then closing/g)?.length).toBe(2);
    expect(isRunning(second)).toBe(false);
    expect(isRunning(third)).toBe(false);
    await expect(healthOnFreshConnection(port)).rejects.toThrow();
  }, 240_000);
});
