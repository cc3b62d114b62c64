/**
 * The exposure question and scenarios, orchestrated: which facts a question needs, a scenario resolved into the
 * domain's changes and laid over them, the computation run where it belongs (a worker thread with a time budget
 * under a scenario, this thread otherwise), and a scenario's membership changes laid over stored rows. The GraphQL
 * resolvers call this and only shape what it returns; the CLI reaches it through them.
 */
import type { ComputePool } from '../compute/computePool.js';
import type { BlocRow, MembershipRow, ScenarioChangeRow, StateRow } from '../db/rows.js';
import { diffMemberships, type ExposureDelta, type MembershipDiff } from '../domain/diff.js';
import { DomainInputError, UnknownValueError } from '../domain/errors.js';
import { computeExposure, computeScenarioCost, type ExposureEntry } from '../domain/exposure.js';
import type { GraphFacts, MembershipStatus } from '../domain/facts.js';
import { analyseNetwork, networkTies, type NetworkAnalysis, type Obligation } from '../domain/network.js';
import {
  applyScenario,
  describeChange,
  namedBy,
  toScenarioChange,
  type ScenarioChange,
  type ScenarioChangeInput,
} from '../domain/scenario.js';
import { exposureTimeline, type DatedFacts, type ExposurePoint } from '../domain/timeline.js';

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

/** Where the service reads: the request's batch loaders (src/graphql/loaders.ts), or anything answering the same. */
export interface ExposureSources {
  facts(question: FactsQuestion): Promise<GraphFacts>;
  /** Every fact of a date (facts-of-date.cypher): the whole world, for the network and a scenario's cost. */
  world(asOf: string): Promise<GraphFacts>;
  /** The dated facts around a state and a withdrawing state, over their history up to `until`. */
  datedFacts(withdrawing: string, state: string, until: string): Promise<DatedFacts>;
  /** Memberships that began or ended in [since, until], of one bloc or state if given. */
  membershipChanges(since: string, until: string, bloc: string | null, state: string | null): Promise<MembershipRow[]>;
  /** Every membership a bloc ever had. */
  blocHistory(code: string): Promise<{ state: string; status: MembershipStatus; since: string | null; until: string | null }[]>;
  storedScenario(id: string): Promise<{ changes: readonly ScenarioChangeRow[] } | null>;
  state(id: string): Promise<StateRow | null>;
  bloc(code: string): Promise<BlocRow | null>;
}

/** A scenario as a client gives it: a stored scenario's id, changes of its own, or both (stored ones first). */
export interface ScenarioSpec {
  name?: string | null;
  changes?: readonly ScenarioChangeInput[] | null;
}

export interface ResolvedScenario {
  changes: ScenarioChange[];
  /** Each change written out, e.g. `WITHDRAW(USA, NATO)`, in order. */
  written: string[];
}

/** The answer to "who is exposed if `withdrawing` leaves `from` on `asOf`", under a scenario or not. */
export interface ExposureReport {
  withdrawing: string;
  /** The blocs it leaves: those asked for, or every bloc it is in on the date. */
  from: string[];
  asOf: string;
  scenario: string[] | null;
  entries: ExposureEntry[];
  deltas: ExposureDelta[];
}

/** A membership that began, ended or changed status (`changes`), or that a scenario changes (Bloc.memberChanges). */
export interface MembershipChange {
  state: StateRow;
  bloc: BlocRow | null;
  kind: 'JOINED' | 'LEFT' | 'STATUS_CHANGED';
  before: MembershipStatus | null;
  after: MembershipStatus | null;
  date: string | null;
  datePrecision: string | null;
  source: string | null;
  note: string | null;
}

/** The network of a date and what its analysis found (`network`). */
export interface NetworkAnswer extends NetworkAnalysis {
  asOf: string;
  obligations: Obligation[];
}

/** The first day of the data the product holds: timelines start here by default. */
export const FIRST_DAY = '1949-01-01';

const citation = (m: { source?: string | null; locator?: string | null }) =>
  m.source ? (m.locator ? `${m.source} (${m.locator})` : m.source) : null;

