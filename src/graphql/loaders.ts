/**
 * Per-request batch loaders: however many states or blocs a query touches, each kind of lookup costs one
 * Cypher round trip per distinct (asOf, filter) — never one per parent object.
 */
import DataLoader from 'dataloader';
import type { RequestRunner, Row } from '../db/queryRunner.js';
import type { GraphFacts } from '../domain/facts.js';
import type { FactsCache } from './factsCache.js';
import type { AllyRow, BlocRow, MembershipRow, MilexRow, ScenarioRow, StateEdgeRow, StateRow, SuccessionRow } from './rows.js';

export interface DatedKey {
  id: string;
  asOf: string;
  statuses?: readonly string[] | null;
  /**
   * The rows may leave out the long texts (see lookAhead.ts, `leanMembers`): a look-ahead primes lean rows under
   * this key, apart from full ones, so that a selection that needs the texts never reads a lean row. A batch load
   * always reads full rows (a superset).
   */
  lean?: boolean;
}

export interface Loaders {
  stateById: DataLoader<string, StateRow | null>;
  blocByCode: DataLoader<string, BlocRow | null>;
  membersByBloc: DataLoader<DatedKey, MembershipRow[], string>;
  membershipsByState: DataLoader<DatedKey, MembershipRow[], string>;
  alliesByState: DataLoader<DatedKey, AllyRow[], string>;
  /** Threat, umbrella and forces edges touching a state, both directions: State's six edge fields share one load. */
  edgesByState: DataLoader<DatedKey, StateEdgeRow[], string>;
  /** The exposure model's facts of a date around some states and blocs (cypher/queries/exposure.cypher). */
  factsAround: DataLoader<FactsQuestion, GraphFacts, string>;
  scenarioById: DataLoader<string, ScenarioRow | null>;
  /** A state's military expenditure for a year (or the latest before it): every state and year of a request, one load. */
  milexByState: DataLoader<{ id: string; year: number }, MilexRow | null, string>;
  /** The defence blocs sharing a member with a bloc on a date (cypher/queries/bloc-around.cypher). */
  aroundBloc: DataLoader<DatedKey, BlocRow[], string>;
  /** SUCCEEDED_BY from and to a state. */
  successionsByState: DataLoader<string, { successors: SuccessionRow[]; predecessors: SuccessionRow[] }>;
}

/** What a question about exposure or a scenario names: the facts it needs are those around these. */
export interface FactsQuestion {
  asOf: string;
  /** State ids (upper case): the withdrawing state, the states a scenario names, the state asked about. */
  states: readonly string[];
  /** Bloc codes (upper case): the blocs withdrawn from, named by a scenario, asked about. */
  blocs: readonly string[];
}

/** One key per distinct question, whatever the order or repetition of its names. */
export function factsKey(q: FactsQuestion): string {
  const names = (list: readonly string[]) => [...new Set(list)].sort().join(',');
  return `${q.asOf}|${names(q.states)}|${names(q.blocs)}`;
}

/**
 * The facts around a question, in one round trip (names as comma-separated strings: see exposure.cypher).
 * Neo4j takes about a second to plan exposure.cypher, and several on a busy machine, whenever it meets a new shape
 * of its parameters; the result is then cached (FactsCache), so this read may take three query timeouts.
 */
async function readFactsAround(runner: Pick<RequestRunner, 'read' | 'timeoutMs'>, q: FactsQuestion): Promise<GraphFacts> {
  const params = { asOf: q.asOf, states: [...new Set(q.states)].join(','), blocs: [...new Set(q.blocs)].join(',') };
  const [row] = await runner.read('exposure', params, { timeoutMs: 3 * runner.timeoutMs });
  return row as unknown as GraphFacts;
}

/** The facts around a question: from the cache shared by requests when there is one, else read now. */
export function factsAround(runner: Pick<RequestRunner, 'read' | 'timeoutMs'>, q: FactsQuestion, cache?: FactsCache): Promise<GraphFacts> {
  return cache ? cache.get(factsKey(q), () => readFactsAround(runner, q)) : readFactsAround(runner, q);
}

