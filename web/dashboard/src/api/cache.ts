/**
 * Answers by operation and variables, and the requests in flight, shared by everyone who asks: main.ts starts the
 * first view's queries before React has even loaded, and the views join them. No React here, so the entry script
 * that starts them stays small.
 */
import { requestWithCypher, type CypherQuery, type Operation } from './client.js';

export const answers = new Map<string, unknown>();
/** The named Cypher queries behind each answer, by the same key (for the "open in Neo4j Browser" links). */
export const cypherOf = new Map<string, CypherQuery[]>();
const inFlight = new Map<string, Promise<unknown>>();

export const keyOf = (op: Pick<Operation<unknown, unknown>, 'name'>, variables: unknown) => `${op.name}:${JSON.stringify(variables)}`;

/** Starts (or joins) a request and caches its answer; errors are not cached, so a retry asks again. */
export function fetchCached<Result, Variables>(op: Operation<Result, Variables>, variables: Variables): Promise<Result> {
  const key = keyOf(op, variables);
  if (answers.has(key)) return Promise.resolve(answers.get(key) as Result);
  let pending = inFlight.get(key) as Promise<Result> | undefined;
  if (!pending) {
    pending = requestWithCypher(op, variables).then(
      ({ data, cypher }) => {
        answers.set(key, data);
        cypherOf.set(key, cypher);
        inFlight.delete(key);
        return data;
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

/** Whether a request for this operation and these variables was started (answered or still in flight). */
export function isAsked(op: Pick<Operation<unknown, unknown>, 'name'>, variables: unknown): boolean {
  const key = keyOf(op, variables);
  return answers.has(key) || inFlight.has(key);
}

let firstRequests: Promise<unknown> = Promise.resolve();

/**
 * Marks a request as the first view's own: requests made with `deferred` wait until these have settled. A small
 * server answers the question on screen sooner when it is not answering three others at the same time.
 */
export function putFirst(request: Promise<unknown>): void {
  firstRequests = Promise.all([firstRequests, request.catch(() => undefined)]);
}

let openGate: () => void = () => undefined;
let shown = false;
const firstScreen = new Promise<void>((resolve) => {
  openGate = resolve;
});

/**
 * Says that the first screen is up (the map coloured, or failed and saying why; another view shown): from now on
 * `deferred` requests go out. Idempotent.
 */
export function firstScreenShown(): void {
  shown = true;
  openGate();
}

/** Whether the first screen is up (firstScreenShown), and a promise of it. */
export const isFirstScreenShown = (): boolean => shown;
export const whenFirstScreenShown = (): Promise<void> => firstScreen;

/**
 * What `deferred` requests wait for: the first view's own requests, then the first screen. Why both: on two cores the
 * browser is still parsing the dashboard's script and painting when the first answers arrive, and a large deferred
 * answer (the catalogue, the full exposure report) parsed then delays the first coloured map; once it is on screen
 * nothing is in a hurry. main.ts opens the gate at once for a view that has no first request of its own.
 */
export function afterFirstRequests(): Promise<unknown> {
  return Promise.all([firstRequests, firstScreen]);
}
