/**
 * Per-request batch loaders: however many states or blocs a query touches, each kind of lookup costs one
 * Cypher round trip per distinct (asOf, filter) — never one per parent object.
 */
import DataLoader from 'dataloader';
import type { RequestRunner, Row } from '../db/queryRunner.js';
import type { GraphFacts } from '../domain/facts.js';
import type { FactsCache } from './factsCache.js';
import type { AllyRow, BlocRow, MembershipRow, ScenarioRow, StateEdgeRow, StateRow } from './rows.js';

export interface DatedKey {
  id: string;
  asOf: string;
  statuses?: readonly string[] | null;
}

export interface Loaders {
  stateById: DataLoader<string, StateRow | null>;
  blocByCode: DataLoader<string, BlocRow | null>;
  membersByBloc: DataLoader<DatedKey, MembershipRow[], string>;
  membershipsByState: DataLoader<DatedKey, MembershipRow[], string>;
  alliesByState: DataLoader<DatedKey, AllyRow[], string>;
  /** Threat, umbrella and forces edges touching a state, both directions: State's six edge fields share one load. */
  edgesByState: DataLoader<DatedKey, StateEdgeRow[], string>;
  /** The exposure model's facts of one date (cypher/queries/exposure.cypher); scenarios overlay these. */
  factsByDate: DataLoader<string, GraphFacts>;
  scenarioById: DataLoader<string, ScenarioRow | null>;
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
    factsByDate: new DataLoader(async (dates) =>
      Promise.all(
        dates.map((asOf) => {
          const read = async () => (await runner.read('exposure', { asOf }))[0] as unknown as GraphFacts;
          return factsCache ? factsCache.get(asOf, read) : read();
        }),
      ),
    ),
    scenarioById: new DataLoader(async (ids) => {
      const rows = await runner.read('scenarios', { ids });
      const byId = new Map(rows.map((r) => [(r.scenario as ScenarioRow).id, { ...(r.scenario as ScenarioRow), changes: r.changes as ScenarioRow['changes'] }]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    alliesByState: datedLoader(runner, 'state-allies', 'ids', 'id', (r) => ({ state: r.state as StateRow, via: r.via as BlocRow[] })),
    edgesByState: datedLoader(runner, 'state-edges', 'ids', 'id', (r) => r as unknown as StateEdgeRow),
  };
}

/** Batches keys that share a date and status filter into one query over a list of ids. */
function datedLoader<T>(runner: RequestRunner, query: string, listParam: string, idColumn: string, toRow: (row: Row) => T) {
  const groupKey = (k: DatedKey) => `${k.asOf}|${k.statuses ? [...k.statuses].sort().join(',') : '*'}`;
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