function change(
  row: MembershipRow,
  kind: MembershipChange['kind'],
  before: MembershipStatus | null,
  after: MembershipStatus | null,
  date: string,
  precision: string | null | undefined,
): MembershipChange {
  return {
    state: row.state,
    bloc: row.bloc,
    kind,
    before,
    after,
    date,
    datePrecision: precision ?? null,
    source: citation(row.membership),
    note: row.membership.note ?? null,
  };
}

const upper = <T extends string | null | undefined>(v: T): T => (typeof v === 'string' ? v.trim().toUpperCase() : v) as T;

export class ExposureService {
  constructor(
    private readonly sources: ExposureSources,
    private readonly compute: ComputePool,
  ) {}

  /** The domain's changes of a scenario: the stored scenario's, then the client's own; null for no scenario. */
  async resolveScenario(spec: ScenarioSpec | null | undefined): Promise<ResolvedScenario | null> {
    if (!spec || (!spec.name && !spec.changes?.length)) return null;
    const flat: ScenarioChangeInput[] = [];
    if (spec.name) {
      const stored = await this.sources.storedScenario(spec.name.trim().toLowerCase());
      if (!stored) throw new DomainInputError(`scenario.name: unknown scenario "${spec.name}"`, spec.name, 'scenario.name');
      flat.push(...stored.changes);
    }
    for (const c of spec.changes ?? []) {
      flat.push({
        ...c,
        state: upper(c.state),
        bloc: upper(c.bloc),
        code: upper(c.code),
        states: c.states?.map((s) => s.trim().toUpperCase()),
      });
    }
    const changes = flat.map((c, i) => toScenarioChange(c, i));
    return { changes, written: changes.map(describeChange) };
  }

  /**
   * The facts of a date around the states and blocs a question names (`about`) and those its scenario names, under
   * the scenario (or the baseline facts when there is none).
   */
  async factsUnder(
    asOf: string,
    scenario: ResolvedScenario | null,
    about: Omit<FactsQuestion, 'asOf'>,
  ): Promise<{ baseline: GraphFacts; facts: GraphFacts }> {
    const named = namedBy(scenario?.changes ?? []);
    const baseline = await this.sources.facts({
      asOf,
      states: [...about.states, ...named.states].map(upper),
      blocs: [...about.blocs, ...named.blocs].map(upper),
    });
    return { baseline, facts: scenario ? applyScenario(baseline, scenario.changes) : baseline };
  }

  /**
   * Exposure to a withdrawal. Under a scenario (input the client shapes) the computation runs off the event loop,
   * within a time budget; without one it is bounded by the graph and runs here. The facts are returned too: they
   * carry every state and bloc the report names, so a caller can resolve their fields without another read.
   */
  async exposure(question: {
    withdrawing: string;
    from?: readonly string[] | null;
    asOf: string;
    scenario?: ScenarioSpec | null;
  }): Promise<{
    report: ExposureReport;
    baseline: GraphFacts;
    facts: GraphFacts;
  }> {
    const withdrawing = upper(question.withdrawing);
    const from = question.from?.map(upper);
    const scenario = await this.resolveScenario(question.scenario);
    const { baseline, facts } = await this.factsUnder(question.asOf, scenario, { states: [withdrawing], blocs: from ?? [] });
    const { entries, deltas } = scenario
      ? await this.compute.exposure({ facts, baseline, question: { withdrawing, from } })
      : { entries: computeExposure(facts, { withdrawing, from }), deltas: [] };
    const left = from ?? [...new Set(facts.memberships.filter((m) => m.state === withdrawing).map((m) => m.bloc))].sort();
    return {
      report: { withdrawing, from: left, asOf: question.asOf, scenario: scenario?.written ?? null, entries, deltas },
      baseline,
      facts,
    };
  }

  /** The membership changes a scenario makes on a date, for the memberships `which` selects. */
  async membershipDiffs(
    asOf: string,
    spec: ScenarioSpec | null | undefined,
    about: Omit<FactsQuestion, 'asOf'>,
    which: (m: { state: string; bloc: string }) => boolean,
  ): Promise<{
    scenario: ResolvedScenario;
    diffs: MembershipDiff[];
  } | null> {
    const scenario = await this.resolveScenario(spec);
    if (!scenario) return null;
    const { baseline, facts } = await this.factsUnder(asOf, scenario, about);
    return { scenario, diffs: diffMemberships(baseline, facts, which) };
  }

