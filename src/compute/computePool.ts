/**
 * CPU work of the API off the event loop: exposure under a scenario runs in a worker thread (piscina), with a
 * time budget that can fire: past it the thread is stopped and the request fails with QUERY_TIMEOUT, while the
 * main thread goes on answering /healthz and cheap queries. Without a scenario the computation is bounded by the
 * graph (milliseconds) and runs inline: a thread hop would cost more than it saves.
 */
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { DomainInputError } from '../domain/errors.js';
import { runExposureTask, type ExposureTask, type ExposureTaskOutcome, type ExposureTaskResult } from './exposureTask.js';

/**
 * The thread's entry: the compiled task itself under `node dist/…`; under tsx or vitest (this file is TypeScript) a
 * plain-JavaScript entry that registers tsx in the thread first (worker.mjs).
 */
const WORKER_ENTRY = import.meta.url.endsWith('.ts') ? './worker.mjs' : './exposureTask.js';

export class ComputeTimeoutError extends Error {
  override name = 'ComputeTimeoutError';
}

export interface ComputePool {
  exposure(task: ExposureTask): Promise<ExposureTaskResult>;
  close(): Promise<void>;
}

/** A pool of `threads` worker threads, each task stopped after `budgetMs`. */
export function createComputePool(options: { threads?: number; budgetMs?: number } = {}): ComputePool {
  const budgetMs = options.budgetMs ?? 5000;
  let pool: Piscina | null = null;
  // Started on first use: a server that never sees a scenario never starts a thread.
  const started = () =>
    (pool ??= new Piscina({
      filename: fileURLToPath(new URL(WORKER_ENTRY, import.meta.url)),
      minThreads: 0,
      maxThreads: options.threads ?? 2,
      idleTimeout: 60_000,
    }));
  return {
    async exposure(task) {
      try {
        return settled((await started().run(task, { signal: AbortSignal.timeout(budgetMs) })) as ExposureTaskOutcome);
      } catch (error) {
        if ((error as Error).name === 'AbortError' || (error as Error).name === 'TimeoutError') {
          throw new ComputeTimeoutError(`The computation took longer than its ${budgetMs} ms budget and was stopped`);
        }
        throw error;
      }
    },
    async close() {
      await pool?.destroy();
      pool = null;
    },
  };
}

/** The result, or the client's mistake raised as the error the domain would have thrown in this thread. */
function settled(outcome: ExposureTaskOutcome): ExposureTaskResult {
  if ('inputError' in outcome)
    throw new DomainInputError(outcome.inputError.message, outcome.inputError.value, outcome.inputError.argument);
  return outcome;
}

/** The same answers in this thread, for the CLI and for tests that do not start a server. */
export const inlineCompute: ComputePool = {
  exposure: async (task) => settled(runExposureTask(task)),
  close: async () => {},
};
