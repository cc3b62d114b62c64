import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { StateRow as StateRowParent, BlocRow as BlocRowParent, SuccessionRow as SuccessionRowParent, MembershipRow as MembershipRowParent, AllyRow as AllyRowParent, StateEdgeRow as StateEdgeRowParent, AlliancePathRow as AlliancePathRowParent, PathStepRow as PathStepRowParent, HedgerRow as HedgerRowParent, ScenarioRow as ScenarioRowParent, ScenarioChangeRow as ScenarioChangeRowParent } from '../../db/rows.js';
import type { ExposureReport as ExposureReportParent, MembershipChangeParent as MembershipChangeParentParent, BlocOverlapParent as BlocOverlapParentParent, StatePage as StatePageParent, StatePageEdge as StatePageEdgeParent, BlocPage as BlocPageParent, BlocPageEdge as BlocPageEdgeParent, MembershipPage as MembershipPageParent, MembershipPageEdge as MembershipPageEdgeParent, ExposurePage as ExposurePageParent, ExposurePageEdge as ExposurePageEdgeParent, MembershipChangePage as MembershipChangePageParent, MembershipChangePageEdge as MembershipChangePageEdgeParent, NetworkAnswer as NetworkAnswerParent } from '../parents.js';
import type { ExposureEntry as ExposureEntryParent, ExposureReason as ExposureReasonParent } from '../../domain/exposure.js';
import type { ExposureDelta as ExposureDeltaParent } from '../../domain/diff.js';
import type { ExposurePoint as ExposurePointParent } from '../../domain/timeline.js';
import type { StateCentralityValue as StateCentralityValueParent, NetworkTie as NetworkTieParent } from '../../domain/network.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A calendar date, ISO 8601 `YYYY-MM-DD` (for example `2023-04-04`). A malformed or impossible date is a
   * `BAD_USER_INPUT` error that names the value.
   */
  Date: { input: string; output: string; }
  /** Any JSON value (used for query parameters). */
  JSON: { input: unknown; output: unknown; }
};

/** The network of alliance ties on a date (`network`). */
export type AllianceNetwork = {
  __typename?: 'AllianceNetwork';
  /** States whose departure would split the network into more pieces, by id. */
  articulationPoints: Array<State>;
  /** The day of the network. */
  asOf: Scalars['Date']['output'];
  /** Every state with at least one tie, most central (betweenness) first. */
  centrality: Array<StateCentrality>;
  /** Communities found by the Louvain method (seeded, so the same graph gives the same answer), largest first. */
  communities: Array<Array<State>>;
  /** The obligations that tie two states here. */
  obligations: Array<Obligation>;
  /** The ties themselves, for drawing: two states and the blocs that tie them. */
  ties: Array<NetworkTie>;
};

/** A chain of shared memberships from one state to another. */
export type AlliancePath = {
  __typename?: 'AlliancePath';
  /** Number of state-to-state hops. */
  hops: Scalars['Int']['output'];
  /** The hops, in order from `from` to `to`. */
  steps: Array<PathStep>;
};

/** A state bound to another by a mutual-defence obligation. */
export type Ally = {
  __typename?: 'Ally';
  /** The ally. */
  state: State;
  /** The defence blocs and treaties both belong to as members. */
  via: Array<Bloc>;
};

/** A bloc: a multilateral organisation, a treaty (bilateral ones too) or an informal grouping. */
export type Bloc = {
  __typename?: 'Bloc';
  /** The other blocs with a mutual-defence clause in effect on `asOf` (default today) that share a full member with this one then. */
  around: Array<Bloc>;
  /** Stable code, e.g. `NATO`, `B9`, `US_JPN`. */
  code: Scalars['ID']['output'];
  /** The clause the obligation rests on, e.g. `North Atlantic Treaty, Article 5`. */
  defenceClause?: Maybe<Scalars['String']['output']>;
  /** The day the mutual-defence clause took effect (the EU's Article 42(7): 2009-12-01); null if there is none. */
  defenceSince?: Maybe<Scalars['Date']['output']>;
  /** Date it was dissolved, if it was. */
  dissolved?: Maybe<Scalars['Date']['output']>;
  /** Date the bloc was founded or its treaty entered into force. */
  founded?: Maybe<Scalars['Date']['output']>;
  /** What sort of bloc it is. */
  kind: BlocKind;
  /** What a scenario changes in this bloc's membership on `asOf`: who joins, leaves or changes status. */
  memberChanges: Array<MembershipChange>;
  /** Memberships active on `asOf` (default today); every status unless `status` narrows it; under `scenario` if given. */
  members: Array<Membership>;
  /** `members(asOf, status)` a page at a time (ordered as `members`): `first` items (default 20, at most 100) after the cursor `after`. */
  membersConnection: MembershipConnection;
  /** True if members were obliged to defend one another on `asOf` (default today): the clause had taken effect and the bloc was not dissolved. */
  mutualDefence: Scalars['Boolean']['output'];
  /** Full name (for an ATOP alliance without a confirmed name, a label built from its members and year). */
  name: Scalars['String']['output'];
  /** ATOP-style obligations: DEFENCE, OFFENCE, NEUTRALITY, NONAGGRESSION, CONSULTATION. */
  obligations: Array<Scalars['String']['output']>;
  /**
   * The bloc's size through time: the number of memberships (of the given statuses, default MEMBER) on every day it
   * changed between `since` (default its founding, or 1949-01-01) and `until` (default today), and on both ends.
   */
  sizeTimeline: Array<BlocSize>;
  /** Where the bloc's facts come from. */
  source?: Maybe<Scalars['String']['output']>;
};


/** A bloc: a multilateral organisation, a treaty (bilateral ones too) or an informal grouping. */
export type BlocAroundArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A bloc: a multilateral organisation, a treaty (bilateral ones too) or an informal grouping. */
export type BlocMemberChangesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  scenario: ScenarioInput;
};


/** A bloc: a multilateral organisation, a treaty (bilateral ones too) or an informal grouping. */
export type BlocMembersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  scenario?: InputMaybe<ScenarioInput>;
  status?: InputMaybe<Array<MembershipStatus>>;
};


/** A bloc: a multilateral organisation, a treaty (bilateral ones too) or an informal grouping. */
export type BlocMembersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<MembershipStatus>>;
};