export function createLoaders(runner: RequestRunner, factsCache?: FactsCache): Loaders {
  return {
    stateById: new DataLoader(async (ids) => {
      const rows = await runner.read('states-by-id', { ids });
      const byId = new Map(rows.map((r) => [r.id as string, r.state as StateRow]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    blocByCode: new DataLoader(async (codes) => {
      const rows = await runner.read('blocs-by-code', { codes });
      const byCode = new Map(rows.map((r) => [r.code as string, r.bloc as BlocRow]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),
    membersByBloc: datedLoader(runner, 'bloc-members', 'codes', 'code', (r) => r as unknown as MembershipRow),
    membershipsByState: datedLoader(runner, 'state-memberships', 'ids', 'id', (r) => r as unknown as MembershipRow),
    factsAround: new DataLoader(async (questions) => Promise.all(questions.map((q) => factsAround(runner, q, factsCache))), { cacheKeyFn: factsKey }),
    scenarioById: new DataLoader(async (ids) => {
      const rows = await runner.read('scenarios', { ids });
      const byId = new Map(rows.map((r) => [(r.scenario as ScenarioRow).id, { ...(r.scenario as ScenarioRow), changes: r.changes as ScenarioRow['changes'] }]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    alliesByState: datedLoader(runner, 'state-allies', 'ids', 'id', (r) => ({ state: r.state as StateRow, via: r.via as BlocRow[] })),
    edgesByState: datedLoader(runner, 'state-edges', 'ids', 'id', (r) => r as unknown as StateEdgeRow),
    aroundBloc: datedLoader(runner, 'bloc-around', 'codes', 'id', (r) => r.bloc as BlocRow),
    milexByState: new DataLoader(async (keys) => {
      const rows = await runner.read('state-milex', { keys: keys.map((k) => `${k.id}|${k.year}`) });
      const byKey = new Map(rows.map((r) => [r.key as string, r.usdBn === null ? null : (r as unknown as MilexRow)]));
      return keys.map((k) => byKey.get(`${k.id}|${k.year}`) ?? null);
    }, { cacheKeyFn: (k) => `${k.id}|${k.year}` }),
    successionsByState: new DataLoader(async (ids) => {
      const rows = await runner.read('state-successions', { ids });
      return ids.map((id) => {
        const mine = rows.filter((r) => r.id === id).map((r) => r as unknown as SuccessionRow & { direction: string });
        return {
          successors: mine.filter((r) => r.direction === 'successor'),
          predecessors: mine.filter((r) => r.direction === 'predecessor'),
        };
      });
    }),
  };
}

/** Batches keys that share a date and status filter into one query over a list of ids. */
function datedLoader<T>(runner: RequestRunner, query: string, listParam: string, idColumn: string, toRow: (row: Row) => T) {
  const groupKey = (k: DatedKey) => `${k.asOf}|${k.statuses ? [...k.statuses].sort().join(',') : '*'}${k.lean ? '|lean' : ''}`;
  return new DataLoader<DatedKey, T[], string>(
    async (keys) => {
      const groups = new Map<string, DatedKey[]>();
      for (const key of keys) groups.set(groupKey(key), [...(groups.get(groupKey(key)) ?? []), key]);
      const results = new Map<string, T[]>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const first = group[0]!;
          const rows = await runner.read(query, { [listParam]: group.map((k) => k.id), asOf: first.asOf, statuses: first.statuses ?? null });
          for (const row of rows) {
            const key = `${groupKey(first)}|${row[idColumn] as string}`;
            results.set(key, [...(results.get(key) ?? []), toRow(row)]);
          }
        }),
      );
      return keys.map((k) => results.get(`${groupKey(k)}|${k.id}`) ?? []);
    },
    { cacheKeyFn: (k) => `${groupKey(k)}|${k.id}` },
  );
}
