/**
 * What the cypher/queries files return, after the runner converted Neo4j values (dates as 'YYYY-MM-DD').
 * codegen.yml maps GraphQL types onto these, so resolvers receive rows, not GraphQL objects.
 */
import type { Connection } from './pagination.js';

export interface StateRow {
  id: string;
  iso2?: string | null;
  name: string;
  region?: string | null;
  subregion?: string | null;
  lat?: number | null;
  lng?: number | null;
  unMember?: boolean | null;
  /** The state's lifetime: first day, and first day it no longer exists (null: it does). */
  since?: string | null;
  sincePrecision?: string | null;
  until?: string | null;
  shapes?: string[] | null;
  /** Dated capabilities (one period each): nuclear-armed, a permanent seat on the UN Security Council. */
  nuclearSince?: string | null;
  nuclearUntil?: string | null;
  p5Since?: string | null;
  p5Until?: string | null;
  /** The latest military expenditure figure on record (the series is read only for an earlier year). */
  milexLatestUsdBn?: number | null;
  milexLatestYear?: number | null;
  milexLatestSource?: string | null;
}

/** One SUCCEEDED_BY relationship seen from one end: `state` is the other end. */
export interface SuccessionRow {
  state: StateRow;
  date: string;
  datePrecision: string;
  kind: string;
  source: string;
  note?: string | null;
}

/** A state's military expenditure for a year (the latest on or before the year asked for). */
export interface MilexRow {
  usdBn: number;
  year: number;
  source: string;
  locator?: string | null;
}

export interface BlocRow {
  code: string;
  name: string;
  kind: string;
  founded?: string | null;
  dissolved?: string | null;
  /** The day the mutual-defence clause took effect; null: none. */
  defenceSince?: string | null;
  defenceClause?: string | null;
  obligations?: string[] | null;
  source?: string | null;
}

export interface MembershipRow {
  membership: { status: string; since?: string | null; sincePrecision?: string | null; until?: string | null; role?: string | null; obligations?: string[] | null; source?: string | null; note?: string | null };
  state: StateRow;
  bloc: BlocRow;
}

export interface AllyRow {
  state: StateRow;
  via: BlocRow[];
}

/**
 * One PERCEIVES_THREAT, EXTENDS_DETERRENCE or HOSTS_FORCES_OF relationship (cypher/queries/state-edges.cypher):
 * `from` and `to` are its start and end states, `via` the bloc an umbrella runs through. The GraphQL types
 * ThreatPerception, Deterrence and ForcesStationed all map onto it, naming the ends after what they are.
 */
export interface StateEdgeRow {
  type: 'PERCEIVES_THREAT' | 'EXTENDS_DETERRENCE' | 'HOSTS_FORCES_OF';
  edge: { level?: string | null; since?: string | null; until?: string | null; via?: string | null; source?: string | null; note?: string | null };
  from: StateRow;
  to: StateRow;
  via: BlocRow | null;
}

export interface ExposureReasonRow {
  kind: string;
  weight: number;
  text: string;
  bloc?: string;
  counterpart?: string;
  edge?: string;
}

export interface ExposureRow {
  stateId: string;
  score: number;
  level: string;
  reasons: ExposureReasonRow[];
}

export interface ExposureReportRow {
  withdrawing: string;
  from: string[];
  asOf: string;
  scenario: string[] | null;
  entries: ExposureRow[];
  deltas: ExposureDeltaRow[];
}

export interface ExposureDeltaRow {
  stateId: string;
  baselineScore: number;
  score: number;
  change: number;
  baselineLevel: string;
  level: string;
  reasonsGained: ExposureReasonRow[];
  reasonsLost: ExposureReasonRow[];
}

export interface MembershipChangeRow {
  state: StateRow;
  before: string | null;
  after: string | null;
}

export interface ScenarioChangeRow {
  type: string;
  order?: number | null;
  state?: string | null;
  bloc?: string | null;
  status?: string | null;
  code?: string | null;
  name?: string | null;
  states?: string[] | null;
  mutualDefence?: boolean | null;
  note?: string | null;
}

export interface ScenarioRow {
  id: string;
  name: string;
  description: string;
  source: string;
  changes: ScenarioChangeRow[];
}

export interface PathStepRow {
  from: StateRow;
  via: BlocRow;
  to: StateRow;
  fromStatus: string;
  toStatus: string;
}

export interface AlliancePathRow {
  hops: number;
  steps: PathStepRow[];
}

export interface BlocOverlapRow {
  a: BlocRow;
  b: BlocRow;
  asOf: string;
  states: StateRow[];
}

export interface HedgerRow {
  state: StateRow;
  campA: { membership: MembershipRow['membership']; bloc: BlocRow }[];
  campB: { membership: MembershipRow['membership']; bloc: BlocRow }[];
}

/** Pages of the big lists (pagination.ts): what the connection types of the schema map onto. */
export type StatePage = Connection<StateRow>;
export type StatePageEdge = StatePage['edges'][number];
export type BlocPage = Connection<BlocRow>;
export type BlocPageEdge = BlocPage['edges'][number];
export type MembershipPage = Connection<MembershipRow>;
export type MembershipPageEdge = MembershipPage['edges'][number];
export type ExposurePage = Connection<ExposureRow>;
export type ExposurePageEdge = ExposurePage['edges'][number];