/** A bloc: a multilateral organisation, a treaty (bilateral ones too) or an informal grouping. */
export type BlocMutualDefenceArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A bloc: a multilateral organisation, a treaty (bilateral ones too) or an informal grouping. */
export type BlocSizeTimelineArgs = {
  since?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<Array<MembershipStatus>>;
  until?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of blocs (Relay connection). */
export type BlocConnection = {
  __typename?: 'BlocConnection';
  /** The blocs of this page, each with its cursor. */
  edges: Array<BlocEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** A bloc on a page of blocs, with its cursor. */
export type BlocEdge = {
  __typename?: 'BlocEdge';
  /** Pass as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The bloc. */
  node: Bloc;
};

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

/** The states two blocs share. */
export type BlocOverlap = {
  __typename?: 'BlocOverlap';
  /** The first bloc. */
  a: Bloc;
  /** The day the overlap is asked for. */
  asOf: Scalars['Date']['output'];
  /** The second bloc. */
  b: Bloc;
  /** The states in both blocs on that day. */
  states: Array<State>;
};

/** A bloc's size on one day. */
export type BlocSize = {
  __typename?: 'BlocSize';
  /** The day. */
  asOf: Scalars['Date']['output'];
  /** Memberships of the statuses asked for, on that day. */
  members: Scalars['Int']['output'];
};

/** Rows of an ad hoc Cypher query. */
export type CypherResult = {
  __typename?: 'CypherResult';
  /** The names of the columns, in order. */
  columns: Array<Scalars['String']['output']>;
  /** One JSON object per row, keyed by column (dates as strings). */
  rows: Array<Scalars['JSON']['output']>;
  /** True when the query returned more rows than the cap and was cut. */
  truncated: Scalars['Boolean']['output'];
};

/** A nuclear umbrella: one state extends its nuclear deterrence over another (EXTENDS_DETERRENCE). */
export type Deterrence = {
  __typename?: 'Deterrence';
  /** The nuclear-armed state that extends the umbrella. */
  guarantor: State;
  /** What is known about it beyond the citation. */
  note?: Maybe<Scalars['String']['output']>;
  /** The state under it. */
  protected: State;
  /** First day of the umbrella (for NATO's members: the day they joined). */
  since?: Maybe<Scalars['Date']['output']>;
  /** A source id of the register (data/sources.csv); `seed:<file>` for the seed articles. */
  source: Scalars['String']['output'];
  /** First day it no longer holds; null while it does. */
  until?: Maybe<Scalars['Date']['output']>;
  /** The bloc or treaty the guarantee runs through (e.g. `NATO`, `US_JPN`), if any. */
  via?: Maybe<Bloc>;
};

/** One state's exposure. */
export type Exposure = {
  __typename?: 'Exposure';
  /** The band its score falls in. */
  level: ExposureLevel;
  /** Why: each reason names the graph elements behind it. */
  reasons: Array<ExposureReason>;
  /** 0 (nothing lost) to 1 (everything lost, facing a threat alone). */
  score: Scalars['Float']['output'];
  /** The exposed state. */
  state: State;
};

/** A page of an exposure report's entries, most exposed first (Relay connection). */
export type ExposureConnection = {
  __typename?: 'ExposureConnection';
  /** The entries of this page, each with its cursor. */
  edges: Array<ExposureEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** How a scenario changes one state's exposure. */
export type ExposureDelta = {
  __typename?: 'ExposureDelta';
  /** Its level without the scenario. */
  baselineLevel: ExposureLevel;
  /** Score without the scenario. */
  baselineScore: Scalars['Float']['output'];
  /** score - baselineScore: positive = more exposed under the scenario. */
  change: Scalars['Float']['output'];
  /** Its level under the scenario. */
  level: ExposureLevel;
  /** Reasons under the scenario that the baseline did not have (by kind and bloc/counterpart). */
  reasonsGained: Array<ExposureReason>;
  /** Reasons of the baseline that the scenario removes. */
  reasonsLost: Array<ExposureReason>;
  /** Score under the scenario. */
  score: Scalars['Float']['output'];
  /** The state whose exposure changes. */
  state: State;
};

/** An entry of an exposure report on a page, with its cursor. */
export type ExposureEdge = {
  __typename?: 'ExposureEdge';
  /** Pass as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The entry of the report. */
  node: Exposure;
};

/** How much security a state stands to lose. */
export type ExposureLevel =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'NONE';

/** One point of `exposureTimeline`. */
export type ExposurePoint = {
  __typename?: 'ExposurePoint';
  /** The day. */
  asOf: Scalars['Date']['output'];
  /** Why this day is a point: NEW_YEAR (1 January) or TIE_CHANGED (a tie between the two states changed). */
  kind: ExposurePointKind;
  /** The score as a level, as `exposure` gives it. */
  level: ExposureLevel;
  /** Why: the same reasons `exposure` gives (empty when the score is 0). */
  reasons: Array<ExposureReason>;
  /** The state's score on that day (0 when it has nothing to lose). */
  score: Scalars['Float']['output'];
};

/** Why a day is a point of a timeline. */
export type ExposurePointKind =
  | 'NEW_YEAR'
  | 'TIE_CHANGED';

/** One component of an exposure score. */
export type ExposureReason = {
  __typename?: 'ExposureReason';
  /** The bloc or treaty behind it, if any. */
  bloc?: Maybe<Bloc>;
  /** The other state involved (the guarantor, the threat), if any. */
  counterpart?: Maybe<State>;
  /** The relationship type behind it, e.g. `MEMBER_OF`, `EXTENDS_DETERRENCE`. */
  edge?: Maybe<Scalars['String']['output']>;
  /** GUARANTEE_LOST, UMBRELLA_LOST, FORCES_LOST, REMAINING_GUARANTORS, OWN_DETERRENT, THREAT_PROXIMITY, ... */
  kind: Scalars['String']['output'];
  /** One sentence a reader can check against the graph. */
  text: Scalars['String']['output'];
  /** Its signed contribution to the score. */
  weight: Scalars['Float']['output'];
};

/** The answer to: who is exposed if this state withdraws? */
export type ExposureReport = {
  __typename?: 'ExposureReport';
  /** The day the question is asked for. */
  asOf: Scalars['Date']['output'];
  /** Under a scenario: how each state's exposure differs from the baseline (no scenario), biggest change first. Empty otherwise. */
  deltas: Array<ExposureDelta>;
  /** Exposed states, highest score first. States with nothing to lose are left out. */
  entries: Array<Exposure>;
  /** `entries` a page at a time: `first` items (default 20, at most 100) after the cursor `after`. */
  entriesConnection: ExposureConnection;
  /** The blocs it leaves (every bloc it belongs to when `from` is omitted). */
  from: Array<Bloc>;
  /** The scenario the answer is under, if any: its changes written out, in order. */
  scenario?: Maybe<Array<Scalars['String']['output']>>;
  /** The state that withdraws. */
  withdrawing: State;
};


/** The answer to: who is exposed if this state withdraws? */
export type ExposureReportEntriesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Foreign forces stationed in a state (HOSTS_FORCES_OF): a tripwire. NATO's forward battlegroups by lead nation. */
export type ForcesStationed = {
  __typename?: 'ForcesStationed';
  /** The state whose forces they are. */
  foreign: State;
  /** The state whose soil the forces are on. */
  host: State;
  /** What is known about it beyond the citation. */
  note?: Maybe<Scalars['String']['output']>;
  /** First day the forces are certainly there (where only a month or year is known, its first certain day; `note` says more). */
  since?: Maybe<Scalars['Date']['output']>;
  /** A source id of the register (data/sources.csv); `seed:<file>` for the seed articles. */
  source: Scalars['String']['output'];
  /** First day they no longer are; null while they are. */
  until?: Maybe<Scalars['Date']['output']>;
};

/** A state active in both camps. */
export type Hedger = {
  __typename?: 'Hedger';
  /** Its memberships in the first camp. */
  campA: Array<Membership>;
  /** Its memberships in the rival camp. */
  campB: Array<Membership>;
  /** The state with a foot in both camps. */
  state: State;
};

/** A state's membership of a bloc over a period. */
export type Membership = {
  __typename?: 'Membership';
  /** The bloc. */
  bloc: Bloc;
  /** What is uncertain or disputed about this membership. */
  note?: Maybe<Scalars['String']['output']>;
  /** This member's own obligations where they differ from the bloc's (ATOP codes them per member); null when they are the bloc's. */
  obligations?: Maybe<Array<Scalars['String']['output']>>;
  /** A role inside the bloc, where one applies. */
  role?: Maybe<Scalars['String']['output']>;
  /** First day of this status. */
  since?: Maybe<Scalars['Date']['output']>;
  /** How well `since` is known: `day`, `month` or `year` (`since` is the first day the membership certainly holds). */
  sincePrecision?: Maybe<Scalars['String']['output']>;
  /** A source id of the register (data/sources.csv, and (:Source) nodes in the graph): title, publisher, date and address; `seed:<file>` for the seed articles. */
  source: Scalars['String']['output'];
  /** The member. */
  state: State;
  /** Member, frozen, suspended, observer, partner, dialogue partner or applicant. */
  status: MembershipStatus;
  /** Day this status ended; null while it lasts. */
  until?: Maybe<Scalars['Date']['output']>;
};

/** A membership a scenario changes. */
export type MembershipChange = {
  __typename?: 'MembershipChange';
  /** Status after (null = no longer in the bloc). */
  after?: Maybe<MembershipStatus>;
  /** Status before (null = not in the bloc). */
  before?: Maybe<MembershipStatus>;
  /** The bloc (null only under a scenario's memberChanges, where the bloc is the parent). */
  bloc?: Maybe<Bloc>;
  /** The day of the change (`changes`); null under a scenario. */
  date?: Maybe<Scalars['Date']['output']>;
  /** How precise `date` is: DAY, MONTH or YEAR (`changes`); null under a scenario. */
  datePrecision?: Maybe<Scalars['String']['output']>;
  /** JOINED, LEFT or STATUS_CHANGED. */
  kind: MembershipChangeKind;
  /** A note on the change, when the data has one. */
  note?: Maybe<Scalars['String']['output']>;
  /** The citation of the membership that began (or, for a departure, of the one that ended); under a scenario, the scenario. */
  source?: Maybe<Scalars['String']['output']>;
  /** The state whose membership changes. */
  state: State;
};

/** A page of `changes`. */
export type MembershipChangeConnection = {
  __typename?: 'MembershipChangeConnection';
  /** The changes of this page, each with its cursor. */
  edges: Array<MembershipChangeEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many changes the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One change in a page, with its cursor. */
export type MembershipChangeEdge = {
  __typename?: 'MembershipChangeEdge';
  /** Pass it as `after` to get the changes that follow this one. */
  cursor: Scalars['String']['output'];
  /** The change. */
  node: MembershipChange;
};

/** What happened to a membership. */
export type MembershipChangeKind =
  /** A state became a member, partner, observer… of a bloc (or the bloc's first members, at its founding). */
  | 'JOINED'
  /** A state's membership ended (it left, was expelled, the bloc dissolved, or the state itself ended). */
  | 'LEFT'
  /** A membership continued with another status on the same day (an observer admitted as a member, a member frozen). */
  | 'STATUS_CHANGED';

/** A page of memberships (Relay connection). */
export type MembershipConnection = {
  __typename?: 'MembershipConnection';
  /** The memberships of this page, each with its cursor. */
  edges: Array<MembershipEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** A membership on a page of a bloc's members, with its cursor. */
export type MembershipEdge = {
  __typename?: 'MembershipEdge';
  /** Pass as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The membership. */
  node: Membership;
};

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

/** Two tied states, and the blocs that tie them. */
export type NetworkTie = {
  __typename?: 'NetworkTie';
  /** One of the two states (the first by id). */
  a: State;
  /** The other state. */
  b: State;
  /** The blocs carrying the chosen obligations in which both are full members. */
  blocs: Array<Bloc>;
};

/** An obligation a bloc's treaty carries (ATOP's vocabulary). */
export type Obligation =
  | 'CONSULTATION'
  | 'DEFENCE'
  | 'NEUTRALITY'
  | 'NONAGGRESSION'
  | 'OFFENCE';

/** Where a page of a connection stands (Relay's PageInfo): cursors are stable while the graph's version is. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item of the page: pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True if items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True if items come before this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first item of the page (null for an empty page). */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** One hop: two states that share a bloc. */
export type PathStep = {
  __typename?: 'PathStep';
  /** The state this hop starts from. */
  from: State;
  /** Status of `from` in `via`. */
  fromStatus: MembershipStatus;
  /** The state this hop reaches. */
  to: State;
  /** Status of `to` in `via`. */
  toStatus: MembershipStatus;
  /** The bloc both states belong to. */
  via: Bloc;
};

/**
 * Alliance Explorer: states, blocs and the relationships between them, as a graph. Every fact is dated and
 * sourced; arguments named `asOf` answer for that date (default: today).
 */
export type Query = {
  __typename?: 'Query';
  /** One bloc by code, case-insensitive (`NATO`, `CSTO`, `B9`, `US_JPN`). Unknown code: null. */
  bloc?: Maybe<Bloc>;
  /** States that belong to both blocs on a date (any status), e.g. NATO and SCO. */
  blocOverlap: BlocOverlap;
  /** Every bloc, optionally of one kind. */
  blocs: Array<Bloc>;
  /** Every bloc a page at a time (ordered by code): `first` items (default 20, at most 100) after the cursor `after`. */
  blocsConnection: BlocConnection;
  /**
   * Every membership that began, ended or changed status between `since` and `until` (both included), oldest first,
   * each with its day and its source; optionally only one bloc's or one state's. A status change (an observer becoming
   * a member, a membership frozen) is one entry with both statuses.
   */
  changes: Array<MembershipChange>;
  /** `changes` a page at a time (same order): `first` items (default 20, at most 100) after the cursor `after`. */
  changesConnection: MembershipChangeConnection;
  /**
   * Runs an analyst's own read-only Cypher, with a timeout and a row cap. Disabled unless the server has an
   * API_KEY and the request sends `Authorization: Bearer <API_KEY>`. A write is refused and changes nothing.
   */
  cypher: CypherResult;
  /**
   * Who is exposed if `withdrawing` leaves all its commitments, or only the blocs named in `from`: the states
   * that lose security, ranked by score (highest first), each with the reasons behind its score.
   */
  exposure: ExposureReport;
  /**
   * One state's exposure to a withdrawal through time: a point on each 1 January from `since` to `until`, and one on
   * every day the state's ties to the withdrawing state changed (a membership of either of them in a bloc they share
   * began, ended or changed status; an umbrella or forces of the withdrawing state over or on the state began or
   * ended; a shared bloc's defence clause took effect or the bloc dissolved). Days on which either state did not
   * exist are left out. The facts of the whole range are read in one Cypher round trip.
   */
  exposureTimeline: Array<ExposurePoint>;
  /**
   * States that sit in rival camps at once: active in a bloc of `campA` and a bloc of `campB` on the date, in
   * any status (member, partner, observer, dialogue partner). The default camps are the US-led alliances and
   * partnerships (NATO and its partnerships, the US treaties and Major Non-NATO Allies; in the Cold War the Rio Treaty,
   * SEATO and the Baghdad Pact, ATOP 3075, 3260, 3275) and the Russia/China-led groupings the seed articles contrast
   * (the CSTO, SCO, BRICS, the CIS; in the Cold War the Warsaw Pact and the Sino-Soviet treaty, ATOP 3285, 3200);
   * pass your own to ask a different question.
   */
  hedgers: Array<Hedger>;
  /**
   * The network of states tied by blocs carrying the chosen obligations on a date (default: defence), optionally in a
   * what-if world: who holds the web together (betweenness), whose departure splits it (articulation points), and
   * which camps it falls into (Louvain communities). Two states are tied when both are members (MEMBER or FROZEN) of
   * an active bloc with one of the obligations (a bloc's mutual-defence clause in effect counts as DEFENCE).
   */
  network: AllianceNetwork;
  /**
   * The shortest chains of shared bloc memberships linking two states on a date: State -> Bloc -> State -> ...
   * For example India reaches Russia through SCO or BRICS in one hop.
   */
  path: Array<AlliancePath>;
  /** One stored scenario by id (e.g. `negative`); unknown id: null. */
  scenario?: Maybe<Scenario>;
  /**
   * What a scenario costs by itself on a date (default today): each state's loss of guarantees, umbrellas and forces
   * from the scenario's own changes, scored and explained as `exposure` does, highest first. `withdrawing` is the
   * state the scenario's first change names (or the first member of the bloc it names).
   */
  scenarioCost: ExposureReport;
  /** The what-if scenarios stored in the graph: the seed articles' scenarios and the cases they raise. */
  scenarios: Array<Scenario>;
  /** One state by ISO 3166-1 alpha-3 code, case-insensitive (`usa`, `POL`; Kosovo is `XKX`). Unknown id: null. */
  state?: Maybe<State>;
  /**
   * The states that existed on `asOf` (default today: the UN members and observers, Taiwan, Kosovo), optionally of one
   * region (e.g. `Europe`, `Asia`). As of 1980 the list holds the Soviet Union and East Germany, not Estonia or Slovakia.
   */
  states: Array<State>;
  /** `states(region, asOf)` a page at a time (ordered by name): `first` items (default 20, at most 100) after the cursor `after`. */
  statesConnection: StateConnection;
};


/**
 * Alliance Explorer: states, blocs and the relationships between them, as a graph. Every fact is dated and
 * sourced; arguments named `asOf` answer for that date (default: today).
 */
export type QueryBlocArgs = {
  code: Scalars['ID']['input'];
};


/**
 * Alliance Explorer: states, blocs and the relationships between them, as a graph. Every fact is dated and
 * sourced; arguments named `asOf` answer for that date (default: today).
 */
export type QueryBlocOverlapArgs = {
  a: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
  b: Scalars['ID']['input'];
};


/**
 * Alliance Explorer: states, blocs and the relationships between them, as a graph. Every fact is dated and
 * sourced; arguments named `asOf` answer for that date (default: today).
 */
export type QueryBlocsArgs = {
  kind?: InputMaybe<BlocKind>;
};


/**
 * Alliance Explorer: states, blocs and the relationships between them, as a graph. Every fact is dated and
 * sourced; arguments named `asOf` answer for that date (default: today).
 */
export type QueryBlocsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<BlocKind>;
};


/**
 * Alliance Explorer: states, blocs and the relationships between them, as a graph. Every fact is dated and
 * sourced; arguments named `asOf` answer for that date (default: today).
 */
export type QueryChangesArgs = {
  bloc?: InputMaybe<Scalars['ID']['input']>;
  since: Scalars['Date']['input'];
  state?: InputMaybe<Scalars['ID']['input']>;
  until: Scalars['Date']['input'];
};


/**
 * Alliance Explorer: states, blocs and the relationships between them, as a graph. Every fact is dated and
 * sourced; arguments named `asOf` answer for that date (default: today).
 */
export type QueryChangesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  bloc?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since: Scalars['Date']['input'];
  state?: InputMaybe<Scalars['ID']['input']>;
  until: Scalars['Date']['input'];
};


/**
 * Alliance Explorer: states, blocs and the relationships between them, as a graph. Every fact is dated and
 * sourced; arguments named `asOf` answer for that date (default: today).
 */
export type QueryCypherArgs = {
  params?: InputMaybe<Scalars['JSON']['input']>;
  query: Scalars['String']['input'];
};


/**
 * Alliance Explorer: states, blocs and the relationships between them, as a graph. Every fact is dated and
 * sourced; arguments named `asOf` answer for that date (default: today).
 */
export type QueryExposureArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  from?: InputMaybe<Array<Scalars['ID']['input']>>;
  scenario?: InputMaybe<ScenarioInput>;
  withdrawing: Scalars['ID']['input'];
};


/**
 * Alliance Explorer: states, blocs and the relationships between them, as a graph. Every fact is dated and
 * sourced; arguments named `asOf` answer for that date (default: today).
 */
export type QueryExposureTimelineArgs = {
  from?: InputMaybe<Array<Scalars['ID']['input']>>;
  since?: InputMaybe<Scalars['Date']['input']>;
  state: Scalars['ID']['input'];
  until?: InputMaybe<Scalars['Date']['input']>;
  withdrawing: Scalars['ID']['input'];
};


/**
 * Alliance Explorer: states, blocs and the relationships between them, as a graph. Every fact is dated and
 * sourced; arguments named `asOf` answer for that date (default: today).
 */
export type QueryHedgersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  campA?: InputMaybe<Array<Scalars['ID']['input']>>;
  campB?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/**
 * Alliance Explorer: states, blocs and the relationships between them, as a graph. Every fact is dated and
 * sourced; arguments named `asOf` answer for that date (default: today).
 */
export type QueryNetworkArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  obligations?: InputMaybe<Array<Obligation>>;
  scenario?: InputMaybe<ScenarioInput>;
};


/**
 * Alliance Explorer: states, blocs and the relationships between them, as a graph. Every fact is dated and
 * sourced; arguments named `asOf` answer for that date (default: today).
 */
export type QueryPathArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/**
 * Alliance Explorer: states, blocs and the relationships between them, as a graph. Every fact is dated and
 * sourced; arguments named `asOf` answer for that date (default: today).
 */
export type QueryScenarioArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Alliance Explorer: states, blocs and the relationships between them, as a graph. Every fact is dated and
 * sourced; arguments named `asOf` answer for that date (default: today).
 */
export type QueryScenarioCostArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  scenario: ScenarioInput;
};


