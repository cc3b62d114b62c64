/**
 * The fact tables in data/facts/ and the register data/sources.csv: their columns and the type of each.
 *
 * One fact per row. Every fact row names its source by an id of the register (column `source`) and may pinpoint
 * it (`locator`: an article, a page, an ATOP id, a COW code, a year). A date column `x` has a sibling
 * `x_precision` (day | month | year): the date is the first day the fact certainly holds (for `since`) or certainly
 * no longer holds (for `until`), and the precision says how well the real day is known.
 *
 * Pure description: reading is in csv.ts, checking in validate.ts.
 */

export type ColumnType =
  | { kind: 'text' }
  | { kind: 'id' } // upper-case code: a state id or a bloc code being defined
  | { kind: 'state' } // refers to a State id
  | { kind: 'bloc' } // refers to a Bloc code
  | { kind: 'source' } // refers to a register id
  | { kind: 'date' }
  | { kind: 'partialDate' } // YYYY, YYYY-MM or YYYY-MM-DD (a publication date as printed)
  | { kind: 'precision' }
  | { kind: 'int' }
  | { kind: 'number' }
  | { kind: 'url' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'list'; values: readonly string[] }; // semicolon-separated, each one of values

export interface Column {
  name: string;
  type: ColumnType;
  required: boolean;
  /** What the column means, for the README and the error messages. */
  doc: string;
}

export interface TableSpec {
  /** Path from the project root. */
  file: string;
  doc: string;
  columns: Column[];
}

export const PRECISIONS = ['day', 'month', 'year'] as const;
export const MEMBERSHIP_STATUSES = ['MEMBER', 'FROZEN', 'SUSPENDED', 'OBSERVER', 'PARTNER', 'DIALOGUE_PARTNER', 'APPLICANT'] as const;
export const BLOC_KINDS = [
  'MILITARY_ALLIANCE',
  'DEFENCE_TREATY',
  'SECURITY_PARTNERSHIP',
  'INTELLIGENCE_SHARING',
  'POLITICAL_UNION',
  'REGIONAL_ORGANISATION',
  'ECONOMIC_GROUPING',
  'CAUCUS',
  'NONAGGRESSION_PACT',
  'CONSULTATION_PACT',
] as const;
export const OBLIGATIONS = ['DEFENCE', 'OFFENCE', 'NEUTRALITY', 'NONAGGRESSION', 'CONSULTATION'] as const;
export const THREAT_LEVELS = ['LOW', 'MEDIUM', 'HIGH'] as const;
export const SUCCESSION_KINDS = ['continuation', 'dissolution', 'merger', 'separation', 'restoration'] as const;
export const CAPABILITIES = ['NUCLEAR_ARMED', 'UNSC_PERMANENT_SEAT'] as const;
export const SOURCE_KINDS = ['seed', 'treaty', 'official', 'news', 'analysis', 'reference', 'dataset', 'law'] as const;
export const REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'] as const;

const text = (name: string, doc: string, required = false): Column => ({ name, type: { kind: 'text' }, required, doc });
const col = (name: string, type: ColumnType, doc: string, required = true): Column => ({ name, type, required, doc });
/** A date and its precision, e.g. since + since_precision. */
const dated = (name: string, doc: string, required: boolean): Column[] => [
  col(name, { kind: 'date' }, doc, required),
  col(`${name}_precision`, { kind: 'precision' }, `how well \`${name}\` is known: day, month or year (required with a date)`, false),
];
const period = (what: string, sinceRequired = true): Column[] => [
  ...dated('since', `first day ${what} certainly holds`, sinceRequired),
  ...dated('until', `first day ${what} no longer holds (empty: still holds)`, false),
];
const cited: Column[] = [
  col('source', { kind: 'source' }, 'id of the register entry (data/sources.csv) that supports this row'),
  text('locator', 'where in the source: an article, a page, an ATOP id, a COW code, a year'),
  text('citation_note', "why the source supports this row when its title names none of the row's states or blocs"),
  text('note', 'caveats, disputes, context (our words)'),
];

export const REGISTER: TableSpec = {
  file: 'data/sources.csv',
  doc: 'The register of sources: what each source id cited by a fact is.',
  columns: [
    col('id', { kind: 'text' }, 'the id facts cite, lower case: publisher:slug (seed articles: seed:NNN_hash)'),
    text('title', "the document's own title", true),
    text('authors', 'authors, semicolon-separated, where named'),
    text('publisher', 'the organisation or outlet', true),
    col('published', { kind: 'partialDate' }, 'publication or adoption date as printed: YYYY, YYYY-MM or YYYY-MM-DD', false),
    col('published_precision', { kind: 'precision' }, 'day, month or year (required with a date)', false),
    col('url', { kind: 'url' }, 'where a reader finds it', false),
    col('kind', { kind: 'enum', values: SOURCE_KINDS }, 'seed, treaty, official, news, analysis, reference, dataset or law'),
    text('note', 'what a reader should know about the source'),
  ],
};

