/**
 * Unit tests of the scenario overlay (src/domain/scenario.ts), without a database: each change type, the rules for
 * umbrellas and forces, immutability of the input, and errors that name the change and the bad value.
 */
import { describe, expect, it } from 'vitest';
import { DomainInputError, ScenarioError } from '../../src/domain/errors.js';
import { computeExposure } from '../../src/domain/exposure.js';
import type { BlocFact, BlocKind, GraphFacts, MembershipStatus } from '../../src/domain/facts.js';
import type { ScenarioChange } from '../../src/domain/scenario.js';
import { applyScenario, describeChange, toScenarioChange } from '../../src/domain/scenario.js';

const defence = (code: string, kind: BlocKind = 'MILITARY_ALLIANCE'): BlocFact => ({
  code,
  name: `The ${code}`,
  kind,
  mutualDefence: true,
  obligations: ['DEFENCE', 'CONSULTATION'],
  active: true,
});
const partnership = (code: string): BlocFact => ({
  code,
  name: `The ${code}`,
  kind: 'SECURITY_PARTNERSHIP',
  mutualDefence: false,
  obligations: [],
  active: true,
});

function members(bloc: string, ids: string, status: MembershipStatus = 'MEMBER') {
  return ids.split(' ').map((state) => ({ state, bloc, status }));
}

/** A miniature of the real graph (2025-06-01). */
function world(): GraphFacts {
  const states: Array<[string, string, number | null, boolean, string]> = [
    ['USA', 'United States', 954, true, 'North America'],
    ['GBR', 'United Kingdom', 89, true, 'Northern Europe'],
    ['FRA', 'France', 68, true, 'Western Europe'],
    ['DEU', 'Germany', 114, false, 'Western Europe'],
    ['POL', 'Poland', 47, false, 'Central Europe'],
    ['LTU', 'Lithuania', null, false, 'Northern Europe'],
    ['UKR', 'Ukraine', 84, false, 'Eastern Europe'],
    ['JPN', 'Japan', 62, false, 'Eastern Asia'],
    ['KOR', 'South Korea', 48, false, 'Eastern Asia'],
    ['AUS', 'Australia', 35, false, 'Australia and New Zealand'],
    ['RUS', 'Russia', 190, true, 'Eastern Europe'],
    ['BLR', 'Belarus', null, false, 'Eastern Europe'],
    ['ARM', 'Armenia', null, false, 'Western Asia'],
    ['AZE', 'Azerbaijan', null, false, 'Western Asia'],
    ['KAZ', 'Kazakhstan', null, false, 'Central Asia'],
    ['CHN', 'China', 336, true, 'Eastern Asia'],
    ['PRK', 'North Korea', null, true, 'Eastern Asia'],
  ];
  return {
    asOf: '2025-06-01',
    states: states.map(([id, name, milexUsdBn, nuclearArmed, subregion]) => ({ id, name, milexUsdBn, nuclearArmed, subregion })),
    blocs: [
      defence('NATO'),
      defence('CSTO'),
      defence('US_JPN', 'DEFENCE_TREATY'),
      defence('US_KOR', 'DEFENCE_TREATY'),
      defence('ANZUS'),
      defence('RUS_ARM', 'DEFENCE_TREATY'),
      defence('UNION_STATE', 'POLITICAL_UNION'),
      partnership('AUKUS'),
      { ...defence('SEATO'), active: false },
    ],
    memberships: [
      ...members('NATO', 'USA GBR FRA DEU POL LTU'),
      ...members('NATO', 'JPN KOR AUS', 'PARTNER'),
      ...members('NATO', 'UKR', 'APPLICANT'),
      ...members('CSTO', 'RUS BLR KAZ'),
      ...members('CSTO', 'ARM', 'FROZEN'),
      ...members('US_JPN', 'USA JPN'),
      ...members('US_KOR', 'USA KOR'),
      ...members('ANZUS', 'USA AUS'),
      ...members('RUS_ARM', 'RUS ARM'),
      ...members('UNION_STATE', 'RUS BLR'),
      ...members('AUKUS', 'USA GBR AUS'),
    ],
    deterrence: [
      ...['GBR', 'FRA', 'DEU', 'POL', 'LTU'].map((p) => ({ guarantor: 'USA', protected: p, via: 'NATO' })),
      { guarantor: 'USA', protected: 'JPN', via: 'US_JPN' },
      { guarantor: 'USA', protected: 'KOR', via: 'US_KOR' },
      { guarantor: 'USA', protected: 'AUS', via: 'ANZUS' },
      { guarantor: 'RUS', protected: 'BLR', via: 'UNION_STATE' },
    ],
    forces: [
      { host: 'POL', foreign: 'USA' },
      { host: 'DEU', foreign: 'USA' },
      { host: 'GBR', foreign: 'USA' },
      { host: 'JPN', foreign: 'USA' },
      { host: 'KOR', foreign: 'USA' },
      { host: 'LTU', foreign: 'DEU' },
      { host: 'BLR', foreign: 'RUS' },
      { host: 'ARM', foreign: 'RUS' },
    ],
    threats: [
      { state: 'POL', threat: 'RUS', level: 'HIGH' },
      { state: 'LTU', threat: 'RUS', level: 'HIGH' },
      { state: 'UKR', threat: 'RUS', level: 'HIGH' },
      { state: 'JPN', threat: 'CHN', level: 'HIGH' },
      { state: 'JPN', threat: 'PRK', level: 'HIGH' },
      { state: 'KOR', threat: 'PRK', level: 'HIGH' },
      { state: 'ARM', threat: 'AZE', level: 'MEDIUM' },
    ],
    borders: [
      { a: 'POL', b: 'RUS' },
      { a: 'LTU', b: 'RUS' },
      { a: 'RUS', b: 'UKR' },
      { a: 'KOR', b: 'PRK' },
      { a: 'ARM', b: 'AZE' },
      { a: 'BLR', b: 'POL' },
    ],
  };
}

