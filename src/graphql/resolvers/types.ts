/** Field resolvers of the object types: one-liners over rows and batch loaders. */
import type { BlocRow, MilexRow, StateEdgeRow, StateRow } from '../../db/rows.js';
import { describeChange } from '../../domain/scenario.js';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import type { Context } from '../context.js';
import { parseDateArgument } from '../errors.js';
import { blocMembersKey, type Loaders } from '../loaders.js';
import { leanMembers } from '../lookAhead.js';
import { paginate } from '../pagination.js';
import { FIRST_DAY } from '../../service/exposureService.js';

const bool = (value: boolean | null | undefined) => value === true;

/** Does a period [since, until) hold on a day? No since: the state never had it. */
const holds = (since: string | null | undefined, until: string | null | undefined, day: string): boolean =>
  !!since && since <= day && (!until || until > day);

/**
 * The figure of the year of `asOf` (default today), or of the latest year before it. The state's row carries its latest
 * figure (milexLatest*): enough for today and any later year; an earlier year reads the series, one batched load a request.
 */
async function milexOf(s: StateRow, asOf: string | null | undefined, { loaders, today }: Context): Promise<MilexRow | null> {
  const year = Number(parseDateArgument(asOf, 'asOf', today).slice(0, 4));
  if (s.milexLatestYear == null || year >= s.milexLatestYear) {
    return s.milexLatestYear == null || s.milexLatestUsdBn == null
      ? null
      : { usdBn: s.milexLatestUsdBn, year: s.milexLatestYear, source: s.milexLatestSource ?? '' };
  }
  return loaders.milexByState.load({ id: s.id, year });
}

export const State: Resolvers['State'] = {
  unMember: (s) => bool(s.unMember),
  nuclearArmed: (s, { asOf }, { today }) => holds(s.nuclearSince, s.nuclearUntil, parseDateArgument(asOf, 'asOf', today)),
  p5: (s, { asOf }, { today }) => holds(s.p5Since, s.p5Until, parseDateArgument(asOf, 'asOf', today)),
  milexUsdBn: async (s, { asOf }, context) => (await milexOf(s, asOf, context))?.usdBn ?? null,
  milexYear: async (s, { asOf }, context) => (await milexOf(s, asOf, context))?.year ?? null,
  milexSource: async (s, { asOf }, context) => {
    const m = await milexOf(s, asOf, context);
    return m ? (m.locator ? `${m.source} (${m.locator})` : m.source) : null;
  },
  successors: async (s, _args, { loaders }) => (await loaders.successionsByState.load(s.id)).successors,
  predecessors: async (s, _args, { loaders }) => (await loaders.successionsByState.load(s.id)).predecessors,
  memberships: async (s, { asOf, scenario }, { loaders, today, exposure }) => {
    const date = parseDateArgument(asOf, 'asOf', today);
    const rows = await loaders.membershipsByState.load({ id: s.id, asOf: date });
    const changed = await exposure.membershipDiffs(date, scenario, { states: [s.id], blocs: [] }, (m) => m.state === s.id);
    return changed ? exposure.overlayMemberships(rows, changed.scenario, changed.diffs) : rows;
  },
  allies: (s, { asOf }, { loaders, today }) => loaders.alliesByState.load({ id: s.id, asOf: parseDateArgument(asOf, 'asOf', today) }),
  threats: edgesOf('PERCEIVES_THREAT', 'from'),
  perceivedAsThreatBy: edgesOf('PERCEIVES_THREAT', 'to'),
  umbrellas: edgesOf('EXTENDS_DETERRENCE', 'to'),
  extendsDeterrenceTo: edgesOf('EXTENDS_DETERRENCE', 'from'),
  forcesHosted: edgesOf('HOSTS_FORCES_OF', 'from'),
  forcesAbroad: edgesOf('HOSTS_FORCES_OF', 'to'),
};

/**
 * A State field listing the edges of one type at one end of it. All six such fields of every state a request
 * names read one batched load per date (loaders.edgesByState), whatever they ask for.
 */
