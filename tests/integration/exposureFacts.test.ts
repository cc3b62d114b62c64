/**
 * The API reads only the facts around a question (cypher/queries/exposure.cypher); the model must answer exactly as
 * it would on every fact of the date (facts-of-date.cypher). Checked for every state withdrawing, for withdrawals
 * from single blocs, for every stored scenario, and for membership overlays, on several dates of the real graph.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.js';
import { parseQueryFile } from '../../src/db/queryFiles.js';
import { diffMemberships } from '../../src/domain/diff.js';
import { computeExposure } from '../../src/domain/exposure.js';
import type { GraphFacts } from '../../src/domain/facts.js';
import { applyScenario, namedBy, toScenarioChange, type ScenarioChange } from '../../src/domain/scenario.js';
import { cypherRows } from '../support/db.js';

const queryFile = (name: string) => parseQueryFile(fs.readFileSync(path.join(projectRoot, 'cypher', 'queries', `${name}.cypher`), 'utf8'));
const AROUND = queryFile('exposure');
const ALL = queryFile('facts-of-date');

const DATES = ['1992-01-01', '2022-01-01', '2025-06-01'];
const all = new Map<string, GraphFacts>();
let scenarios: { id: string; changes: ScenarioChange[] }[] = [];

const around = async (asOf: string, states: string[], blocs: string[]) =>
  (await cypherRows(AROUND, { asOf, states: states.join(','), blocs: blocs.join(',') }))[0] as unknown as GraphFacts;

/** The answer, or the error's message: both must agree. */
const attempt = <T>(f: () => T): T | { error: string } => {
  try {
    return f();
  } catch (error) {
    return { error: (error as Error).message };
  }
};

beforeAll(async () => {
  for (const asOf of DATES) all.set(asOf, (await cypherRows(ALL, { asOf }))[0] as unknown as GraphFacts);
  const rows = (await cypherRows(queryFile('scenarios'), { ids: null })) as { scenario: { id: string }; changes: never[] }[];
  scenarios = rows.map((r) => ({ id: r.scenario.id, changes: r.changes.map((c, i) => toScenarioChange(c, i)) }));
  expect(scenarios.length).toBeGreaterThan(5);
});

describe('exposure on the facts around the question = exposure on every fact', () => {
  for (const asOf of DATES) {
    it(`every state withdrawing from everything, ${asOf}`, async () => {
      const facts = all.get(asOf)!;
      let exposedSomewhere = 0;
      for (const state of facts.states) {
        const near = await around(asOf, [state.id], []);
        const expected = computeExposure(facts, { withdrawing: state.id });
        expect(computeExposure(near, { withdrawing: state.id }), state.id).toEqual(expected);
        if (expected.length > 0) exposedSomewhere++;
        // The neighbourhood is smaller than the world for most states, never larger.
        expect(near.states.length).toBeLessThanOrEqual(facts.states.length);
      }
      expect(exposedSomewhere).toBeGreaterThan(10);
    }, 240_000);
  }

  it('withdrawals from single blocs, and a bloc the state is not in', async () => {
    const asOf = '2025-06-01';
    const facts = all.get(asOf)!;
    for (const [w, from] of [
      ['USA', ['NATO']],
      ['USA', ['US_JPN', 'QUAD']],
      ['RUS', ['CSTO']],
      ['FRA', ['EU']],
      ['CHN', ['SCO', 'BRICS']],
      ['USA', ['CSTO']],
      ['ARM', []],
    ] as const) {
      const near = await around(asOf, [w], [...from]);
      expect(computeExposure(near, { withdrawing: w, from }), `${w} from ${from.join(',')}`).toEqual(
        computeExposure(facts, { withdrawing: w, from }),
      );
    }
  });

  it('every stored scenario, for the states that matter most to it', async () => {
    const asOf = '2025-06-01';
    const facts = all.get(asOf)!;
    for (const { id, changes } of scenarios) {
      const named = namedBy(changes);
      for (const w of ['USA', 'RUS', 'CHN', 'TUR', 'FRA', ...named.states]) {
        const near = await around(asOf, [w, ...named.states], named.blocs);
        const expected = attempt(() => computeExposure(applyScenario(facts, changes), { withdrawing: w }, facts));
        const actual = attempt(() => computeExposure(applyScenario(near, changes), { withdrawing: w }, near));
        expect(actual, `${id}, ${w} withdrawing`).toEqual(expected);
      }
    }
  });

  it("a scenario's membership changes, seen from a bloc or a state", async () => {
    const asOf = '2025-06-01';
    const facts = all.get(asOf)!;
    for (const { id, changes } of scenarios) {
      const named = namedBy(changes);
      for (const bloc of ['NATO', 'CSTO', 'QUAD', ...named.blocs]) {
        const near = await around(asOf, named.states, [bloc, ...named.blocs]);
        const only = (m: { bloc: string }) => m.bloc === bloc;
        expect(diffMemberships(near, applyScenario(near, changes), only), `${id}, ${bloc}`).toEqual(
          diffMemberships(facts, applyScenario(facts, changes), only),
        );
      }
      for (const state of ['POL', 'UKR', 'ARM', 'TUR', ...named.states]) {
        const near = await around(asOf, [state, ...named.states], named.blocs);
        const only = (m: { state: string }) => m.state === state;
        expect(diffMemberships(near, applyScenario(near, changes), only), `${id}, ${state}`).toEqual(
          diffMemberships(facts, applyScenario(facts, changes), only),
        );
      }
    }
  });

  it('unknown states and blocs are unknown in both', async () => {
    const asOf = '2025-06-01';
    const near = await around(asOf, ['XYZ'], ['NOPE']);
    expect(near.states).toEqual([]);
    expect(attempt(() => computeExposure(near, { withdrawing: 'XYZ' }))).toEqual(
      attempt(() => computeExposure(all.get(asOf)!, { withdrawing: 'XYZ' })),
    );
    const usa = await around(asOf, ['USA'], ['NOPE']);
    expect(attempt(() => computeExposure(usa, { withdrawing: 'USA', from: ['NOPE'] }))).toEqual(
      attempt(() => computeExposure(all.get(asOf)!, { withdrawing: 'USA', from: ['NOPE'] })),
    );
  });
});
