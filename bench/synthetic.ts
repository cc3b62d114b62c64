/**
 * The synthetic graph of the scale bench: the real graph plus (k − 1) synthetic "units", each the size of the
 * real graph (as many states, blocs, MEMBER_OF, BORDERS, PERCEIVES_THREAT, EXTENDS_DETERRENCE and HOSTS_FORCES_OF
 * edges), so that the whole is k× the real one. Units are deterministic (seeded by their number), so growing from
 * 10× to 100× adds units 10..99 to the same database.
 *
 * Ids cannot collide with real ones: real state ids are 3 letters and bloc codes real names; synthetic states are
 * `SYN0001S042`, blocs `SYN0001B07` (a collision would also break the unique constraints and fail the load).
 *
 * What a unit holds:
 *   - states with real regions/subregions, ~5% nuclear-armed, ~20% with a military budget;
 *   - blocs copying the kind, obligations and mutual-defence flag of a random real bloc, founded 1950–2020;
 *   - MEMBER_OF edges across 75 years of history (1950–2025), status changes as successive edges:
 *       40% synthetic states' PAST memberships of real blocs (ended before 2022), weighted like the real blocs'
 *          degrees, so NATO & co. carry k× the edges while their members on the bench's dates stay the same;
 *       20% real states' PAST memberships of synthetic blocs, weighted by the real states' degrees;
 *       40% synthetic states in synthetic blocs: any status, about half still active in 2025;
 *   - BORDERS between grid neighbours, threats, nuclear umbrellas and stationed forces among its own states.
 * So every answer the bench asks about real states and blocs on its dates is unchanged by the synthetic data
 * (the bench checks that), while every query has k× the graph, and k× the edges around NATO, to wade through.
 */
import type { Driver } from 'neo4j-driver';

/** The first day of any date the workloads ask about: synthetic edges touching real nodes end before it. */
const HISTORY_ENDS = '2021-12-31';

type Rng = () => number;

function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

function weightedPicker<T>(items: readonly { item: T; weight: number }[]): (rng: Rng) => T {
  const total = items.reduce((n, i) => n + i.weight, 0);
  return (rng) => {
    let x = rng() * total;
    for (const i of items) {
      x -= i.weight;
      if (x <= 0) return i.item;
    }
    return items[items.length - 1]!.item;
  };
}

const DAY = 86_400_000;
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);
/** A date uniformly in [from, to] (inclusive, whole days). */
const dateBetween = (rng: Rng, from: string, to: string) => toDay(ms(from) + Math.floor(rng() * ((ms(to) - ms(from)) / DAY + 1)) * DAY);

const STATUS = weightedPicker<string>([
  { item: 'MEMBER', weight: 70 },
  { item: 'PARTNER', weight: 8 },
  { item: 'OBSERVER', weight: 7 },
  { item: 'DIALOGUE_PARTNER', weight: 5 },
  { item: 'APPLICANT', weight: 5 },
  { item: 'FROZEN', weight: 3 },
  { item: 'SUSPENDED', weight: 2 },
]);
const LEVEL = weightedPicker<string>([
  { item: 'LOW', weight: 3 },
  { item: 'MEDIUM', weight: 4 },
  { item: 'HIGH', weight: 3 },
]);

/** What the generator copies from the real graph: sizes, weights, vocabularies. */
export interface RealProfile {
  counts: Record<string, number>;
  states: number;
  blocs: number;
  regions: { region: string | null; subregion: string | null }[];
  realBlocs: { code: string; founded: string | null; degree: number; kind: string; mutualDefence: boolean; obligations: string[] }[];
  realStates: { id: string; degree: number }[];
}

export async function readRealProfile(driver: Driver, database: string): Promise<RealProfile> {
  const run = async (cypher: string) => (await driver.executeQuery(cypher, {}, { database })).records.map((r) => r.toObject());
  const counts = Object.fromEntries(
    (await run('MATCH ()-[r]->() WHERE r.synthetic IS NULL RETURN type(r) AS type, count(r) AS n')).map((r) => [
      r.type as string,
      Number(r.n),
    ]),
  );
  const [sizes] = await run(
    'MATCH (s:State) WHERE s.synthetic IS NULL WITH count(s) AS states MATCH (b:Bloc) WHERE b.synthetic IS NULL RETURN states, count(b) AS blocs',
  );
  const regions = (await run(
    'MATCH (s:State) WHERE s.synthetic IS NULL RETURN s.region AS region, s.subregion AS subregion',
  )) as RealProfile['regions'];
  const realBlocs = (
    await run(`MATCH (b:Bloc) WHERE b.synthetic IS NULL
               RETURN b.code AS code, toString(b.founded) AS founded, COUNT { (b)<-[:MEMBER_OF]-() } AS degree,
                      b.kind AS kind, coalesce(b.mutualDefence, false) AS mutualDefence, coalesce(b.obligations, []) AS obligations
               ORDER BY code`)
  ).map((r) => ({ ...r, degree: Number(r.degree) })) as RealProfile['realBlocs'];
  const realStates = (
    await run('MATCH (s:State) WHERE s.synthetic IS NULL RETURN s.id AS id, COUNT { (s)-[:MEMBER_OF]->() } AS degree ORDER BY id')
  ).map((r) => ({ id: r.id as string, degree: Number(r.degree) }));
  return { counts, states: Number(sizes!.states), blocs: Number(sizes!.blocs), regions, realBlocs, realStates };
}

