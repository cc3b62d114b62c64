/**
 * Unit tests of the exposure model (src/domain/exposure.ts; README "Exposure: how it is scored"), without a database: small hand-made
 * worlds for each component and property, then a fixture of the real-world graph on 2025-06-01 that pins what the
 * seed articles (registered in data/sources.csv) say explicitly.
 */
import { describe, expect, it } from 'vitest';
import { DomainInputError, UnknownValueError } from '../../src/domain/errors.js';
import type { ExposureEntry, ExposureInput } from '../../src/domain/exposure.js';
import { EXPOSURE_MODEL, computeExposure, exposureLevel } from '../../src/domain/exposure.js';
import type { BlocFact, BlocKind, GraphFacts, MembershipStatus, StateFact, ThreatLevel } from '../../src/domain/facts.js';

// ---------------------------------------------------------------------------------------------------------------
// A small world: G is a big nuclear guarantor, A a small ally, T a threat.
// ---------------------------------------------------------------------------------------------------------------

type StateOpts = { milex?: number | null; nuclear?: boolean; subregion?: string; name?: string };

function state(id: string, opts: StateOpts = {}): StateFact {
  return {
    id,
    name: opts.name ?? `State ${id}`,
    subregion: opts.subregion ?? `Region of ${id}`,
    nuclearArmed: opts.nuclear ?? false,
    milexUsdBn: opts.milex === undefined ? null : opts.milex,
  };
}

function bloc(code: string, kind: 'defence' | 'partnership' | 'consultation' | 'economic' = 'defence'): BlocFact {
  return {
    code,
    name: `Bloc ${code}`,
    kind:
      kind === 'defence'
        ? 'MILITARY_ALLIANCE'
        : kind === 'partnership'
          ? 'SECURITY_PARTNERSHIP'
          : kind === 'consultation'
            ? 'REGIONAL_ORGANISATION'
            : 'ECONOMIC_GROUPING',
    mutualDefence: kind === 'defence',
    obligations: kind === 'defence' ? ['DEFENCE'] : kind === 'consultation' ? ['CONSULTATION'] : [],
    active: true,
  };
}

function world(parts: Partial<GraphFacts> = {}): GraphFacts {
  return {
    asOf: '2025-06-01',
    states: [
      state('G', { milex: 900, nuclear: true }),
      state('A', { milex: null }),
      state('B', { milex: 10 }),
      state('T', { milex: 100, nuclear: true }),
    ],
    blocs: [bloc('PACT')],
    memberships: [m('G', 'PACT'), m('A', 'PACT')],
    deterrence: [],
    forces: [],
    threats: [],
    borders: [],
    ...parts,
  };
}

function m(stateId: string, blocCode: string, status: MembershipStatus = 'MEMBER') {
  return { state: stateId, bloc: blocCode, status };
}

function threat(from: string, to: string, level: ThreatLevel = 'HIGH') {
  return { state: from, threat: to, level };
}

function entryOf(facts: GraphFacts, id: string, input: ExposureInput = { withdrawing: 'G' }): ExposureEntry | undefined {
  return computeExposure(facts, input).find((e) => e.stateId === id);
}

function scoreOf(facts: GraphFacts, id: string, input: ExposureInput = { withdrawing: 'G' }): number {
  return entryOf(facts, id, input)?.score ?? 0;
}

const S0 = EXPOSURE_MODEL.baseSalience;
/** OWN for a state without nuclear weapons and no milex figure (counted as $2bn). */
const OWN_DEFAULT = (0.25 * 2) / (2 + 50);

function weightSum(e: ExposureEntry): number {
  return e.reasons.reduce((sum, r) => sum + r.weight, 0);
}

