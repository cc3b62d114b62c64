/**
 * The world the graph describes, built from the fact tables (data/facts/), the register (data/sources.csv), the
 * reference data sets (data/reference/) and the world-countries package, and checked on the way: every problem is
 * reported with the file and line it comes from. `npm run data:check` prints them; cypher.ts renders a clean world
 * as the scripts in cypher/data/.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { checkValue, type Lookups } from './columns.js';
import { readTable, type Problem } from './csv.js';
import { COW_END_OF_DATA, nextDay, readCow, readSipri, type CowPeriod } from './references.js';
import { REGISTER, TABLES, type Row, type TableName, type TableSpec } from './tables.js';
import { ATOP_SOURCE, buildAtop, type AtopDropped } from './atop.js';

export type { Problem } from './csv.js';

/** Where a fact comes from. */
export interface Citation {
  source: string;
  locator: string | null;
  note: string | null;
}

export interface Period {
  since: string | null;
  sincePrecision: string | null;
  until: string | null;
  untilPrecision: string | null;
}

export interface StateRecord extends Period, Citation {
  id: string;
  iso2: string | null;
  name: string;
  officialName: string;
  region: string;
  subregion: string;
  lat: number | null;
  lng: number | null;
  unMember: boolean;
  unStatus: 'MEMBER' | 'OBSERVER' | 'NONE';
  cow: number[];
  /** Former states only: today's states whose shapes cover its territory. */
  shapes: string[] | null;
  /** Where the names, region and coordinates come from (world-countries, or the former-states table). */
  attributesSource: string;
}

export interface CapabilityRecord extends Period, Citation {
  state: string;
  capability: string;
}
export interface SuccessionRecord extends Citation {
  predecessor: string;
  successor: string;
  date: string;
  datePrecision: string;
  kind: string;
}
export interface MilexRecord extends Citation {
  state: string;
  year: number;
  usdBn: number;
}
export interface BlocRecord extends Citation {
  code: string;
  name: string;
  kind: string;
  aliases: string[];
  signed: string | null;
  signedPrecision: string | null;
  founded: string;
  foundedPrecision: string;
  dissolved: string | null;
  dissolvedPrecision: string | null;
  obligations: string[];
  defenceClause: string | null;
  defenceSince: string | null;
  defenceSincePrecision: string | null;
}
export interface MembershipRecord extends Period, Citation {
  bloc: string;
  state: string;
  status: string;
  role: string | null;
  obligations: string[] | null;
}
export interface CaucusRecord extends Citation {
  caucus: string;
  bloc: string;
}
export interface ThreatRecord extends Period, Citation {
  state: string;
  threat: string;
  level: string;
}
export interface DeterrenceRecord extends Period, Citation {
  guarantor: string;
  protected: string;
  via: string | null;
}
export interface ForcesRecord extends Period, Citation {
  host: string;
  guest: string;
}
export interface SourceRecord {
  id: string;
  title: string;
  authors: string | null;
  publisher: string;
  published: string | null;
  publishedPrecision: string | null;
  url: string | null;
  kind: string;
  note: string | null;
}

export interface World {
  worldCountriesVersion: string;
  sources: SourceRecord[];
  states: StateRecord[];
  borders: Array<[string, string]>;
  droppedBorders: string[];
  successions: SuccessionRecord[];
  capabilities: CapabilityRecord[];
  milex: MilexRecord[];
  blocs: BlocRecord[];
  memberships: MembershipRecord[];
  caucuses: CaucusRecord[];
  threats: ThreatRecord[];
  deterrence: DeterrenceRecord[];
  forces: ForcesRecord[];
  /** ATOP member phases no state of the graph can hold (before 1949, or a COW code the graph lacks). */
  atopDropped: AtopDropped[];
  /** Every ATOP alliance in effect since 1949: generated as ATOP_<id>, or matched to a curated bloc. */
  atopInScope: number[];
}

export const COW_SOURCE = 'cow:states2016';
export const SIPRI_SOURCE = 'sipri:milex-1949-2018';
export { ATOP_SOURCE };
export const WORLD_COUNTRIES_SOURCE = 'npm:world-countries';