interface UnitRows {
  states: Record<string, unknown>[];
  blocs: Record<string, unknown>[];
  memberships: Record<string, unknown>[];
  borders: Record<string, unknown>[];
  threats: Record<string, unknown>[];
  deterrence: Record<string, unknown>[];
  forces: Record<string, unknown>[];
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The rows of unit `u` (1-based), a pure function of the real profile and u. */
export function unitRows(profile: RealProfile, u: number): UnitRows {
  const rng = mulberry32(0x5eed + u * 7919);
  const prefix = `SYN${pad(u, 4)}`;
  const stateIds = Array.from({ length: profile.states }, (_, i) => `${prefix}S${pad(i, 3)}`);
  const blocCodes = Array.from({ length: profile.blocs }, (_, i) => `${prefix}B${pad(i, 2)}`);
  const count = (type: string) => profile.counts[type] ?? 0;

  const nuclear = new Set(stateIds.filter((_, i) => i < Math.max(2, Math.round(profile.states * 0.05))));
  const states = stateIds.map((id, i) => {
    const place = pick(rng, profile.regions);
    return {
      id,
      name: `Synthland ${u}-${i}`,
      region: place.region,
      subregion: place.subregion,
      lat: Math.round((rng() * 140 - 60) * 100) / 100,
      lng: Math.round((rng() * 360 - 180) * 100) / 100,
      unMember: false,
      p5: false,
      nuclearArmed: nuclear.has(id),
      milexUsdBn: nuclear.has(id) || rng() < 0.15 ? Math.round(rng() * rng() * 200 * 10) / 10 : null,
      milexYear: 2025,
    };
  });

  const blocs = blocCodes.map((code, i) => {
    const model = pick(rng, profile.realBlocs);
    const founded = dateBetween(rng, '1950-01-01', '2020-12-31');
    return {
      code,
      name: `Synthetic pact ${u}-${i}`,
      kind: model.kind,
      mutualDefence: model.mutualDefence,
      obligations: model.obligations,
      founded,
      dissolved: rng() < 0.1 ? dateBetween(rng, founded, '2025-12-31') : null,
    };
  });
  const blocFounded = new Map(blocs.map((b) => [b.code, b.founded]));

  // MEMBER_OF: 40% synthetic -> real blocs (past), 20% real -> synthetic blocs (past), 40% synthetic -> synthetic.
  const memberships: Record<string, unknown>[] = [];
  const total = count('MEMBER_OF');
  const realBloc = weightedPicker(profile.realBlocs.filter((b) => b.degree > 0).map((b) => ({ item: b, weight: b.degree })));
  const realState = weightedPicker(profile.realStates.filter((s) => s.degree > 0).map((s) => ({ item: s.id, weight: s.degree })));
  const past = (from: string) => {
    const start = from > '1950-01-01' ? from : '1950-01-01';
    if (start >= HISTORY_ENDS) return null;
    const since = dateBetween(rng, start, HISTORY_ENDS);
    const until = dateBetween(rng, since, HISTORY_ENDS);
    return until > since ? { since, until } : null;
  };
  while (memberships.length < total * 0.4) {
    const bloc = realBloc(rng);
    const span = past(bloc.founded ?? '1950-01-01');
    if (span) memberships.push({ state: pick(rng, stateIds), bloc: bloc.code, status: STATUS(rng), ...span });
  }
  while (memberships.length < total * 0.6) {
    const bloc = pick(rng, blocCodes);
    const span = past(blocFounded.get(bloc)!);
    if (span) memberships.push({ state: realState(rng), bloc, status: STATUS(rng), ...span });
  }
  while (memberships.length < total) {
    const bloc = pick(rng, blocCodes);
    const state = pick(rng, stateIds);
    const since = dateBetween(rng, blocFounded.get(bloc)!, '2025-12-31');
    if (rng() < 0.2 && memberships.length + 1 < total) {
      // A status change: applicant, then member (possibly still).
      const joined = dateBetween(rng, since, '2025-12-31');
      if (joined > since) {
        memberships.push({ state, bloc, status: 'APPLICANT', since, until: joined });
        memberships.push({
          state,
          bloc,
          status: 'MEMBER',
          since: joined,
          until: rng() < 0.3 ? dateBetween(rng, joined, '2026-06-30') : null,
        });
        continue;
      }
    }
    const until = rng() < 0.5 ? dateBetween(rng, since, '2026-06-30') : null;
    memberships.push({ state, bloc, status: STATUS(rng), since, until: until && until > since ? until : null });
  }

  // BORDERS between neighbours on a grid, one edge per unordered pair, a < b.
  const width = Math.ceil(Math.sqrt(stateIds.length));
  const candidates: [string, string][] = [];
  stateIds.forEach((id, i) => {
    if ((i + 1) % width !== 0 && i + 1 < stateIds.length) candidates.push([id, stateIds[i + 1]!]);
    if (i + width < stateIds.length) candidates.push([id, stateIds[i + width]!]);
  });
  for (let i = candidates.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [candidates[i], candidates[j]] = [candidates[j]!, candidates[i]!];
  }
  const borders = candidates.slice(0, count('BORDERS')).map(([a, b]) => ({ a, b }));

  const pairs = (n: number, from: () => string, to: () => string) => {
    const seen = new Set<string>();
    const out: [string, string][] = [];
    for (let tries = 0; out.length < n && tries < n * 50; tries++) {
      const a = from();
      const b = to();
      if (a !== b && !seen.has(`${a}|${b}`)) {
        seen.add(`${a}|${b}`);
        out.push([a, b]);
      }
    }
    return out;
  };
  const anyState = () => pick(rng, stateIds);
  const nuclearState = () => pick(rng, [...nuclear]);
  const threats = pairs(count('PERCEIVES_THREAT'), anyState, anyState).map(([state, threat]) => ({
    state,
    threat,
    level: LEVEL(rng),
    since: rng() < 0.5 ? dateBetween(rng, '1950-01-01', '2025-12-31') : null,
  }));
  const deterrence = pairs(count('EXTENDS_DETERRENCE'), nuclearState, anyState).map(([guarantor, protectedState]) => ({
    guarantor,
    protected: protectedState,
    via: rng() < 0.5 ? pick(rng, blocCodes) : null,
    since: dateBetween(rng, '1950-01-01', '2025-12-31'),
  }));
  const forces = pairs(count('HOSTS_FORCES_OF'), anyState, nuclearState).map(([host, foreign]) => ({
    host,
    foreign,
    since: dateBetween(rng, '1950-01-01', '2025-12-31'),
  }));
  return { states, blocs, memberships, borders, threats, deterrence, forces };
}

const STATEMENTS: Record<keyof UnitRows, string> = {
  states: 'UNWIND $rows AS row CREATE (s:State) SET s = row, s.synthetic = true',
  blocs: `UNWIND $rows AS row
          CREATE (b:Bloc) SET b = row, b.founded = date(row.founded), b.dissolved = date(row.dissolved), b.synthetic = true`,
  memberships: `UNWIND $rows AS row
                MATCH (s:State {id: row.state}) MATCH (b:Bloc {code: row.bloc})
                CREATE (s)-[:MEMBER_OF {status: row.status, since: date(row.since), until: date(row.until),
                                        source: 'synthetic', synthetic: true}]->(b)`,
  borders: `UNWIND $rows AS row MATCH (a:State {id: row.a}) MATCH (b:State {id: row.b})
            CREATE (a)-[:BORDERS {synthetic: true}]->(b)`,
  threats: `UNWIND $rows AS row MATCH (a:State {id: row.state}) MATCH (t:State {id: row.threat})
            CREATE (a)-[:PERCEIVES_THREAT {level: row.level, since: date(row.since), source: 'synthetic', synthetic: true}]->(t)`,
  deterrence: `UNWIND $rows AS row MATCH (g:State {id: row.guarantor}) MATCH (p:State {id: row.protected})
               CREATE (g)-[:EXTENDS_DETERRENCE {via: row.via, since: date(row.since), source: 'synthetic', synthetic: true}]->(p)`,
  forces: `UNWIND $rows AS row MATCH (h:State {id: row.host}) MATCH (f:State {id: row.foreign})
           CREATE (h)-[:HOSTS_FORCES_OF {since: date(row.since), source: 'synthetic', synthetic: true}]->(f)`,
};

/**
 * Adds units [from, to) to the database (the real graph must be loaded; units below `from` already present).
 * Nodes first (every unit), then relationships, in batches of one transaction each.
 */
export async function addSyntheticUnits(
  driver: Driver,
  database: string,
  profile: RealProfile,
  from: number,
  to: number,
  batchSize = 5000,
): Promise<void> {
  const all: UnitRows = { states: [], blocs: [], memberships: [], borders: [], threats: [], deterrence: [], forces: [] };
  for (let u = from; u < to; u++) {
    const rows = unitRows(profile, u);
    for (const key of Object.keys(all) as (keyof UnitRows)[]) all[key].push(...rows[key]);
  }
  const session = driver.session({ database });
  try {
    for (const key of ['states', 'blocs', 'memberships', 'borders', 'threats', 'deterrence', 'forces'] as const) {
      for (let i = 0; i < all[key].length; i += batchSize) {
        const rows = all[key].slice(i, i + batchSize);
        await session.executeWrite((tx) => tx.run(STATEMENTS[key], { rows }));
      }
    }
    await session.run('CALL db.awaitIndexes(300)');
    // The graph changed: a new version, so a server caching what it read from the previous graph drops it.
    await session.run("MATCH (s:LoadState {id: 'cypher'}) SET s.updatedAt = datetime(), s.synthetic = $units", { units: to - 1 });
  } finally {
    await session.close();
  }
}