  /** One state's exposure to a withdrawal on every day of a timeline (domain/timeline.ts), from one read. */
  async timeline(question: {
    withdrawing: string;
    state: string;
    from?: readonly string[] | null;
    since: string;
    until: string;
  }): Promise<{ points: ExposurePoint[]; dated: DatedFacts }> {
    const withdrawing = upper(question.withdrawing);
    const state = upper(question.state);
    // Both looked up at once: one batched read.
    const [w, s] = await Promise.all([this.sources.state(withdrawing), this.sources.state(state)]);
    if (!w) throw new UnknownValueError('state', question.withdrawing, 'withdrawing');
    if (!s) throw new UnknownValueError('state', question.state, 'state');
    if (question.since > question.until)
      throw new DomainInputError(`since: ${question.since} is after until ${question.until}`, question.since, 'since');
    const from = question.from?.map(upper);
    const blocs = await Promise.all((from ?? []).map((code) => this.sources.bloc(code)));
    const unknown = (from ?? []).find((_, i) => !blocs[i]);
    if (unknown) throw new UnknownValueError('bloc', unknown, 'from');
    const dated = await this.sources.datedFacts(withdrawing, state, question.until);
    // A bloc neither state was ever in changes nothing when left: keep only those the facts know.
    const known = new Set(dated.blocs.map((b) => b.code));
    const points = exposureTimeline(dated, {
      withdrawing,
      state,
      since: question.since,
      until: question.until,
      from: from?.filter((c) => known.has(c)) ?? null,
    });
    return { points, dated };
  }

  /** Memberships that began, ended or changed status in [since, until], oldest first (an end and a start on one day are one change). */
  async changes(since: string, until: string, bloc: string | null, state: string | null): Promise<MembershipChange[]> {
    if (since > until) throw new DomainInputError(`since: ${since} is after until ${until}`, since, 'since');
    if (bloc && !(await this.sources.bloc(upper(bloc)))) throw new UnknownValueError('bloc', bloc, 'bloc');
    if (state && !(await this.sources.state(upper(state)))) throw new UnknownValueError('state', state, 'state');
    const rows = await this.sources.membershipChanges(since, until, bloc ? upper(bloc) : null, state ? upper(state) : null);
    const inRange = (day: string | null | undefined): day is string => !!day && day >= since && day <= until;
    const key = (row: MembershipRow, day: string) => `${row.state.id}|${row.bloc.code}|${day}`;
    const started = new Map(rows.filter((r) => inRange(r.membership.since)).map((r) => [key(r, r.membership.since!), r]));
    const paired = new Set<MembershipRow>();
    const changes: MembershipChange[] = [];
    for (const row of rows) {
      const end = row.membership.until;
      if (!inRange(end)) continue;
      const next = started.get(key(row, end));
      if (next) {
        paired.add(next);
        // A new phase with the same status (ATOP splits some at a succession) is not a change.
        if (next.membership.status === row.membership.status) continue;
        changes.push(change(next, 'STATUS_CHANGED', row.membership.status, next.membership.status, end, next.membership.sincePrecision));
      } else {
        changes.push(change(row, 'LEFT', row.membership.status, null, end, row.membership.untilPrecision));
      }
    }
    for (const row of rows) {
      const start = row.membership.since;
      if (inRange(start) && !paired.has(row))
        changes.push(change(row, 'JOINED', null, row.membership.status, start, row.membership.sincePrecision));
    }
    return changes.sort(
      (a, b) =>
        (a.date ?? '').localeCompare(b.date ?? '') ||
        (a.bloc?.code ?? '').localeCompare(b.bloc?.code ?? '') ||
        a.state.name.localeCompare(b.state.name),
    );
  }