const statusOf = (facts: GraphFacts, state: string, bloc: string) =>
  facts.memberships.filter((m) => m.state === state && m.bloc === bloc).map((m) => m.status);
const hasUmbrella = (facts: GraphFacts, g: string, p: string) => facts.deterrence.some((d) => d.guarantor === g && d.protected === p);
const hostsForces = (facts: GraphFacts, host: string, foreign: string) =>
  facts.forces.some((f) => f.host === host && f.foreign === foreign);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function scenarioError(facts: GraphFacts, changes: ScenarioChange[]): ScenarioError {
  try {
    applyScenario(facts, changes);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    expect(error).toBeInstanceOf(DomainInputError);
    return error as ScenarioError;
  }
  throw new Error('expected a ScenarioError');
}

describe('WITHDRAW', () => {
  it('from everything: every membership, every umbrella given or received, every deployment sent or hosted', () => {
    const out = applyScenario(world(), [{ type: 'WITHDRAW', state: 'USA' }]);
    expect(out.memberships.some((m) => m.state === 'USA')).toBe(false);
    expect(out.deterrence.some((d) => d.guarantor === 'USA' || d.protected === 'USA')).toBe(false);
    expect(out.forces.some((f) => f.foreign === 'USA' || f.host === 'USA')).toBe(false);
    // Everything else stays.
    expect(statusOf(out, 'POL', 'NATO')).toEqual(['MEMBER']);
    expect(hasUmbrella(out, 'RUS', 'BLR')).toBe(true);
    expect(hostsForces(out, 'LTU', 'DEU')).toBe(true);
  });

  it('from one bloc: umbrellas via that bloc end; forces leave where no defence bloc is shared any more', () => {
    const out = applyScenario(world(), [{ type: 'WITHDRAW', state: 'USA', bloc: 'NATO' }]);
    expect(statusOf(out, 'USA', 'NATO')).toEqual([]);
    expect(statusOf(out, 'USA', 'US_JPN')).toEqual(['MEMBER']);
    for (const ally of ['GBR', 'FRA', 'DEU', 'POL', 'LTU']) expect(hasUmbrella(out, 'USA', ally)).toBe(false);
    expect(hostsForces(out, 'POL', 'USA')).toBe(false);
    expect(hostsForces(out, 'DEU', 'USA')).toBe(false);
    // The UK shares only AUKUS (no defence obligation) with the US afterwards: the forces leave too.
    expect(hostsForces(out, 'GBR', 'USA')).toBe(false);
    // Japan and Korea were never bound through NATO (partners): untouched.
    expect(hasUmbrella(out, 'USA', 'JPN')).toBe(true);
    expect(hostsForces(out, 'JPN', 'USA')).toBe(true);
    // Germany's forces in Lithuania ride on NATO between the two, not on the US.
    expect(hostsForces(out, 'LTU', 'DEU')).toBe(true);
  });

  it('forces stay while another defence treaty binds the pair (Armenia leaving the CSTO keeps the Gyumri base)', () => {
    const out = applyScenario(world(), [{ type: 'WITHDRAW', state: 'ARM', bloc: 'CSTO' }]);
    expect(statusOf(out, 'ARM', 'CSTO')).toEqual([]);
    expect(hostsForces(out, 'ARM', 'RUS')).toBe(true);
    // ... and go with the last one.
    const both = applyScenario(world(), [
      { type: 'WITHDRAW', state: 'ARM', bloc: 'CSTO' },
      { type: 'WITHDRAW', state: 'ARM', bloc: 'RUS_ARM' },
    ]);
    expect(hostsForces(both, 'ARM', 'RUS')).toBe(false);
  });

  it('leaving a partnership without a defence obligation moves no forces', () => {
    const out = applyScenario(world(), [{ type: 'WITHDRAW', state: 'GBR', bloc: 'AUKUS' }]);
    expect(hostsForces(out, 'GBR', 'USA')).toBe(true);
    expect(hasUmbrella(out, 'USA', 'GBR')).toBe(true);
  });

  it('a partner can withdraw from its partnership', () => {
    const out = applyScenario(world(), [{ type: 'WITHDRAW', state: 'JPN', bloc: 'NATO' }]);
    expect(statusOf(out, 'JPN', 'NATO')).toEqual([]);
    expect(hasUmbrella(out, 'USA', 'JPN')).toBe(true);
  });

  it('errors: unknown state, unknown bloc, a bloc the state is not in', () => {
    const e1 = scenarioError(world(), [{ type: 'WITHDRAW', state: 'XYZ' }]);
    expect(e1.message).toBe('scenario change 1, WITHDRAW(XYZ): unknown state "XYZ"');
    expect(e1.value).toBe('XYZ');
    const e2 = scenarioError(world(), [{ type: 'WITHDRAW', state: 'USA', bloc: 'NOPE' }]);
    expect(e2.message).toBe('scenario change 1, WITHDRAW(USA, NOPE): unknown bloc "NOPE"');
    const e3 = scenarioError(world(), [
      { type: 'FREEZE', state: 'ARM', bloc: 'CSTO' },
      { type: 'WITHDRAW', state: 'USA', bloc: 'CSTO' },
    ]);
    expect(e3.message).toBe('scenario change 2, WITHDRAW(USA, CSTO): USA is not a member of CSTO on 2025-06-01');
    expect(e3.change).toBe('WITHDRAW(USA, CSTO)');
    expect(e3.index).toBe(1);
    expect(e3.value).toBe('CSTO');
  });

  it('ids and codes are case-insensitive', () => {
    expect(applyScenario(world(), [{ type: 'WITHDRAW', state: 'usa', bloc: 'nato' }])).toEqual(
      applyScenario(world(), [{ type: 'WITHDRAW', state: 'USA', bloc: 'NATO' }]),
    );
  });
});