function edgesOf(type: StateEdgeRow['type'], end: 'from' | 'to') {
  return async (s: StateRow, { asOf }: { asOf?: string | null }, { loaders, today }: Context): Promise<StateEdgeRow[]> => {
    const rows = await loaders.edgesByState.load({ id: s.id, asOf: parseDateArgument(asOf, 'asOf', today) });
    return rows.filter((r) => r.type === type && r[end].id === s.id);
  };
}

/** The fields ThreatPerception, Deterrence and ForcesStationed share. */
const edgeCitation = {
  source: (e: StateEdgeRow) => e.edge.source ?? '',
  note: (e: StateEdgeRow) => e.edge.note ?? null,
};

export const ThreatPerception: Resolvers['ThreatPerception'] = {
  state: (e) => e.from,
  threat: (e) => e.to,
  level: (e) => {
    if (!e.edge.level) throw new Error(`PERCEIVES_THREAT ${e.from.id}->${e.to.id} has no level (npm run data:check refuses that)`);
    return e.edge.level;
  },
  since: (e) => e.edge.since ?? null,
  until: (e) => e.edge.until ?? null,
  ...edgeCitation,
};

export const Deterrence: Resolvers['Deterrence'] = {
  guarantor: (e) => e.from,
  protected: (e) => e.to,
  via: (e) => e.via,
  since: (e) => e.edge.since ?? null,
  until: (e) => e.edge.until ?? null,
  ...edgeCitation,
};

export const ForcesStationed: Resolvers['ForcesStationed'] = {
  host: (e) => e.from,
  foreign: (e) => e.to,
  since: (e) => e.edge.since ?? null,
  until: (e) => e.edge.until ?? null,
  ...edgeCitation,
};

export const Bloc: Resolvers['Bloc'] = {
  mutualDefence: (b, { asOf }, { today }) => {
    const day = parseDateArgument(asOf, 'asOf', today);
    return holds(b.defenceSince, b.dissolved, day);
  },
  obligations: (b) => b.obligations ?? [],
  members: async (b, { asOf, status, scenario }, { loaders, today, exposure }, info) => {
    const date = parseDateArgument(asOf, 'asOf', today);
    const changed = await exposure.membershipDiffs(date, scenario, { states: [], blocs: [b.code] }, (m) => m.bloc === b.code);
    // A lean selection reads what a look-ahead primed as lean, if it did (else full rows, a superset).
    if (!changed)
      return loaders.membersByBloc.load(
        blocMembersKey(b.code, { asOf: date, statuses: status ?? null, lean: leanMembers(info.fieldNodes) }),
      );
    const rows = await loaders.membersByBloc.load(blocMembersKey(b.code, { asOf: date, statuses: null, lean: false }));
    const overlaid = await exposure.overlayMemberships(rows, changed.scenario, changed.diffs);
    return status ? overlaid.filter((m) => status.includes(m.membership.status)) : overlaid;
  },
  membersConnection: async (b, { first, after, asOf, status }, { loaders, today }) => {
    const rows = await loaders.membersByBloc.load(
      blocMembersKey(b.code, { asOf: parseDateArgument(asOf, 'asOf', today), statuses: status ?? null, lean: false }),
    );
    return paginate(rows, (m) => `${m.state.id}|${m.membership.since ?? ''}|${m.membership.status}`, first, after);
  },
  around: (b, { asOf }, { loaders, today }) => loaders.aroundBloc.load({ id: b.code, asOf: parseDateArgument(asOf, 'asOf', today) }),
  memberChanges: async (b, { asOf, scenario }, { loaders, today, exposure }) => {
    const changed = await exposure.membershipDiffs(
      parseDateArgument(asOf, 'asOf', today),
      scenario,
      { states: [], blocs: [b.code] },
      (m) => m.bloc === b.code,
    );
    const diffs = changed?.diffs ?? [];
    const source = changed ? `scenario: ${changed.scenario.written.join('; ')}` : null;
    return Promise.all(
      diffs.map(async (d) => ({
        state: await stateOf(d.state, loaders),
        bloc: b,
        kind: d.before === null ? ('JOINED' as const) : d.after === null ? ('LEFT' as const) : ('STATUS_CHANGED' as const),
        before: d.before,
        after: d.after,
        date: null,
        datePrecision: null,
        source,
        note: null,
      })),
    );
  },
  sizeTimeline: async (b, { since, until, status }, { today, exposure }) =>
    exposure.blocSize(
      b.code,
      parseDateArgument(since, 'since', b.founded && b.founded > FIRST_DAY ? b.founded : FIRST_DAY),
      parseDateArgument(until, 'until', today),
      status ?? ['MEMBER'],
    ),
};