export const TABLES = {
  states: {
    file: 'data/facts/states.csv',
    doc: "Today's states (names, regions and borders come from the world-countries package): their lifetime. Empty since/until are taken from the COW state system list by cow_code.",
    columns: [
      col('id', { kind: 'id' }, 'ISO 3166-1 alpha-3 (Kosovo: XKX)'),
      text('cow_code', 'Correlates of War state code(s) whose periods make up this state, semicolon-separated, oldest first'),
      ...period('the state exists', false),
      ...cited,
    ],
  },
  formerStates: {
    file: 'data/facts/former-states.csv',
    doc: "States that ended since 1949, with their lifetime and the shapes of today's states they are drawn on.",
    columns: [
      col(
        'id',
        { kind: 'id' },
        'ISO 3166-3 alpha-3 where it exists (SUN, DDR, CSK, YUG, SCG, YMD), else the COW abbreviation (YAR, RVN, ZAN)',
      ),
      text('name', 'common English name', true),
      text('official_name', 'official English name', true),
      text('iso_3166_3', 'four-letter ISO 3166-3 code, where one exists'),
      col('cow_code', { kind: 'int' }, 'Correlates of War state code', false),
      col('region', { kind: 'enum', values: REGIONS }, "continent, as for today's states"),
      text('subregion', 'UN M49 subregion of its territory', true),
      col('shapes', { kind: 'list', values: [] }, "today's states whose map shapes cover its territory (semicolon-separated ids)"),
      ...period('the state exists'),
      ...cited,
    ],
  },
  stateNames: {
    file: 'data/facts/state-names.csv',
    doc: "Other names of a state, for the check that a source's title names the state a fact is about.",
    columns: [col('state', { kind: 'state' }, 'state id'), text('alias', 'another name, e.g. Türkiye, DPRK, Soviet', true)],
  },
  corrections: {
    file: 'data/facts/state-corrections.csv',
    doc: 'Corrections to a world-countries value (a field of a state), each with its source.',
    columns: [
      col('state', { kind: 'state' }, 'state id'),
      col('field', { kind: 'enum', values: ['name', 'officialName', 'subregion'] }, 'the field corrected'),
      text('value', 'the right value', true),
      ...cited,
    ],
  },
  successions: {
    file: 'data/facts/successions.csv',
    doc: '(:State)-[:SUCCEEDED_BY]->(:State): how a state ended or gave rise to another.',
    columns: [
      col('predecessor', { kind: 'state' }, 'the state that ended or lost territory'),
      col('successor', { kind: 'state' }, 'the state that continued it or arose from it'),
      ...dated('date', 'the day of the succession', true),
      col('kind', { kind: 'enum', values: SUCCESSION_KINDS }, 'continuation, dissolution, merger, separation or restoration'),
      ...cited,
    ],
  },
  capabilities: {
    file: 'data/facts/capabilities.csv',
    doc: 'Dated capabilities of a state: nuclear-armed, a permanent seat on the UN Security Council.',
    columns: [
      col('state', { kind: 'state' }, 'state id'),
      col('capability', { kind: 'enum', values: CAPABILITIES }, 'NUCLEAR_ARMED or UNSC_PERMANENT_SEAT'),
      ...period('the capability'),
      ...cited,
    ],
  },
  milexRecent: {
    file: 'data/facts/milex-recent.csv',
    doc: 'Military expenditure after the SIPRI 1949–2018 reference file, each figure confirmed from a SIPRI release.',
    columns: [
      col('state', { kind: 'state' }, 'state id'),
      col('year', { kind: 'int' }, 'calendar year of the figure'),
      col('usd_bn', { kind: 'number' }, 'current US$ billion'),
      ...cited,
    ],
  },
  sipriNames: {
    file: 'data/facts/sipri-names.csv',
    doc: "Which state each country row of the SIPRI reference file is (SIPRI's own country names).",
    columns: [
      text('sipri_name', 'the country name in data/reference/sipri-milex-1949-2018.csv', true),
      col('state', { kind: 'state' }, 'state id'),
    ],
  },
  blocs: {
    file: 'data/facts/blocs.csv',
    doc: 'Blocs: organisations, treaties (a bilateral treaty is a bloc of two) and groupings.',
    columns: [
      col('code', { kind: 'id' }, 'the key, e.g. NATO, US_JPN'),
      text('name', 'full name', true),
      text('aliases', 'other names, semicolon-separated (for the citation check)'),
      col('kind', { kind: 'enum', values: BLOC_KINDS }, 'what sort of bloc'),
      ...dated('signed', 'signature day, where it differs from founded', false),
      ...dated('founded', 'entry into force, or the day a grouping was set up', true),
      ...dated('dissolved', 'first day the bloc no longer exists (empty: exists)', false),
      col('obligations', { kind: 'list', values: OBLIGATIONS }, 'ATOP obligations, semicolon-separated (empty: none)', false),
      text('defence_clause', 'the article a mutual-defence obligation rests on (empty: none)'),
      ...dated('defence_since', 'the day the mutual-defence clause took effect (empty: no clause)', false),
      ...cited,
    ],
  },
  atopNames: {
    file: 'data/facts/atop-names.csv',
    doc: 'The treaty name of an ATOP alliance, where a source confirms it (else the bloc gets a label built from its members and year).',
    columns: [col('atopid', { kind: 'int' }, 'ATOP alliance id'), text('name', "the treaty's name", true), ...cited],
  },
  atopMatches: {
    file: 'data/facts/atop-matches.csv',
    doc: 'ATOP alliances that are blocs curated by hand (NATO is ATOP 3180): not generated again; the note explains every difference.',
    columns: [
      col('atopid', { kind: 'int' }, 'ATOP alliance id'),
      col('bloc', { kind: 'bloc' }, 'the curated bloc it is'),
      text('note', "how the curated bloc differs from ATOP's coding, and why", true),
    ],
  },
  atopTerminations: {
    file: 'data/facts/atop-terminations.csv',
    doc: "Ends after 2016 (ATOP's last year) of alliances ATOP codes as in effect, confirmed from a source.",
    columns: [
      col('atopid', { kind: 'int' }, 'ATOP alliance id'),
      col('member', { kind: 'state' }, 'the state whose participation ends (empty: the whole alliance)', false),
      ...dated('until', 'first day it no longer holds', true),
      ...cited,
    ],
  },
  memberships: {
    file: 'data/facts/memberships.csv',
    doc: '(:State)-[:MEMBER_OF]->(:Bloc): who belongs to what, in which status, when. A status change is a new row.',
    columns: [
      col('bloc', { kind: 'bloc' }, 'bloc code'),
      col('state', { kind: 'state' }, 'state id'),
      col(
        'status',
        { kind: 'enum', values: MEMBERSHIP_STATUSES },
        'MEMBER, FROZEN, SUSPENDED, OBSERVER, PARTNER, DIALOGUE_PARTNER or APPLICANT',
      ),
      text('role', 'a role inside the bloc (depositary, guarantor, IP4)'),
      col(
        'obligations',
        { kind: 'list', values: OBLIGATIONS },
        "this member's own obligations where they differ from the bloc's (ATOP codes them per member)",
        false,
      ),
      ...period('the membership'),
      ...cited,
    ],
  },
  caucuses: {
    file: 'data/facts/caucuses.csv',
    doc: '(:Bloc)-[:CAUCUS_OF]->(:Bloc): a caucus inside a bloc.',
    columns: [col('caucus', { kind: 'bloc' }, 'the caucus'), col('bloc', { kind: 'bloc' }, 'the bloc it sits in'), ...cited],
  },
  threats: {
    file: 'data/facts/threats.csv',
    doc: '(:State)-[:PERCEIVES_THREAT]->(:State), dated by the document or event that states the perception.',
    columns: [
      col('state', { kind: 'state' }, 'the state that perceives the threat'),
      col('threat', { kind: 'state' }, 'the state perceived as a threat'),
      col(
        'level',
        { kind: 'enum', values: THREAT_LEVELS },
        'HIGH: the main threat or an enemy, or hostilities; MEDIUM: a threat or serious concern; LOW: a risk',
      ),
      ...period('the perception'),
      ...cited,
    ],
  },
  deterrence: {
    file: 'data/facts/deterrence.csv',
    doc: '(:State)-[:EXTENDS_DETERRENCE]->(:State): a nuclear umbrella, guarantor -> protected.',
    columns: [
      col('guarantor', { kind: 'state' }, 'the nuclear-armed guarantor'),
      col('protected', { kind: 'state' }, 'the state under the umbrella'),
      col('via', { kind: 'bloc' }, 'the bloc or treaty it runs through', false),
      ...period('the umbrella'),
      ...cited,
    ],
  },
  forces: {
    file: 'data/facts/forces.csv',
    doc: '(:State)-[:HOSTS_FORCES_OF]->(:State): foreign forces stationed, host -> the state whose forces they are.',
    columns: [
      col('host', { kind: 'state' }, 'the host state'),
      col('guest', { kind: 'state' }, 'the state whose forces are stationed there'),
      ...period('the stationing'),
      ...cited,
    ],
  },
} satisfies Record<string, TableSpec>;

export type TableName = keyof typeof TABLES;

/** A row as read: every column a string ('' when empty), plus where it came from. */
export interface Row {
  file: string;
  line: number;
  values: Record<string, string>;
}