describe('exposure: each component of the score', () => {
  it('GUARANTEE_LOST: a defence treaty with the withdrawing state is lost, valued at the base salience', () => {
    const e = entryOf(world(), 'A')!;
    expect(e.score).toBeCloseTo(0.5 * 1 * (1 - OWN_DEFAULT) * S0, 4);
    const reason = e.reasons.find((r) => r.kind === 'GUARANTEE_LOST')!;
    expect(reason).toMatchObject({ bloc: 'PACT', counterpart: 'G', edge: 'MEMBER_OF' });
    expect(reason.weight).toBeCloseTo(0.5 * S0, 4);
    expect(reason.text).toContain('State A');
    expect(reason.text).toContain('State G');
    expect(reason.text).toContain('PACT');
  });

  it('UMBRELLA_LOST: the nuclear umbrella adds 0.3', () => {
    const e = entryOf(world({ deterrence: [{ guarantor: 'G', protected: 'A', via: 'PACT' }] }), 'A')!;
    expect(e.score).toBeCloseTo((0.5 + 0.3) * (1 - OWN_DEFAULT) * S0, 4);
    expect(e.reasons.find((r) => r.kind === 'UMBRELLA_LOST')).toMatchObject({
      edge: 'EXTENDS_DETERRENCE',
      counterpart: 'G',
      bloc: 'PACT',
      weight: 0.3 * S0,
    });
  });

  it("FORCES_LOST: the withdrawing state's forces on the state's soil add 0.2", () => {
    const e = entryOf(world({ forces: [{ host: 'A', foreign: 'G' }] }), 'A')!;
    expect(e.score).toBeCloseTo((0.5 + 0.2) * (1 - OWN_DEFAULT) * S0, 4);
    expect(e.reasons.find((r) => r.kind === 'FORCES_LOST')).toMatchObject({ edge: 'HOSTS_FORCES_OF', counterpart: 'G' });
  });

  it('a state that only hosts forces (no bloc) still loses them', () => {
    const e = entryOf(world({ memberships: [], forces: [{ host: 'B', foreign: 'G' }] }), 'B')!;
    expect(e.reasons.map((r) => r.kind)).toEqual(['FORCES_LOST', 'OWN_DETERRENT']);
    expect(e.score).toBeCloseTo(0.2 * (1 - (0.25 * 10) / 60) * S0, 4);
  });

  it('REMAINING_GUARANTORS: other guarantors in the defence bloc keep their share of the guarantee', () => {
    const facts = world({ memberships: [m('G', 'PACT'), m('A', 'PACT'), m('B', 'PACT')] });
    const capG = 900 + 100;
    const capB = 10;
    const sigma = capG / (capG + capB);
    const e = entryOf(facts, 'A')!;
    expect(e.score).toBeCloseTo(0.5 * sigma * (1 - OWN_DEFAULT) * S0, 4);
    const reason = e.reasons.find((r) => r.kind === 'REMAINING_GUARANTORS')!;
    expect(reason).toMatchObject({ bloc: 'PACT', counterpart: 'B', edge: 'MEMBER_OF' });
    expect(reason.weight).toBeCloseTo(-0.5 * (1 - sigma) * S0, 4);
    expect(reason.text).toContain('State B');
  });

  it('OWN_DETERRENT: a nuclear arsenal and a large budget offset the loss', () => {
    const facts = world({ states: [state('G', { milex: 900, nuclear: true }), state('A', { milex: 50, nuclear: true })] });
    const own = 0.5 + (0.25 * 50) / 100;
    const e = entryOf(facts, 'A')!;
    expect(e.score).toBeCloseTo(0.5 * (1 - own) * S0, 4);
    const reason = e.reasons.find((r) => r.kind === 'OWN_DETERRENT')!;
    expect(reason.weight).toBeCloseTo(-0.5 * own * S0, 4);
    expect(reason.text).toContain('own nuclear deterrent');
    expect(reason.text).toContain('$50bn');
  });

  it('a null milexUsdBn counts as $2bn and says so', () => {
    const e = entryOf(world(), 'A')!;
    expect(e.reasons.find((r) => r.kind === 'OWN_DETERRENT')!.text).toContain('no published defence-spending figure (counted as $2bn)');
  });

  it('THREAT_PROXIMITY: a HIGH threat across a land border gives full salience', () => {
    const facts = world({ threats: [threat('A', 'T')], borders: [{ a: 'A', b: 'T' }] });
    const e = entryOf(facts, 'A')!;
    expect(e.score).toBeCloseTo(0.5 * (1 - OWN_DEFAULT) * 1, 4);
    const reason = e.reasons.find((r) => r.kind === 'THREAT_PROXIMITY')!;
    expect(reason).toMatchObject({ counterpart: 'T', edge: 'PERCEIVES_THREAT' });
    expect(reason.weight).toBeCloseTo(0.5 * (1 - OWN_DEFAULT) * (1 - S0), 4);
    expect(reason.text).toContain('HIGH threat from State T');
    expect(reason.text).toContain('borders it');
  });

  it.each([
    ['border', { borders: [{ a: 'A', b: 'T' }] }, 1],
    ['threat forces on own soil', { forces: [{ host: 'A', foreign: 'T' }] }, 1],
    ["borders a host of the threat's forces", { borders: [{ a: 'A', b: 'B' }], forces: [{ host: 'B', foreign: 'T' }] }, 0.85],
    [
      'same subregion',
      {
        states: [state('G', { milex: 900, nuclear: true }), state('A', { subregion: 'Sea' }), state('B'), state('T', { subregion: 'Sea' })],
      },
      0.7,
    ],
    ['distant', {}, 0.5],
  ] as Array<[string, Partial<GraphFacts>, number]>)('proximity %s = %d', (_name, parts, proximity) => {
    const facts = world({ threats: [threat('A', 'T', 'MEDIUM')], ...parts });
    const T = 0.6 * proximity;
    expect(scoreOf(facts, 'A')).toBeCloseTo(0.5 * (1 - OWN_DEFAULT) * (S0 + (1 - S0) * T), 4);
  });

  it('threat levels LOW < MEDIUM < HIGH', () => {
    const at = (level: ThreatLevel) => scoreOf(world({ threats: [threat('A', 'T', level)], borders: [{ a: 'A', b: 'T' }] }), 'A');
    expect(at('LOW')).toBeLessThan(at('MEDIUM'));
    expect(at('MEDIUM')).toBeLessThan(at('HIGH'));
  });

  it('a threat from the withdrawing state itself does not count', () => {
    expect(scoreOf(world({ threats: [threat('A', 'G')], borders: [{ a: 'A', b: 'G' }] }), 'A')).toBe(scoreOf(world(), 'A'));
  });

  it('a state perceived as a threat is not a remaining guarantor', () => {
    const withT = world({ memberships: [m('G', 'PACT'), m('A', 'PACT'), m('T', 'PACT')], threats: [threat('A', 'T', 'LOW')] });
    const e = entryOf(withT, 'A')!;
    expect(e.reasons.some((r) => r.kind === 'REMAINING_GUARANTORS')).toBe(false);
  });

  it('PARTNERSHIP_LOST: a tie without a defence obligation counts a quarter', () => {
    for (const kind of ['partnership', 'consultation'] as const) {
      const e = entryOf(world({ blocs: [bloc('PACT', kind)] }), 'A')!;
      expect(e.reasons[0]).toMatchObject({ kind: 'PARTNERSHIP_LOST', bloc: 'PACT' });
      expect(e.score).toBeCloseTo(0.5 * 0.25 * (1 - OWN_DEFAULT) * S0, 4);
    }
    expect(entryOf(world({ blocs: [bloc('PACT', 'economic')] }), 'A')).toBeUndefined();
  });

  it('statuses: FROZEN carries a quarter of a guarantee; partners, observers, applicants, suspended none', () => {
    const frozen = entryOf(world({ memberships: [m('G', 'PACT'), m('A', 'PACT', 'FROZEN')] }), 'A')!;
    expect(frozen.score).toBeCloseTo(0.5 * 0.25 * (1 - OWN_DEFAULT) * S0, 4);
    expect(frozen.reasons[0]!.text).toContain('FROZEN');
    for (const status of ['PARTNER', 'OBSERVER', 'DIALOGUE_PARTNER', 'APPLICANT', 'SUSPENDED'] as const) {
      expect(entryOf(world({ memberships: [m('G', 'PACT'), m('A', 'PACT', status)] }), 'A')).toBeUndefined();
    }
  });

  it('a dissolved bloc carries nothing', () => {
    expect(entryOf(world({ blocs: [{ ...bloc('PACT'), active: false }] }), 'A')).toBeUndefined();
  });

  it('several lost blocs share the guarantee loss; a redundant tie that remains keeps it', () => {
    const facts = world({
      blocs: [bloc('PACT'), bloc('TREATY')],
      memberships: [m('G', 'PACT'), m('A', 'PACT'), m('G', 'TREATY'), m('A', 'TREATY')],
    });
    const all = entryOf(facts, 'A')!;
    const lost = all.reasons.filter((r) => r.kind === 'GUARANTEE_LOST');
    expect(lost.map((r) => r.bloc)).toEqual(['PACT', 'TREATY']);
    expect(lost[0]!.weight + lost[1]!.weight).toBeCloseTo(0.5 * S0, 4);
    // Leaving PACT only: the TREATY still binds G to A, nothing is lost.
    expect(entryOf(facts, 'A', { withdrawing: 'G', from: ['PACT'] })).toBeUndefined();
  });

  it('with `from`, umbrellas via the bloc end and forces leave once no defence bloc is shared', () => {
    const facts = world({
      blocs: [bloc('PACT'), bloc('TREATY')],
      memberships: [m('G', 'PACT'), m('A', 'PACT'), m('B', 'PACT'), m('G', 'TREATY'), m('B', 'TREATY')],
      deterrence: [
        { guarantor: 'G', protected: 'A', via: 'PACT' },
        { guarantor: 'G', protected: 'B', via: 'TREATY' },
      ],
      forces: [
        { host: 'A', foreign: 'G' },
        { host: 'B', foreign: 'G' },
      ],
    });
    const entries = computeExposure(facts, { withdrawing: 'G', from: ['pact'] });
    const a = entries.find((e) => e.stateId === 'A')!;
    expect(a.reasons.map((r) => r.kind)).toEqual([
      'GUARANTEE_LOST',
      'UMBRELLA_LOST',
      'FORCES_LOST',
      'REMAINING_GUARANTORS',
      'OWN_DETERRENT',
    ]);
    // B keeps the TREATY with G, hence its umbrella and its forces: nothing lost.
    expect(entries.find((e) => e.stateId === 'B')).toBeUndefined();
  });

  it('from: a bloc the withdrawing state is not in changes nothing, [] changes nothing', () => {
    const facts = world({ blocs: [bloc('PACT'), bloc('OTHER')] });
    expect(computeExposure(facts, { withdrawing: 'G', from: ['OTHER'] })).toEqual([]);
    expect(computeExposure(facts, { withdrawing: 'G', from: [] })).toEqual([]);
    expect(computeExposure(facts, { withdrawing: 'G', from: null })).toEqual(computeExposure(facts, { withdrawing: 'G' }));
  });

  it('an umbrella is offset only by another umbrella', () => {
    const base = world({ deterrence: [{ guarantor: 'G', protected: 'A', via: 'PACT' }] });
    const second = world({
      deterrence: [
        { guarantor: 'G', protected: 'A', via: 'PACT' },
        { guarantor: 'B', protected: 'A', via: null },
      ],
    });
    const e = entryOf(second, 'A')!;
    const r = e.reasons.find((x) => x.kind === 'REMAINING_GUARANTORS' && x.edge === 'EXTENDS_DETERRENCE')!;
    expect(r.counterpart).toBe('B');
    const sigmaU = 1000 / (1000 + 10);
    expect(r.weight).toBeCloseTo(-0.3 * (1 - sigmaU) * S0, 4);
    expect(e.score).toBeLessThan(scoreOf(base, 'A'));
  });
});

