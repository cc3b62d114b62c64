/**
 * The exposure question and scenarios, orchestrated: which facts a question needs, a scenario resolved into the
 * domain's changes and laid over them, the computation run where it belongs (a worker thread with a time budget
 * under a scenario, this thread otherwise), and a scenario's membership changes laid over stored rows. The GraphQL
 * resolvers call this and only shape what it returns; the CLI reaches it through them.
 */
import type { ComputePool } from '../compute/computePool.js';
import type { MembershipRow, ScenarioChangeRow, StateRow, BlocRow } from '../db/rows.js';
import { diffMemberships, type ExposureDelta, type MembershipDiff } from '../domain/diff.js';
import { DomainInputError } from '../domain/errors.js';
import { computeExposure, type ExposureEntry } from '../domain/exposure.js';
import type { GraphFacts } from '../domain/facts.js';
import {
  applyScenario,
  describeChange,
  namedBy,
  toScenarioChange,
  type ScenarioChange,
  type ScenarioChangeInput,
} from '../domain/scenario.js';

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