describe('FREEZE', () => {
  it('turns a MEMBER into FROZEN and keeps its umbrellas and forces', () => {
    const out = applyScenario(world(), [{ type: 'FREEZE', state: 'BLR', bloc: 'CSTO' }]);
    expect(statusOf(out, 'BLR', 'CSTO')).toEqual(['FROZEN']);
    expect(hostsForces(out, 'BLR', 'RUS')).toBe(true);
    expect(hasUmbrella(out, 'RUS', 'BLR')).toBe(true);
  });

  it('is a no-op on a frozen member (Armenia in the CSTO)', () => {
    expect(applyScenario(world(), [{ type: 'FREEZE', state: 'ARM', bloc: 'CSTO' }])).toEqual(world());
  });

  it('errors: not in the bloc, or not a member (a partner cannot be frozen)', () => {
    expect(scenarioError(world(), [{ type: 'FREEZE', state: 'FRA', bloc: 'CSTO' }]).message).toBe(
      'scenario change 1, FREEZE(FRA, CSTO): FRA is not a member of CSTO on 2025-06-01',
    );
    const e = scenarioError(world(), [{ type: 'FREEZE', state: 'JPN', bloc: 'NATO' }]);
    expect(e.message).toContain('FREEZE(JPN, NATO)');
    expect(e.message).toContain('PARTNER');
    expect(e.value).toBe('JPN');
  });

  it('lowers the guarantee: a frozen Kazakhstan loses less when Russia leaves the CSTO', () => {
    const score = (facts: GraphFacts) =>
      computeExposure(facts, { withdrawing: 'RUS', from: ['CSTO'] }).find((e) => e.stateId === 'KAZ')?.score ?? 0;
    expect(score(world())).toBeGreaterThan(0);
    expect(score(applyScenario(world(), [{ type: 'FREEZE', state: 'KAZ', bloc: 'CSTO' }]))).toBeLessThan(score(world()));
  });
});