describe('exposure: properties', () => {
  it('monotonic: adding a threat, or a border with it, raises the score', () => {
    const none = scoreOf(world(), 'A');
    const distant = scoreOf(world({ threats: [threat('A', 'T')] }), 'A');
    const bordering = scoreOf(world({ threats: [threat('A', 'T')], borders: [{ a: 'A', b: 'T' }] }), 'A');
    const twoThreats = scoreOf(world({ threats: [threat('A', 'T', 'LOW'), threat('A', 'B', 'LOW')] }), 'A');
    const oneThreat = scoreOf(world({ threats: [threat('A', 'T', 'LOW')] }), 'A');
    expect(none).toBeLessThan(distant);
    expect(distant).toBeLessThan(bordering);
    expect(oneThreat).toBeLessThan(twoThreats);
  });

  it('monotonic: adding a remaining nuclear guarantor lowers the score, more than a non-nuclear one', () => {
    const states = [
      state('G', { milex: 900, nuclear: true }),
      state('A'),
      state('N', { milex: 50, nuclear: true }),
      state('C', { milex: 50 }),
    ];
    const alone = scoreOf(world({ states }), 'A');
    const withC = scoreOf(world({ states, memberships: [m('G', 'PACT'), m('A', 'PACT'), m('C', 'PACT')] }), 'A');
    const withN = scoreOf(world({ states, memberships: [m('G', 'PACT'), m('A', 'PACT'), m('N', 'PACT')] }), 'A');
    expect(withC).toBeLessThan(alone);
    expect(withN).toBeLessThan(withC);
  });

  it('monotonic: more own capability lowers the score; losing more (umbrella, forces) raises it', () => {
    const at = (milex: number | null) =>
      scoreOf(world({ states: [state('G', { milex: 900, nuclear: true }), state('A', { milex })] }), 'A');
    expect(at(100)).toBeLessThan(at(10));
    expect(at(10)).toBeLessThan(at(null));
    const plain = scoreOf(world(), 'A');
    const umbrella = scoreOf(world({ deterrence: [{ guarantor: 'G', protected: 'A', via: 'PACT' }] }), 'A');
    const both = scoreOf(
      world({ deterrence: [{ guarantor: 'G', protected: 'A', via: 'PACT' }], forces: [{ host: 'A', foreign: 'G' }] }),
      'A',
    );
    expect(plain).toBeLessThan(umbrella);
    expect(umbrella).toBeLessThan(both);
  });

  it('bounds: scores stay in [0,1] and reasons add up to the score, over many random worlds', () => {
    let seed = 42;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const ids = ['G', 'A', 'B', 'C', 'D', 'E', 'T', 'U'];
    for (let round = 0; round < 200; round++) {
      const states = ids.map((id) =>
        state(id, { milex: rnd() < 0.3 ? null : Math.round(rnd() * 1000), nuclear: rnd() < 0.3, subregion: pick(['X', 'Y']) }),
      );
      const blocs = [bloc('P1'), bloc('P2'), bloc('P3', 'partnership'), bloc('P4', 'consultation')];
      const memberships = ids.flatMap((id) =>
        blocs.filter(() => rnd() < 0.5).map((b) => m(id, b.code, pick(['MEMBER', 'MEMBER', 'FROZEN', 'PARTNER'] as const))),
      );
      const deterrence = ids.filter(() => rnd() < 0.3).map((id) => ({ guarantor: pick(ids), protected: id, via: pick([null, 'P1']) }));
      const forces = ids.filter(() => rnd() < 0.3).map((id) => ({ host: id, foreign: pick(ids) }));
      const threats = ids.filter(() => rnd() < 0.6).map((id) => threat(id, pick(ids), pick(['LOW', 'MEDIUM', 'HIGH'] as const)));
      const borders = ids.filter(() => rnd() < 0.5).map((id) => ({ a: id, b: pick(ids) }));
      const facts: GraphFacts = { asOf: '2025-06-01', states, blocs, memberships, deterrence, forces, threats, borders };
      for (const withdrawing of ['G', 'T']) {
        for (const e of computeExposure(facts, { withdrawing })) {
          expect(e.score).toBeGreaterThanOrEqual(0);
          expect(e.score).toBeLessThanOrEqual(1);
          expect(Math.abs(weightSum(e) - e.score)).toBeLessThan(1e-3);
          expect(e.level).toBe(exposureLevel(e.score));
          expect(e.stateId).not.toBe(withdrawing);
        }
      }
    }
  });

  it('the maximum is reached by a state that loses everything to a bordering HIGH threat with no means of its own', () => {
    const facts = world({
      states: [state('G', { milex: 900, nuclear: true }), state('A', { milex: 0 }), state('T', { milex: 100, nuclear: true })],
      deterrence: [{ guarantor: 'G', protected: 'A', via: 'PACT' }],
      forces: [{ host: 'A', foreign: 'G' }],
      threats: [threat('A', 'T')],
      borders: [{ a: 'A', b: 'T' }],
    });
    expect(scoreOf(facts, 'A')).toBe(1);
    expect(entryOf(facts, 'A')!.level).toBe('CRITICAL');
  });

  it.each([
    [0, 'NONE'],
    [0.0499, 'NONE'],
    [0.05, 'LOW'],
    [0.1999, 'LOW'],
    [0.2, 'MEDIUM'],
    [0.3999, 'MEDIUM'],
    [0.4, 'HIGH'],
    [0.5999, 'HIGH'],
    [0.6, 'CRITICAL'],
    [1, 'CRITICAL'],
  ] as const)('level of %d is %s', (score, level) => {
    expect(exposureLevel(score)).toBe(level);
  });

  it('deterministic: the same facts in any order give the same answer', () => {
    const facts = world({
      states: [
        state('G', { milex: 900, nuclear: true }),
        state('A'),
        state('B', { milex: 10 }),
        state('C', { milex: 10 }),
        state('T', { milex: 100, nuclear: true }),
      ],
      memberships: [m('G', 'PACT'), m('A', 'PACT'), m('B', 'PACT'), m('C', 'PACT')],
      threats: [threat('A', 'T'), threat('B', 'T', 'LOW'), threat('A', 'C', 'LOW')],
      borders: [{ a: 'A', b: 'T' }],
    });
    const reversed: GraphFacts = {
      ...facts,
      states: [...facts.states].reverse(),
      memberships: [...facts.memberships].reverse(),
      threats: [...facts.threats].reverse(),
    };
    const first = computeExposure(facts, { withdrawing: 'G' });
    expect(computeExposure(facts, { withdrawing: 'G' })).toEqual(first);
    expect(computeExposure(reversed, { withdrawing: 'G' })).toEqual(first);
  });

  it('sorted by score, highest first, ties by state id; the withdrawing state and states that lose nothing are left out', () => {
    const facts = world({
      states: [state('G', { milex: 900, nuclear: true }), state('A'), state('B'), state('C'), state('Z')],
      memberships: [m('G', 'PACT'), m('C', 'PACT'), m('B', 'PACT'), m('A', 'PACT')],
      threats: [threat('C', 'Z')],
    });
    const entries = computeExposure(facts, { withdrawing: 'G' });
    expect(entries.map((e) => e.stateId)).toEqual(['C', 'A', 'B']);
    expect(entries[1]!.score).toBe(entries[2]!.score);
  });

  it('does not mutate its input', () => {
    const facts = world({ deterrence: [{ guarantor: 'G', protected: 'A', via: 'PACT' }], forces: [{ host: 'A', foreign: 'G' }] });
    const copy = structuredClone(facts);
    computeExposure(facts, { withdrawing: 'G' });
    computeExposure(facts, { withdrawing: 'G', from: ['PACT'] });
    expect(facts).toEqual(copy);
  });

  it('reasons name their bloc, counterpart and edge, with one sentence each', () => {
    const facts = world({
      states: [
        state('G', { milex: 900, nuclear: true, name: 'United States' }),
        state('A', { name: 'Poland' }),
        state('B', { milex: 10, name: 'Germany' }),
        state('T', { milex: 100, nuclear: true, name: 'Russia' }),
      ],
      memberships: [m('G', 'PACT'), m('A', 'PACT'), m('B', 'PACT')],
      deterrence: [{ guarantor: 'G', protected: 'A', via: 'PACT' }],
      forces: [{ host: 'A', foreign: 'G' }],
      threats: [threat('A', 'T')],
      borders: [{ a: 'A', b: 'T' }],
    });
    const e = entryOf(facts, 'A')!;
    expect(e.reasons.map((r) => [r.kind, r.bloc, r.counterpart, r.edge])).toEqual([
      ['GUARANTEE_LOST', 'PACT', 'G', 'MEMBER_OF'],
      ['UMBRELLA_LOST', 'PACT', 'G', 'EXTENDS_DETERRENCE'],
      ['FORCES_LOST', undefined, 'G', 'HOSTS_FORCES_OF'],
      ['REMAINING_GUARANTORS', 'PACT', 'B', 'MEMBER_OF'],
      ['OWN_DETERRENT', undefined, undefined, undefined],
      ['THREAT_PROXIMITY', undefined, 'T', 'PERCEIVES_THREAT'],
    ]);
    const texts = e.reasons.map((r) => r.text);
    expect(texts[0]).toBe('Poland loses the mutual-defence guarantee of the United States through PACT (Bloc PACT).');
    expect(texts[1]).toBe('Poland loses the nuclear umbrella the United States extends to it (EXTENDS_DETERRENCE via PACT).');
    expect(texts[2]).toBe('Forces of the United States stationed in Poland (HOSTS_FORCES_OF) leave with the withdrawal.');
    expect(texts[3]).toMatch(/^1 guarantor remains to Poland through PACT \(Germany; 0 nuclear-armed\): the United States held 99% /);
    expect(texts[5]).toBe('Poland perceives a HIGH threat from Russia (PERCEIVES_THREAT) and borders it.');
    for (const t of texts) expect(t).toMatch(/^[A-Z0-9].*\.$/);
    expect(Math.abs(weightSum(e) - e.score)).toBeLessThan(1e-3);
  });
});

