/** Query root: validate arguments, read through the named queries, shape rows. No Cypher here. */
import { computeExposure } from '../../domain/exposure.js';
import type { GraphFacts } from '../../domain/facts.js';
import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { badInput, parseDateArgument } from '../errors.js';
import type { AlliancePathRow, BlocRow, HedgerRow, StateRow } from '../rows.js';

const upper = (value: string) => value.trim().toUpperCase();

export const Query: QueryResolvers = {
  state: (_parent, { id }, { loaders }) => loaders.stateById.load(upper(id)),

  states: async (_parent, { region }, { runner }) =>
    (await runner.read('states', { region: region ?? null })).map((r) => r.state as StateRow),

  bloc: (_parent, { code }, { loaders }) => loaders.blocByCode.load(upper(code)),

  blocs: async (_parent, { kind }, { runner }) =>
    (await runner.read('blocs', { kind: kind ?? null })).map((r) => r.bloc as BlocRow),

  exposure: async (_parent, args, { runner, loaders, today }) => {
    const asOf = parseDateArgument(args.asOf, 'asOf', today);
    const withdrawing = upper(args.withdrawing);
    const from = args.from?.map(upper);
    const [row] = await runner.read('exposure', { asOf });
    const facts = row as unknown as GraphFacts;
    // The facts carry every state and bloc: resolving their fields in the report costs no further round trip.
    for (const state of facts.states) loaders.stateById.prime(state.id, state as unknown as StateRow);
    for (const bloc of facts.blocs) loaders.blocByCode.prime(bloc.code, bloc as unknown as BlocRow);
    const entries = computeExposure(facts, { withdrawing, from });
    const left = from ?? [...new Set(facts.memberships.filter((m) => m.state === withdrawing).map((m) => m.bloc))].sort();
    return { withdrawing, from: left, asOf, entries };
  },

  path: async (_parent, args, { runner, loaders, today }) => {
    const asOf = parseDateArgument(args.asOf, 'asOf', today);
    const maxHops = args.maxHops ?? 3;
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 4) throw badInput(`maxHops: ${maxHops} is out of range; expected 1 to 4`, 'maxHops', maxHops);
    const from = upper(args.from);
    const to = upper(args.to);
    const rows = await runner.read('path', { from, to, maxHops, asOf });
    if (rows.length === 0) await assertStatesExist(loaders, { from, to });
    return rows as unknown as AlliancePathRow[];
  },

  blocOverlap: async (_parent, args, { runner, loaders, today }) => {
    const asOf = parseDateArgument(args.asOf, 'asOf', today);
    const [a, b] = await Promise.all([loaders.blocByCode.load(upper(args.a)), loaders.blocByCode.load(upper(args.b))]);
    if (!a) throw badInput(`a: unknown bloc code "${args.a}"`, 'a', args.a);
    if (!b) throw badInput(`b: unknown bloc code "${args.b}"`, 'b', args.b);
    const rows = await runner.read('bloc-overlap', { a: a.code, b: b.code, asOf });
    return { a, b, asOf, states: rows.map((r) => r.state as StateRow) };
  },

  hedgers: async (_parent, args, { runner, today }) => {
    const asOf = parseDateArgument(args.asOf, 'asOf', today);
    const rows = await runner.read('hedgers', { campA: (args.campA ?? []).map(upper), campB: (args.campB ?? []).map(upper), asOf });
    return rows as unknown as HedgerRow[];
  },
};

async function assertStatesExist(loaders: { stateById: { load(id: string): Promise<StateRow | null> } }, ids: Record<string, string>) {
  for (const [argument, id] of Object.entries(ids)) {
    if (!(await loaders.stateById.load(id))) throw badInput(`${argument}: unknown state id "${id}"`, argument, id);
  }
}