/**
 * Alliance Explorer: states, blocs and the relationships between them, as a graph. Every fact is dated and
 * sourced; arguments named `asOf` answer for that date (default: today).
 */
export type QueryStateArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Alliance Explorer: states, blocs and the relationships between them, as a graph. Every fact is dated and
 * sourced; arguments named `asOf` answer for that date (default: today).
 */
export type QueryStatesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Alliance Explorer: states, blocs and the relationships between them, as a graph. Every fact is dated and
 * sourced; arguments named `asOf` answer for that date (default: today).
 */
export type QueryStatesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
};

/** A stored what-if scenario. */
export type Scenario = {
  __typename?: 'Scenario';
  /** Its changes, in the order they apply. */
  changes: Array<ScenarioChange>;
  /** What the scenario says, citing its seed article. */
  description: Scalars['String']['output'];
  /** Short id, e.g. `negative`. */
  id: Scalars['ID']['output'];
  /** A short human name. */
  name: Scalars['String']['output'];
  /** Where it comes from, e.g. `seed:000_ee8646e08386c08b`. */
  source: Scalars['String']['output'];
};

/** One change of a stored scenario. */
export type ScenarioChange = {
  __typename?: 'ScenarioChange';
  /** The bloc it concerns, if any. */
  bloc?: Maybe<Scalars['ID']['output']>;
  /** The code of the bloc a FORM creates, if any. */
  code?: Maybe<Scalars['ID']['output']>;
  /** Whether the bloc a FORM creates has a mutual-defence clause. */
  mutualDefence?: Maybe<Scalars['Boolean']['output']>;
  /** The name of the bloc a FORM creates, if any. */
  name?: Maybe<Scalars['String']['output']>;
  /** Which part of the seed it models. */
  note?: Maybe<Scalars['String']['output']>;
  /** The state it concerns, if any. */
  state?: Maybe<Scalars['ID']['output']>;
  /** The members of the bloc a FORM creates, if any. */
  states?: Maybe<Array<Scalars['ID']['output']>>;
  /** The status a JOIN gives, if any. */
  status?: Maybe<MembershipStatus>;
  /** The change written out, e.g. `WITHDRAW(USA, NATO)`. */
  text: Scalars['String']['output'];
  /** What the change does: WITHDRAW, FREEZE, JOIN, DISSOLVE, FORM or END_TREATY. */
  type: ScenarioChangeType;
};

