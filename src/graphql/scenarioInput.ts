/**
 * Turns a GraphQL ScenarioInput into the domain's changes: the stored scenario's changes (read from the graph)
 * followed by the request's own. Validation of each change is the domain's (ScenarioError -> BAD_USER_INPUT).
 */
import { applyScenario, describeChange, namedBy, toScenarioChange, type ScenarioChange, type ScenarioChangeInput } from '../domain/scenario.js';
import type { GraphFacts } from '../domain/facts.js';
import type { ScenarioInput } from './__generated__/resolvers-types.js';
import { badInput } from './errors.js';
import type { FactsQuestion, Loaders } from './loaders.js';

export interface ResolvedScenario {
  changes: ScenarioChange[];
  /** Each change written out, e.g. `WITHDRAW(USA, NATO)`, in order. */
  written: string[];
}

const upper = <T extends string | null | undefined>(v: T): T => (typeof v === 'string' ? v.trim().toUpperCase() : v) as T;

export async function resolveScenario(input: ScenarioInput | null | undefined, loaders: Loaders): Promise<ResolvedScenario | null> {
  if (!input || (!input.name && !input.changes?.length)) return null;
  const flat: ScenarioChangeInput[] = [];
  if (input.name) {
    const stored = await loaders.scenarioById.load(input.name.trim().toLowerCase());
    if (!stored) throw badInput(`scenario.name: unknown scenario "${input.name}"`, 'scenario.name', input.name);
    flat.push(...stored.changes.map((c) => ({ ...c, type: c.type })));
  }
  for (const c of input.changes ?? []) {
    flat.push({
      type: c.type,
      state: upper(c.state),
      bloc: upper(c.bloc),
      status: c.status,
      code: upper(c.code),
      name: c.name,
      states: c.states?.map((s) => s.trim().toUpperCase()),
      mutualDefence: c.mutualDefence,
    });
  }
  const changes = flat.map((c, i) => toScenarioChange(c, i));
  return { changes, written: changes.map(describeChange) };
}

/**
 * The facts of a date around the states and blocs a question names (`about`) and those its scenario names, under
 * the scenario (or the baseline facts when there is none).
 */
export async function factsUnder(
  asOf: string,
  scenario: ResolvedScenario | null,
  loaders: Loaders,
  about: Omit<FactsQuestion, 'asOf'>,
): Promise<{ baseline: GraphFacts; facts: GraphFacts }> {
  const named = namedBy(scenario?.changes ?? []);
  const baseline = await loaders.factsAround.load({
    asOf,
    states: [...about.states, ...named.states].map(upper),
    blocs: [...about.blocs, ...named.blocs].map(upper),
  });
  return { baseline, facts: scenario ? applyScenario(baseline, scenario.changes) : baseline };
}

