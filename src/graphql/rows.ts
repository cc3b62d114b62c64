/**
 * What the cypher/queries files return, after the runner converted Neo4j values (dates as 'YYYY-MM-DD').
 * codegen.yml maps GraphQL types onto these, so resolvers receive rows, not GraphQL objects.
 */
export interface StateRow {
  id: string;
  iso2?: string | null;
  name: string;
  region?: string | null;
  subregion?: string | null;
  lat?: number | null;
  lng?: number | null;
  unMember?: boolean | null;
  nuclearArmed?: boolean | null;
  p5?: boolean | null;
  milexUsdBn?: number | null;
  milexYear?: number | null;
  milexSource?: string | null;
}

export interface BlocRow {
  code: string;
  name: string;
  kind: string;
  founded?: string | null;
  dissolved?: string | null;
  mutualDefence?: boolean | null;
  defenceClause?: string | null;
  obligations?: string[] | null;
  source?: string | null;
}

export interface MembershipRow {
  membership: { status: string; since?: string | null; until?: string | null; role?: string | null; source?: string | null; note?: string | null };
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
  edge: { level?: string | null; since?: string | null; via?: string | null; source?: string | null; note?: string | null };
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
