/**
 * Exposure through time: the dated facts around one state and one withdrawing state (read once, with the days each
 * fact holds), the facts of any day derived from them exactly as cypher/queries/facts-of-date.cypher derives the
 * graph's, and the state's exposure on each day of a timeline. Pure: the service reads, this computes.
 */
import { computeExposure, exposureLevel, type ExposureInput, type ExposureReason } from './exposure.js';
import type { BlocRecord, BorderFact, DeterrenceFact, ForcesFact, GraphFacts, MembershipFact, StateRecord, ThreatFact } from './facts.js';
import type { ExposureLevel } from './exposure.js';

/** A fact with the days it holds: from `since` (null: always) until the day before `until` (null: still). */
export type Dated<T> = T & { since?: string | null; until?: string | null };

export interface DatedState extends StateRecord {
  /** Military expenditure by year (bn current US$), with its citation. */
  milex: { year: number; usdBn: number; source: string }[];
}

export interface DatedFacts {
  states: DatedState[];
  blocs: BlocRecord[];
  memberships: Dated<MembershipFact>[];
  deterrence: Dated<DeterrenceFact>[];
  forces: Dated<ForcesFact>[];
  threats: Dated<ThreatFact>[];
  borders: BorderFact[];
}

const holds = (fact: { since?: string | null; until?: string | null }, day: string) =>
  (fact.since === null || fact.since === undefined || fact.since <= day) &&
  (fact.until === null || fact.until === undefined || fact.until > day);

/** Did a state exist on the day? */
export const exists = (state: StateRecord, day: string) => holds(state, day);

/** The facts of one day, as facts-of-date.cypher gives them for the graph (restricted to what `dated` holds). */
export function factsOn(dated: DatedFacts, day: string): GraphFacts {
  const year = Number(day.slice(0, 4));
  const living = dated.states.filter((s) => exists(s, day));
  const alive = new Set(living.map((s) => s.id));
  const period = (since: string | null | undefined, until: string | null | undefined) => !!since && since <= day && (!until || until > day);
  return {
    asOf: day,
    states: living.map(({ milex, ...s }) => {
      const figure = [...milex].reverse().find((m) => m.year <= year);
      return {
        ...s,
        nuclearArmed: period(s.nuclearSince, s.nuclearUntil),
        p5: period(s.p5Since, s.p5Until),
        milexUsdBn: figure?.usdBn ?? null,
        milexYear: figure?.year ?? null,
        milexSource: figure?.source ?? null,
      };
    }),
    blocs: dated.blocs.map((b) => {
      const active = !b.dissolved || b.dissolved > day;
      return {
        ...b,
        active,
        mutualDefence: !!b.defenceSince && b.defenceSince <= day && active,
        obligations:
          b.defenceSince && b.defenceSince > day ? (b.obligations ?? []).filter((o) => o !== 'DEFENCE') : (b.obligations ?? null),
      };
    }),
    // A membership needs its since (as the query's `m.since <= day`); the edges below count a missing since as always.
    memberships: dated.memberships.filter((m) => !!m.since && holds(m, day)).map(({ state, bloc, status }) => ({ state, bloc, status })),
    deterrence: dated.deterrence.filter((d) => holds(d, day)).map(({ guarantor, protected: p, via }) => ({ guarantor, protected: p, via })),
    forces: dated.forces.filter((f) => holds(f, day)).map(({ host, foreign }) => ({ host, foreign })),
    threats: dated.threats.filter((t) => holds(t, day)).map(({ state, threat, level }) => ({ state, threat, level })),
    borders: dated.borders.filter((b) => alive.has(b.a) && alive.has(b.b)),
  };
}

export type PointKind = 'NEW_YEAR' | 'TIE_CHANGED';

export interface ExposurePoint {
  asOf: string;
  kind: PointKind;
  stateId: string;
  score: number;
  level: ExposureLevel;
  reasons: ExposureReason[];
}

export interface TimelineQuestion extends ExposureInput {
  /** The state followed. */
  state: string;
  since: string;
  until: string;
}

/**
 * The days of a timeline: every 1 January in [since, until], and every day in it on which a tie between the two
 * states changed: a membership of either began or ended in a bloc both were ever in, the bloc's defence clause
 * took effect or it dissolved, an umbrella of W over the state or W's forces on its soil began or ended. Days on
 * which either state did not exist are left out.
 */
export function timelineDays(dated: DatedFacts, question: TimelineQuestion): { day: string; kind: PointKind }[] {
  const W = question.withdrawing;
  const S = question.state;
  const blocsOf = (id: string) => new Set(dated.memberships.filter((m) => m.state === id).map((m) => m.bloc));
  const ofS = blocsOf(S);
  const shared = new Set([...blocsOf(W)].filter((b) => ofS.has(b)));
  const changes = new Set<string>();
  const add = (day: string | null | undefined) => {
    if (day && day >= question.since && day <= question.until) changes.add(day);
  };
  for (const m of dated.memberships) {
    if (shared.has(m.bloc) && (m.state === W || m.state === S)) {
      add(m.since);
      add(m.until);
    }
  }
  for (const b of dated.blocs) {
    if (!shared.has(b.code)) continue;
    add(b.defenceSince);
    add(b.dissolved);
  }
  for (const d of dated.deterrence) if (d.guarantor === W && d.protected === S) [d.since, d.until].forEach(add);
  for (const f of dated.forces) if (f.host === S && f.foreign === W) [f.since, f.until].forEach(add);

  const days = new Map<string, PointKind>();
  for (let year = Number(question.since.slice(0, 4)); year <= Number(question.until.slice(0, 4)); year++) {
    const day = `${String(year).padStart(4, '0')}-01-01`;
    if (day >= question.since && day <= question.until) days.set(day, 'NEW_YEAR');
  }
  for (const day of changes) days.set(day, 'TIE_CHANGED');
  const both = dated.states.filter((s) => s.id === W || s.id === S);
  return [...days.entries()]
    .filter(([day]) => both.length === (W === S ? 1 : 2) && both.every((s) => exists(s, day)))
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([day, kind]) => ({ day, kind }));
}

/**
 * The state's exposure on each day of the timeline. The facts of consecutive days are often the same (nothing but
 * the calendar moved): the exposure of a set of facts is computed once and reused, so the work follows the number
 * of days on which something changed, not the number of points.
 */
export function exposureTimeline(dated: DatedFacts, question: TimelineQuestion): ExposurePoint[] {
  const computed = new Map<string, Omit<ExposurePoint, 'asOf' | 'kind'>>();
  return timelineDays(dated, question).map(({ day, kind }) => {
    const facts = factsOn(dated, day);
    const key = JSON.stringify({ ...facts, asOf: undefined });
    let point = computed.get(key);
    if (!point) {
      const entry = computeExposure(facts, { withdrawing: question.withdrawing, from: question.from }).find(
        (e) => e.stateId === question.state,
      );
      point = entry ?? { stateId: question.state, score: 0, level: exposureLevel(0), reasons: [] };
      computed.set(key, point);
    }
    return { asOf: day, kind, ...point };
  });
}
