/** Query root: validate arguments, read through the named queries, shape rows. No Cypher here. */
import { GraphQLError } from 'graphql';
import { refusalOf, refusalOfMissing } from '../../db/adHocPolicy.js';
import { QueryRejectedError } from '../../db/errors.js';
import { QUERIES } from '../../db/queries.js';
import type { StateRow } from '../../db/rows.js';
import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { badInput, parseDateArgument } from '../errors.js';
import { blocMembersKey } from '../loaders.js';
import { blocMembersSelection, stateMembershipsSelection } from '../lookAhead.js';
import { paginate } from '../pagination.js';
import { FIRST_DAY, type ExposureService } from '../../service/exposureService.js';

const upper = (value: string) => value.trim().toUpperCase();

export const Query: QueryResolvers = {
  state: async (_parent, { id }, { loaders, runner, today }, info) => {
    const key = upper(id);
    // When the client asks for the state's memberships (and their blocs' members), fetch them all in one round
    // trip and hand them to the loaders that State.memberships and Bloc.members read from.
    const selection = stateMembershipsSelection(info, today);
    if (!selection) return loaders.stateById.load(key);
    const { asOf, members } = selection;
    const [row] = await runner.read(QUERIES.stateWithMemberships, {
      id: key,
      asOf,
      membersAsOf: members?.asOf ?? null,
      statuses: members?.statuses ?? null,
      lean: members?.lean ?? false,
    });
    if (!row) return null;
    const { state, memberships } = row;
    loaders.stateById.prime(key, state);
    loaders.membershipsByState.prime(
      { id: key, asOf },
      memberships.map(({ membership, bloc }) => ({ membership, bloc, state })),
    );
    if (members) {
      for (const { bloc, members: rows } of memberships) {
        loaders.blocByCode.prime(bloc.code, bloc);
        loaders.membersByBloc.prime(
          blocMembersKey(bloc.code, members),
          rows.map((m) => ({ ...m, bloc })),
        );
      }
    }
    return state;
  },

  states: async (_parent, { region, asOf }, { runner, today }) =>
    (await runner.read(QUERIES.states, { region: region ?? null, asOf: parseDateArgument(asOf, 'asOf', today) })).map((r) => r.state),

  bloc: async (_parent, { code }, { loaders, runner, today }, info) => {
    const id = upper(code);
    // When the client asks for the bloc's members too, fetch both in one round trip and hand the members to
    // the loader that Bloc.members reads from.
    const members = blocMembersSelection(info, today);
    if (!members) return loaders.blocByCode.load(id);
    const [row] = await runner.read(QUERIES.blocWithMembers, {
      code: id,
      asOf: members.asOf,
      statuses: members.statuses,
      lean: members.lean,
    });
    if (!row) return null;
    const { bloc } = row;
    loaders.blocByCode.prime(id, bloc);
    const rows = row.members.map((m) => ({ ...m, bloc }));
    loaders.membersByBloc.prime(blocMembersKey(id, members), rows);
    return bloc;
  },

  blocs: async (_parent, { kind }, { runner }) => (await runner.read(QUERIES.blocs, { kind: kind ?? null })).map((r) => r.bloc),
  // The connections read what the plain lists read, in the same one round trip, and page it (pagination.ts).
  blocsConnection: async (_parent, { kind, first, after }, { runner }) => {
    const rows = (await runner.read(QUERIES.blocs, { kind: kind ?? null })).map((r) => r.bloc);
    return paginate(rows, (b) => b.code, first, after);
  },
  statesConnection: async (_parent, { region, asOf, first, after }, { runner, today }) => {
    const rows = (await runner.read(QUERIES.states, { region: region ?? null, asOf: parseDateArgument(asOf, 'asOf', today) })).map(
      (r) => r.state,
    );
    return paginate(rows, (s) => s.id, first, after);
  },

  exposure: async (_parent, args, { loaders, today, exposure }) => {
    const { report, baseline, facts } = await exposure.exposure({
      withdrawing: args.withdrawing,
      from: args.from,
      asOf: parseDateArgument(args.asOf, 'asOf', today),
      scenario: args.scenario,
    });
    // The facts carry every state and bloc the report names: resolving their fields costs no further round trip.
    // Blocs a scenario forms exist only in this request's facts, so they are primed from there too.
    for (const state of baseline.states) loaders.stateById.prime(state.id, state);
    for (const bloc of facts.blocs) loaders.blocByCode.prime(bloc.code, bloc);
    return report;
  },

  scenarios: async (_parent, _args, { runner }) =>
    (await runner.read(QUERIES.scenarios, { ids: null })).map((r) => ({ ...r.scenario, changes: r.changes })),

  scenario: (_parent, { id }, { loaders }) => loaders.scenarioById.load(id.trim().toLowerCase()),

  cypher: async (_parent, { query, params }, { runner, adHoc }) => {
    // Neutral: whether the server has a key at all is nobody's business but its operator's.
    if (!adHoc.enabled) throw new GraphQLError('The cypher field is not available on this server', { extensions: { code: 'FORBIDDEN' } });
    if (!adHoc.authorized) {
      throw new GraphQLError('The cypher field needs the header Authorization: Bearer <API_KEY>', {
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
    if (params !== null && params !== undefined && (typeof params !== 'object' || Array.isArray(params))) {
      throw badInput('params: expected a JSON object of query parameters', 'params', params);
    }
    const parameters = (params ?? {}) as Record<string, unknown>;
    // Decided by Neo4j's plan of the statement, not by its text (adHocPolicy.ts).
    const plan = await runner.explain(query, parameters).catch((error: unknown) => {
      // An APOC name the database does not load (not on its allowlist) is refused as such, not as a typo.
      const missing = error instanceof QueryRejectedError ? refusalOfMissing(error.code, error.message) : null;
      throw missing ? badInput(`query: ${missing}`, 'query', null) : error;
    });
    const refusal = refusalOf(plan);
    if (refusal) throw badInput(`query: ${refusal}`, 'query', null);
    const { rows, truncated } = await runner.readStatement(query, parameters, {
      userSupplied: true,
      maxRows: adHoc.maxRows,
      maxBytes: adHoc.maxBytes,
      timeoutMs: adHoc.timeoutMs,
    });
    return { columns: rows[0] ? Object.keys(rows[0]) : [], rows, truncated };
  },

  path: async (_parent, args, { runner, loaders, today }) => {
    const asOf = parseDateArgument(args.asOf, 'asOf', today);
    const maxHops = args.maxHops ?? 3;
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 4)
      throw badInput(`maxHops: ${maxHops} is out of range; expected 1 to 4`, 'maxHops', maxHops);
    const from = upper(args.from);
    const to = upper(args.to);
    const rows = await runner.read(QUERIES.path, { from, to, maxHops, asOf });
    if (rows.length === 0) await assertStatesExist(loaders, { from, to });
    return rows;
  },

  blocOverlap: async (_parent, args, { runner, loaders, today }) => {
    const asOf = parseDateArgument(args.asOf, 'asOf', today);
    const [a, b] = await Promise.all([loaders.blocByCode.load(upper(args.a)), loaders.blocByCode.load(upper(args.b))]);
    if (!a) throw badInput(`a: unknown bloc code "${args.a}"`, 'a', args.a);
    if (!b) throw badInput(`b: unknown bloc code "${args.b}"`, 'b', args.b);
    const rows = await runner.read(QUERIES.blocOverlap, { a: a.code, b: b.code, asOf });
    return { a, b, asOf, states: rows.map((r) => r.state) };
  },

  hedgers: async (_parent, args, { runner, today }) => {
    const asOf = parseDateArgument(args.asOf, 'asOf', today);
    return runner.read(QUERIES.hedgers, { campA: (args.campA ?? []).map(upper), campB: (args.campB ?? []).map(upper), asOf });
  },

  exposureTimeline: async (_parent, args, { loaders, today, exposure }) => {
    const { points, dated } = await exposure.timeline({
      withdrawing: args.withdrawing,
      state: args.state,
      from: args.from,
      since: parseDateArgument(args.since, 'since', FIRST_DAY),
      until: parseDateArgument(args.until, 'until', today),
    });
    // The dated facts hold every state and bloc the reasons name: their fields cost no further round trip.
    for (const { milex: _series, ...state } of dated.states) loaders.stateById.prime(state.id, state);
    for (const bloc of dated.blocs) loaders.blocByCode.prime(bloc.code, bloc);
    return points;
  },

  changes: (_parent, args, { exposure }) => changesOf(args, exposure),
  // The connection pages what `changes` answers, read the same way.
  changesConnection: async (_parent, args, { exposure }) =>
    paginate(
      await changesOf(args, exposure),
      (c) => `${c.date ?? ''}|${c.bloc?.code ?? ''}|${c.state.id}|${c.kind}`,
      args.first,
      args.after,
    ),

  network: (_parent, args, { today, exposure }) =>
    exposure.network(parseDateArgument(args.asOf, 'asOf', today), args.obligations?.length ? args.obligations : ['DEFENCE'], args.scenario),

  scenarioCost: async (_parent, args, { loaders, today, exposure }) => {
    const { report, baseline, facts } = await exposure.scenarioCost(args.scenario, parseDateArgument(args.asOf, 'asOf', today));
    // As for exposure: the world's facts name every state and bloc of the report (FORMed blocs only in the scenario's).
    for (const state of baseline.states) loaders.stateById.prime(state.id, state);
    for (const bloc of facts.blocs) loaders.blocByCode.prime(bloc.code, bloc);
    return report;
  },
};

/** `changes` and `changesConnection` share their arguments (since and until are required: no default day). */
function changesOf(args: { since: string; until: string; bloc?: string | null; state?: string | null }, exposure: ExposureService) {
  return exposure.changes(
    parseDateArgument(args.since, 'since', ''),
    parseDateArgument(args.until, 'until', ''),
    args.bloc ?? null,
    args.state ?? null,
  );
}

async function assertStatesExist(loaders: { stateById: { load(id: string): Promise<StateRow | null> } }, ids: Record<string, string>) {
  for (const [argument, id] of Object.entries(ids)) {
    if (!(await loaders.stateById.load(id))) throw badInput(`${argument}: unknown state id "${id}"`, argument, id);
  }
}
