/**
 * The servers under test run in child processes of their own (forked with tsx), so the load generator in this
 * process never shares an event loop with them. A child reports `{ type: 'ready', port }` on IPC, answers
 * `{ id, type, ... }` requests, and exits when asked or as soon as this process goes away (IPC disconnect),
 * so a crashed or interrupted bench leaves no server behind.
 */
import { fork, type ChildProcess } from 'node:child_process';
import type { Server } from 'node:http';
import { apiHeapFlags } from '../src/server/supervisor.js';

export interface ChildServer {
  name: string;
  pid: number;
  port: number;
  url: string;
  request<T = unknown>(type: string, payload?: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
}

interface Reply {
  id?: number;
  type: string;
  error?: string;
  port?: number;
  [key: string]: unknown;
}

export async function startChild(name: string, file: string, env: Record<string, string>, timeoutMs = 120_000): Promise<ChildServer> {
  const child: ChildProcess = fork(file, [], {
    // BENCH_CPU_PROF_DIR=dir: each server writes a V8 CPU profile there when it stops (open it in Chrome DevTools).
    execArgv: [
      '--import',
      'tsx',
      // As the supervisor starts an API process (src/server/supervisor.ts), with the default HEAP_MB.
      ...apiHeapFlags(1024),
      ...(process.env.BENCH_CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`] : []),
    ],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<number, { resolve: (v: Reply) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let exited = false;

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} server did not start within ${timeoutMs / 1000} s`)), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} server exited during start-up (code ${code})`));
    });
    child.on('message', (message: Reply) => {
      if (message.type === 'ready') {
        clearTimeout(timer);
        resolve(message.port!);
      } else if (message.type === 'failed') {
        clearTimeout(timer);
        reject(new Error(`${name} server failed to start: ${message.error}`));
      } else if (message.id !== undefined) {
        const waiter = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) waiter?.reject(new Error(`${name}: ${message.error}`));
        else waiter?.resolve(message);
      }
    });
  }).catch((error) => {
    if (!exited) child.kill('SIGKILL');
    throw error;
  });
  child.on('exit', () => {
    exited = true;
    for (const waiter of pending.values()) waiter.reject(new Error(`${name} server exited`));
    pending.clear();
  });

  return {
    name,
    pid: child.pid!,
    port,
    url: `http://127.0.0.1:${port}/graphql`,
    request<T>(type: string, payload: Record<string, unknown> = {}): Promise<T> {
      if (exited) return Promise.reject(new Error(`${name} server has exited`));
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: Reply) => void, reject });
        child.send({ id, type, ...payload });
      });
    },
    async stop() {
      if (exited) return;
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.send({ type: 'stop' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await gone;
      clearTimeout(timer);
    },
  };
}

/** The child's side: report readiness, answer requests, stop on request or when the parent goes away. */
export function serveParent(handlers: Record<string, (payload: Record<string, unknown>) => unknown>, stop: () => Promise<void>): void {
  const send = (message: Record<string, unknown>) => process.send?.(message);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    const timer = setTimeout(() => process.exit(1), 8_000);
    try {
      await stop();
    } finally {
      clearTimeout(timer);
      process.exit(0);
    }
  };
  process.on('disconnect', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
  process.on('SIGINT', () => void shutdown());
  const answer = async (message: { id?: number; type: string; [key: string]: unknown }) => {
    if (message.type === 'stop') return void shutdown();
    const handler = handlers[message.type];
    try {
      if (!handler) throw new Error(`unknown request ${message.type}`);
      send({ id: message.id, type: 'reply', ...((await handler(message)) ?? {}) });
    } catch (error) {
      send({ id: message.id, type: 'reply', error: (error as Error).message });
    }
  };
  process.on('message', (message: { id?: number; type: string; [key: string]: unknown }) => void answer(message));
}

/** Counts the HTTP requests a server is still answering, for the `idle` request (wait until none is). */
export function trackInFlight(server: Server): Record<string, () => Promise<Record<string, unknown>>> {
  let inFlight = 0;
  server.on('request', (_req, res) => {
    inFlight++;
    res.once('close', () => inFlight--);
  });
  return {
    idle: async () => {
      const started = Date.now();
      while (inFlight > 0 && Date.now() - started < 120_000) await new Promise((r) => setTimeout(r, 10));
      return { inFlight, waitedMs: Date.now() - started };
    },
  };
}

export function reportReady(port: number): void {
  process.send?.({ type: 'ready', port });
}

export function reportFailed(error: unknown): never {
  process.send?.({ type: 'failed', error: (error as Error)?.stack ?? String(error) });
  process.exit(1);
}
