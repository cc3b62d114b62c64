/**
 * The facts of the graph on one date, as `cypher/queries/exposure.cypher` returns them once the query runner has
 * converted Neo4j values (integers -> numbers, dates -> 'YYYY-MM-DD' strings, nulls kept).
 *
 * They are independent of who withdraws, so one read per date serves every exposure question; scenarios
 * (scenario.ts) and withdrawals (exposure.ts) are overlays computed on a copy of these facts, never written back.
 * Pure data: no driver, no GraphQL.
 */

/** MEMBER_OF.status (DESIGN.md section 4). */
export type MembershipStatus =
  | 'MEMBER'
  | 'FROZEN'
  | 'SUSPENDED'
  | 'OBSERVER'
  | 'PARTNER'
  | 'DIALOGUE_PARTNER'
  | 'APPLICANT';

export const MEMBERSHIP_STATUSES: readonly MembershipStatus[] = [
  'MEMBER', 'FROZEN', 'SUSPENDED', 'OBSERVER', 'PARTNER', 'DIALOGUE_PARTNER', 'APPLICANT',
];

/** PERCEIVES_THREAT.level. */
export type ThreatLevel = 'LOW' | 'MEDIUM' | 'HIGH';

export interface StateFact {
  /** ISO 3166-1 alpha-3, upper case. */
  id: string;
  name: string;
  /** UN geoscheme subregion, e.g. 'Eastern Asia' (used as a sea-neighbour proxy; may be null). */
  subregion?: string | null;
  /** Nuclear-armed on the facts' date (State.nuclearSince/Until). */
  nuclearArmed: boolean | null;
  /** Military expenditure, billions of current US$; null when no published figure is certain. */
  /** The figure of the facts' year, or the latest year before it (milexYear says which). */
  milexUsdBn: number | null;
  // Not read by the model: the rest of the GraphQL State type, carried so the API needs no second round trip.
  iso2?: string | null;
  region?: string | null;
  lat?: number | null;
  lng?: number | null;
  unMember?: boolean | null;
  p5?: boolean | null;
  milexYear?: number | null;
  milexSource?: string | null;
}

export interface BlocFact {
  code: string;
  name: string;
  /** BlocKind: MILITARY_ALLIANCE, DEFENCE_TREATY, SECURITY_PARTNERSHIP, INTELLIGENCE_SHARING, ... */
  kind: string;
  mutualDefence: boolean | null;
  /** ATOP vocabulary: DEFENCE, OFFENCE, NEUTRALITY, NONAGGRESSION, CONSULTATION. */
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
