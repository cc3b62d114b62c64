/** Field resolvers of the object types: one-liners over rows and batch loaders. */
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { parseDateArgument } from '../errors.js';
import { diffMemberships, type MembershipDiff } from '../../domain/diff.js';
import { describeChange, type ScenarioChangeInput } from '../../domain/scenario.js';
import type { Loaders } from '../loaders.js';
import { leanMembers } from '../lookAhead.js';
import { paginate } from '../pagination.js';
import type { Context } from '../context.js';
import type { BlocRow, MembershipRow, MilexRow, StateEdgeRow, StateRow } from '../rows.js';
import { factsUnder, resolveScenario, type ResolvedScenario } from '../scenarioInput.js';

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
    return s.milexLatestYear == null || s.milexLatestUsdBn == null ? null : { usdBn: s.milexLatestUsdBn, year: s.milexLatestYear, source: s.milexLatestSource ?? '' };
  }
  return loaders.milexByState.load({ id: s.id, year });
}

export const Succession: Resolvers['Succession'] = {
  kind: (r) => r.kind.toUpperCase() as never,
};

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
  memberships: async (s, { asOf, scenario }, { loaders, today }) => {
    const date = parseDateArgument(asOf, 'asOf', today);
    const rows = await loaders.membershipsByState.load({ id: s.id, asOf: date });
    const resolved = await resolveScenario(scenario, loaders);
    if (!resolved) return rows;
    const { baseline, facts } = await factsUnder(date, resolved, loaders, { states: [s.id], blocs: [] });
    return overlayMemberships(rows, diffMemberships(baseline, facts, (m) => m.state === s.id), resolved, loaders);
  },
  allies: (s, { asOf }, { loaders, today }) =>
    loaders.alliesByState.load({ id: s.id, asOf: parseDateArgument(asOf, 'asOf', today) }),
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
  level: (e) => e.edge.level as never,
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
  kind: (b) => b.kind as never,
  mutualDefence: (b, { asOf }, { today }) => {
    const day = parseDateArgument(asOf, 'asOf', today);
    return holds(b.defenceSince, b.dissolved, day);
  },
  obligations: (b) => b.obligations ?? [],
  members: async (b, { asOf, status, scenario }, { loaders, today }, info) => {
    const date = parseDateArgument(asOf, 'asOf', today);
    const resolved = await resolveScenario(scenario, loaders);
    // A lean selection reads what a look-ahead primed as lean, if it did (else full rows, a superset).
    if (!resolved) return loaders.membersByBloc.load({ id: b.code, asOf: date, statuses: status ?? null, lean: leanMembers(info.fieldNodes) });
    const rows = await loaders.membersByBloc.load({ id: b.code, asOf: date, statuses: null });
    const { baseline, facts } = await factsUnder(date, resolved, loaders, { states: [], blocs: [b.code] });
    const overlaid = await overlayMemberships(rows, diffMemberships(baseline, facts, (m) => m.bloc === b.code), resolved, loaders);
    return status ? overlaid.filter((m) => status.includes(m.membership.status as never)) : overlaid;
  },
  membersConnection: async (b, { first, after, asOf, status }, { loaders, today }) => {
    const rows = await loaders.membersByBloc.load({ id: b.code, asOf: parseDateArgument(asOf, 'asOf', today), statuses: status ?? null });
    return paginate(rows, (m) => `${m.state.id}|${m.membership.since ?? ''}|${m.membership.status}`, first, after);
  },
  around: (b, { asOf }, { loaders, today }) => loaders.aroundBloc.load({ id: b.code, asOf: parseDateArgument(asOf, 'asOf', today) }),
  memberChanges: async (b, { asOf, scenario }, { loaders, today }) => {
    const date = parseDateArgument(asOf, 'asOf', today);
    const resolved = await resolveScenario(scenario, loaders);
    if (!resolved) return [];
    const { baseline, facts } = await factsUnder(date, resolved, loaders, { states: [], blocs: [b.code] });
    const diffs = diffMemberships(baseline, facts, (m) => m.bloc === b.code);
    return Promise.all(diffs.map(async (d) => ({ state: (await loaders.stateById.load(d.state))!, before: d.before, after: d.after })));
  },
};