const opt = (v: string | undefined): string | null => (v === undefined || v === '' ? null : v);
const period = (v: Record<string, string>): Period => ({
  since: opt(v.since),
  sincePrecision: opt(v.since_precision),
  until: opt(v.until),
  untilPrecision: opt(v.until_precision),
});
const citation = (v: Record<string, string>): Citation => ({ source: v.source!, locator: opt(v.locator), note: opt(v.note) });

/** Does the period [since, until) contain the day? (a null bound is open) */
export const holdsOn = (p: { since: string | null; until: string | null }, day: string): boolean =>
  (p.since === null || p.since <= day) && (p.until === null || p.until > day);

const overlaps = (a: Period, b: Period): boolean => (a.since ?? '0000') < (b.until ?? '9999') && (b.since ?? '0000') < (a.until ?? '9999');

// --- world-countries: today's states ------------------------------------------------------------------

interface Country {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  unMember: boolean;
  region: string;
  subregion: string;
  latlng: [number, number];
  borders: string[];
}

// The package marks Vatican City unMember: true; the Holy See is a non-member observer State, like Palestine.
const OBSERVERS = new Set(['VAT', 'PSE']);
// Neither UN members nor observers, included because the questions need them.
const EXTRA = new Set(['TWN', 'UNK']);
// Kosovo has no ISO 3166-1 code; the package's 'UNK' becomes 'XKX', the user-assigned code of the EU and the IMF.
const ID_OVERRIDES: Record<string, string> = { UNK: 'XKX' };
// French Guiana is an integral part of France: the package lists these borders under GUF, not FRA.
const EXTRA_BORDERS: Array<[string, string]> = [
  ['BRA', 'FRA'],
  ['FRA', 'SUR'],
];

function worldCountries(): { version: string; countries: Country[] } {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries/countries.json') as Country[];
  const { version } = JSON.parse(fs.readFileSync(require.resolve('world-countries/package.json'), 'utf8')) as { version: string };
  return { version, countries };
}

// --- the build ------------------------------------------------------------------------------------------

export interface Built {
  world: World;
  problems: Problem[];
}