/**
 * One change. Which fields apply depends on `type`: WITHDRAW(state, bloc?) — no bloc = every commitment;
 * FREEZE(state, bloc); JOIN(state, bloc, status?); DISSOLVE(bloc); FORM(code, name?, states, mutualDefence?);
 * END_TREATY(bloc).
 */
export type ScenarioChangeInput = {
  /** The bloc it concerns (WITHDRAW from one bloc, FREEZE, JOIN, DISSOLVE, END_TREATY). */
  bloc?: InputMaybe<Scalars['ID']['input']>;
  /** The code of the bloc a FORM creates. */
  code?: InputMaybe<Scalars['ID']['input']>;
  /** Whether the bloc a FORM creates obliges its members to defend one another. */
  mutualDefence?: InputMaybe<Scalars['Boolean']['input']>;
  /** The name of the bloc a FORM creates. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The state it concerns (WITHDRAW, FREEZE, JOIN). */
  state?: InputMaybe<Scalars['ID']['input']>;
  /** The members of the bloc a FORM creates. */
  states?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The status a JOIN gives (default MEMBER). */
  status?: InputMaybe<MembershipStatus>;
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
  changes?: InputMaybe<Array<ScenarioChangeInput>>;
  /** Id of a stored scenario, e.g. `negative`, `asian-nato`. */
  name?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * A state: today's UN members and observers, Taiwan and Kosovo, and the states that ended since 1949 (the Soviet Union
 * `SUN`, East Germany `DDR`, Czechoslovakia `CSK`, Yugoslavia `YUG`, Serbia and Montenegro `SCG`, South and North
 * Yemen `YMD`/`YAR`, South Vietnam `RVN`, Zanzibar `ZAN`). A field with `asOf` answers for that day (default today).
 */
