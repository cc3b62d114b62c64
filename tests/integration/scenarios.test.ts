/**
 * The seeds' what-if scenarios stored in the graph (cypher/data/080_scenarios.cypher), read with the analysts'
 * query (cypher/queries/scenarios.cypher) and laid over today's facts (cypher/queries/exposure.cypher) with the
 * domain overlay (src/domain/scenario.ts): every stored scenario is valid against today's graph, each tells the
 * story of its seed, and applying them never writes to the graph.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.js';
import { parseQueryFile } from '../../src/db/queryFiles.js';
import { computeExposure, type ExposureInput } from '../../src/domain/exposure.js';
import type { GraphFacts } from '../../src/domain/facts.js';
import { applyScenario, toScenarioChange, type ScenarioChange, type ScenarioChangeInput } from '../../src/domain/scenario.js';
import { cypherRows } from '../support/db.js';
import { seedIds } from '../support/sources.js';

interface StoredChange extends ScenarioChangeInput {
  id: string;
  scenario: string;
  order: number;
  note?: string | null;
}
interface StoredScenario {
  id: string;
  name: string;
  description: string;
  source: string;
  note?: string | null;
}

const queryFile = (name: string) => parseQueryFile(fs.readFileSync(path.join(projectRoot, 'cypher', 'queries', `${name}.cypher`), 'utf8'));
const SCENARIOS_QUERY = queryFile('scenarios');
const EXPOSURE_QUERY = queryFile('facts-of-date');

const EXPECTED_IDS = [
  'armenia-leaves-csto',
  'asian-nato',
  'coalitions-of-the-willing',
  'europe-fills-the-void',
  'nato-keeps-the-us',
  'negative',
  'neutral',
  'positive',
  'ukraine-joins-nato',
];
const BALTICS_AND_POLAND = ['EST', 'LVA', 'LTU', 'POL'];

async function readScenarios(ids: string[] | null): Promise<Array<{ scenario: StoredScenario; changes: StoredChange[] }>> {
  return (await cypherRows(SCENARIOS_QUERY, { ids })) as unknown as Array<{ scenario: StoredScenario; changes: StoredChange[] }>;
}

async function readFacts(asOf: string): Promise<GraphFacts> {
  const rows = await cypherRows(EXPOSURE_QUERY, { asOf });
  expect(rows).toHaveLength(1);
  return rows[0] as unknown as GraphFacts;
}

let today: string;
let facts: GraphFacts;
let stored: Array<{ scenario: StoredScenario; changes: StoredChange[] }>;
/** Scenario id -> its changes, converted by the domain. */
const changesOf = new Map<string, ScenarioChange[]>();
/** Scenario id -> today's facts under it. */
const under = new Map<string, GraphFacts>();

beforeAll(async () => {
  today = (await cypherRows('RETURN date() AS today'))[0]!.today as string;
  facts = await readFacts(today);
  stored = await readScenarios(null);
  for (const { scenario, changes } of stored) {
    const converted = changes.map((c, i) => toScenarioChange(c, i));
    changesOf.set(scenario.id, converted);
    under.set(scenario.id, applyScenario(facts, converted));
  }
});

const scenarioFacts = (id: string): GraphFacts => {
  const f = under.get(id);
  if (!f) throw new Error(`no stored scenario "${id}"`);
  return f;
};
const statusesOf = (f: GraphFacts, state: string, bloc: string) =>
  f.memberships.filter((m) => m.state === state && m.bloc === bloc).map((m) => m.status);
const membersOf = (f: GraphFacts, bloc: string) =>
  f.memberships
    .filter((m) => m.bloc === bloc)
    .map((m) => m.state)
    .sort();
const umbrella = (f: GraphFacts, guarantor: string, protectedState: string) =>
  f.deterrence.some((d) => d.guarantor === guarantor && d.protected === protectedState);