describe('JOIN', () => {
  it('adds a MEMBER by default (seed 000, positive scenario: NATO may "entertain the prospect of admitting new member states")', () => {
    const out = applyScenario(world(), [{ type: 'JOIN', state: 'UKR', bloc: 'NATO' }]);
    expect(statusOf(out, 'UKR', 'NATO')).toEqual(['MEMBER']);
    // No umbrella or forces are created by joining.
    expect(hasUmbrella(out, 'USA', 'UKR')).toBe(false);
    // Ukraine, now owed Article 5 and bordering Russia, becomes exposed to a US withdrawal.
    const before = computeExposure(world(), { withdrawing: 'USA' }).find((e) => e.stateId === 'UKR');
    const after = computeExposure(out, { withdrawing: 'USA' }).find((e) => e.stateId === 'UKR');
    expect(before).toBeUndefined();
    expect(['MEDIUM', 'HIGH', 'CRITICAL']).toContain(after?.level);
    expect(after!.reasons.find((r) => r.kind === 'THREAT_PROXIMITY')).toMatchObject({ counterpart: 'RUS' });
  });

  it('takes a status, changes an existing one, and is a no-op for the status already held', () => {
    const partner = applyScenario(world(), [{ type: 'JOIN', state: 'KAZ', bloc: 'NATO', status: 'PARTNER' }]);
    expect(statusOf(partner, 'KAZ', 'NATO')).toEqual(['PARTNER']);
    const thawed = applyScenario(world(), [{ type: 'JOIN', state: 'ARM', bloc: 'CSTO' }]);
    expect(statusOf(thawed, 'ARM', 'CSTO')).toEqual(['MEMBER']);
    expect(applyScenario(world(), [{ type: 'JOIN', state: 'POL', bloc: 'NATO' }])).toEqual(world());
  });

  it('errors: unknown state, unknown bloc, dissolved bloc, unknown status', () => {
    expect(scenarioError(world(), [{ type: 'JOIN', state: 'ATLANTIS', bloc: 'NATO' }]).message).toBe(
      'scenario change 1, JOIN(ATLANTIS, NATO): unknown state "ATLANTIS"',
    );
    expect(scenarioError(world(), [{ type: 'JOIN', state: 'UKR', bloc: 'WARSAW' }]).message).toBe(
      'scenario change 1, JOIN(UKR, WARSAW): unknown bloc "WARSAW"',
    );
    expect(scenarioError(world(), [{ type: 'JOIN', state: 'UKR', bloc: 'SEATO' }]).message).toBe(
      'scenario change 1, JOIN(UKR, SEATO): SEATO is dissolved on 2025-06-01',
    );
    const e = scenarioError(world(), [{ type: 'JOIN', state: 'UKR', bloc: 'NATO', status: 'FRIEND' as MembershipStatus }]);
    expect(e.message).toContain('unknown membership status "FRIEND"');
  });
});