  /** A bloc's size (memberships of the given statuses) on every day it changed in [since, until], and on both ends. */
  async blocSize(
    code: string,
    since: string,
    until: string,
    statuses: readonly MembershipStatus[],
  ): Promise<{ asOf: string; members: number }[]> {
    if (since > until) throw new DomainInputError(`since: ${since} is after until ${until}`, since, 'since');
    const rows = (await this.sources.blocHistory(code)).filter((r) => statuses.includes(r.status) && r.since !== null);
    const days = new Set([since, until]);
    for (const r of rows) for (const day of [r.since, r.until]) if (day && day > since && day < until) days.add(day);
    const count = (day: string) => rows.filter((r) => r.since! <= day && (!r.until || r.until > day)).length;
    return [...days].sort().map((asOf) => ({ asOf, members: count(asOf) }));
  }

  /** The alliance network of a date, in a what-if world if asked (domain/network.ts). */
  async network(asOf: string, obligations: readonly Obligation[], spec: ScenarioSpec | null | undefined): Promise<NetworkAnswer> {
    const scenario = await this.resolveScenario(spec);
    const world = await this.sources.world(asOf);
    const facts = scenario ? applyScenario(world, scenario.changes) : world;
    const chosen = [...new Set(obligations)].sort();
    return { asOf, obligations: chosen, ...analyseNetwork(networkTies(facts, chosen)) };
  }

  /**
   * What a scenario costs by itself on a date: each state's loss from the scenario's own changes (domain/exposure.ts
   * computeScenarioCost). The report's `withdrawing` is the state the first change names, or the first member (by id)
   * of the bloc it names.
   */
  async scenarioCost(spec: ScenarioSpec, asOf: string): Promise<{ report: ExposureReport; facts: GraphFacts; baseline: GraphFacts }> {
    const scenario = await this.resolveScenario(spec);
    if (!scenario) throw new DomainInputError('scenario: name a stored scenario or give at least one change', '', 'scenario');
    const world = await this.sources.world(asOf);
    const after = applyScenario(world, scenario.changes);
    const first = scenario.changes[0]!;
    const firstBloc = 'bloc' in first ? first.bloc : null;
    const actor =
      ('state' in first ? first.state : null) ??
      ('states' in first ? first.states[0] : null) ??
      world.memberships
        .filter((m) => m.bloc === firstBloc)
        .map((m) => m.state)
        .sort()[0];
    if (!actor)
      throw new DomainInputError(
        `scenario: ${scenario.written[0]} names no state that exists on ${asOf}`,
        scenario.written[0] ?? '',
        'scenario',
      );
    return {
      report: {
        withdrawing: actor,
        from: namedBy(scenario.changes).blocs,
        asOf,
        scenario: scenario.written,
        entries: computeScenarioCost(world, after),
        deltas: [],
      },
      facts: after,
      baseline: world,
    };
  }

  /**
   * Stored membership rows with a scenario's changes laid over them: removed rows go, changed statuses change, new
   * memberships appear with `since` null and the scenario as their source. Nothing is written.
   */
  async overlayMemberships(rows: MembershipRow[], scenario: ResolvedScenario, diffs: MembershipDiff[]): Promise<MembershipRow[]> {
    const key = (state: string, bloc: string) => `${state}|${bloc}`;
    const byKey = new Map(diffs.map((d) => [key(d.state, d.bloc), d]));
    const source = `scenario: ${scenario.written.join('; ')}`;
    const kept = rows.flatMap((row): MembershipRow[] => {
      const d = byKey.get(key(row.state.id, row.bloc.code));
      if (!d) return [row];
      if (d.after === null) return [];
      return [{ ...row, membership: { ...row.membership, status: d.after, since: null, until: null, source, note: `was ${d.before}` } }];
    });
    const added = await Promise.all(
      diffs.map(async (d): Promise<MembershipRow[]> => {
        if (d.before !== null || d.after === null) return [];
        const [state, bloc] = await Promise.all([this.sources.state(d.state), this.sources.bloc(d.bloc)]);
        return state && bloc
          ? [{ state, bloc, membership: { status: d.after, since: null, until: null, source, note: 'joins under the scenario' } }]
          : [];
      }),
    );
    return [...kept, ...added.flat()].sort((a, b) => a.state.name.localeCompare(b.state.name));
  }
}