export type State = {
  __typename?: 'State';
  /** States bound to this one by a mutual-defence obligation on `asOf`, with the blocs and treaties that bind them. */
  allies: Array<Ally>;
  /** The states under this one's nuclear umbrella (EXTENDS_DETERRENCE from it) on `asOf` (default today). */
  extendsDeterrenceTo: Array<Deterrence>;
  /** This state's forces stationed in other states (HOSTS_FORCES_OF to it) on `asOf` (default today). */
  forcesAbroad: Array<ForcesStationed>;
  /** Foreign forces stationed on this state's soil (HOSTS_FORCES_OF from it) on `asOf` (default today). */
  forcesHosted: Array<ForcesStationed>;
  /** ISO 3166-1 alpha-3 code (Kosovo: `XKX`, user-assigned); a former state's ISO 3166-3 alpha-3 code, or its COW abbreviation where ISO has none (`YAR`, `RVN`, `ZAN`). */
  id: Scalars['ID']['output'];
  /** ISO 3166-1 alpha-2 code. */
  iso2?: Maybe<Scalars['String']['output']>;
  /** Latitude of the state's centre. */
  lat?: Maybe<Scalars['Float']['output']>;
  /** Longitude of the state's centre. */
  lng?: Maybe<Scalars['Float']['output']>;
  /** The state's memberships active on `asOf` (default today), in any status; under `scenario` if given. */
  memberships: Array<Membership>;
  /** Where `milexUsdBn(asOf)` comes from: a source id of the register (data/sources.csv) and, in brackets, where in it. */
  milexSource?: Maybe<Scalars['String']['output']>;
  /** Military expenditure in billions of current US dollars in the year of `asOf` (default today), or the latest year before it with a published figure; null if none. */
  milexUsdBn?: Maybe<Scalars['Float']['output']>;
  /** The year `milexUsdBn(asOf)` is for. */
  milexYear?: Maybe<Scalars['Int']['output']>;
  /** Common English name. */
  name: Scalars['String']['output'];
  /** True if the state had nuclear weapons on `asOf` (default today). */
  nuclearArmed: Scalars['Boolean']['output'];
  /** First day the state is known to have had nuclear weapons (its first test, or the first certain day); null if never. */
  nuclearSince?: Maybe<Scalars['Date']['output']>;
  /** First day it no longer had them (South Africa); null if it still has, or never had. */
  nuclearUntil?: Maybe<Scalars['Date']['output']>;
  /** True if the state held a permanent seat on the UN Security Council on `asOf` (default today): the Republic of China (`TWN`) until 1971-10-25, then the People's Republic (`CHN`); the Soviet Union, then the Russian Federation. */
  p5: Scalars['Boolean']['output'];
  /** The states that perceive this one as a threat (PERCEIVES_THREAT to it) on `asOf` (default today). */
  perceivedAsThreatBy: Array<ThreatPerception>;
  /** The states this one continued or arose from (SUCCEEDED_BY to it). */
  predecessors: Array<Succession>;
  /** UN geoscheme region, e.g. `Europe`. */
  region?: Maybe<Scalars['String']['output']>;
  /** A former state: today's states whose map shapes cover its territory (null for today's states). */
  shapes?: Maybe<Array<Scalars['ID']['output']>>;
  /** First day the state exists in the system of sovereign states (the Correlates of War list's day by default; 1816-01-01 means it was there when the list begins). */
  since?: Maybe<Scalars['Date']['output']>;
  /** How well `since` is known: `day`, `month` or `year`. */
  sincePrecision?: Maybe<Scalars['String']['output']>;
  /** UN geoscheme subregion, e.g. `Eastern Europe`. */
  subregion?: Maybe<Scalars['String']['output']>;
  /** The states that continued this one or arose from it (SUCCEEDED_BY from it). */
  successors: Array<Succession>;
  /** The states this one perceives as a threat (PERCEIVES_THREAT from it) on `asOf` (default today). */
  threats: Array<ThreatPerception>;
  /** The nuclear umbrellas over this state (EXTENDS_DETERRENCE to it) on `asOf` (default today). */
  umbrellas: Array<Deterrence>;
  /** True for the 193 UN member states. */
  unMember: Scalars['Boolean']['output'];
  /** First day the state no longer exists; null while it does. */
  until?: Maybe<Scalars['Date']['output']>;
};


/**
 * A state: today's UN members and observers, Taiwan and Kosovo, and the states that ended since 1949 (the Soviet Union
 * `SUN`, East Germany `DDR`, Czechoslovakia `CSK`, Yugoslavia `YUG`, Serbia and Montenegro `SCG`, South and North
 * Yemen `YMD`/`YAR`, South Vietnam `RVN`, Zanzibar `ZAN`). A field with `asOf` answers for that day (default today).
 */
export type StateAlliesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * A state: today's UN members and observers, Taiwan and Kosovo, and the states that ended since 1949 (the Soviet Union
 * `SUN`, East Germany `DDR`, Czechoslovakia `CSK`, Yugoslavia `YUG`, Serbia and Montenegro `SCG`, South and North
 * Yemen `YMD`/`YAR`, South Vietnam `RVN`, Zanzibar `ZAN`). A field with `asOf` answers for that day (default today).
 */
export type StateExtendsDeterrenceToArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * A state: today's UN members and observers, Taiwan and Kosovo, and the states that ended since 1949 (the Soviet Union
 * `SUN`, East Germany `DDR`, Czechoslovakia `CSK`, Yugoslavia `YUG`, Serbia and Montenegro `SCG`, South and North
 * Yemen `YMD`/`YAR`, South Vietnam `RVN`, Zanzibar `ZAN`). A field with `asOf` answers for that day (default today).
 */
export type StateForcesAbroadArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * A state: today's UN members and observers, Taiwan and Kosovo, and the states that ended since 1949 (the Soviet Union
 * `SUN`, East Germany `DDR`, Czechoslovakia `CSK`, Yugoslavia `YUG`, Serbia and Montenegro `SCG`, South and North
 * Yemen `YMD`/`YAR`, South Vietnam `RVN`, Zanzibar `ZAN`). A field with `asOf` answers for that day (default today).
 */
export type StateForcesHostedArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * A state: today's UN members and observers, Taiwan and Kosovo, and the states that ended since 1949 (the Soviet Union
 * `SUN`, East Germany `DDR`, Czechoslovakia `CSK`, Yugoslavia `YUG`, Serbia and Montenegro `SCG`, South and North
 * Yemen `YMD`/`YAR`, South Vietnam `RVN`, Zanzibar `ZAN`). A field with `asOf` answers for that day (default today).
 */
export type StateMembershipsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  scenario?: InputMaybe<ScenarioInput>;
};


/**
 * A state: today's UN members and observers, Taiwan and Kosovo, and the states that ended since 1949 (the Soviet Union
 * `SUN`, East Germany `DDR`, Czechoslovakia `CSK`, Yugoslavia `YUG`, Serbia and Montenegro `SCG`, South and North
 * Yemen `YMD`/`YAR`, South Vietnam `RVN`, Zanzibar `ZAN`). A field with `asOf` answers for that day (default today).
 */
export type StateMilexSourceArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * A state: today's UN members and observers, Taiwan and Kosovo, and the states that ended since 1949 (the Soviet Union
 * `SUN`, East Germany `DDR`, Czechoslovakia `CSK`, Yugoslavia `YUG`, Serbia and Montenegro `SCG`, South and North
 * Yemen `YMD`/`YAR`, South Vietnam `RVN`, Zanzibar `ZAN`). A field with `asOf` answers for that day (default today).
 */
export type StateMilexUsdBnArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * A state: today's UN members and observers, Taiwan and Kosovo, and the states that ended since 1949 (the Soviet Union
 * `SUN`, East Germany `DDR`, Czechoslovakia `CSK`, Yugoslavia `YUG`, Serbia and Montenegro `SCG`, South and North
 * Yemen `YMD`/`YAR`, South Vietnam `RVN`, Zanzibar `ZAN`). A field with `asOf` answers for that day (default today).
 */
export type StateMilexYearArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * A state: today's UN members and observers, Taiwan and Kosovo, and the states that ended since 1949 (the Soviet Union
 * `SUN`, East Germany `DDR`, Czechoslovakia `CSK`, Yugoslavia `YUG`, Serbia and Montenegro `SCG`, South and North
 * Yemen `YMD`/`YAR`, South Vietnam `RVN`, Zanzibar `ZAN`). A field with `asOf` answers for that day (default today).
 */
