/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** What kind of grouping a bloc is. */
export type BlocKind =
  /** A caucus inside a larger bloc (the Bucharest Nine inside NATO). */
  | 'CAUCUS'
  /** A pact whose members only promise to consult one another in a crisis (ATOP's coding). */
  | 'CONSULTATION_PACT'
  /** A bilateral defence treaty (US–Japan, Russia–North Korea); a treaty is a bloc of two. */
  | 'DEFENCE_TREATY'
  /** An economic grouping (BRICS, CPTPP). */
  | 'ECONOMIC_GROUPING'
  /** An intelligence-sharing alliance (Five Eyes). */
  | 'INTELLIGENCE_SHARING'
  /** A multilateral alliance with a mutual-defence obligation (NATO, CSTO, ANZUS). */
  | 'MILITARY_ALLIANCE'
  /** A pact of neutrality or non-aggression without a defence obligation (ATOP's coding). */
  | 'NONAGGRESSION_PACT'
  /** A political union (the EU, the Union State of Russia and Belarus). */
  | 'POLITICAL_UNION'
  /** A regional organisation (ASEAN, the SCO). */
  | 'REGIONAL_ORGANISATION'
  /** A security partnership without a general mutual-defence clause (AUKUS, the Quad, JEF). */
  | 'SECURITY_PARTNERSHIP';

/** How much security a state stands to lose. */
export type ExposureLevel =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'NONE';

/** Why a day is a point of a timeline. */
export type ExposurePointKind =
  | 'NEW_YEAR'
  | 'TIE_CHANGED';

/** What happened to a membership. */
export type MembershipChangeKind =
  /** A state became a member, partner, observer… of a bloc (or the bloc's first members, at its founding). */
  | 'JOINED'
  /** A state's membership ended (it left, was expelled, the bloc dissolved, or the state itself ended). */
  | 'LEFT'
  /** A membership continued with another status on the same day (an observer admitted as a member, a member frozen). */
  | 'STATUS_CHANGED';

/** A state's standing in a bloc. */
export type MembershipStatus =
  | 'APPLICANT'
  | 'DIALOGUE_PARTNER'
  /** Membership suspended by the state itself (Armenia in the CSTO since 2024). */
  | 'FROZEN'
  | 'MEMBER'
  | 'OBSERVER'
  | 'PARTNER'
  /** Membership suspended by the bloc. */
  | 'SUSPENDED';

/** An obligation a bloc's treaty carries (ATOP's vocabulary). */
export type Obligation =
  | 'CONSULTATION'
  | 'DEFENCE'
  | 'NEUTRALITY'
  | 'NONAGGRESSION'
  | 'OFFENCE';

/**
 * One change. Which fields apply depends on `type`: WITHDRAW(state, bloc?) — no bloc = every commitment;
 * FREEZE(state, bloc); JOIN(state, bloc, status?); DISSOLVE(bloc); FORM(code, name?, states, mutualDefence?);
 * END_TREATY(bloc).
 */
export type ScenarioChangeInput = {
  /** The bloc it concerns (WITHDRAW from one bloc, FREEZE, JOIN, DISSOLVE, END_TREATY). */
  bloc?: string | number | null | undefined;
  /** The code of the bloc a FORM creates. */
  code?: string | number | null | undefined;
  /** Whether the bloc a FORM creates obliges its members to defend one another. */
  mutualDefence?: boolean | null | undefined;
  /** The name of the bloc a FORM creates. */
  name?: string | null | undefined;
  /** The state it concerns (WITHDRAW, FREEZE, JOIN). */
  state?: string | number | null | undefined;
  /** The members of the bloc a FORM creates. */
  states?: Array<string | number> | null | undefined;
  /** The status a JOIN gives (default MEMBER). */
  status?: MembershipStatus | null | undefined;
  /** What the change does: WITHDRAW, FREEZE, JOIN, DISSOLVE, FORM or END_TREATY. */
  type: ScenarioChangeType;
};

/** The kinds of what-if change (docs/graphql-contract.md, Scenarios). */
export type ScenarioChangeType =
  /** A bloc ceases to exist. */
  | 'DISSOLVE'
  /** A treaty's obligations end; the grouping stays as a forum. */
  | 'END_TREATY'
  /** A new bloc is formed by the given states. */
  | 'FORM'
  /** A member's membership is frozen (a dormant guarantee). */
  | 'FREEZE'
  /** A state joins a bloc (default status MEMBER) or changes its status in it. */
  | 'JOIN'
  /** A state leaves one bloc, or with no bloc every commitment (and its umbrellas and forces). */
  | 'WITHDRAW';

