/**
 * What the cypher/queries files return, after the runner converted Neo4j values (dates as 'YYYY-MM-DD'). States and
 * blocs are the domain's records (src/domain/facts.ts), enumerations its unions: one declaration of each, which the
 * GraphQL resolvers receive as parents (codegen.yml maps the schema's types onto these).
 */
import type { BlocRecord, MembershipStatus, StateRecord, SuccessionKind, ThreatLevel } from '../domain/facts.js';
import type { ScenarioChangeType } from '../domain/scenario.js';

export type StateRow = StateRecord;
export type BlocRow = BlocRecord;

/** One SUCCEEDED_BY relationship seen from one end: `state` is the other end. */
export interface SuccessionRow {
  state: StateRow;
  date: string;
  datePrecision: string;
  kind: SuccessionKind;
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

/** A MEMBER_OF relationship's properties. */
export interface MembershipProperties {
  status: MembershipStatus;
  since?: string | null;
  sincePrecision?: string | null;
  until?: string | null;
  untilPrecision?: string | null;
  role?: string | null;
  locator?: string | null;
  obligations?: string[] | null;
  source?: string | null;
  note?: string | null;
}

export interface MembershipRow {
  membership: MembershipProperties;
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
  edge: {
    level?: ThreatLevel | null;
    since?: string | null;
    until?: string | null;
    via?: string | null;
    source?: string | null;
    note?: string | null;
  };
  from: StateRow;
  to: StateRow;
  via: BlocRow | null;
}

export interface ScenarioChangeRow {
  type: ScenarioChangeType;
  order?: number | null;
  state?: string | null;
  bloc?: string | null;
  status?: MembershipStatus | null;
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
  fromStatus: MembershipStatus;
  toStatus: MembershipStatus;
}

export interface AlliancePathRow {
  hops: number;
  steps: PathStepRow[];
}

export interface HedgerRow {
  state: StateRow;
  campA: { membership: MembershipProperties; bloc: BlocRow }[];
  campB: { membership: MembershipProperties; bloc: BlocRow }[];
}
