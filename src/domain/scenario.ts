/**
 * What-if scenarios (docs/graphql-contract.md, "Scenarios"): a list of changes applied as an overlay on a copy of the facts of one
 * date. The input is never mutated and nothing is written to the graph, so concurrent users cannot see each
 * other's what-ifs. Changes apply in order; each is checked against the facts as the earlier ones left them.
 *
 *   WITHDRAW(state)          leaves every bloc and treaty, AND ends every nuclear umbrella it extends or receives
 *                            and every forces deployment it sends or hosts (a withdrawal from all commitments).
 *   WITHDRAW(state, bloc)    leaves that bloc (any status). Umbrellas `via` that bloc between the state and the
 *                            bloc's other members end. Umbrellas without `via` and stationed forces between the
 *                            state and a member it was bound to through this defence bloc end when the two no
 *                            longer share any defence bloc (forces ride on a commitment; they leave with the last).
 *   FREEZE(state, bloc)      a MEMBER becomes FROZEN (a dormant guarantee: 25%). Umbrellas and forces stay (the
 *                            Russian base in Gyumri stayed when Armenia froze its CSTO participation).
 *   JOIN(state, bloc, st?)   joins with status st (default MEMBER), or changes its status if already in.
 *                            No umbrella or forces are created by joining.
 *   DISSOLVE(bloc)           the bloc is gone: inactive, no memberships; the same umbrella/forces rule as WITHDRAW
 *                            applies to every pair of its members.
 *   FORM(code, name?, states, mutualDefence?)  a new bloc of MEMBERs. mutualDefence (default false) makes it a
 *                            MILITARY_ALLIANCE with DEFENCE + CONSULTATION obligations, otherwise a
 *                            SECURITY_PARTNERSHIP with CONSULTATION only.
 *   END_TREATY(bloc)         the treaty's obligations end (mutualDefence false, no obligations) but the grouping and
 *                            its memberships stay: a forum. Same umbrella/forces rule as DISSOLVE.
 *
 * Errors (ScenarioError, naming the change and the value): unknown state or bloc, WITHDRAW from or FREEZE in a
 * bloc the state is not in, FREEZE of a non-member status, JOIN of an inactive bloc or with an unknown status, FORM
 * with an existing code or fewer than two states. Harmless repeats (FREEZE of a frozen member, JOIN with the status
 * it has, DISSOLVE or END_TREATY of a bloc that is already so) are no-ops, so stored scenarios stay valid over time.
 */
import { ScenarioError } from './errors.js';

export { ScenarioError } from './errors.js';
import type { BlocFact, GraphFacts, MembershipStatus } from './facts.js';
import { MEMBERSHIP_STATUSES } from './facts.js';
import { FactIndex, findBloc, findState, isDefenceBloc, statusFactor } from './model.js';

export type ScenarioChange =
  | { type: 'WITHDRAW'; state: string; bloc?: string | null }
  | { type: 'FREEZE'; state: string; bloc: string }
  | { type: 'JOIN'; state: string; bloc: string; status?: MembershipStatus | null }
  | { type: 'DISSOLVE'; bloc: string }
  | { type: 'FORM'; code: string; name?: string | null; states: readonly string[]; mutualDefence?: boolean | null }
  | { type: 'END_TREATY'; bloc: string };

export type ScenarioChangeType = ScenarioChange['type'];

export const SCENARIO_CHANGE_TYPES: readonly ScenarioChangeType[] = ['WITHDRAW', 'FREEZE', 'JOIN', 'DISSOLVE', 'FORM', 'END_TREATY'];

/** A change as it arrives from GraphQL input or from a stored (:Scenario) in the graph: one flat object. */
export interface ScenarioChangeInput {
  type: string;
  state?: string | null;
  bloc?: string | null;
  status?: string | null;
  code?: string | null;
  name?: string | null;
  states?: readonly string[] | null;
  mutualDefence?: boolean | null;
}

/** The written form of a change, e.g. `WITHDRAW(USA, NATO)`, `FORM(ASIAN_NATO: USA, JPN, AUS, KOR)`. */
export function describeChange(change: ScenarioChange | ScenarioChangeInput): string {
  const c = change as ScenarioChangeInput;
  switch (c.type) {
    case 'WITHDRAW':
      return c.bloc ? `WITHDRAW(${c.state}, ${c.bloc})` : `WITHDRAW(${c.state})`;
    case 'FREEZE':
      return `FREEZE(${c.state}, ${c.bloc})`;
    case 'JOIN':
      return c.status ? `JOIN(${c.state}, ${c.bloc}, ${c.status})` : `JOIN(${c.state}, ${c.bloc})`;
    case 'DISSOLVE':
    case 'END_TREATY':
      return `${c.type}(${c.bloc})`;
    case 'FORM':
      return `FORM(${c.code}: ${(c.states ?? []).join(', ')}${c.mutualDefence ? ', mutual defence' : ''})`;
    default:
      return `${String(c.type)}(${[c.state, c.bloc, c.code].filter(Boolean).join(', ')})`;
  }
}