export function buildWorld(root: string): Built {
  const problems: Problem[] = [];
  const report = (row: Row | { file: string; line: number }, message: string): void => {
    problems.push({ file: row.file, line: row.line, message });
  };

  // The register first: every other table cites it.
  const registerRows = readTable(root, REGISTER, problems);
  const sourceIds = new Set<string>();
  for (const r of registerRows) {
    if (!/^[a-z0-9][a-z0-9:._-]*$/.test(r.values.id ?? '')) report(r, `id "${r.values.id}" must be lower case [a-z0-9:._-]`);
    if (sourceIds.has(r.values.id!)) report(r, `id "${r.values.id}" is registered twice`);
    sourceIds.add(r.values.id!);
  }

  const { version, countries } = worldCountries();
  const idOf = (cca3: string): string => ID_OVERRIDES[cca3] ?? cca3;
  const selected = countries
    .filter((c) => c.unMember || OBSERVERS.has(c.cca3) || EXTRA.has(c.cca3))
    .sort((a, b) => idOf(a.cca3).localeCompare(idOf(b.cca3)));
  const tables = {} as Record<TableName, Row[]>;
  for (const [name, spec] of Object.entries(TABLES) as Array<[TableName, TableSpec]>) tables[name] = readTable(root, spec, problems);

  const currentIds = new Set(selected.map((c) => idOf(c.cca3)));
  const formerIds = new Set(tables.formerStates.map((r) => r.values.id!));
  const lookups: Lookups = {
    states: new Set([...currentIds, ...formerIds]),
    blocs: new Set(tables.blocs.map((r) => r.values.code!)),
    sources: sourceIds,
  };
  // Column types, required values, date precisions: every table, every row.
  const specs: Array<[TableSpec, Row[]]> = [
    [REGISTER, registerRows],
    ...(Object.entries(TABLES) as Array<[TableName, TableSpec]>).map(([n, s]) => [s, tables[n]] as [TableSpec, Row[]]),
  ];
  for (const [spec, rows] of specs) {
    for (const row of rows) {
      for (const column of spec.columns) {
        const value = row.values[column.name] ?? '';
        const message = checkValue(column, value, lookups);
        if (message) report(row, message);
        if (
          (column.type.kind === 'date' || column.type.kind === 'partialDate') &&
          value !== '' &&
          !row.values[`${column.name}_precision`]
        ) {
          report(row, `${column.name} needs ${column.name}_precision (day, month or year)`);
        }
        if (column.name.endsWith('_precision') && value !== '' && !row.values[column.name.slice(0, -'_precision'.length)]) {
          report(row, `${column.name} without a date`);
        }
      }
      const v = row.values;
      if (v.since && v.until && !(v.since < v.until)) report(row, `since ${v.since} is not before until ${v.until}`);
    }
  }
  const sources: SourceRecord[] = registerRows.map(({ values: v }) => ({
    id: v.id!,
    title: v.title!,
    authors: opt(v.authors),
    publisher: v.publisher!,
    published: opt(v.published),
    publishedPrecision: opt(v.published_precision),
    url: opt(v.url),
    kind: v.kind!,
    note: opt(v.note),
  }));
  const sourceById = new Map(sources.map((s) => [s.id, s]));

  // --- states: today's (world-countries + lifetime table + COW) and former ones ---
  const cow = readCow(root);
  const corrections = new Map<string, Row[]>();
  for (const r of tables.corrections) corrections.set(r.values.state!, [...(corrections.get(r.values.state!) ?? []), r]);
  const lifetimeRows = new Map<string, Row>();
  for (const r of tables.states) {
    if (!currentIds.has(r.values.id!)) report(r, `${r.values.id} is not one of today's states (former states go in former-states.csv)`);
    if (lifetimeRows.has(r.values.id!)) report(r, `${r.values.id} has two rows`);
    lifetimeRows.set(r.values.id!, r);
  }
  const states: StateRecord[] = [];
  for (const c of selected) {
    const id = idOf(c.cca3);
    const row = lifetimeRows.get(id);
    if (!row) {
      problems.push({ file: TABLES.states.file, line: 0, message: `${id} (${c.name.common}) has no row: every state needs its lifetime` });
      continue;
    }
    const unStatus = OBSERVERS.has(c.cca3) ? 'OBSERVER' : c.unMember ? 'MEMBER' : 'NONE';
    const record: StateRecord = {
      id,
      iso2: c.cca2,
      name: c.name.common,
      officialName: c.name.official,
      region: c.region,
      subregion: c.subregion,
      lat: c.latlng[0],
      lng: c.latlng[1],
      unMember: unStatus === 'MEMBER',
      unStatus,
      cow: (row.values.cow_code ?? '')
        .split(';')
        .map((c) => Number(c.trim()))
        .filter((c) => c > 0),
      shapes: null,
      attributesSource: WORLD_COUNTRIES_SOURCE,
      ...lifetimeOf(row, cow, report),
      ...citation(row.values),
    };
    for (const fix of corrections.get(id) ?? []) (record as unknown as Record<string, string>)[fix.values.field!] = fix.values.value!;
    states.push(record);
  }
  for (const r of tables.formerStates) {
    const v = r.values;
    const shapes = (v.shapes ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
    for (const s of shapes) if (!currentIds.has(s)) report(r, `shapes: ${s} is not one of today's states`);
    if (!v.until) report(r, 'a former state needs until (the first day it no longer exists)');
    const shapeStates = countries.filter((c) => shapes.includes(idOf(c.cca3)));
    const mean = (xs: number[]): number | null => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100 : null);
    states.push({
      id: v.id!,
      iso2: null,
      name: v.name!,
      officialName: v.official_name!,
      region: v.region!,
      subregion: v.subregion!,
      lat: mean(shapeStates.map((c) => c.latlng[0])),
      lng: mean(shapeStates.map((c) => c.latlng[1])),
      unMember: false,
      unStatus: 'NONE',
      cow: v.cow_code ? [Number(v.cow_code)] : [],
      shapes,
      attributesSource: v.source!,
      ...period(v),
      ...citation(v),
    });
  }
  states.sort((a, b) => a.id.localeCompare(b.id));
  const stateById = new Map(states.map((s) => [s.id, s]));

  // Borders between today's states, from the package (both sides must list the pair).
  const included = new Set(selected.map((c) => c.cca3));
  const byCca3 = new Map(countries.map((c) => [c.cca3, c]));
  const pairs = new Set<string>();
  const droppedBorders = new Set<string>();
  for (const c of selected) {
    for (const other of c.borders) {
      if (!included.has(other)) {
        droppedBorders.add(`${idOf(c.cca3)}-${other} (not a state in this graph)`);
        continue;
      }
      if (!byCca3.get(other)?.borders.includes(c.cca3)) {
        droppedBorders.add(`${idOf(c.cca3)}-${idOf(other)} (listed on one side only)`);
        continue;
      }
      pairs.add([idOf(c.cca3), idOf(other)].sort().join('|'));
    }
  }
  for (const pair of EXTRA_BORDERS) pairs.add([...pair].sort().join('|'));
  const borders = [...pairs].sort().map((p) => p.split('|') as [string, string]);

  // --- facts ---
  const within = (row: Row, ids: string[], p: { since: string | null; until: string | null }): void => {
    for (const id of ids) {
      const s = stateById.get(id);
      if (!s) continue;
      if (s.since && p.since && p.since < s.since) report(row, `since ${p.since} is before ${id} exists (from ${s.since})`);
      if (s.until && (p.until === null || p.until > s.until))
        report(row, `${p.until ? `until ${p.until}` : 'no until'}: ${id} ends on ${s.until}, the fact must end by then`);
      if (s.until && p.since && p.since >= s.until) report(row, `since ${p.since} is after ${id} ended (${s.until})`);
    }
  };
  const noOverlap = <T extends Period>(rows: Array<{ row: Row; rec: T }>, key: (r: T) => string, what: string): void => {
    const seen = new Map<string, Array<{ row: Row; rec: T }>>();
    for (const x of rows) {
      const k = key(x.rec);
      for (const other of seen.get(k) ?? []) {
        if (overlaps(other.rec, x.rec))
          report(
            x.row,
            `${what} overlaps the period on line ${other.row.line} (${other.rec.since ?? '…'} to ${other.rec.until ?? 'open'})`,
          );
      }
      seen.set(k, [...(seen.get(k) ?? []), x]);
    }
  };
  const namesOf = (id: string): string[] => {
    const s = stateById.get(id);
    return s ? [s.name, s.officialName, ...(aliases.get(id) ?? [])] : [];
  };
  const aliases = new Map<string, string[]>();
  for (const r of tables.stateNames) aliases.set(r.values.state!, [...(aliases.get(r.values.state!) ?? []), r.values.alias!]);
  const blocNames = new Map(
    tables.blocs.map((r) => [
      r.values.code!,
      [
        r.values.code!,
        r.values.name!,
        ...(r.values.aliases ?? '')
          .split(';')
          .map((a) => a.trim())
          .filter(Boolean),
      ],
    ]),
  );
  /** A source whose title names none of the row's states or blocs needs the row to say why it supports the fact. */
  const citationNamesSubject = (row: Row, stateIds: string[], blocCodes: string[]): void => {
    const src = sourceById.get(row.values.source ?? '');
    if (!src || row.values.citation_note) return;
    if (src.kind === 'dataset' && row.values.locator) return; // the locator names the record (an ATOP id, a COW code, a year)
    const title = normalise(src.title);
    const names = [...stateIds.flatMap(namesOf), ...blocCodes.flatMap((b) => blocNames.get(b) ?? [])];
    if (!names.some((n) => mentions(title, normalise(n)))) {
      report(
        row,
        `source ${src.id} ("${src.title}") names none of ${[...stateIds, ...blocCodes].join(', ')}: cite a source about this fact, or say why in citation_note`,
      );
    }
  };

  const blocs: BlocRecord[] = tables.blocs.map((r) => {
    const v = r.values;
    const b: BlocRecord = {
      code: v.code!,
      name: v.name!,
      kind: v.kind!,
      aliases: (v.aliases ?? '')
        .split(';')
        .map((a) => a.trim())
        .filter(Boolean),
      signed: opt(v.signed),
      signedPrecision: opt(v.signed_precision),
      founded: v.founded!,
      foundedPrecision: v.founded_precision!,
      dissolved: opt(v.dissolved),
      dissolvedPrecision: opt(v.dissolved_precision),
      obligations: (v.obligations ?? '')
        .split(';')
        .map((o) => o.trim())
        .filter(Boolean),
      defenceClause: opt(v.defence_clause),
      defenceSince: opt(v.defence_since),
      defenceSincePrecision: opt(v.defence_since_precision),
      ...citation(v),
    };
    if (b.signed && b.signed > b.founded) report(r, `signed ${b.signed} is after founded ${b.founded}`);
    if (b.dissolved && b.dissolved <= b.founded) report(r, `dissolved ${b.dissolved} is not after founded ${b.founded}`);
    if (!!b.defenceClause !== !!b.defenceSince) report(r, 'defence_clause and defence_since go together (both or neither)');
    if (b.defenceSince && b.defenceSince < b.founded) report(r, `defence_since ${b.defenceSince} is before founded ${b.founded}`);
    if (b.defenceSince && b.dissolved && b.defenceSince >= b.dissolved)
      report(r, `defence_since ${b.defenceSince} is after dissolved ${b.dissolved}`);
    citationNamesSubject(
      r,
      tables.memberships.filter((m) => m.values.bloc === b.code).map((m) => m.values.state!),
      [b.code],
    );
    return b;
  });
  const blocByCode = new Map(blocs.map((b) => [b.code, b]));
  const codes = new Set<string>();
  for (const r of tables.blocs) {
    if (codes.has(r.values.code!)) report(r, `bloc ${r.values.code} is defined twice`);
    codes.add(r.values.code!);
  }

  const memberships = tables.memberships.map((r) => {
    const v = r.values;
    const obligations = (v.obligations ?? '')
      .split(';')
      .map((o) => o.trim())
      .filter(Boolean);
    const m: MembershipRecord = {
      bloc: v.bloc!,
      state: v.state!,
      status: v.status!,
      role: opt(v.role),
      obligations: obligations.length ? obligations : null,
      ...period(v),
      ...citation(v),
    };
    within(r, [m.state], m);
    const b = blocByCode.get(m.bloc);
    if (b && m.since && m.since < b.founded) report(r, `since ${m.since} is before ${b.code} was founded (${b.founded})`);
    if (b?.dissolved && (m.until === null || m.until > b.dissolved))
      report(r, `${b.code} dissolved on ${b.dissolved}: the membership must end by then`);
    citationNamesSubject(r, [m.state], [m.bloc]);
    return { row: r, rec: m };
  });
  // ATOP's alliances since 1949, from the reference: blocs and memberships the tables do not hold by hand.
  const atopMatches = new Map<number, string>();
  for (const r of tables.atopMatches) {
    if (atopMatches.has(Number(r.values.atopid))) report(r, `atopid ${r.values.atopid} is matched twice`);
    atopMatches.set(Number(r.values.atopid), r.values.bloc!);
  }
  const atop = buildAtop(root, states, {
    names: new Map(tables.atopNames.map((r) => [Number(r.values.atopid), { name: r.values.name!, ...citation(r.values) }])),
    matches: atopMatches,
    terminations: tables.atopTerminations.map((r) => ({
      atopid: Number(r.values.atopid),
      member: opt(r.values.member),
      until: r.values.until!,
      untilPrecision: r.values.until_precision!,
      ...citation(r.values),
    })),
  });
  for (const b of atop.blocs) {
    blocs.push(b);
    blocByCode.set(b.code, b);
  }
  for (const b of atop.blocs) {
    for (const m of atop.memberships.filter((x) => x.bloc === b.code)) {
      if (m.since && m.since < b.founded)
        problems.push({
          file: 'data/reference/atop-4.01/atop-member-level.csv',
          line: 0,
          message: `${m.locator}: since ${m.since} is before the alliance begins (${b.founded})`,
        });
    }
  }
  const atopRow = (what: string): Row => ({
    file: 'data/reference/atop-4.01/atop-member-level.csv',
    line: 0,
    values: { source: ATOP_SOURCE, locator: what },
  });
  for (const m of atop.memberships) {
    const row = atopRow(m.locator ?? m.bloc);
    within(row, [m.state], m);
    memberships.push({ row: { ...row, values: { ...row.values, citation_note: 'ATOP' } }, rec: m });
  }
  noOverlap(memberships, (m) => `${m.state}|${m.bloc}`, 'membership');
  for (const r of tables.blocs) {
    if (!memberships.some((m) => m.rec.bloc === r.values.code)) report(r, `bloc ${r.values.code} has no membership row`);
  }

  const caucuses = tables.caucuses.map((r) => {
    const c: CaucusRecord = { caucus: r.values.caucus!, bloc: r.values.bloc!, ...citation(r.values) };
    citationNamesSubject(r, [], [c.caucus, c.bloc]);
    return c;
  });

  const threats = tables.threats.map((r) => {
    const v = r.values;
    const t: ThreatRecord = { state: v.state!, threat: v.threat!, level: v.level!, ...period(v), ...citation(v) };
    if (t.state === t.threat) report(r, 'a state cannot perceive itself as a threat');
    within(r, [t.state, t.threat], t);
    citationNamesSubject(r, [t.state, t.threat], []);
    return { row: r, rec: t };
  });
  noOverlap(threats, (t) => `${t.state}|${t.threat}`, 'threat perception');

  const deterrence = tables.deterrence.map((r) => {
    const v = r.values;
    const d: DeterrenceRecord = { guarantor: v.guarantor!, protected: v.protected!, via: opt(v.via), ...period(v), ...citation(v) };
    within(r, [d.guarantor, d.protected], d);
    citationNamesSubject(r, [d.guarantor, d.protected], d.via ? [d.via] : []);
    return { row: r, rec: d };
  });
  noOverlap(deterrence, (d) => `${d.guarantor}|${d.protected}`, 'umbrella');

  const forces = tables.forces.map((r) => {
    const v = r.values;
    const f: ForcesRecord = { host: v.host!, guest: v.guest!, ...period(v), ...citation(v) };
    if (f.host === f.guest) report(r, 'a state cannot host its own forces');
    within(r, [f.host, f.guest], f);
    citationNamesSubject(r, [f.host, f.guest], []);
    return { row: r, rec: f };
  });
  noOverlap(forces, (f) => `${f.host}|${f.guest}`, 'stationing');

  const capabilities = tables.capabilities.map((r) => {
    const c: CapabilityRecord = { state: r.values.state!, capability: r.values.capability!, ...period(r.values), ...citation(r.values) };
    within(r, [c.state], c);
    citationNamesSubject(r, [c.state], []);
    return { row: r, rec: c };
  });
  // The graph keeps one period per state and capability (State.nuclearSince/Until, p5Since/Until).
  const capabilityKeys = new Map<string, Row>();
  for (const { row, rec } of capabilities) {
    const key = `${rec.state}|${rec.capability}`;
    const first = capabilityKeys.get(key);
    if (first) report(row, `${rec.state} already has a ${rec.capability} period (line ${first.line}); the graph keeps one per state`);
    capabilityKeys.set(key, row);
  }

  const successions = tables.successions.map((r) => {
    const v = r.values;
    const s: SuccessionRecord = {
      predecessor: v.predecessor!,
      successor: v.successor!,
      date: v.date!,
      datePrecision: v.date_precision!,
      kind: v.kind!,
      ...citation(v),
    };
    const pre = stateById.get(s.predecessor);
    const suc = stateById.get(s.successor);
    // continuation: the predecessor ends that day; merger: it has ended by then; dissolution: it ends (successors
    // may arise before the end, as Slovenia and Croatia did from Yugoslavia); separation: it goes on.
    if (pre && s.kind === 'continuation' && pre.until !== s.date)
      report(r, `continuation: ${s.predecessor} should end on ${s.date} (its until is ${pre.until ?? 'empty'})`);
    if (pre && s.kind === 'merger' && (pre.until === null || pre.until > s.date))
      report(r, `merger: ${s.predecessor} should have ended by ${s.date} (its until is ${pre.until ?? 'empty'})`);
    if (pre && s.kind === 'dissolution' && pre.until === null) report(r, `dissolution: ${s.predecessor} has no until`);
    if (pre && s.kind === 'separation' && pre.until !== null && pre.until < s.date)
      report(r, `separation: ${s.predecessor} should still exist on ${s.date}`);
    if (suc && !holdsOn(suc, s.date))
      report(r, `${s.successor} does not exist on ${s.date} (from ${suc.since ?? '…'} to ${suc.until ?? 'today'})`);
    citationNamesSubject(r, [s.predecessor, s.successor], []);
    return s;
  });

  // --- military expenditure: SIPRI 1949–2018 (by the name table) and confirmed later figures ---
  const milex: MilexRecord[] = [];
  const sipriState = new Map<string, { state: string | null; row: Row }>();
  for (const r of tables.sipriNames) sipriState.set(r.values.sipri_name!, { state: opt(r.values.state), row: r });
  for (const series of readSipri(root)) {
    const mapped = sipriState.get(series.name);
    if (!mapped) {
      problems.push({
        file: TABLES.sipriNames.file,
        line: 0,
        message: `SIPRI country "${series.name}" has no row (map it to a state, or leave state empty)`,
      });
      continue;
    }
    if (!mapped.state) continue;
    const s = stateById.get(mapped.state);
    for (const [year, usdMn] of series.usdMn) {
      // Figures of years the state did not exist in (e.g. Germany before 1955-05-05) are left out.
      if (!s || (s.since && `${year}-12-31` < s.since) || (s.until && `${year}-01-01` >= s.until)) continue;
      milex.push({
        state: mapped.state,
        year,
        usdBn: Math.round(usdMn) / 1000,
        source: SIPRI_SOURCE,
        locator: `${series.name}, ${year}`,
        note: null,
      });
    }
  }
  const sipriKeys = new Set(milex.map((m) => `${m.state}|${m.year}`));
  for (const r of tables.milexRecent) {
    const m: MilexRecord = { state: r.values.state!, year: Number(r.values.year), usdBn: Number(r.values.usd_bn), ...citation(r.values) };
    if (sipriKeys.has(`${m.state}|${m.year}`)) report(r, `${m.state} ${m.year} is already in the SIPRI reference file`);
    sipriKeys.add(`${m.state}|${m.year}`);
    within(r, [m.state], { since: `${m.year}-12-31`, until: null });
    citationNamesSubject(r, [m.state], []);
    milex.push(m);
  }
  milex.sort((a, b) => a.state.localeCompare(b.state) || a.year - b.year);

  return {
    problems: problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line),
    world: {
      worldCountriesVersion: version,
      sources,
      states,
      borders,
      droppedBorders: [...droppedBorders].sort(),
      successions,
      capabilities: capabilities.map((c) => c.rec),
      milex,
      blocs,
      memberships: memberships.map((m) => m.rec),
      caucuses,
      threats: threats.map((t) => t.rec),
      deterrence: deterrence.map((d) => d.rec),
      forces: forces.map((f) => f.rec),
      atopDropped: atop.dropped,
      atopInScope: atop.inScope,
    },
  };
}