describe('exposure: validation', () => {
  it('an unknown withdrawing state is an UnknownValueError naming it', () => {
    expect(() => computeExposure(world(), { withdrawing: 'XYZ' })).toThrow(UnknownValueError);
    try {
      computeExposure(world(), { withdrawing: 'XYZ' });
    } catch (error) {
      expect(error).toBeInstanceOf(DomainInputError);
      expect((error as UnknownValueError).message).toBe('withdrawing: unknown state "XYZ"');
      expect((error as UnknownValueError).value).toBe('XYZ');
      expect((error as UnknownValueError).kind).toBe('state');
    }
  });

  it('an unknown bloc in `from` is an UnknownValueError naming it', () => {
    expect(() => computeExposure(world(), { withdrawing: 'G', from: ['PACT', 'NOPE'] })).toThrow('from: unknown bloc "NOPE"');
    try {
      computeExposure(world(), { withdrawing: 'G', from: ['NOPE'] });
    } catch (error) {
      expect(error).toBeInstanceOf(UnknownValueError);
      expect((error as UnknownValueError).argument).toBe('from');
      expect((error as UnknownValueError).kind).toBe('bloc');
    }
  });

  it('ids and codes are case-insensitive', () => {
    expect(computeExposure(world(), { withdrawing: 'g', from: ['pact'] })).toEqual(
      computeExposure(world(), { withdrawing: 'G', from: ['PACT'] }),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The real world on 2025-06-01, as the graph holds it (cypher/data/*.cypher; the facts exposure.cypher returned
// on that date, limited to the states in security blocs, BRICS and the threat edges). Milex: SIPRI 2025,
// 40 largest spenders only, others null.
// ---------------------------------------------------------------------------------------------------------------

const STATES: Array<[id: string, name: string, milexUsdBn: number | null, nuclearArmed: boolean, subregion: string]> = [
  ['AFG', 'Afghanistan', null, false, 'Southern Asia'],
  ['ALB', 'Albania', null, false, 'Southeast Europe'],
  ['ARE', 'United Arab Emirates', null, false, 'Western Asia'],
  ['ARM', 'Armenia', null, false, 'Western Asia'],
  ['AUS', 'Australia', 35, false, 'Australia and New Zealand'],
  ['AUT', 'Austria', null, false, 'Central Europe'],
  ['AZE', 'Azerbaijan', null, false, 'Western Asia'],
  ['BEL', 'Belgium', 14.5, false, 'Western Europe'],
  ['BGR', 'Bulgaria', null, false, 'Southeast Europe'],
  ['BLR', 'Belarus', null, false, 'Eastern Europe'],
  ['BOL', 'Bolivia', null, false, 'South America'],
  ['BRA', 'Brazil', 24, false, 'South America'],
  ['CAN', 'Canada', 37, false, 'North America'],
  ['CHE', 'Switzerland', 7.6, false, 'Western Europe'],
  ['CHN', 'China', 336, true, 'Eastern Asia'],
  ['CUB', 'Cuba', null, false, 'Caribbean'],
  ['CYP', 'Cyprus', null, false, 'Southern Europe'],
  ['CZE', 'Czechia', 7.1, false, 'Central Europe'],
  ['DEU', 'Germany', 114, false, 'Western Europe'],
  ['DNK', 'Denmark', 14.9, false, 'Northern Europe'],
  ['EGY', 'Egypt', null, false, 'Northern Africa'],
  ['ESP', 'Spain', 40, false, 'Southern Europe'],
  ['EST', 'Estonia', null, false, 'Northern Europe'],
  ['ETH', 'Ethiopia', null, false, 'Eastern Africa'],
  ['FIN', 'Finland', 8.1, false, 'Northern Europe'],
  ['FRA', 'France', 68, true, 'Western Europe'],
  ['GBR', 'United Kingdom', 89, true, 'Northern Europe'],
  ['GEO', 'Georgia', null, false, 'Western Asia'],
  ['GRC', 'Greece', 8.4, false, 'Southern Europe'],
  ['HRV', 'Croatia', null, false, 'Southeast Europe'],
  ['HUN', 'Hungary', null, false, 'Central Europe'],
  ['IDN', 'Indonesia', 15, false, 'South-Eastern Asia'],
  ['IND', 'India', 92, true, 'Southern Asia'],
  ['IRL', 'Ireland', null, false, 'Northern Europe'],
  ['IRN', 'Iran', 7.4, false, 'Southern Asia'],
  ['ISL', 'Iceland', null, false, 'Northern Europe'],
  ['ISR', 'Israel', 48, true, 'Western Asia'],
  ['ITA', 'Italy', 48, false, 'Southern Europe'],
  ['JPN', 'Japan', 62, false, 'Eastern Asia'],
  ['KAZ', 'Kazakhstan', null, false, 'Central Asia'],
  ['KGZ', 'Kyrgyzstan', null, false, 'Central Asia'],
  ['KHM', 'Cambodia', null, false, 'South-Eastern Asia'],
  ['KOR', 'South Korea', 48, false, 'Eastern Asia'],
  ['LTU', 'Lithuania', null, false, 'Northern Europe'],
  ['LUX', 'Luxembourg', null, false, 'Western Europe'],
  ['LVA', 'Latvia', null, false, 'Northern Europe'],
  ['MDA', 'Moldova', null, false, 'Eastern Europe'],
  ['MEX', 'Mexico', 13.6, false, 'North America'],
  ['MKD', 'North Macedonia', null, false, 'Southeast Europe'],
  ['MLT', 'Malta', null, false, 'Southern Europe'],
  ['MNE', 'Montenegro', null, false, 'Southeast Europe'],
  ['MNG', 'Mongolia', null, false, 'Eastern Asia'],
  ['MYS', 'Malaysia', null, false, 'South-Eastern Asia'],
  ['NGA', 'Nigeria', null, false, 'Western Africa'],
  ['NLD', 'Netherlands', 29, false, 'Western Europe'],
  ['NOR', 'Norway', 17, false, 'Northern Europe'],
  ['NPL', 'Nepal', null, false, 'Southern Asia'],
  ['NZL', 'New Zealand', null, false, 'Australia and New Zealand'],
  ['PAK', 'Pakistan', 11.9, true, 'Southern Asia'],
  ['PHL', 'Philippines', null, false, 'South-Eastern Asia'],
  ['POL', 'Poland', 47, false, 'Central Europe'],
  ['PRK', 'North Korea', null, true, 'Eastern Asia'],
  ['PRT', 'Portugal', null, false, 'Southern Europe'],
  ['QAT', 'Qatar', null, false, 'Western Asia'],
  ['ROU', 'Romania', 9.7, false, 'Southeast Europe'],
  ['RUS', 'Russia', 190, true, 'Eastern Europe'],
  ['SVK', 'Slovakia', null, false, 'Central Europe'],
  ['SVN', 'Slovenia', null, false, 'Central Europe'],
  ['SWE', 'Sweden', 16.5, false, 'Northern Europe'],
  ['THA', 'Thailand', null, false, 'South-Eastern Asia'],
  ['TJK', 'Tajikistan', null, false, 'Central Asia'],
  ['TUR', 'Türkiye', 30, false, 'Western Asia'],
  ['TWN', 'Taiwan', 18.2, false, 'Eastern Asia'],
  ['UGA', 'Uganda', null, false, 'Eastern Africa'],
  ['UKR', 'Ukraine', 84, false, 'Eastern Europe'],
  ['USA', 'United States', 954, true, 'North America'],
  ['UZB', 'Uzbekistan', null, false, 'Central Asia'],
  ['ZAF', 'South Africa', null, false, 'Southern Africa'],
];

const BLOCS: Array<[code: string, kind: BlocKind, mutualDefence: boolean, obligations: string]> = [
  ['ANZUS', 'MILITARY_ALLIANCE', true, 'DEFENCE CONSULTATION'],
  ['AUKUS', 'SECURITY_PARTNERSHIP', false, ''],
  ['B9', 'CAUCUS', false, ''],
  ['BRICS', 'ECONOMIC_GROUPING', false, ''],
  ['CHN_PRK', 'DEFENCE_TREATY', true, 'DEFENCE CONSULTATION'],
  ['CSTO', 'MILITARY_ALLIANCE', true, 'DEFENCE CONSULTATION'],
  ['EU', 'POLITICAL_UNION', true, 'DEFENCE'],
  ['FIVE_EYES', 'INTELLIGENCE_SHARING', false, ''],
  ['JEF', 'SECURITY_PARTNERSHIP', false, ''],
  ['NATO', 'MILITARY_ALLIANCE', true, 'DEFENCE CONSULTATION'],
  ['QUAD', 'SECURITY_PARTNERSHIP', false, ''],
  ['RUS_ARM', 'DEFENCE_TREATY', true, 'DEFENCE'],
  ['RUS_PRK', 'DEFENCE_TREATY', true, 'DEFENCE CONSULTATION'],
  ['SCO', 'REGIONAL_ORGANISATION', false, 'CONSULTATION'],
  ['TUR_AZE', 'DEFENCE_TREATY', true, 'DEFENCE CONSULTATION'],
  ['UNION_STATE', 'POLITICAL_UNION', true, 'DEFENCE CONSULTATION'],
  ['US_JPN', 'DEFENCE_TREATY', true, 'DEFENCE CONSULTATION'],
  ['US_KOR', 'DEFENCE_TREATY', true, 'DEFENCE CONSULTATION'],
  ['US_PHL', 'DEFENCE_TREATY', true, 'DEFENCE CONSULTATION'],
];

/** bloc -> status -> member ids, as active on 2025-06-01. */
const MEMBERS: Record<string, Record<string, string>> = {
  NATO: {
    MEMBER:
      'ALB BEL BGR CAN CZE DEU DNK ESP EST FIN FRA GBR GRC HRV HUN ISL ITA LTU LUX LVA MKD MNE NLD NOR POL PRT ROU SVK SVN SWE TUR USA',
    PARTNER: 'AUS JPN KOR NZL',
    APPLICANT: 'UKR',
  },
  EU: {
    MEMBER: 'AUT BEL BGR CYP CZE DEU DNK ESP EST FIN FRA GRC HRV HUN IRL ITA LTU LUX LVA MLT NLD POL PRT ROU SVK SVN SWE',
    APPLICANT: 'GEO MDA TUR UKR',
  },
  US_JPN: { MEMBER: 'JPN USA' },
  US_KOR: { MEMBER: 'KOR USA' },
  US_PHL: { MEMBER: 'PHL USA' },
  ANZUS: { MEMBER: 'AUS NZL USA' },
  AUKUS: { MEMBER: 'AUS GBR USA' },
  QUAD: { MEMBER: 'AUS IND JPN USA' },
  FIVE_EYES: { MEMBER: 'AUS CAN GBR NZL USA' },
  JEF: { MEMBER: 'DNK EST FIN GBR ISL LTU LVA NLD NOR SWE' },
  B9: { MEMBER: 'BGR CZE EST HUN LTU LVA POL ROU SVK' },
  CSTO: { FROZEN: 'ARM', MEMBER: 'BLR KAZ KGZ RUS TJK', SUSPENDED: 'UZB' },
  UNION_STATE: { MEMBER: 'BLR RUS' },
  RUS_PRK: { MEMBER: 'PRK RUS' },
  CHN_PRK: { MEMBER: 'CHN PRK' },
  RUS_ARM: { MEMBER: 'ARM RUS' },
  TUR_AZE: { MEMBER: 'AZE TUR' },
  SCO: { OBSERVER: 'AFG MNG', DIALOGUE_PARTNER: 'ARM AZE EGY KHM NPL QAT TUR', MEMBER: 'BLR CHN IND IRN KAZ KGZ PAK RUS TJK UZB' },
  BRICS: { MEMBER: 'ARE BRA CHN EGY ETH IDN IND IRN RUS ZAF', PARTNER: 'BLR BOL CUB KAZ MYS NGA THA UGA UZB' },
};

const DETERRENCE =
  'RUS>BLR@UNION_STATE USA>ALB@NATO USA>AUS@ANZUS USA>BEL@NATO USA>BGR@NATO USA>CAN@NATO USA>CZE@NATO USA>DEU@NATO USA>DNK@NATO USA>ESP@NATO USA>EST@NATO USA>FIN@NATO USA>FRA@NATO USA>GBR@NATO USA>GRC@NATO USA>HRV@NATO USA>HUN@NATO USA>ISL@NATO USA>ITA@NATO USA>JPN@US_JPN USA>KOR@US_KOR USA>LTU@NATO USA>LUX@NATO USA>LVA@NATO USA>MKD@NATO USA>MNE@NATO USA>NLD@NATO USA>NOR@NATO USA>POL@NATO USA>PRT@NATO USA>ROU@NATO USA>SVK@NATO USA>SVN@NATO USA>SWE@NATO USA>TUR@NATO';
const FORCES =
  'ARM<RUS BGR<ITA BLR<RUS DEU<USA ESP<USA EST<GBR GBR<USA ITA<USA JPN<USA KOR<USA LTU<DEU LVA<CAN POL<USA ROU<FRA SVK<CZE TUR<USA';
const THREATS =
  'ARM>AZE:MEDIUM BGR>RUS:MEDIUM CZE>RUS:MEDIUM EST>RUS:HIGH FIN>RUS:HIGH HUN>RUS:LOW IND>CHN:MEDIUM IND>PAK:HIGH IRN>ISR:HIGH IRN>USA:HIGH ISR>IRN:HIGH JPN>CHN:HIGH JPN>PRK:HIGH KOR>CHN:MEDIUM KOR>PRK:HIGH LTU>CHN:MEDIUM LTU>RUS:HIGH LVA>RUS:HIGH PAK>IND:HIGH POL>RUS:HIGH ROU>RUS:MEDIUM SVK>RUS:MEDIUM TWN>CHN:HIGH UKR>RUS:HIGH USA>CHN:HIGH';
const BORDERS =
  'AFG-IRN AFG-PAK ARM-AZE ARM-GEO ARM-IRN ARM-TUR AUT-CZE AUT-HUN AUT-SVK AZE-IRN BGR-GRC BGR-MKD BGR-ROU BGR-TUR BLR-LTU BLR-LVA BLR-POL BLR-UKR CAN-USA CHN-IND CHN-PAK CZE-DEU CZE-POL CZE-SVK DEU-POL EGY-ISR EST-LVA EST-RUS FIN-NOR FIN-RUS FIN-SWE HRV-HUN HUN-ROU HUN-SVK HUN-SVN HUN-UKR IND-NPL IND-PAK IRN-PAK IRN-TUR KOR-PRK LTU-LVA LTU-POL LTU-RUS LVA-RUS MDA-ROU MDA-UKR MEX-USA POL-RUS POL-SVK POL-UKR ROU-UKR RUS-UKR SVK-UKR';

function realWorld(): GraphFacts {
  const pairs = (text: string, sep: RegExp) => text.split(' ').map((x) => x.split(sep));
  return {
    asOf: '2025-06-01',
    states: STATES.map(([id, name, milexUsdBn, nuclearArmed, subregion]) => ({ id, name, milexUsdBn, nuclearArmed, subregion })),
    blocs: BLOCS.map(([code, kind, mutualDefence, obligations]) => ({
      code,
      name: code,
      kind,
      mutualDefence,
      obligations: obligations ? obligations.split(' ') : [],
      active: true,
    })),
    memberships: Object.entries(MEMBERS).flatMap(([blocCode, byStatus]) =>
      Object.entries(byStatus).flatMap(([status, ids]) => ids.split(' ').map((id) => m(id, blocCode, status as MembershipStatus))),
    ),
    deterrence: pairs(DETERRENCE, /[>@]/).map(([guarantor, protectedId, via]) => ({
      guarantor: guarantor!,
      protected: protectedId!,
      via: via!,
    })),
    forces: pairs(FORCES, /</).map(([host, foreign]) => ({ host: host!, foreign: foreign! })),
    threats: pairs(THREATS, /[>:]/).map(([from, to, level]) => threat(from!, to!, level as ThreatLevel)),
    borders: pairs(BORDERS, /-/).map(([a, b]) => ({ a: a!, b: b! })),
  };
}

describe("the seeds' reading: the United States withdraws from all its commitments", () => {
  const entries = computeExposure(realWorld(), { withdrawing: 'USA' });
  const rank = (id: string) => entries.findIndex((e) => e.stateId === id);
  const score = (id: string) => entries.find((e) => e.stateId === id)?.score ?? 0;
  const level = (id: string) => entries.find((e) => e.stateId === id)?.level ?? 'NONE';
  const westernAllies = ['DEU', 'FRA', 'GBR', 'ITA', 'ESP', 'PRT', 'NLD', 'BEL', 'LUX', 'CAN'];

  // seed 000 (negative scenario): "Central and Eastern European and Baltic States, particularly, could be
  // vulnerable to Russian assertiveness, while South and East Asia might contend with increased security pressures
  // from Beijing." Also the neutral scenario: "Central and Eastern European (CEE) and Baltic States may be
  // particularly vulnerable, seeking to preserve ties with the US".
  it('Poland and the Baltic states are among the most exposed', () => {
    for (const id of ['POL', 'EST', 'LVA', 'LTU']) {
      expect(rank(id)).toBeGreaterThanOrEqual(0);
      expect(rank(id)).toBeLessThan(8);
      expect(['HIGH', 'CRITICAL']).toContain(level(id));
      for (const ally of westernAllies) expect(score(id)).toBeGreaterThan(score(ally));
    }
  });

  // seed 000: "The escalating strategic tensions between China and key regional powers, including Japan, South
  // Korea, and India, contribute to heightened instability in the Indo-Pacific region." seed 004: "In the face of
  // threats from North Korea, NATO members are seeking closer ties with their Asian allies."
  it('Japan and South Korea, whose guarantees run through the US alone, are exposed', () => {
    for (const id of ['JPN', 'KOR']) {
      expect(rank(id)).toBeLessThan(8);
      expect(['HIGH', 'CRITICAL']).toContain(level(id));
      const e = entries[rank(id)]!;
      expect(
        e.reasons
          .filter((r) => r.kind !== 'THREAT_PROXIMITY' && r.kind !== 'OWN_DETERRENT' && r.kind !== 'PARTNERSHIP_LOST')
          .map((r) => r.kind),
      ).toEqual(['GUARANTEE_LOST', 'UMBRELLA_LOST', 'FORCES_LOST']); // no remaining guarantor offsets anything
    }
  });

  // seed 001: "France is approaching the debate on a US withdrawal with strategic composure. Unlike many other
  // NATO member states, Paris does not view its national security as primarily dependent on Washington."
  // seed 001: "The closer a country's geographical proximity to Russia, the greater its support for nuclear deterrence."
  it('France and the United Kingdom, with their own deterrents, are less exposed than Poland, and the least of all NATO allies', () => {
    expect(score('FRA')).toBeLessThan(score('POL'));
    expect(score('GBR')).toBeLessThan(score('POL'));
    expect(score('FRA')).toBeLessThan(score('DEU'));
    const nato = entries.filter((e) => MEMBERS.NATO!.MEMBER!.split(' ').includes(e.stateId));
    expect(nato).toHaveLength(31);
    expect(
      nato
        .slice(-2)
        .map((e) => e.stateId)
        .sort(),
    ).toEqual(['FRA', 'GBR']);
    expect(entries[rank('FRA')]!.reasons.find((r) => r.kind === 'OWN_DETERRENT')!.text).toContain('own nuclear deterrent');
  });

  // seed 001: "Proximity to Russia has a major impact on strategic perspectives. States such as Lithuania, Poland or
  // Finland see Russia as a permanent threat – countries in southwest Europe, on the other hand, see things differently."
  it('proximity to Russia raises exposure: Lithuania, Poland, Finland above southwest Europe', () => {
    for (const id of ['LTU', 'POL', 'FIN']) {
      for (const southwest of ['ESP', 'PRT', 'ITA', 'FRA']) expect(score(id)).toBeGreaterThan(score(southwest));
      expect(entries[rank(id)]!.reasons.find((r) => r.kind === 'THREAT_PROXIMITY' && r.counterpart === 'RUS')!.text).toContain(
        'borders it',
      );
    }
  });

  // seed 001: "Turkey plays a distinctive role. It mainly sees NATO as a kind of insurance policy, rather than a
  // central pillar for its security."
  it('Turkey is exposed, but less than the north-eastern flank', () => {
    expect(level('TUR')).not.toBe('NONE');
    for (const id of ['POL', 'LTU', 'LVA', 'EST', 'FIN']) expect(score('TUR')).toBeLessThan(score(id));
  });

  // seed 000: "Amid these dynamics, non-aligned countries and those adopting balancing strategies between the US and
  // China actively pursue a delicate equilibrium." India sits in the Quad and in BRICS and the SCO, has its own
  // deterrent, and has no defence treaty with the US.
  it('India, a hedger with its own deterrent, is far less exposed than Japan', () => {
    expect(score('IND')).toBeLessThan(score('JPN') / 4);
    expect(['NONE', 'LOW']).toContain(level('IND'));
  });

  // seed 002: "Yet, Europe remains heavily dependent on the U.S. for both security and economic stability."
  it('every European NATO ally loses something', () => {
    for (const id of MEMBERS.NATO!.MEMBER!.split(' ').filter((x) => x !== 'USA')) expect(score(id)).toBeGreaterThan(0);
  });

  // docs/data-model.md, "The score": a state with nothing to lose is left out. EU-only states (Austria, Ireland),
  // neutral Switzerland, BRICS members, Russia and China, and Ukraine (an applicant is owed nothing by Article 5).
  it('states in no US-linked bloc score 0 (are absent)', () => {
    for (const id of ['AUT', 'IRL', 'CHE', 'BRA', 'ZAF', 'CHN', 'RUS', 'IRN', 'UKR', 'USA']) expect(rank(id)).toBe(-1);
  });

  it("Poland's reasons name NATO, the US umbrella, the US forces and Russia", () => {
    const e = entries[rank('POL')]!;
    expect(e.reasons.map((r) => `${r.kind}:${r.bloc ?? ''}:${r.counterpart ?? ''}`)).toEqual([
      'GUARANTEE_LOST:NATO:USA',
      'UMBRELLA_LOST:NATO:USA',
      'FORCES_LOST::USA',
      expect.stringMatching(/^REMAINING_GUARANTORS:(NATO|EU):/),
      'OWN_DETERRENT::',
      'THREAT_PROXIMITY::RUS',
    ]);
  });

  it('leaving NATO only spares the Indo-Pacific allies', () => {
    const nato = computeExposure(realWorld(), { withdrawing: 'USA', from: ['NATO'] });
    const ids = nato.map((e) => e.stateId);
    expect(ids).not.toContain('JPN');
    expect(ids).not.toContain('KOR');
    expect(ids.slice(0, 5).sort()).toEqual(['EST', 'FIN', 'LTU', 'LVA', 'POL']);
  });
});

describe("the seeds' reading: Russia withdraws from all its commitments", () => {
  const entries = computeExposure(realWorld(), { withdrawing: 'RUS' });
  const byId = new Map(entries.map((e) => [e.stateId, e]));

  it('Armenia and Belarus, bound to Russia by treaty and hosting its forces, are the most exposed', () => {
    expect(
      entries
        .slice(0, 2)
        .map((e) => e.stateId)
        .sort(),
    ).toEqual(['ARM', 'BLR']);
    expect(byId.get('BLR')!.reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(['UMBRELLA_LOST', 'FORCES_LOST']));
  });

  // seed 003: "the Collective Security Treaty Organisation (CSTO) has, for several years, been operating in a mode
  // in which one of its members, Armenia, has effectively frozen its participation."
  it("Armenia's frozen CSTO membership counts a quarter of its bilateral treaty", () => {
    const arm = byId.get('ARM')!;
    const csto = arm.reasons.find((r) => r.bloc === 'CSTO')!;
    const treaty = arm.reasons.find((r) => r.bloc === 'RUS_ARM')!;
    expect(csto.text).toContain('FROZEN');
    expect(csto.weight).toBeCloseTo(treaty.weight / 4, 4);
  });

  // seed 003: "member states simply cannot rely exclusively on CSTO agreements and mechanisms as the primary
  // foundation of their national security strategy" - and the other CSTO members are left with little.
  it('the other CSTO members are exposed; China and India, with their own deterrents, hardly at all; NATO not at all', () => {
    for (const id of ['KAZ', 'KGZ', 'TJK']) expect(byId.get(id)!.level).not.toBe('NONE');
    for (const id of ['CHN', 'IND']) expect(byId.get(id)!.level).toBe('NONE');
    for (const id of MEMBERS.NATO!.MEMBER!.split(' ')) expect(byId.has(id)).toBe(false);
    // North Korea keeps China's treaty and its own arsenal.
    expect(byId.get('PRK')!.reasons.find((r) => r.kind === 'REMAINING_GUARANTORS')!.counterpart).toBe('CHN');
    expect(byId.get('PRK')!.score).toBeLessThan(byId.get('ARM')!.score / 4);
  });
});