/** A what-if: a stored scenario by `name` (its id), plus `changes` of your own, applied in order after it. */
export type ScenarioInput = {
  /** Changes to apply (after the stored scenario's own). */
  changes?: Array<ScenarioChangeInput> | null | undefined;
  /** Id of a stored scenario, e.g. `negative`, `asian-nato`. */
  name?: string | number | null | undefined;
};

/** How strongly a state perceives another as a threat: our reading of the cited source, explained in `note`. */
export type ThreatLevel =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type StatesAsOfQueryVariables = Exact<{
  asOf: string;
}>;


export type StatesAsOfQuery = { states: Array<{ id: string, name: string, region: string | null, lat: number | null, lng: number | null, since: string | null, until: string | null, shapes: Array<string> | null }> };

export type CatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueQuery = { states: Array<{ id: string, name: string, region: string | null, lat: number | null, lng: number | null, nuclearArmed: boolean }>, blocs: Array<{ code: string, name: string, kind: BlocKind, founded: string | null, dissolved: string | null, mutualDefence: boolean, defenceClause: string | null, members: Array<{ state: { id: string } }> }> };

export type ScenariosQueryVariables = Exact<{ [key: string]: never; }>;


export type ScenariosQuery = { scenarios: Array<{ id: string, name: string, description: string, source: string, changes: Array<{ text: string }> }> };

export type MembershipsQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type MembershipsQuery = { state: { id: string, name: string, memberships: Array<{ status: MembershipStatus, bloc: { code: string, name: string, kind: BlocKind, mutualDefence: boolean } }> } | null };

export type ExposureQueryVariables = Exact<{
  withdrawing: string | number;
  from?: Array<string | number> | string | number | null | undefined;
  asOf?: string | null | undefined;
  scenario?: ScenarioInput | null | undefined;
}>;


export type ExposureQuery = { exposure: { asOf: string, scenario: Array<string> | null, withdrawing: { id: string, name: string }, from: Array<{ code: string }>, entries: Array<{ score: number, level: ExposureLevel, state: { id: string, name: string }, reasons: Array<{ kind: string, text: string, weight: number, edge: string | null, bloc: { code: string, name: string } | null, counterpart: { id: string, name: string } | null }> }>, deltas: Array<{ baselineScore: number, score: number, change: number, baselineLevel: ExposureLevel, level: ExposureLevel, state: { id: string, name: string }, reasonsGained: Array<{ kind: string, text: string, weight: number, edge: string | null, bloc: { code: string, name: string } | null, counterpart: { id: string, name: string } | null }>, reasonsLost: Array<{ kind: string, text: string, weight: number, edge: string | null, bloc: { code: string, name: string } | null, counterpart: { id: string, name: string } | null }> }> } };

export type ReasonFragment = { kind: string, text: string, weight: number, edge: string | null, bloc: { code: string, name: string } | null, counterpart: { id: string, name: string } | null };

export type FirstMapQueryVariables = Exact<{
  withdrawing: string | number;
  from?: Array<string | number> | string | number | null | undefined;
  asOf?: string | null | undefined;
  scenario?: ScenarioInput | null | undefined;
}>;


export type FirstMapQuery = { states: Array<{ id: string, name: string, lat: number | null, lng: number | null, shapes: Array<string> | null }>, exposure: { asOf: string, scenario: Array<string> | null, withdrawing: { id: string, name: string }, from: Array<{ code: string }>, entries: Array<{ score: number, level: ExposureLevel, state: { id: string, name: string } }>, deltas: Array<{ baselineScore: number, score: number, change: number, baselineLevel: ExposureLevel, level: ExposureLevel, state: { id: string, name: string } }> } };

export type TieStateFragment = { id: string, name: string };

export type ThreatFragment = { level: ThreatLevel, source: string, note: string | null, state: { id: string, name: string }, threat: { id: string, name: string } };

export type UmbrellaFragment = { since: string | null, source: string, note: string | null, guarantor: { id: string, name: string }, protected: { id: string, name: string }, via: { code: string } | null };

export type ForcesFragment = { since: string | null, source: string, note: string | null, host: { id: string, name: string }, foreign: { id: string, name: string } };

export type BlocGraphQueryVariables = Exact<{
  code: string | number;
  asOf?: string | null | undefined;
}>;


