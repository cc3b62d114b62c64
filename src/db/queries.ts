/**
 * The named queries: one declaration per file in cypher/queries, with the parameters it takes and the rows it
 * returns. The runner reads a query only through these (QueryRunner.read), so a caller never names a file by a
 * string or casts a row; tests/unit/queries.test.ts checks that every file is declared and every declaration has
 * its file, with the same parameters as the file's `:param` lines.
 */
import type { GraphFacts, MembershipStatus } from '../domain/facts.js';
import type { DatedFacts } from '../domain/timeline.js';
import type {
  AlliancePathRow,
  AllyRow,
  BlocRow,
  HedgerRow,
  MembershipProperties,
  MembershipRow,
  MilexRow,
  ScenarioChangeRow,
  ScenarioRow,
  StateEdgeRow,
  StateRow,
  SuccessionRow,
} from './rows.js';

/** A query file and the types of its parameters and rows (the types exist for the compiler only). */
export interface NamedQuery<P extends object, R> {
  /** The file's name under cypher/queries, without `.cypher`. */
  readonly name: string;
  /** Its parameters, as its `:param` lines name them. */
  readonly parameters: readonly (keyof P & string)[];
  /** Phantom members: never set, they carry P and R to QueryRunner.read. */
  readonly params?: P;
  readonly row?: R;
}

const query = <P extends object, R>(name: string, parameters: readonly (keyof P & string)[]): NamedQuery<P, R> => ({ name, parameters });

type Ids = { ids: readonly string[] };
type Dated = { asOf: string };
type Statuses = { statuses: readonly string[] | null };
/** A membership row as bloc-with-members and state-with-memberships return it under a parent. */
type MemberOf<Parent extends 'state' | 'bloc'> = Omit<MembershipRow, Parent>;

export const QUERIES = {
  blocAround: query<{ codes: readonly string[] } & Dated, { id: string; bloc: BlocRow }>('bloc-around', ['codes', 'asOf']),
  blocMembers: query<{ codes: readonly string[] } & Dated & Statuses, MembershipRow & { code: string }>('bloc-members', [
    'codes',
    'asOf',
    'statuses',
  ]),
  blocOverlap: query<{ a: string; b: string; asOf: string }, { state: StateRow }>('bloc-overlap', ['a', 'b', 'asOf']),
  blocWithMembers: query<
    { code: string; asOf: string; statuses: readonly string[] | null; lean: boolean },
    { bloc: BlocRow; members: MemberOf<'bloc'>[] }
  >('bloc-with-members', ['code', 'asOf', 'statuses', 'lean']),
  blocHistory: query<{ code: string }, { state: string; status: MembershipStatus; since: string | null; until: string | null }>(
    'bloc-history',
    ['code'],
  ),
  blocs: query<{ kind: string | null }, { bloc: BlocRow }>('blocs', ['kind']),
  blocsByCode: query<{ codes: readonly string[] }, { code: string; bloc: BlocRow }>('blocs-by-code', ['codes']),
  /** The exposure model's facts around some states and blocs (names as comma-separated strings: see the file). */
  exposure: query<{ asOf: string; states: string; blocs: string }, GraphFacts>('exposure', ['asOf', 'states', 'blocs']),
  /** The dated facts around one state and a withdrawing state over their whole history (exposureTimeline). */
  exposureTimeline: query<{ withdrawing: string; state: string; until: string }, DatedFacts>('exposure-timeline', [
    'withdrawing',
    'state',
    'until',
  ]),
  /** Every fact of a date: the whole world (network, scenarioCost), and the reference exposure.cypher is tested against. */
  factsOfDate: query<{ asOf: string }, GraphFacts>('facts-of-date', ['asOf']),
  graphVersion: query<object, { version: string | null }>('graph-version', []),
  hedgers: query<{ campA: readonly string[]; campB: readonly string[]; asOf: string }, HedgerRow>('hedgers', ['campA', 'campB', 'asOf']),
  membershipChanges: query<{ since: string; until: string; bloc: string | null; state: string | null }, MembershipRow>(
    'membership-changes',
    ['since', 'until', 'bloc', 'state'],
  ),
  path: query<{ from: string; to: string; maxHops: number; asOf: string }, AlliancePathRow>('path', ['from', 'to', 'maxHops', 'asOf']),
  scenarios: query<{ ids: readonly string[] | null }, { scenario: Omit<ScenarioRow, 'changes'>; changes: ScenarioChangeRow[] }>(
    'scenarios',
    ['ids'],
  ),
  stateAllies: query<Ids & Dated, AllyRow & { id: string }>('state-allies', ['ids', 'asOf']),
  stateEdges: query<Ids & Dated, StateEdgeRow & { id: string }>('state-edges', ['ids', 'asOf']),
  stateMemberships: query<Ids & Dated, MembershipRow & { id: string }>('state-memberships', ['ids', 'asOf']),
  stateMilex: query<{ keys: readonly string[] }, { key: string } & (MilexRow | { usdBn: null; year: null; source: null; locator: null })>(
    'state-milex',
    ['keys'],
  ),
  stateSuccessions: query<Ids, SuccessionRow & { id: string; direction: 'successor' | 'predecessor' }>('state-successions', ['ids']),
  stateWithMemberships: query<
    { id: string; asOf: string; membersAsOf: string | null; statuses: readonly string[] | null; lean: boolean },
    { state: StateRow; memberships: { membership: MembershipProperties; bloc: BlocRow; members: MemberOf<'bloc'>[] }[] }
  >('state-with-memberships', ['id', 'asOf', 'membersAsOf', 'statuses', 'lean']),
  statesById: query<Ids, { id: string; state: StateRow }>('states-by-id', ['ids']),
  states: query<{ region: string | null; asOf: string }, { state: StateRow }>('states', ['region', 'asOf']),
} as const;