export type StateNuclearArmedArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * A state: today's UN members and observers, Taiwan and Kosovo, and the states that ended since 1949 (the Soviet Union
 * `SUN`, East Germany `DDR`, Czechoslovakia `CSK`, Yugoslavia `YUG`, Serbia and Montenegro `SCG`, South and North
 * Yemen `YMD`/`YAR`, South Vietnam `RVN`, Zanzibar `ZAN`). A field with `asOf` answers for that day (default today).
 */
export type StateP5Args = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * A state: today's UN members and observers, Taiwan and Kosovo, and the states that ended since 1949 (the Soviet Union
 * `SUN`, East Germany `DDR`, Czechoslovakia `CSK`, Yugoslavia `YUG`, Serbia and Montenegro `SCG`, South and North
 * Yemen `YMD`/`YAR`, South Vietnam `RVN`, Zanzibar `ZAN`). A field with `asOf` answers for that day (default today).
 */
export type StatePerceivedAsThreatByArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * A state: today's UN members and observers, Taiwan and Kosovo, and the states that ended since 1949 (the Soviet Union
 * `SUN`, East Germany `DDR`, Czechoslovakia `CSK`, Yugoslavia `YUG`, Serbia and Montenegro `SCG`, South and North
 * Yemen `YMD`/`YAR`, South Vietnam `RVN`, Zanzibar `ZAN`). A field with `asOf` answers for that day (default today).
 */
export type StateThreatsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * A state: today's UN members and observers, Taiwan and Kosovo, and the states that ended since 1949 (the Soviet Union
 * `SUN`, East Germany `DDR`, Czechoslovakia `CSK`, Yugoslavia `YUG`, Serbia and Montenegro `SCG`, South and North
 * Yemen `YMD`/`YAR`, South Vietnam `RVN`, Zanzibar `ZAN`). A field with `asOf` answers for that day (default today).
 */
export type StateUmbrellasArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

/** One state's place in the network. */
export type StateCentrality = {
  __typename?: 'StateCentrality';
  /** Share of shortest paths between other states that pass through it (normalised, 0 to 1). */
  betweenness: Scalars['Float']['output'];
  /** How many states it is tied to. */
  degree: Scalars['Int']['output'];
  /** The state. */
  state: State;
};

/** A page of states (Relay connection). */
export type StateConnection = {
  __typename?: 'StateConnection';
  /** The states of this page, each with its cursor. */
  edges: Array<StateEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** A state on a page of states, with its cursor. */
export type StateEdge = {
  __typename?: 'StateEdge';
  /** Pass as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The state. */
  node: State;
};

/** One step of a state's history: the SUCCEEDED_BY relationship seen from one end. */
export type Succession = {
  __typename?: 'Succession';
  /** The day of the succession. */
  date: Scalars['Date']['output'];
  /** How well `date` is known: `day`, `month` or `year`. */
  datePrecision: Scalars['String']['output'];
  /** How the state ended or arose. */
  kind: SuccessionKind;
  /** What is disputed or worth knowing about it. */
  note?: Maybe<Scalars['String']['output']>;
  /** A source id of the register (data/sources.csv). */
  source: Scalars['String']['output'];
  /** The state at the other end: the successor from `State.successors`, the predecessor from `State.predecessors`. */
  state: State;
};

/** How a state ended or arose: `kind` of the SUCCEEDED_BY relationship. */
export type SuccessionKind =
  /** The successor continues the predecessor's legal personality (the Russian Federation, the Soviet Union). */
  | 'CONTINUATION'
  /** The predecessor dissolved into several new states (Czechoslovakia). */
  | 'DISSOLUTION'
  /** The predecessor was absorbed into, or merged to form, the successor (East Germany into Germany). */
  | 'MERGER'
  /** A state restored its independence (the Baltic states from the Soviet Union in 1991). */
  | 'RESTORATION'
  /** A part left and the predecessor went on (Montenegro from Serbia and Montenegro). */
  | 'SEPARATION';

/** How strongly a state perceives another as a threat: our reading of the cited source, explained in `note`. */
export type ThreatLevel =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/**
 * One state perceives another as a threat (the graph's PERCEIVES_THREAT relationship), dated by the document or event
 * that states it: `since` is its publication day, `until` the day a later document replaced it.
 */
export type ThreatPerception = {
  __typename?: 'ThreatPerception';
  /** How strongly: HIGH (named the main threat or an enemy, or hostilities), MEDIUM (a threat or serious concern), LOW (a risk). */
  level: ThreatLevel;
  /** Why this level: what the source says. */
  note?: Maybe<Scalars['String']['output']>;
  /** First day the perception holds: the day the document that states it was published or adopted. */
  since?: Maybe<Scalars['Date']['output']>;
  /** A source id of the register (data/sources.csv); `seed:<file>` for the seed articles. */
  source: Scalars['String']['output'];
  /** The state that perceives the threat. */
  state: State;
  /** The state it perceives as a threat. */
  threat: State;
  /** First day it no longer holds (a later document); null while it does. */
  until?: Maybe<Scalars['Date']['output']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AllianceNetwork: ResolverTypeWrapper<NetworkAnswerParent>;
  AlliancePath: ResolverTypeWrapper<AlliancePathRowParent>;
  Ally: ResolverTypeWrapper<AllyRowParent>;
  Bloc: ResolverTypeWrapper<BlocRowParent>;
  BlocConnection: ResolverTypeWrapper<BlocPageParent>;
  BlocEdge: ResolverTypeWrapper<BlocPageEdgeParent>;
  BlocKind: BlocKind;
  BlocOverlap: ResolverTypeWrapper<BlocOverlapParentParent>;
  BlocSize: ResolverTypeWrapper<BlocSize>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CypherResult: ResolverTypeWrapper<CypherResult>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Deterrence: ResolverTypeWrapper<StateEdgeRowParent>;
  Exposure: ResolverTypeWrapper<ExposureEntryParent>;
  ExposureConnection: ResolverTypeWrapper<ExposurePageParent>;
  ExposureDelta: ResolverTypeWrapper<ExposureDeltaParent>;
  ExposureEdge: ResolverTypeWrapper<ExposurePageEdgeParent>;
  ExposureLevel: ExposureLevel;
  ExposurePoint: ResolverTypeWrapper<ExposurePointParent>;
  ExposurePointKind: ExposurePointKind;
  ExposureReason: ResolverTypeWrapper<ExposureReasonParent>;
  ExposureReport: ResolverTypeWrapper<ExposureReportParent>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ForcesStationed: ResolverTypeWrapper<StateEdgeRowParent>;
  Hedger: ResolverTypeWrapper<HedgerRowParent>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Membership: ResolverTypeWrapper<MembershipRowParent>;
  MembershipChange: ResolverTypeWrapper<MembershipChangeParentParent>;
  MembershipChangeConnection: ResolverTypeWrapper<MembershipChangePageParent>;
  MembershipChangeEdge: ResolverTypeWrapper<MembershipChangePageEdgeParent>;
  MembershipChangeKind: MembershipChangeKind;
  MembershipConnection: ResolverTypeWrapper<MembershipPageParent>;
  MembershipEdge: ResolverTypeWrapper<MembershipPageEdgeParent>;
  MembershipStatus: MembershipStatus;
  NetworkTie: ResolverTypeWrapper<NetworkTieParent>;
  Obligation: Obligation;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PathStep: ResolverTypeWrapper<PathStepRowParent>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Scenario: ResolverTypeWrapper<ScenarioRowParent>;
  ScenarioChange: ResolverTypeWrapper<ScenarioChangeRowParent>;
  ScenarioChangeInput: ScenarioChangeInput;
  ScenarioChangeType: ScenarioChangeType;
  ScenarioInput: ScenarioInput;
  State: ResolverTypeWrapper<StateRowParent>;
  StateCentrality: ResolverTypeWrapper<StateCentralityValueParent>;
  StateConnection: ResolverTypeWrapper<StatePageParent>;
  StateEdge: ResolverTypeWrapper<StatePageEdgeParent>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Succession: ResolverTypeWrapper<SuccessionRowParent>;
  SuccessionKind: SuccessionKind;
  ThreatLevel: ThreatLevel;
  ThreatPerception: ResolverTypeWrapper<StateEdgeRowParent>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AllianceNetwork: NetworkAnswerParent;
  AlliancePath: AlliancePathRowParent;
  Ally: AllyRowParent;
  Bloc: BlocRowParent;
  BlocConnection: BlocPageParent;
  BlocEdge: BlocPageEdgeParent;
  BlocOverlap: BlocOverlapParentParent;
  BlocSize: BlocSize;
  Boolean: Scalars['Boolean']['output'];
  CypherResult: CypherResult;
  Date: Scalars['Date']['output'];
  Deterrence: StateEdgeRowParent;
  Exposure: ExposureEntryParent;
  ExposureConnection: ExposurePageParent;
  ExposureDelta: ExposureDeltaParent;
  ExposureEdge: ExposurePageEdgeParent;
  ExposurePoint: ExposurePointParent;
  ExposureReason: ExposureReasonParent;
  ExposureReport: ExposureReportParent;
  Float: Scalars['Float']['output'];
  ForcesStationed: StateEdgeRowParent;
  Hedger: HedgerRowParent;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  Membership: MembershipRowParent;
  MembershipChange: MembershipChangeParentParent;
  MembershipChangeConnection: MembershipChangePageParent;
  MembershipChangeEdge: MembershipChangePageEdgeParent;
  MembershipConnection: MembershipPageParent;
  MembershipEdge: MembershipPageEdgeParent;
  NetworkTie: NetworkTieParent;
  PageInfo: PageInfo;
  PathStep: PathStepRowParent;
  Query: Record<PropertyKey, never>;
  Scenario: ScenarioRowParent;
  ScenarioChange: ScenarioChangeRowParent;
  ScenarioChangeInput: ScenarioChangeInput;
  ScenarioInput: ScenarioInput;
  State: StateRowParent;
  StateCentrality: StateCentralityValueParent;
  StateConnection: StatePageParent;
  StateEdge: StatePageEdgeParent;
  String: Scalars['String']['output'];
  Succession: SuccessionRowParent;
  ThreatPerception: StateEdgeRowParent;
};

export type AllianceNetworkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AllianceNetwork'] = ResolversParentTypes['AllianceNetwork']> = {
  articulationPoints?: Resolver<Array<ResolversTypes['State']>, ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  centrality?: Resolver<Array<ResolversTypes['StateCentrality']>, ParentType, ContextType>;
  communities?: Resolver<Array<Array<ResolversTypes['State']>>, ParentType, ContextType>;
  obligations?: Resolver<Array<ResolversTypes['Obligation']>, ParentType, ContextType>;
  ties?: Resolver<Array<ResolversTypes['NetworkTie']>, ParentType, ContextType>;
};