export type BlocGraphQuery = { bloc: { code: string, name: string, kind: BlocKind, founded: string | null, dissolved: string | null, mutualDefence: boolean, defenceClause: string | null, members: Array<{ status: MembershipStatus, since: string | null, until: string | null, role: string | null, note: string | null, state: { id: string, name: string, nuclearArmed: boolean, threats: Array<{ level: ThreatLevel, source: string, note: string | null, state: { id: string, name: string }, threat: { id: string, name: string } }>, perceivedAsThreatBy: Array<{ level: ThreatLevel, source: string, note: string | null, state: { id: string, name: string }, threat: { id: string, name: string } }>, umbrellas: Array<{ since: string | null, source: string, note: string | null, guarantor: { id: string, name: string }, protected: { id: string, name: string }, via: { code: string } | null }>, extendsDeterrenceTo: Array<{ since: string | null, source: string, note: string | null, guarantor: { id: string, name: string }, protected: { id: string, name: string }, via: { code: string } | null }>, forcesHosted: Array<{ since: string | null, source: string, note: string | null, host: { id: string, name: string }, foreign: { id: string, name: string } }>, forcesAbroad: Array<{ since: string | null, source: string, note: string | null, host: { id: string, name: string }, foreign: { id: string, name: string } }> } }>, around: Array<{ code: string, name: string, kind: BlocKind, founded: string | null, dissolved: string | null, mutualDefence: boolean, defenceClause: string | null, members: Array<{ status: MembershipStatus, state: { id: string, name: string, nuclearArmed: boolean } }> }> } | null };

export type StateGraphQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type StateGraphQuery = { state: { id: string, name: string, region: string | null, nuclearArmed: boolean, milexUsdBn: number | null, milexYear: number | null, memberships: Array<{ status: MembershipStatus, since: string | null, role: string | null, bloc: { code: string, name: string, kind: BlocKind, mutualDefence: boolean } }>, allies: Array<{ state: { id: string, name: string }, via: Array<{ code: string }> }>, threats: Array<{ level: ThreatLevel, source: string, note: string | null, state: { id: string, name: string }, threat: { id: string, name: string } }>, perceivedAsThreatBy: Array<{ level: ThreatLevel, source: string, note: string | null, state: { id: string, name: string }, threat: { id: string, name: string } }>, umbrellas: Array<{ since: string | null, source: string, note: string | null, guarantor: { id: string, name: string }, protected: { id: string, name: string }, via: { code: string } | null }>, extendsDeterrenceTo: Array<{ since: string | null, source: string, note: string | null, guarantor: { id: string, name: string }, protected: { id: string, name: string }, via: { code: string } | null }>, forcesHosted: Array<{ since: string | null, source: string, note: string | null, host: { id: string, name: string }, foreign: { id: string, name: string } }>, forcesAbroad: Array<{ since: string | null, source: string, note: string | null, host: { id: string, name: string }, foreign: { id: string, name: string } }> } | null };

export type ExposureTimelineQueryVariables = Exact<{
  withdrawing: string | number;
  id: string | number;
  from?: Array<string | number> | string | number | null | undefined;
  since?: string | null | undefined;
  until?: string | null | undefined;
}>;


export type ExposureTimelineQuery = { exposureTimeline: Array<{ asOf: string, kind: ExposurePointKind, score: number, level: ExposureLevel, reasons: Array<{ kind: string, text: string, weight: number }> }> };

export type ChangesQueryVariables = Exact<{
  since?: string;
  until?: string;
  bloc?: string | number | null | undefined;
  state?: string | number | null | undefined;
}>;


export type ChangesQuery = { changes: Array<{ date: string | null, datePrecision: string | null, kind: MembershipChangeKind, before: MembershipStatus | null, after: MembershipStatus | null, source: string | null, state: { id: string, name: string }, bloc: { code: string, name: string } | null }> };

export type BlocSizeQueryVariables = Exact<{
  code: string | number;
  until?: string | null | undefined;
}>;


export type BlocSizeQuery = { bloc: { code: string, name: string, founded: string | null, dissolved: string | null, sizeTimeline: Array<{ asOf: string, members: number }> } | null };

export type NetworkQueryVariables = Exact<{
  asOf?: string | null | undefined;
  obligations?: Array<Obligation> | Obligation | null | undefined;
}>;


export type NetworkQuery = { network: { asOf: string, obligations: Array<Obligation>, centrality: Array<{ degree: number, betweenness: number, state: { id: string, name: string } }>, articulationPoints: Array<{ id: string }>, communities: Array<Array<{ id: string }>> } };
