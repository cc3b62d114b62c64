/**
 * The facts of the graph on one date, as `cypher/queries/exposure.cypher` returns them once the query runner has
 * converted Neo4j values (integers -> numbers, dates -> 'YYYY-MM-DD' strings, nulls kept).
 *
 * They are independent of who withdraws, so one read per date serves every exposure question; scenarios
 * (scenario.ts) and withdrawals (exposure.ts) are overlays computed on a copy of these facts, never written back.
 * Pure data: no driver, no GraphQL.
 */

/** MEMBER_OF.status (docs/data-model.md, "Relationships"). */
export type MembershipStatus = 'MEMBER' | 'FROZEN' | 'SUSPENDED' | 'OBSERVER' | 'PARTNER' | 'DIALOGUE_PARTNER' | 'APPLICANT';

export const MEMBERSHIP_STATUSES: readonly MembershipStatus[] = [
  'MEMBER',
  'FROZEN',
  'SUSPENDED',
  'OBSERVER',
  'PARTNER',
  'DIALOGUE_PARTNER',
  'APPLICANT',
];

/** PERCEIVES_THREAT.level. */
export type ThreatLevel = 'LOW' | 'MEDIUM' | 'HIGH';

/** Bloc.kind: what sort of grouping a bloc is (the GraphQL enum BlocKind has the same values). */
export type BlocKind =
  | 'MILITARY_ALLIANCE'
  | 'DEFENCE_TREATY'
  | 'SECURITY_PARTNERSHIP'
  | 'INTELLIGENCE_SHARING'
  | 'POLITICAL_UNION'
  | 'REGIONAL_ORGANISATION'
  | 'ECONOMIC_GROUPING'
  | 'CAUCUS'
  | 'NONAGGRESSION_PACT'
  | 'CONSULTATION_PACT';

/** SUCCEEDED_BY.kind, upper case (the GraphQL enum SuccessionKind). */
export type SuccessionKind = 'CONTINUATION' | 'DISSOLUTION' | 'MERGER' | 'SEPARATION' | 'RESTORATION';

/**
 * A (:State) node's properties, dates as 'YYYY-MM-DD': what every query returning a state returns, and what the
 * GraphQL State type resolves from. The series behind milexLatest* is read only for an earlier year.
 */
export interface StateRecord {
  /** ISO 3166-1 alpha-3, upper case. */
  id: string;
  name: string;
  iso2?: string | null;
  region?: string | null;
  /** UN geoscheme subregion, e.g. 'Eastern Asia' (used as a sea-neighbour proxy; may be null). */
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
  /** The latest military expenditure figure on record. */
  milexLatestUsdBn?: number | null;
  milexLatestYear?: number | null;
  milexLatestSource?: string | null;
}

/** A state as the exposure model sees it on the facts' date: the record and its capabilities of that day. */
export interface StateFact extends StateRecord {
  /** Nuclear-armed on the facts' date (State.nuclearSince/Until). */
  nuclearArmed: boolean | null;
  /** Military expenditure, billions of current US$: the figure of the facts' year, or of the latest year before it
   * (milexYear says which); null when no published figure is certain. */
  milexUsdBn: number | null;
  p5?: boolean | null;
  milexYear?: number | null;
  milexSource?: string | null;
}

/** A (:Bloc) node's properties, dates as 'YYYY-MM-DD'. */
export interface BlocRecord {
  code: string;
  name: string;
  kind: BlocKind;
  founded?: string | null;
  dissolved?: string | null;
  /** The day the mutual-defence clause took effect; null: none. */
  defenceSince?: string | null;
  defenceClause?: string | null;
  /** ATOP vocabulary: DEFENCE, OFFENCE, NEUTRALITY, NONAGGRESSION, CONSULTATION. */
  obligations?: string[] | null;
  source?: string | null;
}

/** A bloc as the exposure model sees it on the facts' date. */
export interface BlocFact extends BlocRecord {
  mutualDefence: boolean | null;
  obligations: string[] | null;
  /** False when the bloc is dissolved on the date (its memberships are then gone too). */
  active: boolean;
}

/** A membership active on the date. */
export interface MembershipFact {
  state: string;
  bloc: string;
  status: MembershipStatus;
}

/** EXTENDS_DETERRENCE: a nuclear umbrella, guarantor -> protected. */
export interface DeterrenceFact {
  guarantor: string;
  protected: string;
  /** Code of the bloc or treaty the guarantee runs through, if recorded. */
  via: string | null;
}

/** HOSTS_FORCES_OF: `host` has forces of `foreign` stationed on its soil. */
export interface ForcesFact {
  host: string;
  foreign: string;
}

/** PERCEIVES_THREAT: `state` perceives a threat from `threat`. */
export interface ThreatFact {
  state: string;
  threat: string;
  level: ThreatLevel;
}

/** BORDERS (undirected land border), a < b. */
export interface BorderFact {
  a: string;
  b: string;
}

export interface GraphFacts {
  /** The date the facts hold on, 'YYYY-MM-DD'. */
  asOf: string;
  states: StateFact[];
  blocs: BlocFact[];
  memberships: MembershipFact[];
  deterrence: DeterrenceFact[];
  forces: ForcesFact[];
  threats: ThreatFact[];
  borders: BorderFact[];
}