describe('DISSOLVE', () => {
  it('deactivates the bloc, removes its memberships and the umbrellas and forces that rode on it', () => {
    const out = applyScenario(world(), [{ type: 'DISSOLVE', bloc: 'NATO' }]);
    expect(out.blocs.find((b) => b.code === 'NATO')!.active).toBe(false);
    expect(out.memberships.some((m) => m.bloc === 'NATO')).toBe(false);
    expect(hasUmbrella(out, 'USA', 'POL')).toBe(false);
    expect(hostsForces(out, 'POL', 'USA')).toBe(false);
    expect(hostsForces(out, 'LTU', 'DEU')).toBe(false);
    expect(hostsForces(out, 'JPN', 'USA')).toBe(true);
    // With NATO gone, a US withdrawal has nothing left to take from Poland.
    expect(computeExposure(out, { withdrawing: 'USA' }).some((e) => e.stateId === 'POL')).toBe(false);
  });

  it('a bilateral treaty dissolved takes its umbrella and forces with it', () => {
    const out = applyScenario(world(), [{ type: 'DISSOLVE', bloc: 'us_jpn' }]);
    expect(hasUmbrella(out, 'USA', 'JPN')).toBe(false);
    expect(hostsForces(out, 'JPN', 'USA')).toBe(false);
  });

  it('is a no-op on a dissolved bloc; an unknown bloc is an error', () => {
    expect(applyScenario(world(), [{ type: 'DISSOLVE', bloc: 'SEATO' }])).toEqual(world());
    expect(scenarioError(world(), [{ type: 'DISSOLVE', bloc: 'WARSAW' }]).message).toBe(
      'scenario change 1, DISSOLVE(WARSAW): unknown bloc "WARSAW"',
    );
  });
});

describe('END_TREATY', () => {
  it('ends the obligations but keeps the grouping and its members (NATO as a looser framework, seed 001)', () => {
    const out = applyScenario(world(), [{ type: 'END_TREATY', bloc: 'NATO' }]);
    const nato = out.blocs.find((b) => b.code === 'NATO')!;
    expect(nato).toMatchObject({ active: true, mutualDefence: false, obligations: [] });
    expect(statusOf(out, 'POL', 'NATO')).toEqual(['MEMBER']);
    expect(hasUmbrella(out, 'USA', 'POL')).toBe(false);
    expect(hostsForces(out, 'DEU', 'USA')).toBe(false);
    expect(computeExposure(out, { withdrawing: 'USA' }).some((e) => e.stateId === 'POL')).toBe(false);
  });

  it('a repeat is a true no-op: the same facts, and not one list replaced', () => {
    const once = applyScenario(world(), [{ type: 'END_TREATY', bloc: 'NATO' }]);
    const many = applyScenario(
      world(),
      Array.from({ length: 500 }, () => ({ type: 'END_TREATY' as const, bloc: 'NATO' })),
    );
    expect(many).toEqual(once);
    // Applied to facts where the treaty has already ended, END_TREATY keeps every list as it is (no copy, no filter).
    const again = applyScenario(once, []);
    const after = applyScenario(once, [{ type: 'END_TREATY', bloc: 'NATO' }]);
    for (const list of ['blocs', 'memberships', 'deterrence', 'forces'] as const) expect(after[list]).toEqual(again[list]);
    expect(after.blocs.find((b) => b.code === 'NATO')).toBe(once.blocs.find((b) => b.code === 'NATO'));
  });

  it('an unknown bloc is an error', () => {
    expect(scenarioError(world(), [{ type: 'END_TREATY', bloc: 'NOPE' }]).message).toBe(
      'scenario change 1, END_TREATY(NOPE): unknown bloc "NOPE"',
    );
  });
});

