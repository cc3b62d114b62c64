/**
 * Shared rules of the domain: how much of a guarantee a bloc and a membership status carry, lookups that are
 * case-insensitive, and an index of the facts. Used by both the scenario overlay and the exposure model, so that
 * "who is still bound to whom" means the same thing in both. Pure TypeScript.
 */
import type { BlocFact, GraphFacts, MembershipStatus, StateFact, ThreatFact } from './facts.js';

/**
 * The share of a guarantee a membership carries, by status. A frozen membership (Armenia in the CSTO since 2024)
 * is dormant, not ended: a quarter. Suspended members, partners, observers, dialogue partners and applicants are
 * owed nothing: NATO's Indo-Pacific partners and applicants such as Ukraine are not covered by Article 5.
 */
export const STATUS_FACTOR: Readonly<Record<MembershipStatus, number>> = {
  MEMBER: 1,
  FROZEN: 0.25,
  SUSPENDED: 0,
  OBSERVER: 0,
  PARTNER: 0,
  DIALOGUE_PARTNER: 0,
  APPLICANT: 0,
};

export function statusFactor(status: string): number {
  return (STATUS_FACTOR as Record<string, number>)[status] ?? 0;
}

/** A bloc with a defence obligation (mutualDefence, or DEFENCE among its ATOP obligations). */
export const DEFENCE_STRENGTH = 1;
/** A security tie without a defence obligation: CONSULTATION, a security partnership, intelligence sharing. */
export const PARTNERSHIP_STRENGTH = 0.25;

const PARTNERSHIP_KINDS = new Set(['SECURITY_PARTNERSHIP', 'INTELLIGENCE_SHARING']);

/**
 * How much security a bloc's membership carries: 1 with a defence obligation, 0.25 for consultation, security
 * partnerships (AUKUS, the Quad, JEF) and intelligence sharing (Five Eyes), 0 otherwise (economic groupings,
 * caucuses, non-aggression or neutrality pacts, and every dissolved bloc).
 */
export function blocStrength(bloc: BlocFact | undefined): number {
  if (!bloc || !bloc.active) return 0;
  const obligations = bloc.obligations ?? [];
  if (bloc.mutualDefence === true || obligations.includes('DEFENCE')) return DEFENCE_STRENGTH;
  if (obligations.includes('CONSULTATION') || PARTNERSHIP_KINDS.has(bloc.kind)) return PARTNERSHIP_STRENGTH;
  return 0;
}

export function isDefenceBloc(bloc: BlocFact | undefined): boolean {
  return blocStrength(bloc) >= DEFENCE_STRENGTH;
}

/** The state whose id matches, ignoring case and surrounding blanks. */
export function findState(facts: GraphFacts, id: string): StateFact | undefined {
  const key = id.trim().toUpperCase();
  return facts.states.find((s) => s.id.toUpperCase() === key);
}

/** The bloc whose code matches, ignoring case and surrounding blanks. */
export function findBloc(facts: GraphFacts, code: string): BlocFact | undefined {
  const key = code.trim().toUpperCase();
  return facts.blocs.find((b) => b.code.toUpperCase() === key);
}

/**
 * Lookups over one GraphFacts value. Only memberships of active blocs count; a state's factor in a bloc is the
 * largest over its active memberships there.
 */
export class FactIndex {
  readonly states: ReadonlyMap<string, StateFact>;
  readonly blocs = new Map<string, BlocFact>();
  /** state -> bloc -> status factor (0 kept: the membership exists but carries no guarantee). */
  readonly blocsOf = new Map<string, Map<string, number>>();
  /** bloc -> state -> status factor. */
  readonly membersOf = new Map<string, Map<string, number>>();
  /** guarantor -> protected states, and protected -> guarantors. */
  readonly umbrellasFrom = new Map<string, Set<string>>();
  readonly umbrellasOver = new Map<string, Set<string>>();
  /** host -> foreign states whose forces it hosts. */
  readonly forcesIn = new Map<string, Set<string>>();
  /** state -> its land neighbours (BORDERS is undirected). */
  readonly neighbours: ReadonlyMap<string, ReadonlySet<string>>;
  /** state -> the threats it perceives, ordered by the threat's id. */
  readonly threatsBy: ReadonlyMap<string, readonly ThreatFact[]>;

