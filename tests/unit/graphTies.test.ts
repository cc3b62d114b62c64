/**
 * The dashboard's graph model for threat, umbrella and forces edges (web/dashboard/src/graph/elements.ts and
 * layout.ts), without a browser: which way each edge points, that an edge listed twice is drawn once, that far
 * ends become outsiders, and where the layout puts them.
 */
import { describe, expect, it } from 'vitest';
import type {
  BlocGraphQuery,
  StateGraphQuery,
  ThreatFragment,
  UmbrellaFragment,
  ForcesFragment,
} from '../../web/dashboard/src/__generated__/operations.js';
import { blocGraph, stateGraph, tiesOf, tiesTouching } from '../../web/dashboard/src/graph/elements.js';
import { radialLayout } from '../../web/dashboard/src/graph/layout.js';

const s = (id: string, name = id, nuclearArmed = false) => ({ id, name, nuclearArmed });
const threat = (from: string, to: string, level: ThreatFragment['level'] = 'HIGH'): ThreatFragment => ({
  state: s(from),
  threat: s(to),
  level,
  source: 'seed:x',
  note: null,
});
const umbrella = (from: string, to: string, since: string | null = null): UmbrellaFragment => ({
  guarantor: s(from),
  protected: s(to),
  via: { code: 'NATO' },
  since,
  source: 'https://example.org',
  note: null,
});
const forces = (host: string, foreign: string): ForcesFragment => ({
  host: s(host),
  foreign: s(foreign),
  since: null,
  source: 'https://example.org',
  note: null,
});

describe('tiesOf', () => {
  it('points a threat at the state feared, an umbrella at the state protected, forces at their host', () => {
    const ties = tiesOf({
      threats: [threat('POL', 'RUS')],
      umbrellas: [umbrella('USA', 'POL', '1999-03-12')],
      forces: [forces('POL', 'USA')],
    });
    expect(ties.map((t) => t.id)).toEqual(['threat:POL>RUS', 'umbrella:USA>POL', 'forces:USA>POL']);
    expect(ties[0]).toMatchObject({ level: 'HIGH', since: null });
    expect(ties[1]).toMatchObject({ via: 'NATO', since: '1999-03-12' });
  });

  it('draws an edge once when both of its ends list it', () => {
    const ties = tiesOf({ threats: [threat('POL', 'RUS'), threat('POL', 'RUS')], forces: [forces('POL', 'USA'), forces('POL', 'USA')] });
    expect(ties).toHaveLength(2);
  });

  it('keeps the edges that touch a set of states', () => {
    const ties = tiesOf({ threats: [threat('POL', 'RUS'), threat('IND', 'PAK')] });
    expect(tiesTouching(ties, new Set(['RUS'])).map((t) => t.id)).toEqual(['threat:POL>RUS']);
  });
});

describe('blocGraph and stateGraph with ties', () => {
  const member = (id: string) => ({ status: 'MEMBER' as const, since: '1999-03-12', until: null, role: null, note: null, state: s(id) });
  const nato = {
    code: 'NATO',
    name: 'NATO',
    kind: 'MILITARY_ALLIANCE' as const,
    founded: '1949-08-24',
    dissolved: null,
    mutualDefence: true,
    defenceClause: null,
    members: [member('POL'), member('USA')],
  };
  const blocs = [nato] as unknown as NonNullable<BlocGraphQuery['bloc']>['around'];
  const ties = tiesOf({ threats: [threat('POL', 'RUS')], umbrellas: [umbrella('USA', 'POL')] });

  it("adds a tie's far end as an outsider, and no node twice", () => {
    const model = blocGraph(blocs, 'NATO', true, ties);
    const russia = model.nodes.find((n) => n.id === 'state:RUS');
    expect(russia).toMatchObject({ ring: 4, outsider: true });
    expect(model.nodes.filter((n) => n.id === 'state:USA')).toEqual([expect.objectContaining({ ring: 1 })]);
    expect(model.edges.filter((e) => e.tie).map((e) => [e.id, e.source, e.target, e.level])).toEqual([
      ['threat:POL>RUS', 'state:POL', 'state:RUS', 'HIGH'],
      ['umbrella:USA>POL', 'state:USA', 'state:POL', undefined],
    ]);
    expect(blocGraph(blocs, 'NATO', true).nodes.map((n) => n.id)).not.toContain('state:RUS');
  });

  it('a state picture puts the outsiders on the allies ring, beyond its blocs', () => {
    const poland = {
      id: 'POL',
      name: 'Poland',
      nuclearArmed: false,
      memberships: [
        {
          status: 'MEMBER',
          since: '1999-03-12',
          role: null,
          bloc: { code: 'NATO', name: 'NATO', kind: 'MILITARY_ALLIANCE', mutualDefence: true },
        },
      ],
      allies: [{ state: { id: 'USA', name: 'United States' }, via: [{ code: 'NATO' }] }],
    } as unknown as NonNullable<StateGraphQuery['state']>;
    const model = stateGraph(poland, new Set(['USA']), ties);
    expect(model.nodes.find((n) => n.id === 'state:RUS')).toMatchObject({ ring: 3, outsider: true });
    const coords = new Map([
      ['POL', { lat: 52, lng: 20 }],
      ['USA', { lat: 38, lng: -97 }],
      ['RUS', { lat: 60, lng: 100 }],
    ]);
    const placed = radialLayout(model, 800, 600, coords);
    const distance = (id: string) => Math.hypot(placed.get(id)!.x - 400, placed.get(id)!.y - 300);
    expect(distance('state:RUS')).toBeGreaterThan(distance('bloc:NATO'));
    expect(distance('state:RUS')).toBeCloseTo(distance('state:USA'), 0);
    expect(placed.get('state:RUS')!.x, 'Russia lies east of Poland: right of it').toBeGreaterThan(400);
  });
});
