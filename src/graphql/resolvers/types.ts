/** Field resolvers of the object types: one-liners over rows and batch loaders. */
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { parseDateArgument } from '../errors.js';
import type { BlocRow, StateRow } from '../rows.js';

const bool = (value: boolean | null | undefined) => value === true;

export const State: Resolvers['State'] = {
  unMember: (s) => bool(s.unMember),
  nuclearArmed: (s) => bool(s.nuclearArmed),
  p5: (s) => bool(s.p5),
  memberships: (s, { asOf }, { loaders, today }) =>
    loaders.membershipsByState.load({ id: s.id, asOf: parseDateArgument(asOf, 'asOf', today) }),
  allies: (s, { asOf }, { loaders, today }) =>
    loaders.alliesByState.load({ id: s.id, asOf: parseDateArgument(asOf, 'asOf', today) }),
};

export const Bloc: Resolvers['Bloc'] = {
  kind: (b) => b.kind as never,
  mutualDefence: (b) => bool(b.mutualDefence),
  obligations: (b) => b.obligations ?? [],
  members: (b, { asOf, status }, { loaders, today }) =>
    loaders.membersByBloc.load({ id: b.code, asOf: parseDateArgument(asOf, 'asOf', today), statuses: status ?? null }),
};

export const Membership: Resolvers['Membership'] = {
  state: (m) => m.state,
  bloc: (m) => m.bloc,
  status: (m) => m.membership.status as never,
  since: (m) => m.membership.since ?? null,
  until: (m) => m.membership.until ?? null,
  role: (m) => m.membership.role ?? null,
  source: (m) => m.membership.source ?? '',
  note: (m) => m.membership.note ?? null,
};

export const ExposureReport: Resolvers['ExposureReport'] = {
  withdrawing: async (r, _args, { loaders }) => (await loaders.stateById.load(r.withdrawing))!,
  from: async (r, _args, { loaders }) =>
    (await loaders.blocByCode.loadMany(r.from)).filter((b): b is BlocRow => b !== null && !(b instanceof Error)),
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