/**
 * The stored rows with a scenario's membership changes laid over them: removed rows go, changed statuses change,
 * new memberships appear with `since` null and the scenario as their source. Nothing is written.
 */
async function overlayMemberships(rows: MembershipRow[], diffs: MembershipDiff[], scenario: ResolvedScenario, loaders: Loaders): Promise<MembershipRow[]> {
  const key = (state: string, bloc: string) => `${state}|${bloc}`;
  const byKey = new Map(diffs.map((d) => [key(d.state, d.bloc), d]));
  const source = `scenario: ${scenario.written.join('; ')}`;
  const kept = rows.flatMap((row) => {
    const d = byKey.get(key(row.state.id, row.bloc.code));
    if (!d) return [row];
    if (d.after === null) return [];
    return [{ ...row, membership: { ...row.membership, status: d.after, since: null, until: null, source, note: `was ${d.before}` } }];
  });
  const added = await Promise.all(
    diffs
      .filter((d) => d.before === null && d.after !== null)
      .map(async (d) => {
        const [state, bloc] = await Promise.all([loaders.stateById.load(d.state), loaders.blocByCode.load(d.bloc)]);
        return state && bloc ? [{ state, bloc, membership: { status: d.after!, since: null, until: null, source, note: 'joins under the scenario' } }] : [];
      }),
  );
  return [...kept, ...added.flat()].sort((a, b) => a.state.name.localeCompare(b.state.name));
}

export const Membership: Resolvers['Membership'] = {
  state: (m) => m.state,
  bloc: (m) => m.bloc,
  status: (m) => m.membership.status as never,
  since: (m) => m.membership.since ?? null,
  sincePrecision: (m) => m.membership.sincePrecision ?? null,
  until: (m) => m.membership.until ?? null,
  role: (m) => m.membership.role ?? null,
  obligations: (m) => m.membership.obligations ?? null,
  source: (m) => m.membership.source ?? '',
  note: (m) => m.membership.note ?? null,
};

export const ExposureDelta: Resolvers['ExposureDelta'] = {
  state: async (d, _args, { loaders }) => (await loaders.stateById.load(d.stateId)) as StateRow,
  baselineLevel: (d) => d.baselineLevel as never,
  level: (d) => d.level as never,
};

export const Scenario: Resolvers['Scenario'] = {
  changes: (s) => [...s.changes].sort((a, b) => (a.order ?? 0) - (b.order ?? 0)),
};

export const ScenarioChange: Resolvers['ScenarioChange'] = {
  type: (c) => c.type as never,
  text: (c) => describeChange(c as ScenarioChangeInput),
  status: (c) => (c.status ?? null) as never,
};

export const MembershipChange: Resolvers['MembershipChange'] = {
  before: (m) => m.before as never,
  after: (m) => m.after as never,
};

export const ExposureReport: Resolvers['ExposureReport'] = {
  withdrawing: async (r, _args, { loaders }) => (await loaders.stateById.load(r.withdrawing))!,
  from: async (r, _args, { loaders }) =>
    (await loaders.blocByCode.loadMany(r.from)).filter((b): b is BlocRow => b !== null && !(b instanceof Error)),
  entriesConnection: (r, { first, after }) => paginate(r.entries, (e) => e.stateId, first, after),
};

export const Exposure: Resolvers['Exposure'] = {
  state: async (e, _args, { loaders }) => (await loaders.stateById.load(e.stateId)) as StateRow,
  level: (e) => e.level as never,
};

export const ExposureReason: Resolvers['ExposureReason'] = {
  bloc: (r, _args, { loaders }) => (r.bloc ? loaders.blocByCode.load(r.bloc) : null),
  counterpart: (r, _args, { loaders }) => (r.counterpart ? loaders.stateById.load(r.counterpart) : null),
  edge: (r) => r.edge ?? null,
};

export const PathStep: Resolvers['PathStep'] = {
  fromStatus: (s) => s.fromStatus as never,
  toStatus: (s) => s.toStatus as never,
};

export const Hedger: Resolvers['Hedger'] = {
  campA: (h) => h.campA.map((t) => ({ membership: t.membership, bloc: t.bloc, state: h.state })),
  campB: (h) => h.campB.map((t) => ({ membership: t.membership, bloc: t.bloc, state: h.state })),
};