export const Membership: Resolvers['Membership'] = {
  state: (m) => m.state,
  bloc: (m) => m.bloc,
  status: (m) => m.membership.status,
  since: (m) => m.membership.since ?? null,
  sincePrecision: (m) => m.membership.sincePrecision ?? null,
  until: (m) => m.membership.until ?? null,
  role: (m) => m.membership.role ?? null,
  obligations: (m) => m.membership.obligations ?? null,
  source: (m) => m.membership.source ?? '',
  note: (m) => m.membership.note ?? null,
};

export const ExposureDelta: Resolvers['ExposureDelta'] = {
  state: (d, _args, { loaders }) => stateOf(d.stateId, loaders),
};

export const Scenario: Resolvers['Scenario'] = {
  changes: (s) => [...s.changes].sort((a, b) => (a.order ?? 0) - (b.order ?? 0)),
};

export const ScenarioChange: Resolvers['ScenarioChange'] = {
  text: (c) => describeChange(c),
};

export const ExposureReport: Resolvers['ExposureReport'] = {
  withdrawing: (r, _args, { loaders }) => stateOf(r.withdrawing, loaders),
  from: async (r, _args, { loaders }) =>
    (await loaders.blocByCode.loadMany(r.from)).filter((b): b is BlocRow => b !== null && !(b instanceof Error)),
  entriesConnection: (r, { first, after }) => paginate(r.entries, (e) => e.stateId, first, after),
};

export const Exposure: Resolvers['Exposure'] = {
  state: (e, _args, { loaders }) => stateOf(e.stateId, loaders),
};

export const ExposureReason: Resolvers['ExposureReason'] = {
  bloc: (r, _args, { loaders }) => (r.bloc ? loaders.blocByCode.load(r.bloc) : null),
  counterpart: (r, _args, { loaders }) => (r.counterpart ? loaders.stateById.load(r.counterpart) : null),
  edge: (r) => r.edge ?? null,
};

export const AllianceNetwork: Resolvers['AllianceNetwork'] = {
  articulationPoints: (n, _args, { loaders }) => Promise.all(n.articulationPoints.map((id) => stateOf(id, loaders))),
  communities: (n, _args, { loaders }) => Promise.all(n.communities.map((ids) => Promise.all(ids.map((id) => stateOf(id, loaders))))),
};

export const StateCentrality: Resolvers['StateCentrality'] = {
  state: (c, _args, { loaders }) => stateOf(c.state, loaders),
};

export const NetworkTie: Resolvers['NetworkTie'] = {
  a: (t, _args, { loaders }) => stateOf(t.a, loaders),
  b: (t, _args, { loaders }) => stateOf(t.b, loaders),
  blocs: async (t, _args, { loaders }) =>
    (await loaders.blocByCode.loadMany(t.blocs)).filter((b): b is BlocRow => b !== null && !(b instanceof Error)),
};

export const Hedger: Resolvers['Hedger'] = {
  campA: (h) => h.campA.map((t) => ({ membership: t.membership, bloc: t.bloc, state: h.state })),
  campB: (h) => h.campB.map((t) => ({ membership: t.membership, bloc: t.bloc, state: h.state })),
};

/** A state the answer names by id: it exists (the computation found it in the graph), so its absence is a bug. */
async function stateOf(id: string, loaders: Loaders): Promise<StateRow> {
  const state = await loaders.stateById.load(id);
  if (!state) throw new Error(`State ${id} is named by an answer but not in the graph`);
  return state;
}