const forces = (f: GraphFacts, host: string, foreign: string) => f.forces.some((x) => x.host === host && x.foreign === foreign);
const blocOf = (f: GraphFacts, code: string) => f.blocs.find((b) => b.code === code);
/** Score of each state in `ids` for one exposure question under a scenario (0 when the state loses nothing). */
const scores = (f: GraphFacts, question: ExposureInput, ids: string[]): number[] => {
  const entries = computeExposure(f, question);
  return ids.map((id) => entries.find((e) => e.stateId === id)?.score ?? 0);
};

describe('the stored scenarios', () => {
  it("are the seeds' six plus the three cases the other seeds raise, in id order", () => {
    expect(stored.map((r) => r.scenario.id)).toEqual(EXPECTED_IDS);
  });

  it('each has a name, a description citing its seed, a seed source and at least one change with a note', () => {
    const seeds = seedIds();
    for (const { scenario, changes } of stored) {
      const where = scenario.id;
      expect(scenario.name.trim().length, where).toBeGreaterThan(0);
      expect(scenario.source, where).toMatch(/^seed:\d{3}_[0-9a-f]{16}$/);
      expect(seeds.has(scenario.source.slice(5)), `${where} cites a seed in data/sources.csv`).toBe(true);
      expect(scenario.description, where).toContain(`Seed ${scenario.source.slice(5, 8)}`);
      expect(changes.length, where).toBeGreaterThan(0);
      changes.forEach((c, i) => {
        expect(c.order, where).toBe(i + 1);
        expect(c.id, where).toBe(`${scenario.id}#${i + 1}`);
        expect(c.scenario, where).toBe(scenario.id);
        expect(c.note?.trim().length ?? 0, c.id).toBeGreaterThan(0);
      });
    }
  });

  it('are linked: every change belongs to exactly one scenario, every link carries the order and the source', async () => {
    const rows = await cypherRows(`
      MATCH (c:ScenarioChange)
      OPTIONAL MATCH (s:Scenario)-[h:HAS_CHANGE]->(c)
      WITH c, collect(s.id) AS owners, collect(h) AS links
      WHERE size(owners) <> 1 OR links[0].order <> c.order OR links[0].source IS NULL OR owners[0] <> c.scenario
      RETURN c.id AS id, owners`);
    expect(rows).toEqual([]);
  });

  it('the query picks scenarios by id ($ids), or all with null', async () => {
    expect((await readScenarios(['negative', 'asian-nato'])).map((r) => r.scenario.id)).toEqual(['asian-nato', 'negative']);
    expect(await readScenarios(['no-such-scenario'])).toEqual([]);
    expect((await readScenarios(null)).length).toBe(EXPECTED_IDS.length);
  });

  it("every change converts and every scenario applies to today's graph, and changes something", () => {
    for (const { scenario } of stored) {
      expect(changesOf.get(scenario.id)?.length, scenario.id).toBeGreaterThan(0);
      expect(scenarioFacts(scenario.id), scenario.id).not.toEqual(facts);
    }
  });
});