export type AlliancePathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AlliancePath'] = ResolversParentTypes['AlliancePath']> = {
  hops?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PathStep']>, ParentType, ContextType>;
};

export type AllyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Ally'] = ResolversParentTypes['Ally']> = {
  state?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
  via?: Resolver<Array<ResolversTypes['Bloc']>, ParentType, ContextType>;
};

export type BlocResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Bloc'] = ResolversParentTypes['Bloc']> = {
  around?: Resolver<Array<ResolversTypes['Bloc']>, ParentType, ContextType, Partial<BlocAroundArgs>>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  defenceClause?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  defenceSince?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dissolved?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  founded?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['BlocKind'], ParentType, ContextType>;
  memberChanges?: Resolver<Array<ResolversTypes['MembershipChange']>, ParentType, ContextType, RequireFields<BlocMemberChangesArgs, 'scenario'>>;
  members?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType, Partial<BlocMembersArgs>>;
  membersConnection?: Resolver<ResolversTypes['MembershipConnection'], ParentType, ContextType, RequireFields<BlocMembersConnectionArgs, 'first'>>;
  mutualDefence?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<BlocMutualDefenceArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  obligations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sizeTimeline?: Resolver<Array<ResolversTypes['BlocSize']>, ParentType, ContextType, Partial<BlocSizeTimelineArgs>>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BlocConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BlocConnection'] = ResolversParentTypes['BlocConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BlocEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BlocEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BlocEdge'] = ResolversParentTypes['BlocEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Bloc'], ParentType, ContextType>;
};

export type BlocOverlapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BlocOverlap'] = ResolversParentTypes['BlocOverlap']> = {
  a?: Resolver<ResolversTypes['Bloc'], ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Bloc'], ParentType, ContextType>;
  states?: Resolver<Array<ResolversTypes['State']>, ParentType, ContextType>;
};

export type BlocSizeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BlocSize'] = ResolversParentTypes['BlocSize']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CypherResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CypherResult'] = ResolversParentTypes['CypherResult']> = {
  columns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['JSON']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DeterrenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Deterrence'] = ResolversParentTypes['Deterrence']> = {
  guarantor?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  protected?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  via?: Resolver<Maybe<ResolversTypes['Bloc']>, ParentType, ContextType>;
};

export type ExposureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Exposure'] = ResolversParentTypes['Exposure']> = {
  level?: Resolver<ResolversTypes['ExposureLevel'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['ExposureReason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
};

export type ExposureConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExposureConnection'] = ResolversParentTypes['ExposureConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ExposureEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ExposureDeltaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExposureDelta'] = ResolversParentTypes['ExposureDelta']> = {
  baselineLevel?: Resolver<ResolversTypes['ExposureLevel'], ParentType, ContextType>;
  baselineScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  change?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['ExposureLevel'], ParentType, ContextType>;
  reasonsGained?: Resolver<Array<ResolversTypes['ExposureReason']>, ParentType, ContextType>;
  reasonsLost?: Resolver<Array<ResolversTypes['ExposureReason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
};

export type ExposureEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExposureEdge'] = ResolversParentTypes['ExposureEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Exposure'], ParentType, ContextType>;
};

export type ExposurePointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExposurePoint'] = ResolversParentTypes['ExposurePoint']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ExposurePointKind'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['ExposureLevel'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['ExposureReason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ExposureReasonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExposureReason'] = ResolversParentTypes['ExposureReason']> = {
  bloc?: Resolver<Maybe<ResolversTypes['Bloc']>, ParentType, ContextType>;
  counterpart?: Resolver<Maybe<ResolversTypes['State']>, ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ExposureReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExposureReport'] = ResolversParentTypes['ExposureReport']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  deltas?: Resolver<Array<ResolversTypes['ExposureDelta']>, ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['Exposure']>, ParentType, ContextType>;
  entriesConnection?: Resolver<ResolversTypes['ExposureConnection'], ParentType, ContextType, RequireFields<ExposureReportEntriesConnectionArgs, 'first'>>;
  from?: Resolver<Array<ResolversTypes['Bloc']>, ParentType, ContextType>;
  scenario?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  withdrawing?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
};

export type ForcesStationedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ForcesStationed'] = ResolversParentTypes['ForcesStationed']> = {
  foreign?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
  host?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type HedgerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Hedger'] = ResolversParentTypes['Hedger']> = {
  campA?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  campB?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MembershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  bloc?: Resolver<ResolversTypes['Bloc'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  obligations?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sincePrecision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MembershipStatus'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type MembershipChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MembershipChange'] = ResolversParentTypes['MembershipChange']> = {
  after?: Resolver<Maybe<ResolversTypes['MembershipStatus']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['MembershipStatus']>, ParentType, ContextType>;
  bloc?: Resolver<Maybe<ResolversTypes['Bloc']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  datePrecision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MembershipChangeKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
};

export type MembershipChangeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MembershipChangeConnection'] = ResolversParentTypes['MembershipChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MembershipChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MembershipChangeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MembershipChangeEdge'] = ResolversParentTypes['MembershipChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MembershipChange'], ParentType, ContextType>;
};

export type MembershipConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MembershipConnection'] = ResolversParentTypes['MembershipConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MembershipEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MembershipEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MembershipEdge'] = ResolversParentTypes['MembershipEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Membership'], ParentType, ContextType>;
};

