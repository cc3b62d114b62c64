/** The network analysis on hand-made graphs whose answers a reader can see. */
import { describe, expect, it } from 'vitest';
import type { BlocFact, GraphFacts, MembershipStatus } from '../../src/domain/facts.js';
import { analyseNetwork, networkTies, type NetworkTie } from '../../src/domain/network.js';

const tie = (a: string, b: string): NetworkTie => ({ a, b, blocs: ['X'] });

describe('analyseNetwork', () => {
  it('finds the states joining two triangles as articulation points, and the triangles as communities', () => {
    // A-B-C and D-E-F, joined by the single tie C-D: removing C or D splits the graph; nobody else does.
    const result = analyseNetwork([
      tie('A', 'B'),
      tie('A', 'C'),
      tie('B', 'C'),
      tie('C', 'D'),
      tie('D', 'E'),
      tie('D', 'F'),
      tie('E', 'F'),
    ]);
    expect(result.articulationPoints).toEqual(['C', 'D']);
    expect(result.communities).toEqual([
      ['A', 'B', 'C'],
      ['D', 'E', 'F'],
    ]);
    expect(result.centrality.slice(0, 2).map((c) => c.state)).toEqual(['C', 'D']);
    expect(result.centrality.find((c) => c.state === 'C')).toMatchObject({ degree: 3 });
    expect(result.centrality.find((c) => c.state === 'A')).toMatchObject({ degree: 2, betweenness: 0 });
  });

  it('finds the hub of a star, and none in a cycle', () => {
    expect(analyseNetwork([tie('H', 'A'), tie('H', 'B'), tie('H', 'C')]).articulationPoints).toEqual(['H']);
    expect(analyseNetwork([tie('A', 'B'), tie('B', 'C'), tie('C', 'D'), tie('A', 'D')]).articulationPoints).toEqual([]);
  });

  it('gives the same communities every time (seeded)', () => {
    const ties = [tie('A', 'B'), tie('B', 'C'), tie('A', 'C'), tie('C', 'D'), tie('D', 'E'), tie('E', 'F'), tie('D', 'F'), tie('F', 'G')];
    expect(analyseNetwork(ties).communities).toEqual(analyseNetwork(ties).communities);
  });
});

describe('networkTies', () => {
  const bloc = (code: string, obligations: string[], extra: Partial<BlocFact> = {}): BlocFact => ({
    code,
    name: code,
    kind: 'MILITARY_ALLIANCE',
    mutualDefence: false,
    obligations,
    active: true,
    ...extra,
  });
  const m = (state: string, b: string, status: MembershipStatus = 'MEMBER') => ({ state, bloc: b, status });
  const facts = (blocs: BlocFact[], memberships: ReturnType<typeof m>[]): GraphFacts => ({
    asOf: '2025-01-01',
    states: ['A', 'B', 'C', 'D'].map((id) => ({ id, name: id, nuclearArmed: false, milexUsdBn: 1 })),
    blocs,
    memberships,
    deterrence: [],
    forces: [],
    threats: [],
    borders: [],
  });

  it('ties full members of blocs carrying the obligation; not observers, not dissolved blocs, not other obligations', () => {
    const ties = networkTies(
      facts(
        [
          bloc('DEF', ['DEFENCE']),
          bloc('CONS', ['CONSULTATION']),
          bloc('OLD', ['DEFENCE'], { active: false }),
          bloc('CLAUSE', [], { mutualDefence: true }),
        ],
        [
          m('A', 'DEF'),
          m('B', 'DEF'),
          m('C', 'DEF', 'OBSERVER'),
          m('C', 'CONS'),
          m('D', 'CONS'),
          m('A', 'OLD'),
          m('D', 'OLD'),
          m('B', 'CLAUSE'),
          m('C', 'CLAUSE', 'FROZEN'),
        ],
      ),
      ['DEFENCE'],
    );
    expect(ties).toEqual([
      { a: 'A', b: 'B', blocs: ['DEF'] },
      { a: 'B', b: 'C', blocs: ['CLAUSE'] },
    ]);
  });
});
