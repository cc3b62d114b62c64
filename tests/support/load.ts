/**
 * A bounded load generator for the resilience tests: N concurrent clients replay a mix of GraphQL operations
 * against a server on loopback for a fixed time, and check every answer against the expected one.
 */
export interface Operation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

export interface Outcome {
  at: number;
  ms: number;
  ok: boolean;
  wrong: boolean;
  code?: string;
  /** The driver's error code behind a database error, when the API reports one. */
  neo4jCode?: string;
  name: string;
}

export async function runLoad(
  url: string,
  operations: Operation[],
  expected: Map<string, string>,
  options: { clients: number; durationMs: number; until?: (outcomes: readonly Outcome[]) => boolean; outcomes?: Outcome[] },
): Promise<Outcome[]> {
  // The caller may pass the list to watch the load while it runs.
  const outcomes: Outcome[] = options.outcomes ?? [];
  const end = Date.now() + options.durationMs;
  const client = async (index: number) => {
    for (let i = index; Date.now() < end && !options.until?.(outcomes); i++) {
      const op = operations[i % operations.length]!;
      const started = Date.now();
      try {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: op.query, variables: op.variables ?? {} }),
          signal: AbortSignal.timeout(30_000),
        });
        const body = (await response.json()) as {
          data?: unknown;
          errors?: { message: string; extensions?: { code?: string; neo4jCode?: string } }[];
        };
        const ok = response.status === 200 && !body.errors;
        outcomes.push({
          at: started,
          ms: Date.now() - started,
          ok,
          wrong: ok && JSON.stringify(body.data) !== expected.get(op.name),
          code: body.errors?.[0]?.extensions?.code,
          neo4jCode: body.errors?.[0]?.extensions?.neo4jCode,
          name: op.name,
        });
      } catch (error) {
        outcomes.push({ at: started, ms: Date.now() - started, ok: false, wrong: false, code: (error as Error).name, name: op.name });
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, i) => client(i)));
  return outcomes;
}

export async function expectedAnswers(url: string, operations: Operation[]): Promise<Map<string, string>> {
  const answers = new Map<string, string>();
  for (const op of operations) {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: op.query, variables: op.variables ?? {} }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown };
    if (body.errors) throw new Error(`${op.name} failed before the load: ${JSON.stringify(body.errors)}`);
    answers.set(op.name, JSON.stringify(body.data));
  }
  return answers;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** The contract's queries, as a dashboard would mix them. */
export const CONTRACT_MIX: Operation[] = [
  { name: 'state', query: '{ state(id: "POL") { id name memberships { status bloc { code } } } }' },
  { name: 'states', query: '{ states(region: "Europe") { id name } }' },
  { name: 'bloc', query: '{ bloc(code: "NATO") { code members(asOf: "2022-01-01", status: [MEMBER]) { state { id name } since } } }' },
  { name: 'blocs', query: '{ blocs { code kind mutualDefence } }' },
  { name: 'exposure', query: '{ exposure(withdrawing: "USA", asOf: "2025-06-01") { entries { state { id } score level } } }' },
  { name: 'exposureRus', query: '{ exposure(withdrawing: "RUS", asOf: "2025-06-01") { entries { state { id } score } } }' },
  { name: 'path', query: '{ path(from: "IND", to: "RUS", asOf: "2025-06-01") { hops steps { via { code } } } }' },
];