/** Checks a flat input's shape (type, required fields) and returns the typed change. */
export function toScenarioChange(input: ScenarioChangeInput, index?: number): ScenarioChange {
  const written = describeChange(input);
  const need = (field: 'state' | 'bloc' | 'code'): string => {
    const value = input[field];
    if (typeof value !== 'string' || value.trim() === '') {
      throw new ScenarioError(written, String(value ?? ''), `${input.type} needs a ${field}`, index);
    }
    return value;
  };
  switch (input.type) {
    case 'WITHDRAW':
      return { type: 'WITHDRAW', state: need('state'), bloc: input.bloc ?? null };
    case 'FREEZE':
      return { type: 'FREEZE', state: need('state'), bloc: need('bloc') };
    case 'JOIN': {
      const status = input.status ?? null;
      if (status !== null && !(MEMBERSHIP_STATUSES as readonly string[]).includes(status)) {
        throw new ScenarioError(written, status, `unknown membership status "${status}"`, index);
      }
      return { type: 'JOIN', state: need('state'), bloc: need('bloc'), status: status as MembershipStatus | null };
    }
    case 'DISSOLVE':
      return { type: 'DISSOLVE', bloc: need('bloc') };
    case 'END_TREATY':
      return { type: 'END_TREATY', bloc: need('bloc') };
    case 'FORM':
      return {
        type: 'FORM',
        code: need('code'),
        name: input.name ?? null,
        states: [...(input.states ?? [])],
        mutualDefence: input.mutualDefence ?? null,
      };
    default:
      throw new ScenarioError(
        written,
        String(input.type),
        `unknown change type "${String(input.type)}"; expected one of ${SCENARIO_CHANGE_TYPES.join(', ')}`,
        index,
      );
  }
}

/** The states and blocs a scenario's changes name (ids and codes as written). */
export function namedBy(changes: readonly ScenarioChange[]): { states: string[]; blocs: string[] } {
  const states: string[] = [];
  const blocs: string[] = [];
  for (const c of changes) {
    switch (c.type) {
      case 'WITHDRAW':
      case 'FREEZE':
      case 'JOIN':
        states.push(c.state);
        if (c.bloc) blocs.push(c.bloc);
        break;
      case 'DISSOLVE':
      case 'END_TREATY':
        blocs.push(c.bloc);
        break;
      case 'FORM':
        states.push(...c.states);
        blocs.push(c.code);
        break;
    }
  }
  return { states, blocs };
}

/**
 * The facts as if the changes were made. Pure: `facts` and `changes` are left untouched. The result shares the
 * records (and the state, threat and border lists) the changes leave alone, so treat it as read-only too.
 */
export function applyScenario(facts: GraphFacts, changes: readonly ScenarioChange[]): GraphFacts {
  const out = cloneFacts(facts);
  changes.forEach((change, index) => applyOne(out, change, index));
  return out;
}

/**
 * A copy whose lists of blocs, memberships, umbrellas and forces can be changed without touching the original.
 * Records are shared: every change below replaces a record (map/filter/push), never mutates one, so the cached
 * facts of a date stay as read. No change touches states, threats or borders: those lists are shared as they are
 * (FactIndex builds their lookups once per list).
 */
function cloneFacts(facts: GraphFacts): GraphFacts {
  return {
    ...facts,
    blocs: [...facts.blocs],
    memberships: [...facts.memberships],
    deterrence: [...facts.deterrence],
    forces: [...facts.forces],
  };
}