  /**
   * The index of a facts value, built once: the cached facts of a date are shared by every request (facts are
   * never mutated; a scenario makes a new value), so their index is too.
   */
  static of(facts: GraphFacts): FactIndex {
    let index = built.get(facts);
    if (!index) {
      index = new FactIndex(facts);
      built.set(facts, index);
    }
    return index;
  }

  constructor(readonly facts: GraphFacts) {
    // No scenario change touches states, borders or threats, so a scenario's facts share those lists with the
    // facts they came from, and their lookups are built once per list rather than once per request.
    this.states = memo(facts.states, () => new Map(facts.states.map((s) => [s.id, s])));
    this.neighbours = memo(facts.borders, () => {
      const map = new Map<string, Set<string>>();
      for (const b of facts.borders) {
        getOrCreate(map, b.a, () => new Set<string>()).add(b.b);
        getOrCreate(map, b.b, () => new Set<string>()).add(b.a);
      }
      return map;
    });
    this.threatsBy = memo(facts.threats, () => {
      const map = new Map<string, ThreatFact[]>();
      for (const t of facts.threats) getOrCreate(map, t.state, () => []).push(t);
      for (const list of map.values()) list.sort((x, y) => (x.threat < y.threat ? -1 : x.threat > y.threat ? 1 : 0));
      return map;
    });
    for (const b of facts.blocs) this.blocs.set(b.code, b);
    for (const m of facts.memberships) {
      if (!this.blocs.get(m.bloc)?.active) continue;
      const f = statusFactor(m.status);
      setMax(
        getOrCreate(this.blocsOf, m.state, () => new Map<string, number>()),
        m.bloc,
        f,
      );
      setMax(
        getOrCreate(this.membersOf, m.bloc, () => new Map<string, number>()),
        m.state,
        f,
      );
    }
    for (const d of facts.deterrence) {
      getOrCreate(this.umbrellasFrom, d.guarantor, () => new Set<string>()).add(d.protected);
      getOrCreate(this.umbrellasOver, d.protected, () => new Set<string>()).add(d.guarantor);
    }
    for (const f of facts.forces) getOrCreate(this.forcesIn, f.host, () => new Set<string>()).add(f.foreign);
  }

  /** Strength of the tie between a and b through one bloc: strength(bloc) x status(a) x status(b). */
  tieThrough(bloc: string, a: string, b: string): number {
    const members = this.membersOf.get(bloc);
    const fa = members?.get(a) ?? 0;
    const fb = members?.get(b) ?? 0;
    if (fa === 0 || fb === 0) return 0;
    return blocStrength(this.blocs.get(bloc)) * fa * fb;
  }

  /** The strongest tie between a and b over every bloc they share. */
  tie(a: string, b: string): number {
    let best = 0;
    for (const bloc of this.blocsOf.get(a)?.keys() ?? []) best = Math.max(best, this.tieThrough(bloc, a, b));
    return best;
  }

  /** True when a and b are both members (MEMBER or FROZEN) of an active bloc with a defence obligation. */
  shareDefenceBloc(a: string, b: string): boolean {
    for (const bloc of this.blocsOf.get(a)?.keys() ?? []) {
      if (isDefenceBloc(this.blocs.get(bloc)) && this.tieThrough(bloc, a, b) > 0) return true;
    }
    return false;
  }

  hasUmbrella(guarantor: string, protectedState: string): boolean {
    return this.umbrellasFrom.get(guarantor)?.has(protectedState) ?? false;
  }

  hostsForcesOf(host: string, foreign: string): boolean {
    return this.forcesIn.get(host)?.has(foreign) ?? false;
  }
}

const built = new WeakMap<GraphFacts, FactIndex>();
const lookups = new WeakMap<readonly unknown[], unknown>();

/** A lookup derived from a list, built once per list (lists of facts are never changed in place). */
function memo<T>(list: readonly unknown[], build: () => T): T {
  let value = lookups.get(list) as T | undefined;
  if (value === undefined) {
    value = build();
    lookups.set(list, value);
  }
  return value;
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

function setMax<K>(map: Map<K, number>, key: K, value: number): void {
  map.set(key, Math.max(map.get(key) ?? 0, value));
}