export type NetworkTieResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkTie'] = ResolversParentTypes['NetworkTie']> = {
  a?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
  blocs?: Resolver<Array<ResolversTypes['Bloc']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PathStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PathStep'] = ResolversParentTypes['PathStep']> = {
  from?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
  fromStatus?: Resolver<ResolversTypes['MembershipStatus'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['MembershipStatus'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['Bloc'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  bloc?: Resolver<Maybe<ResolversTypes['Bloc']>, ParentType, ContextType, RequireFields<QueryBlocArgs, 'code'>>;
  blocOverlap?: Resolver<ResolversTypes['BlocOverlap'], ParentType, ContextType, RequireFields<QueryBlocOverlapArgs, 'a' | 'b'>>;
  blocs?: Resolver<Array<ResolversTypes['Bloc']>, ParentType, ContextType, Partial<QueryBlocsArgs>>;
  blocsConnection?: Resolver<ResolversTypes['BlocConnection'], ParentType, ContextType, RequireFields<QueryBlocsConnectionArgs, 'first'>>;
  changes?: Resolver<Array<ResolversTypes['MembershipChange']>, ParentType, ContextType, RequireFields<QueryChangesArgs, 'since' | 'until'>>;
  changesConnection?: Resolver<ResolversTypes['MembershipChangeConnection'], ParentType, ContextType, RequireFields<QueryChangesConnectionArgs, 'first' | 'since' | 'until'>>;
  cypher?: Resolver<ResolversTypes['CypherResult'], ParentType, ContextType, RequireFields<QueryCypherArgs, 'query'>>;
  exposure?: Resolver<ResolversTypes['ExposureReport'], ParentType, ContextType, RequireFields<QueryExposureArgs, 'withdrawing'>>;
  exposureTimeline?: Resolver<Array<ResolversTypes['ExposurePoint']>, ParentType, ContextType, RequireFields<QueryExposureTimelineArgs, 'state' | 'withdrawing'>>;
  hedgers?: Resolver<Array<ResolversTypes['Hedger']>, ParentType, ContextType, RequireFields<QueryHedgersArgs, 'campA' | 'campB'>>;
  network?: Resolver<ResolversTypes['AllianceNetwork'], ParentType, ContextType, Partial<QueryNetworkArgs>>;
  path?: Resolver<Array<ResolversTypes['AlliancePath']>, ParentType, ContextType, RequireFields<QueryPathArgs, 'from' | 'maxHops' | 'to'>>;
  scenario?: Resolver<Maybe<ResolversTypes['Scenario']>, ParentType, ContextType, RequireFields<QueryScenarioArgs, 'id'>>;
  scenarioCost?: Resolver<ResolversTypes['ExposureReport'], ParentType, ContextType, RequireFields<QueryScenarioCostArgs, 'scenario'>>;
  scenarios?: Resolver<Array<ResolversTypes['Scenario']>, ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['State']>, ParentType, ContextType, RequireFields<QueryStateArgs, 'id'>>;
  states?: Resolver<Array<ResolversTypes['State']>, ParentType, ContextType, Partial<QueryStatesArgs>>;
  statesConnection?: Resolver<ResolversTypes['StateConnection'], ParentType, ContextType, RequireFields<QueryStatesConnectionArgs, 'first'>>;
};

export type ScenarioResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Scenario'] = ResolversParentTypes['Scenario']> = {
  changes?: Resolver<Array<ResolversTypes['ScenarioChange']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ScenarioChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScenarioChange'] = ResolversParentTypes['ScenarioChange']> = {
  bloc?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  mutualDefence?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  states?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['MembershipStatus']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ScenarioChangeType'], ParentType, ContextType>;
};

export type StateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['State'] = ResolversParentTypes['State']> = {
  allies?: Resolver<Array<ResolversTypes['Ally']>, ParentType, ContextType, Partial<StateAlliesArgs>>;
  extendsDeterrenceTo?: Resolver<Array<ResolversTypes['Deterrence']>, ParentType, ContextType, Partial<StateExtendsDeterrenceToArgs>>;
  forcesAbroad?: Resolver<Array<ResolversTypes['ForcesStationed']>, ParentType, ContextType, Partial<StateForcesAbroadArgs>>;
  forcesHosted?: Resolver<Array<ResolversTypes['ForcesStationed']>, ParentType, ContextType, Partial<StateForcesHostedArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  iso2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lat?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lng?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType, Partial<StateMembershipsArgs>>;
  milexSource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<StateMilexSourceArgs>>;
  milexUsdBn?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, Partial<StateMilexUsdBnArgs>>;
  milexYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType, Partial<StateMilexYearArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nuclearArmed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<StateNuclearArmedArgs>>;
  nuclearSince?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  nuclearUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  p5?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<StateP5Args>>;
  perceivedAsThreatBy?: Resolver<Array<ResolversTypes['ThreatPerception']>, ParentType, ContextType, Partial<StatePerceivedAsThreatByArgs>>;
  predecessors?: Resolver<Array<ResolversTypes['Succession']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shapes?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sincePrecision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subregion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  successors?: Resolver<Array<ResolversTypes['Succession']>, ParentType, ContextType>;
  threats?: Resolver<Array<ResolversTypes['ThreatPerception']>, ParentType, ContextType, Partial<StateThreatsArgs>>;
  umbrellas?: Resolver<Array<ResolversTypes['Deterrence']>, ParentType, ContextType, Partial<StateUmbrellasArgs>>;
  unMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type StateCentralityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StateCentrality'] = ResolversParentTypes['StateCentrality']> = {
  betweenness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
};

export type StateConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StateConnection'] = ResolversParentTypes['StateConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StateEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StateEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StateEdge'] = ResolversParentTypes['StateEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
};

export type SuccessionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Succession'] = ResolversParentTypes['Succession']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SuccessionKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
};

export type ThreatPerceptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ThreatPerception'] = ResolversParentTypes['ThreatPerception']> = {
  level?: Resolver<ResolversTypes['ThreatLevel'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
  threat?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AllianceNetwork?: AllianceNetworkResolvers<ContextType>;
  AlliancePath?: AlliancePathResolvers<ContextType>;
  Ally?: AllyResolvers<ContextType>;
  Bloc?: BlocResolvers<ContextType>;
  BlocConnection?: BlocConnectionResolvers<ContextType>;
  BlocEdge?: BlocEdgeResolvers<ContextType>;
  BlocOverlap?: BlocOverlapResolvers<ContextType>;
  BlocSize?: BlocSizeResolvers<ContextType>;
  CypherResult?: CypherResultResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Deterrence?: DeterrenceResolvers<ContextType>;
  Exposure?: ExposureResolvers<ContextType>;
  ExposureConnection?: ExposureConnectionResolvers<ContextType>;
  ExposureDelta?: ExposureDeltaResolvers<ContextType>;
  ExposureEdge?: ExposureEdgeResolvers<ContextType>;
  ExposurePoint?: ExposurePointResolvers<ContextType>;
  ExposureReason?: ExposureReasonResolvers<ContextType>;
  ExposureReport?: ExposureReportResolvers<ContextType>;
  ForcesStationed?: ForcesStationedResolvers<ContextType>;
  Hedger?: HedgerResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Membership?: MembershipResolvers<ContextType>;
  MembershipChange?: MembershipChangeResolvers<ContextType>;
  MembershipChangeConnection?: MembershipChangeConnectionResolvers<ContextType>;
  MembershipChangeEdge?: MembershipChangeEdgeResolvers<ContextType>;
  MembershipConnection?: MembershipConnectionResolvers<ContextType>;
  MembershipEdge?: MembershipEdgeResolvers<ContextType>;
  NetworkTie?: NetworkTieResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PathStep?: PathStepResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Scenario?: ScenarioResolvers<ContextType>;
  ScenarioChange?: ScenarioChangeResolvers<ContextType>;
  State?: StateResolvers<ContextType>;
  StateCentrality?: StateCentralityResolvers<ContextType>;
  StateConnection?: StateConnectionResolvers<ContextType>;
  StateEdge?: StateEdgeResolvers<ContextType>;
  Succession?: SuccessionResolvers<ContextType>;
  ThreatPerception?: ThreatPerceptionResolvers<ContextType>;
};

