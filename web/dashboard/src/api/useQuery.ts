/**
 * Runs an operation for a component and keeps its answer: a small cache keyed by operation and variables (so the
 * graph's date replay and switching tabs do not ask twice), requests already in flight are shared (main.tsx starts
 * the first map's queries before React mounts), and the previous answer stays on screen while the next loads.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, request, type Operation } from './client.js';

const answers = new Map<string, unknown>();
const inFlight = new Map<string, Promise<unknown>>();

const keyOf = (op: Operation<unknown, unknown>, variables: unknown) => `${op.name}:${JSON.stringify(variables)}`;

/** Starts (or joins) a request and caches its answer; errors are not cached, so a retry asks again. */
export function fetchCached<Result, Variables>(op: Operation<Result, Variables>, variables: Variables): Promise<Result> {
  const key = keyOf(op as Operation<unknown, unknown>, variables);
  if (answers.has(key)) return Promise.resolve(answers.get(key) as Result);
  let pending = inFlight.get(key) as Promise<Result> | undefined;
  if (!pending) {
    pending = request(op, variables).then(
      (result) => {
        answers.set(key, result);
        inFlight.delete(key);
        return result;
      },
      (error: unknown) => {
        inFlight.delete(key);
        throw error;
      },
    );
    inFlight.set(key, pending);
  }
  return pending;
}

export interface QueryState<Result> {
  /** The answer to the current variables, or (while `loading`) to the previous ones. */
  data: Result | undefined;
  error: Error | undefined;
  loading: boolean;
  /** True while `data` answers earlier variables than the current ones. */
  stale: boolean;
  retry: () => void;
}

/** `variables === null` skips the query (nothing to ask yet). */
export function useQuery<Result, Variables>(op: Operation<Result, Variables>, variables: Variables | null): QueryState<Result> {
  const key = variables === null ? null : keyOf(op as Operation<unknown, unknown>, variables);
  const cached = key !== null && answers.has(key) ? (answers.get(key) as Result) : undefined;
  const [state, setState] = useState<{ key: string | null; data: Result | undefined; error: Error | undefined }>({
    key: cached !== undefined ? key : null,
    data: cached,
    error: undefined,
  });
  const [attempt, setAttempt] = useState(0);
  const variablesRef = useRef(variables);
  variablesRef.current = variables;

  useEffect(() => {
    if (key === null || variablesRef.current === null) return;
    let current = true;
    if (answers.has(key)) {
      setState({ key, data: answers.get(key) as Result, error: undefined });
      return;
    }
    setState((previous) => ({ ...previous, error: undefined }));
    fetchCached(op, variablesRef.current).then(
      (data) => current && setState({ key, data, error: undefined }),
      (error: unknown) => current && setState((previous) => ({ ...previous, error: error instanceof Error ? error : new ApiError('server', String(error)) })),
    );
    return () => {
      current = false;
    };
  }, [op, key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const fresh = state.key === key;
  return {
    data: cached ?? state.data,
    error: state.error,
    loading: key !== null && cached === undefined && !fresh && !state.error,
    stale: cached === undefined && !fresh,
    retry,
  };
}