function applyOne(facts: GraphFacts, change: ScenarioChange, index: number): void {
  const written = describeChange(change);
  const fail = (value: string, reason: string): never => {
    throw new ScenarioError(written, value, reason, index);
  };
  const stateId = (id: string): string => findState(facts, id)?.id ?? fail(id, `unknown state "${id}"`);
  const bloc = (code: string): BlocFact => findBloc(facts, code) ?? fail(code, `unknown bloc "${code}"`);

  switch (change.type) {
    case 'WITHDRAW': {
      const s = stateId(change.state);
      if (change.bloc === null || change.bloc === undefined || change.bloc.trim() === '') {
        facts.memberships = facts.memberships.filter((m) => m.state !== s);
        facts.deterrence = facts.deterrence.filter((d) => d.guarantor !== s && d.protected !== s);
        facts.forces = facts.forces.filter((f) => f.host !== s && f.foreign !== s);
        return;
      }
      const b = bloc(change.bloc);
      if (!facts.memberships.some((m) => m.state === s && m.bloc === b.code)) {
        fail(change.bloc, `${s} is not a member of ${b.code} on ${facts.asOf}`);
      }
      const pairs = boundPairs(facts, b.code).filter(([x, y]) => x === s || y === s);
      facts.memberships = facts.memberships.filter((m) => !(m.state === s && m.bloc === b.code));
      dropEdgesRidingOn(facts, b.code, isDefenceBloc(b), pairs);
      return;
    }
    case 'FREEZE': {
      const s = stateId(change.state);
      const b = bloc(change.bloc);
      const own = facts.memberships.filter((m) => m.state === s && m.bloc === b.code);
      if (own.length === 0) fail(change.bloc, `${s} is not a member of ${b.code} on ${facts.asOf}`);
      if (own.some((m) => m.status === 'FROZEN')) return;
      const member = own.find((m) => m.status === 'MEMBER');
      if (!member)
        fail(change.state, `${s} is ${own.map((m) => m.status).join('/')} of ${b.code}, not a MEMBER: only a membership can be frozen`);
      facts.memberships = facts.memberships.map((m) => (m === member ? { ...m, status: 'FROZEN' } : m));
      return;
    }
    case 'JOIN': {
      const s = stateId(change.state);
      const b = bloc(change.bloc);
      const status = change.status ?? 'MEMBER';
      if (!(MEMBERSHIP_STATUSES as readonly string[]).includes(status)) fail(status, `unknown membership status "${status}"`);
      if (!b.active) fail(change.bloc, `${b.code} is dissolved on ${facts.asOf}`);
      const own = facts.memberships.filter((m) => m.state === s && m.bloc === b.code);
      if (own.length === 1 && own[0]?.status === status) return;
      facts.memberships = facts.memberships.filter((m) => !(m.state === s && m.bloc === b.code));
      facts.memberships.push({ state: s, bloc: b.code, status });
      return;
    }
    case 'DISSOLVE':
    case 'END_TREATY': {
      const b = bloc(change.bloc);
      // Already dissolved, or (END_TREATY) already without obligations: a true no-op, with no work done.
      if (!b.active) return;
      if (change.type === 'END_TREATY' && !b.mutualDefence && (b.obligations?.length ?? 0) === 0) return;
      const pairs = boundPairs(facts, b.code);
      if (change.type === 'DISSOLVE') {
        facts.blocs = facts.blocs.map((x) => (x.code === b.code ? { ...x, active: false } : x));
        facts.memberships = facts.memberships.filter((m) => m.bloc !== b.code);
      } else {
        facts.blocs = facts.blocs.map((x) => (x.code === b.code ? { ...x, mutualDefence: false, obligations: [] } : x));
      }
      dropEdgesRidingOn(facts, b.code, isDefenceBloc(b), pairs);
      return;
    }
    case 'FORM': {
      const code = change.code.trim().toUpperCase();
      if (code === '') fail(change.code, 'FORM needs a code');
      if (findBloc(facts, code)) fail(change.code, `bloc code "${code}" already exists`);
      const members = [...new Set(change.states.map(stateId))];
      if (members.length < 2) fail(change.states.join(', '), 'FORM needs at least two distinct states');
      const defence = change.mutualDefence === true;
      facts.blocs.push({
        code,
        name: change.name?.trim() || code,
        kind: defence ? 'MILITARY_ALLIANCE' : 'SECURITY_PARTNERSHIP',
        mutualDefence: defence,
        obligations: defence ? ['DEFENCE', 'CONSULTATION'] : ['CONSULTATION'],
        active: true,
      });
      for (const s of members) facts.memberships.push({ state: s, bloc: code, status: 'MEMBER' });
      return;
    }
  }
}

/**
 * Unordered pairs of states that a bloc binds (both MEMBER or FROZEN). Only these pairs can lose an umbrella or
 * forces when the bloc, or one's membership of it, goes.
 */
function boundPairs(facts: GraphFacts, code: string): Array<[string, string]> {
  const members = [...new Set(facts.memberships.filter((m) => m.bloc === code && statusFactor(m.status) > 0).map((m) => m.state))].sort();
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) pairs.push([members[i]!, members[j]!]);
  }
  return pairs;
}

/**
 * After `code` stopped binding `pairs`: umbrellas via `code` between them end. If `code` was a defence bloc,
 * umbrellas with no (or an unknown) `via` and stationed forces between them also end when the pair no longer
 * shares any defence bloc; forces stay while an umbrella still links the pair.
 */
function dropEdgesRidingOn(facts: GraphFacts, code: string, wasDefence: boolean, pairs: ReadonlyArray<[string, string]>): void {
  if (pairs.length === 0) return;
  const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const touched = new Set(pairs.map(([a, b]) => key(a, b)));
  const index = new FactIndex(facts);
  const knownBlocs = new Set(facts.blocs.map((b) => b.code));
  const unbound = (a: string, b: string) => !index.shareDefenceBloc(a, b);

  facts.deterrence = facts.deterrence.filter((d) => {
    if (!touched.has(key(d.guarantor, d.protected))) return true;
    if (d.via === code) return false;
    const viaOther = d.via !== null && knownBlocs.has(d.via);
    return viaOther || !(wasDefence && unbound(d.guarantor, d.protected));
  });
  const umbrellaLinked = new Set(facts.deterrence.map((d) => key(d.guarantor, d.protected)));
  facts.forces = facts.forces.filter((f) => {
    const k = key(f.host, f.foreign);
    if (!touched.has(k)) return true;
    return !wasDefence || umbrellaLinked.has(k) || !unbound(f.host, f.foreign);
  });
}