/** A current state's lifetime: the row's own dates, else the COW periods of its codes. */
function lifetimeOf(row: Row, cow: CowPeriod[], report: (row: Row, message: string) => void): Period {
  const v = row.values;
  const codes = (v.cow_code ?? '')
    .split(';')
    .map((c) => c.trim())
    .filter(Boolean);
  if (codes.some((c) => !/^\d+$/.test(c))) report(row, `cow_code "${v.cow_code}" must be codes separated by semicolons`);
  const own = period(v);
  if (own.since || own.until || codes.length === 0) {
    if (!own.since && codes.length === 0) report(row, 'needs since (or a cow_code to take it from)');
    return own;
  }
  const periodsOf = (code: string): CowPeriod[] =>
    cow.filter((p) => p.ccode === Number(code)).sort((a, b) => a.start.localeCompare(b.start));
  const first = periodsOf(codes[0]!).at(-1);
  const last = periodsOf(codes.at(-1)!).at(-1);
  if (!first || !last) {
    report(row, `cow_code ${v.cow_code} is not in data/reference/cow-states-2016.csv`);
    return own;
  }
  if (v.source !== COW_SOURCE) report(row, `dates taken from COW: source must be ${COW_SOURCE}`);
  return {
    since: first.start,
    sincePrecision: 'day',
    until: last.end === COW_END_OF_DATA ? null : nextDay(last.end),
    untilPrecision: last.end === COW_END_OF_DATA ? null : 'day',
  };
}

function normalise(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Does the title mention the name as whole words? ("Korea" in "South Korea's", not "US" in "Russia") */
function mentions(title: string, name: string): boolean {
  if (name.length < 2) return false;
  // Scripts written without spaces between words (Chinese, Japanese): a plain substring.
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(name)) return title.includes(name);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(title);
}