describe('FORM', () => {
  // seed 004: "both South Korea and Japan have recently signed military co-operation agreements with Australia, thus
  // taking important steps towards joining the Asian NATO."
  const asianNato: ScenarioChange = {
    type: 'FORM',
    code: 'asian_nato',
    name: 'Asian NATO',
    states: ['USA', 'JPN', 'AUS', 'KOR'],
    mutualDefence: true,
  };

  it('creates a bloc of MEMBERs; with mutualDefence it is a military alliance', () => {
    const out = applyScenario(world(), [asianNato]);
    expect(out.blocs.find((b) => b.code === 'ASIAN_NATO')).toEqual({
      code: 'ASIAN_NATO',
      name: 'Asian NATO',
      kind: 'MILITARY_ALLIANCE',
      mutualDefence: true,
      obligations: ['DEFENCE', 'CONSULTATION'],
      active: true,
    });
    expect(out.memberships.filter((m) => m.bloc === 'ASIAN_NATO').map((m) => m.state)).toEqual(['USA', 'JPN', 'AUS', 'KOR']);
  });

  it('Japan keeps allies if the US withdraws from everything: less exposed than without the Asian NATO', () => {
    const score = (facts: GraphFacts) => computeExposure(facts, { withdrawing: 'USA' }).find((e) => e.stateId === 'JPN')!.score;
    const formed = applyScenario(world(), [asianNato]);
    expect(score(formed)).toBeLessThan(score(world()));
    const jpn = computeExposure(formed, { withdrawing: 'USA' }).find((e) => e.stateId === 'JPN')!;
    expect(jpn.reasons.find((r) => r.kind === 'REMAINING_GUARANTORS')).toMatchObject({ bloc: 'ASIAN_NATO' });
  });

  it('without mutualDefence it is a consultative security partnership', () => {
    const out = applyScenario(world(), [{ type: 'FORM', code: 'DIALOGUE', states: ['JPN', 'KOR'] }]);
    expect(out.blocs.find((b) => b.code === 'DIALOGUE')).toMatchObject({
      name: 'DIALOGUE',
      kind: 'SECURITY_PARTNERSHIP',
      mutualDefence: false,
      obligations: ['CONSULTATION'],
    });
  });

  it('errors: an existing code (any case), an unknown state, fewer than two states', () => {
    expect(scenarioError(world(), [{ type: 'FORM', code: 'nato', states: ['USA', 'JPN'] }]).message).toBe(
      'scenario change 1, FORM(nato: USA, JPN): bloc code "NATO" already exists',
    );
    expect(scenarioError(world(), [{ type: 'FORM', code: 'X', states: ['USA', 'XYZ'] }]).message).toBe(
      'scenario change 1, FORM(X: USA, XYZ): unknown state "XYZ"',
    );
    expect(scenarioError(world(), [{ type: 'FORM', code: 'X', states: ['USA', 'usa'] }]).message).toContain('at least two distinct states');
    expect(scenarioError(world(), [asianNato, asianNato]).message).toContain('scenario change 2, FORM(asian_nato');
  });
});

