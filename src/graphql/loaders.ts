/**
 * Per-request batch loaders: however many states or blocs a query touches, each kind of lookup costs one
 * Cypher round trip per distinct (asOf, filter) — never one per parent object.
 */
import DataLoader from 'dataloader';
import { QUERIES } from '../db/queries.js';
import type { RequestRunner } from '../db/queryRunner.js';
import type { AllyRow, BlocRow, MembershipRow, MilexRow, ScenarioRow, StateEdgeRow, StateRow, SuccessionRow } from '../db/rows.js';
import type { GraphFacts } from '../domain/facts.js';
import { factsKey, type FactsQuestion } from '../service/exposureService.js';
import type { FactsCache } from './factsCache.js';

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

/**
 * The facts around a question, in one round trip (names as comma-separated strings: see exposure.cypher).
 * Neo4j takes about a second to plan exposure.cypher, and several on a busy machine, whenever it meets a new shape
 * of its parameters; the result is then cached (FactsCache), so this read may take three query timeouts.
 */
async function readFactsAround(runner: Pick<RequestRunner, 'read' | 'timeoutMs'>, q: FactsQuestion): Promise<GraphFacts> {
  const params = { asOf: q.asOf, states: [...new Set(q.states)].join(','), blocs: [...new Set(q.blocs)].join(',') };
  const [facts] = await runner.read(QUERIES.exposure, params, { timeoutMs: 3 * runner.timeoutMs });
  if (!facts) throw new Error('exposure.cypher returned no row');
  return facts;
}

/** The facts around a question: from the cache shared by requests when there is one, else read now. */
export function factsAround(runner: Pick<RequestRunner, 'read' | 'timeoutMs'>, q: FactsQuestion, cache?: FactsCache): Promise<GraphFacts> {
  return cache ? cache.get(factsKey(q), () => readFactsAround(runner, q)) : readFactsAround(runner, q);
}

/**
 * Every fact of a date (facts-of-date.cypher): the whole world, for the network and a scenario's cost. Shared by
 * requests through the same cache as the facts around a question, until the graph is loaded again.
 */
export function worldFacts(runner: Pick<RequestRunner, 'read' | 'timeoutMs'>, asOf: string, cache?: FactsCache): Promise<GraphFacts> {
  const read = async () => {
    const [facts] = await runner.read(QUERIES.factsOfDate, { asOf }, { timeoutMs: 3 * runner.timeoutMs });
    if (!facts) throw new Error('facts-of-date.cypher returned no row');
    return facts;
  };
  return cache ? cache.get(`world|${asOf}`, read) : read();
}

export function createLoaders(runner: RequestRunner, factsCache?: FactsCache): Loaders {
  return {
    stateById: new DataLoader(async (ids) => {
      const rows = await runner.read(QUERIES.statesById, { ids });
      const byId = new Map(rows.map((r) => [r.id, r.state]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    blocByCode: new DataLoader(async (codes) => {
      const rows = await runner.read(QUERIES.blocsByCode, { codes });
      const byCode = new Map(rows.map((r) => [r.code, r.bloc]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),
    membersByBloc: datedLoader(
      (group, first) => runner.read(QUERIES.blocMembers, { codes: group, asOf: first.asOf, statuses: first.statuses ?? null }),
      (r) => r.code,
      (r) => r,
    ),
    membershipsByState: datedLoader(
      (group, first) => runner.read(QUERIES.stateMemberships, { ids: group, asOf: first.asOf }),
      (r) => r.id,
      (r) => r,
    ),
    factsAround: new DataLoader(async (questions) => Promise.all(questions.map((q) => factsAround(runner, q, factsCache))), {
      cacheKeyFn: factsKey,
    }),
    scenarioById: new DataLoader(async (ids) => {
      const rows = await runner.read(QUERIES.scenarios, { ids });
      const byId = new Map(rows.map((r) => [r.scenario.id, { ...r.scenario, changes: r.changes }]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    alliesByState: datedLoader(
      (group, first) => runner.read(QUERIES.stateAllies, { ids: group, asOf: first.asOf }),
      (r) => r.id,
      (r) => ({ state: r.state, via: r.via }),
    ),
    edgesByState: datedLoader(
      (group, first) => runner.read(QUERIES.stateEdges, { ids: group, asOf: first.asOf }),
      (r) => r.id,
      (r) => r,
    ),
    aroundBloc: datedLoader(
      (group, first) => runner.read(QUERIES.blocAround, { codes: group, asOf: first.asOf }),
      (r) => r.id,
      (r) => r.bloc,
    ),
    milexByState: new DataLoader(
      async (keys) => {
        const rows = await runner.read(QUERIES.stateMilex, { keys: keys.map(milexKey) });
        const byKey = new Map(rows.map((r) => [r.key, r.usdBn === null ? null : r]));
        return keys.map((k) => byKey.get(milexKey(k)) ?? null);
      },
      { cacheKeyFn: milexKey },
    ),
    successionsByState: new DataLoader(async (ids) => {
      const rows = await runner.read(QUERIES.stateSuccessions, { ids });
      return ids.map((id) => {
        const mine = rows.filter((r) => r.id === id);
        return {
          successors: mine.filter((r) => r.direction === 'successor'),
          predecessors: mine.filter((r) => r.direction === 'predecessor'),
        };
      });
    }),
  };
}

const milexKey = (k: { id: string; year: number }) => `${k.id}|${k.year}`;

/** The key of a dated load's group: keys that share a date, a status filter and leanness share one query. */
const groupKey = (k: DatedKey) => `${k.asOf}|${k.statuses ? [...k.statuses].sort().join(',') : '*'}${k.lean ? '|lean' : ''}`;

/**
 * The key under which Bloc.members reads a bloc's members, and under which a look-ahead (query.ts) primes them:
 * one function, so the two never disagree about a key.
 */
export const blocMembersKey = (code: string, selection: { asOf: string; statuses: readonly string[] | null; lean: boolean }): DatedKey => ({
  id: code,
  asOf: selection.asOf,
  statuses: selection.statuses,
  lean: selection.lean,
});

/**
 * The cache key of a dated load: rows primed under a key are found by any load of an equal key.
 */
const datedKey = (k: DatedKey): string => `${groupKey(k)}|${k.id}`;

/** Batches keys that share a date and status filter into one query over a list of ids. */
function datedLoader<R, T>(read: (ids: string[], first: DatedKey) => Promise<R[]>, idOf: (row: R) => string, toRow: (row: R) => T) {
  return new DataLoader<DatedKey, T[], string>(
    async (keys) => {
      const groups = new Map<string, DatedKey[]>();
      for (const key of keys) groups.set(groupKey(key), [...(groups.get(groupKey(key)) ?? []), key]);
      const results = new Map<string, T[]>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const first = group[0]!;
          for (const row of await read(
            group.map((k) => k.id),
            first,
          )) {
            const key = datedKey({ ...first, id: idOf(row) });
            results.set(key, [...(results.get(key) ?? []), toRow(row)]);
          }
        }),
      );
      return keys.map((k) => results.get(datedKey(k)) ?? []);
    },
    { cacheKeyFn: datedKey },
  );
}