describe("each scenario tells its seed's story", () => {
  // How exposed a state is "under" a scenario needs a fixed question, asked in every scenario's world. "If the
  // US withdraws" does not do: under the negative scenario the US has already gone, so there is nothing left to
  // lose. Seed 000's negative scenario says that with the US gone "European NATO allies ... might be tempted to
  // fill the void" and "Central and Eastern European and Baltic States, particularly, could be vulnerable": their
  // security then rests on the European allies alone. So the question is how much the Baltic states and Poland
  // lose if the UK (Europe's largest nuclear-armed ally outside the EU's own defence clause, so its NATO tie is the
  // one that goes) withdraws from NATO. The more of their guarantee the US still carries, the less that costs.
  const ukLeavesNato: ExposureInput = { withdrawing: 'GBR', from: ['NATO'] };

  it('seed 000: the Baltic states and Poland are more exposed under negative than neutral, and under neutral than positive', () => {
    const positive = scores(scenarioFacts('positive'), ukLeavesNato, BALTICS_AND_POLAND);
    const neutral = scores(scenarioFacts('neutral'), ukLeavesNato, BALTICS_AND_POLAND);
    const negative = scores(scenarioFacts('negative'), ukLeavesNato, BALTICS_AND_POLAND);
    BALTICS_AND_POLAND.forEach((id, i) => {
      expect(positive[i], id).toBeGreaterThan(0);
      expect(neutral[i]!, id).toBeGreaterThan(positive[i]!);
      expect(negative[i]!, id).toBeGreaterThan(neutral[i]!);
    });
  });

  it('seed 000 negative: the US umbrella and forces leave the eastern flank, the eastern flank is hit harder than the south-west', () => {
    const negative = scenarioFacts('negative');
    const positive = scenarioFacts('positive');
    for (const id of BALTICS_AND_POLAND) {
      expect(umbrella(negative, 'USA', id), id).toBe(false);
      expect(umbrella(positive, 'USA', id), id).toBe(true);
    }
    expect(forces(negative, 'POL', 'USA')).toBe(false);
    expect(forces(positive, 'POL', 'USA')).toBe(true);
    // "Countries that traditionally relied on the US security guarantees in both Europe and globally": Asia too.
    expect(umbrella(negative, 'USA', 'JPN')).toBe(false);
    expect(negative.memberships.filter((m) => m.state === 'USA')).toEqual([]);
    // "Central and Eastern European and Baltic States, particularly, could be vulnerable to Russian assertiveness".
    const east = scores(negative, ukLeavesNato, BALTICS_AND_POLAND);
    const southWest = scores(negative, ukLeavesNato, ['PRT', 'ESP', 'ITA']);
    expect(Math.min(...east)).toBeGreaterThan(Math.max(...southWest));
    // "Russia and China might find a common cause, forming a club of anti-Western powers."
    expect(membersOf(negative, 'ANTI_WESTERN_CLUB')).toEqual(['CHN', 'RUS']);
  });

  it('seed 000 neutral: US commitments in Europe weaken (frozen), the Pacific treaties stay, Russia gathers North Korea and Iran', () => {
    const neutral = scenarioFacts('neutral');
    expect(statusesOf(neutral, 'USA', 'NATO')).toEqual(['FROZEN']);
    expect(umbrella(neutral, 'USA', 'POL')).toBe(true);
    expect(statusesOf(neutral, 'USA', 'US_JPN')).toEqual(['MEMBER']);
    expect(statusesOf(neutral, 'USA', 'US_KOR')).toEqual(['MEMBER']);
    expect(membersOf(neutral, 'RUS_PRK_IRN')).toEqual(['IRN', 'PRK', 'RUS']);
    expect(blocOf(neutral, 'RUS_PRK_IRN')?.mutualDefence).toBe(false);
  });

  it('seed 000 positive: the US stays the linchpin and NATO admits Ukraine', () => {
    const positive = scenarioFacts('positive');
    expect(statusesOf(facts, 'UKR', 'NATO')).not.toEqual(['MEMBER']);
    expect(statusesOf(positive, 'UKR', 'NATO')).toEqual(['MEMBER']);
    expect(statusesOf(positive, 'USA', 'NATO')).toEqual(['MEMBER']);
  });

  it('seed 001: Lithuania, Poland and Finland are more exposed if Europe must fill the void than if NATO keeps the US', () => {
    // Same fixed question as above. The seed: "States such as Lithuania, Poland or Finland see Russia as a
    // permanent threat", and "neither national nor purely European nuclear capabilities are a realistic
    // alternative to the US nuclear umbrella".
    const flank = ['LTU', 'POL', 'FIN'];
    const keeps = scores(scenarioFacts('nato-keeps-the-us'), ukLeavesNato, flank);
    const void_ = scores(scenarioFacts('europe-fills-the-void'), ukLeavesNato, flank);
    flank.forEach((id, i) => expect(void_[i]!, id).toBeGreaterThan(keeps[i]!));
    // "Countries in southwest Europe, on the other hand, see things differently."
    expect(Math.min(...void_)).toBeGreaterThan(
      Math.max(...scores(scenarioFacts('europe-fills-the-void'), ukLeavesNato, ['PRT', 'ESP', 'ITA'])),
    );
  });

  it('seed 001: NATO keeps the US in a marginal role, or loses it and carries on, or keeps its members without Article 5', () => {
    const natoToday = membersOf(facts, 'NATO');

    const keeps = scenarioFacts('nato-keeps-the-us');
    expect(statusesOf(keeps, 'USA', 'NATO')).toEqual(['FROZEN']);
    expect(umbrella(keeps, 'USA', 'POL')).toBe(true);
    expect(forces(keeps, 'DEU', 'USA')).toBe(true);

    const void_ = scenarioFacts('europe-fills-the-void');
    expect(statusesOf(void_, 'USA', 'NATO')).toEqual([]);
    expect(membersOf(void_, 'NATO')).toEqual(natoToday.filter((id) => id !== 'USA'));
    expect(blocOf(void_, 'NATO')?.mutualDefence).toBe(true);
    expect(void_.deterrence.filter((d) => d.via === 'NATO')).toEqual([]);
    expect(forces(void_, 'DEU', 'USA')).toBe(false);
    expect(umbrella(void_, 'USA', 'JPN')).toBe(true);
    expect(umbrella(void_, 'USA', 'KOR')).toBe(true);

    const coalitions = scenarioFacts('coalitions-of-the-willing');
    expect(membersOf(coalitions, 'NATO')).toEqual(natoToday);
    expect(blocOf(coalitions, 'NATO')).toMatchObject({ active: true, mutualDefence: false, obligations: [] });
    expect(coalitions.deterrence.filter((d) => d.via === 'NATO')).toEqual([]);
  });

  it('armenia-leaves-csto: Armenia has no CSTO membership left, its treaty with Russia and the Gyumri base stay', () => {
    expect(statusesOf(facts, 'ARM', 'CSTO')).toEqual(['FROZEN']);
    const f = scenarioFacts('armenia-leaves-csto');
    expect(statusesOf(f, 'ARM', 'CSTO')).toEqual([]);
    expect(statusesOf(f, 'ARM', 'RUS_ARM')).toEqual(['MEMBER']);
    expect(forces(f, 'ARM', 'RUS')).toBe(true);
  });

  it('ukraine-joins-nato: Ukraine is a NATO member, once', () => {
    expect(statusesOf(scenarioFacts('ukraine-joins-nato'), 'UKR', 'NATO')).toEqual(['MEMBER']);
  });

  it('asian-nato: a mutual defence bloc of exactly the US, Japan, Australia and South Korea', () => {
    const f = scenarioFacts('asian-nato');
    expect(blocOf(facts, 'ASIAN_NATO')).toBeUndefined();
    expect(blocOf(f, 'ASIAN_NATO')).toMatchObject({ active: true, mutualDefence: true, kind: 'MILITARY_ALLIANCE' });
    expect(membersOf(f, 'ASIAN_NATO')).toEqual(['AUS', 'JPN', 'KOR', 'USA']);
    expect(statusesOf(f, 'KOR', 'ASIAN_NATO')).toEqual(['MEMBER']);
  });
});

describe('what-ifs never change the facts they start from', () => {
  it('the baseline facts are unchanged after applying every scenario, alone and stacked', async () => {
    const snapshot = structuredClone(facts);
    for (let round = 0; round < 5; round++) {
      const fresh = await readFacts(today);
      for (const { scenario } of await readScenarios(null)) {
        const changes = changesOf.get(scenario.id)!;
        computeExposure(applyScenario(facts, changes), { withdrawing: 'USA' });
        computeExposure(applyScenario(fresh, changes), { withdrawing: 'RUS', from: ['CSTO'] });
      }
      // Every scenario stacked on the ones before it that still apply (FORM codes are unique, so this is valid).
      applyScenario(
        facts,
        ['positive', 'armenia-leaves-csto', 'asian-nato', 'neutral'].flatMap((id) => changesOf.get(id)!),
      );
    }
    expect(facts).toEqual(snapshot);
    expect(await readFacts(today)).toEqual(snapshot);
  });
});