describe('applyScenario', () => {
  it('never mutates its input (deep-frozen facts and changes work) and shares what it leaves unchanged', () => {
    const facts = deepFreeze(world());
    const changes = deepFreeze<ScenarioChange[]>([
      { type: 'WITHDRAW', state: 'USA', bloc: 'NATO' },
      { type: 'FREEZE', state: 'BLR', bloc: 'CSTO' },
      { type: 'JOIN', state: 'UKR', bloc: 'NATO' },
      { type: 'FORM', code: 'ASIAN_NATO', states: ['USA', 'JPN'], mutualDefence: true },
      { type: 'END_TREATY', bloc: 'CSTO' },
      { type: 'DISSOLVE', bloc: 'ANZUS' },
      { type: 'WITHDRAW', state: 'RUS' },
    ]);
    const out = applyScenario(facts, changes);
    expect(facts).toEqual(world());
    expect(out).not.toEqual(world());
    // Lists a change may touch are new; the records in them are shared unless a change replaced them.
    expect(out.memberships).not.toBe(facts.memberships);
    expect(out.states).toBe(facts.states);
    expect(out.threats).toBe(facts.threats);
    expect(out.borders).toBe(facts.borders);
    const untouched = facts.blocs.find((b) => b.code === 'NATO')!;
    expect(out.blocs.find((b) => b.code === 'NATO')).toBe(untouched);
    expect(out.blocs.find((b) => b.code === 'CSTO')).not.toBe(facts.blocs.find((b) => b.code === 'CSTO'));
  });

  it('no changes: an equal copy', () => {
    const out = applyScenario(world(), []);
    expect(out).toEqual(world());
  });

  it('changes apply in order: a later change sees the earlier ones', () => {
    expect(
      statusOf(
        applyScenario(world(), [
          { type: 'JOIN', state: 'UKR', bloc: 'CSTO' },
          { type: 'FREEZE', state: 'UKR', bloc: 'CSTO' },
        ]),
        'UKR',
        'CSTO',
      ),
    ).toEqual(['FROZEN']);
    expect(
      scenarioError(world(), [
        { type: 'WITHDRAW', state: 'POL', bloc: 'NATO' },
        { type: 'FREEZE', state: 'POL', bloc: 'NATO' },
      ]).index,
    ).toBe(1);
  });
});

describe('flat inputs (GraphQL, stored scenarios)', () => {
  it('toScenarioChange checks the type and the fields each type needs', () => {
    expect(toScenarioChange({ type: 'WITHDRAW', state: 'USA' })).toEqual({ type: 'WITHDRAW', state: 'USA', bloc: null });
    expect(toScenarioChange({ type: 'JOIN', state: 'UKR', bloc: 'NATO', status: 'MEMBER' })).toEqual({
      type: 'JOIN',
      state: 'UKR',
      bloc: 'NATO',
      status: 'MEMBER',
    });
    expect(toScenarioChange({ type: 'FORM', code: 'X', states: ['A', 'B'] })).toEqual({
      type: 'FORM',
      code: 'X',
      name: null,
      states: ['A', 'B'],
      mutualDefence: null,
    });
    expect(() => toScenarioChange({ type: 'EXPLODE', state: 'USA' }, 0)).toThrow(
      'scenario change 1, EXPLODE(USA): unknown change type "EXPLODE"',
    );
    expect(() => toScenarioChange({ type: 'FREEZE', state: 'ARM' }, 2)).toThrow(
      'scenario change 3, FREEZE(ARM, undefined): FREEZE needs a bloc',
    );
    expect(() => toScenarioChange({ type: 'JOIN', state: 'UKR', bloc: 'NATO', status: 'FRIEND' })).toThrow(ScenarioError);
    expect(() => toScenarioChange({ type: 'DISSOLVE' })).toThrow(DomainInputError);
  });

  it('describeChange writes each change type', () => {
    expect(
      [
        { type: 'WITHDRAW', state: 'USA' },
        { type: 'WITHDRAW', state: 'USA', bloc: 'NATO' },
        { type: 'FREEZE', state: 'ARM', bloc: 'CSTO' },
        { type: 'JOIN', state: 'UKR', bloc: 'NATO' },
        { type: 'JOIN', state: 'KAZ', bloc: 'NATO', status: 'PARTNER' },
        { type: 'DISSOLVE', bloc: 'CSTO' },
        { type: 'END_TREATY', bloc: 'NATO' },
        { type: 'FORM', code: 'ASIAN_NATO', states: ['USA', 'JPN'], mutualDefence: true },
      ].map((c) => describeChange(c as ScenarioChange)),
    ).toEqual([
      'WITHDRAW(USA)',
      'WITHDRAW(USA, NATO)',
      'FREEZE(ARM, CSTO)',
      'JOIN(UKR, NATO)',
      'JOIN(KAZ, NATO, PARTNER)',
      'DISSOLVE(CSTO)',
      'END_TREATY(NATO)',
      'FORM(ASIAN_NATO: USA, JPN, mutual defence)',
    ]);
  });
});
