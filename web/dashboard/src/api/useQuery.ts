/**
 * Runs an operation for a component and keeps its answer (through cache.ts, so the graph's date replay and switching
 * tabs do not ask twice, and the requests main.ts starts before React loads are joined, not repeated); the previous
 * answer stays on screen while the next loads.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { afterFirstRequests, answers, cypherOf, fetchCached, isFirstScreenShown, keyOf, whenFirstScreenShown } from './cache.js';
import { ApiError, type CypherQuery, type Operation } from './client.js';

export interface QueryState<Result> {
  /** The answer to the current variables, or (while `loading`) to the previous ones. */
  data: Result | undefined;
  error: Error | undefined;
  loading: boolean;
  /** True while `data` answers earlier variables than the current ones. */
  stale: boolean;
  /** The named Cypher queries `data` came from, as the server listed them. */
  cypher: CypherQuery[] | undefined;
  retry: () => void;
}

/**
 * `variables === null` skips the query (nothing to ask yet). `deferred`: not needed for the first picture, so it
 * waits for the first view's own requests (cache.ts, putFirst).
 */
export function useQuery<Result, Variables>(
  op: Operation<Result, Variables>,
  variables: Variables | null,
  { deferred = false }: { deferred?: boolean } = {},
): QueryState<Result> {
  const key = variables === null ? null : keyOf(op, variables);
  const cached = key !== null && answers.has(key) ? (answers.get(key) as Result) : undefined;
  const [state, setState] = useState<{ key: string | null; data: Result | undefined; error: Error | undefined }>({
    key: cached !== undefined ? key : null,
    data: cached,
    error: undefined,
  });
  const [attempt, setAttempt] = useState(0);
  const variablesRef = useRef(variables);
  // The effect below reads the latest variables; layout effects run before it, in the same commit.
  useLayoutEffect(() => {
    variablesRef.current = variables;
  });

  useEffect(() => {
    if (key === null || variablesRef.current === null) return;
    let current = true;
    if (answers.has(key)) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- syncs with the module's answer cache (an external store) when the key changes
      setState({ key, data: answers.get(key) as Result, error: undefined });
      return;
    }
    setState((previous) => ({ ...previous, error: undefined }));
    const asked = variablesRef.current;
    (deferred ? afterFirstRequests() : Promise.resolve())
      .then(() => fetchCached(op, asked))
      .then(
        (data) => current && setState({ key, data, error: undefined }),
        (error: unknown) =>
          current &&
          setState((previous) => ({ ...previous, error: error instanceof Error ? error : new ApiError('server', String(error)) })),
      );
    return () => {
      current = false;
    };
  }, [op, key, attempt, deferred]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const fresh = state.key === key;
  const shownKey = cached !== undefined ? key : state.key;
  return {
    data: cached ?? state.data,
    cypher: shownKey !== null ? cypherOf.get(shownKey) : undefined,
    error: state.error,
    loading: key !== null && cached === undefined && !fresh && !state.error,
    stale: cached === undefined && !fresh,
    retry,
  };
}

/**
 * False until the first screen is up (cache.ts: the first coloured map, or a view that has none), then true: what is
 * rendered only then (the map's side panel) is not rendered, laid out and painted before the map.
 */
export function useFirstScreenShown(): boolean {
  const [shown, setShown] = useState(isFirstScreenShown);
  useEffect(() => {
    if (shown) return;
    let current = true;
    void whenFirstScreenShown().then(() => current && setShown(true));
    return () => {
      current = false;
    };
  }, [shown]);
  return shown;
}
