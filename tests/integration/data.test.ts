/**
 * The graph's data against the real test Neo4j, loaded from cypher/ by the harness before the tests run.
 * Checks the shape of every fact (sources, dates, vocabularies) and the membership of the main blocs today
 * and at past dates. A membership is active on date d when since <= d AND (until IS NULL OR until > d).
 *
 * 'nothing was silently dropped' compares what Neo4j holds with the rows of the tables (src/data/world.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.js';
import { buildWorld } from '../../src/data/world.js';
import { readSources, seedIds } from '../support/sources.js';
import { cypherRows } from '../support/db.js';

const STATUSES = ['MEMBER', 'FROZEN', 'SUSPENDED', 'OBSERVER', 'PARTNER', 'DIALOGUE_PARTNER', 'APPLICANT'];
const KINDS = [
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
];
const OBLIGATIONS = ['DEFENCE', 'OFFENCE', 'NEUTRALITY', 'NONAGGRESSION', 'CONSULTATION'];
const CONTRACT_CODES = [
  'NATO',
  'CSTO',
  'SCO',
  'BRICS',
  'AUKUS',
  'QUAD',
  'B9',
  'EU',
  'ASEAN',
  'CPTPP',
  'ANZUS',
  'FIVE_EYES',
  'JEF',
  'UNION_STATE',
  'US_JPN',
  'US_KOR',
  'US_PHL',
  'RUS_PRK',
  'CHN_PRK',
];

/** Ids of the states with a membership of `bloc` active on `date` ('YYYY-MM-DD', or null for today). */
async function active(bloc: string, date: string | null, statuses: string[] = ['MEMBER']): Promise<string[]> {
  const rows = await cypherRows(
    `WITH CASE WHEN $date IS NULL THEN date() ELSE date($date) END AS d
     MATCH (s:State)-[m:MEMBER_OF]->(:Bloc {code: $bloc})
     WHERE m.status IN $statuses AND m.since <= d AND (m.until IS NULL OR m.until > d)
     RETURN s.id AS id ORDER BY id`,
    { bloc, date, statuses },
  );
  return rows.map((r) => r.id as string);
}

async function count(query: string, params: Record<string, unknown> = {}): Promise<number> {
  return (await cypherRows(query, params))[0]!.n as number;
}

describe('states', () => {
  it('has every UN member and observer state today, plus Taiwan and Kosovo, and the former states apart', async () => {
    const rows = await cypherRows('MATCH (s:State) WHERE s.until IS NULL RETURN s.unStatus AS unStatus, count(*) AS n ORDER BY unStatus');
    expect(Object.fromEntries(rows.map((r) => [r.unStatus, r.n]))).toEqual({ MEMBER: 193, NONE: 2, OBSERVER: 2 });
    const special = await cypherRows(
      "MATCH (s:State) WHERE s.id IN ['VAT', 'PSE', 'TWN', 'XKX'] RETURN s.id AS id, s.unMember AS unMember, s.unStatus AS unStatus ORDER BY id",
    );
    expect(special).toEqual([
      { id: 'PSE', unMember: false, unStatus: 'OBSERVER' },
      { id: 'TWN', unMember: false, unStatus: 'NONE' },
      { id: 'VAT', unMember: false, unStatus: 'OBSERVER' },
      { id: 'XKX', unMember: false, unStatus: 'NONE' },
    ]);
    const former = await cypherRows('MATCH (s:State) WHERE s.until IS NOT NULL RETURN s.id AS id ORDER BY id');
    expect(former.map((r) => r.id)).toEqual(['CSK', 'DDR', 'RVN', 'SCG', 'SUN', 'YAR', 'YMD', 'YUG', 'ZAN']);
  });

  it('identifies every state by three upper-case letters, with the core properties and a cited lifetime', async () => {
    const rows = await cypherRows(
      'MATCH (s:State) RETURN s.id AS id, s.iso2 AS iso2, s.name AS name, s.region AS region, s.source AS source, s.lat AS lat, s.lng AS lng, s.until AS until, s.shapes AS shapes, s.since AS since',
    );
    expect(rows).toHaveLength(197 + 9);
    for (const r of rows) {
      const former = r.until !== null;
      expect(r.id, JSON.stringify(r)).toMatch(/^[A-Z]{3}$/);
      if (former) expect(r.iso2, JSON.stringify(r)).toBeNull();
      else expect(r.iso2, JSON.stringify(r)).toMatch(/^[A-Z]{2}$/);
      expect(typeof r.name === 'string' && r.name.length > 0, JSON.stringify(r)).toBe(true);
      expect(typeof r.region === 'string' && r.region.length > 0, JSON.stringify(r)).toBe(true);
      expect(typeof r.source === 'string' && r.source.length > 0, JSON.stringify(r)).toBe(true);
      expect(typeof r.lat).toBe('number');
      expect(typeof r.lng).toBe('number');
      expect(Array.isArray(r.shapes), JSON.stringify(r)).toBe(former);
      if (!['VAT'].includes(r.id as string)) expect(r.since, JSON.stringify(r)).not.toBeNull();
    }
    expect(await count("MATCH (s:State) WHERE s.unMember <> (s.unStatus = 'MEMBER') RETURN count(s) AS n")).toBe(0);
  });

  it('as of 1980 knows the Soviet Union and East Germany, not Estonia or Slovakia; as of 1995, the reverse', async () => {
    const existing = async (day: string) =>
      (
        await cypherRows('MATCH (s:State) WHERE s.since <= date($day) AND (s.until IS NULL OR s.until > date($day)) RETURN s.id AS id', {
          day,
        })
      ).map((r) => r.id as string);
    const in1980 = await existing('1980-01-01');
    expect(in1980).toEqual(expect.arrayContaining(['SUN', 'DDR', 'CSK', 'YUG', 'DEU', 'YAR', 'YMD']));
    expect(in1980).not.toEqual(expect.arrayContaining(['EST']));
    expect(in1980.filter((id) => ['EST', 'SVK', 'RUS', 'UKR', 'SVN', 'YEM', 'RVN'].includes(id))).toEqual([]);
    const in1995 = await existing('1995-01-01');
    expect(in1995).toEqual(expect.arrayContaining(['RUS', 'EST', 'SVK', 'UKR', 'SCG', 'YEM']));
    expect(in1995.filter((id) => ['SUN', 'DDR', 'CSK', 'YUG'].includes(id))).toEqual([]);
  });

  it('records how the former states ended: the Soviet Union continued by Russia, East Germany merged into Germany', async () => {
    const rows = await cypherRows(
      "MATCH (a:State)-[r:SUCCEEDED_BY]->(b:State) WHERE a.id IN ['SUN', 'DDR', 'CSK'] RETURN a.id AS a, b.id AS b, r.kind AS kind, toString(r.date) AS date ORDER BY a, b",
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        { a: 'SUN', b: 'RUS', kind: 'continuation', date: '1991-12-26' },
        { a: 'SUN', b: 'EST', kind: 'restoration', date: '1991-09-06' },
        { a: 'DDR', b: 'DEU', kind: 'merger', date: '1990-10-03' },
        { a: 'CSK', b: 'CZE', kind: 'dissolution', date: '1993-01-01' },
        { a: 'CSK', b: 'SVK', kind: 'dissolution', date: '1993-01-01' },
      ]),
    );
    // A state's memberships end when it ends.
    expect(
      await count(
        'MATCH (s:State)-[m:MEMBER_OF]->() WHERE s.until IS NOT NULL AND (m.until IS NULL OR m.until > s.until) RETURN count(m) AS n',
      ),
    ).toBe(0);
  });

  it("dates nuclear status and the Security Council seats: the ROC holds China's seat in 1965, the PRC today", async () => {
    const holders = async (prefix: 'nuclear' | 'p5', day: string) =>
      (
        await cypherRows(
          `MATCH (s:State) WHERE s.${prefix}Since <= date($day) AND (s.${prefix}Until IS NULL OR s.${prefix}Until > date($day)) RETURN s.id AS id ORDER BY id`,
          { day },
        )
      ).map((r) => r.id as string);
    expect(await holders('nuclear', '2026-01-01')).toEqual(['CHN', 'FRA', 'GBR', 'IND', 'ISR', 'PAK', 'PRK', 'RUS', 'USA']);
    expect(await holders('p5', '2026-01-01')).toEqual(['CHN', 'FRA', 'GBR', 'RUS', 'USA']);
    expect(await holders('p5', '1965-01-01')).toEqual(['FRA', 'GBR', 'SUN', 'TWN', 'USA']);
    expect(await holders('nuclear', '1985-01-01')).toEqual(['CHN', 'FRA', 'GBR', 'IND', 'SUN', 'USA', 'ZAF']);
    expect(await holders('nuclear', '1950-01-01')).toEqual(['SUN', 'USA']);
  });

  it('has military expenditure as a yearly series from SIPRI, each figure with its source', async () => {
    const usa = await cypherRows(
      "MATCH (:State {id: 'USA'})-[:SPENT]->(m:MilitaryExpenditure) RETURN m.year AS year, m.usdBn AS bn, m.source AS source ORDER BY year",
    );
    expect(usa[0]!.year).toBe(1949);
    expect(usa.length).toBeGreaterThan(70);
    for (const r of usa) expect(r.bn as number, JSON.stringify(r)).toBeGreaterThan(0);
    expect(usa.find((r) => r.year === 2018)).toEqual({ year: 2018, bn: 648.798, source: 'sipri:milex-1949-2018' });
    const latest = await cypherRows(
      'MATCH (s:State) WHERE s.milexLatestUsdBn IS NOT NULL RETURN s.id AS id, s.milexLatestYear AS year, s.milexLatestSource AS source',
    );
    expect(latest.length).toBeGreaterThanOrEqual(150);
    const register = new Set(readSources().map((r) => r.id));
    for (const r of latest) expect(register.has((r.source as string).split(' ')[0]!), JSON.stringify(r)).toBe(true);
  });
});

describe('sources and vocabularies', () => {
  it('gives every relationship a non-empty source', async () => {
    const rows = await cypherRows(
      // SPENT links a state to a figure, which carries the source itself.
      "MATCH ()-[r]->() WHERE type(r) <> 'SPENT' AND (r.source IS NULL OR trim(toString(r.source)) = '') RETURN type(r) AS type, count(*) AS n",
    );
    expect(rows).toEqual([]);
  });

  it('cites a seed only by an id of the register of sources (data/sources.csv)', async () => {
    const names = seedIds();
    const rows = await cypherRows("MATCH ()-[r]->() WHERE r.source STARTS WITH 'seed:' RETURN DISTINCT r.source AS source");
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(names.has((r.source as string).slice(5)), r.source as string).toBe(true);
  });

  it('registers each seed article with what a reader needs to find it: title, publisher, and an address or a note', () => {
    const seeds = readSources().filter((s) => s.id.startsWith('seed:'));
    expect(seeds.length).toBe(5);
    for (const s of seeds) {
      expect(s.id, s.id).toMatch(/^seed:\d{3}_[0-9a-f]{16}$/);
      expect(s.title.length, s.id).toBeGreaterThan(0);
      expect(s.publisher.length, s.id).toBeGreaterThan(0);
      expect(s.url.length > 0 || s.note.length > 0, `${s.id}: an address, or a note saying why there is none`).toBe(true);
      if (s.published) expect(s.published_precision, s.id).toBe(['year', 'month', 'day'][s.published.split('-').length - 1]);
    }
  });

  it('describes every bloc: name, kind, founded, mutualDefence, obligations and source', async () => {
    const rows = await cypherRows(
      'MATCH (b:Bloc) RETURN b.code AS code, b.name AS name, b.kind AS kind, b.founded AS founded, b.dissolved AS dissolved, b.mutualDefence AS mutualDefence, b.defenceClause AS clause, b.obligations AS obligations, b.source AS source',
    );
    const codes = rows.map((r) => r.code);
    for (const code of CONTRACT_CODES) expect(codes).toContain(code);
    for (const r of rows) {
      const where = JSON.stringify(r.code);
      expect(typeof r.name === 'string' && r.name.length > 0, where).toBe(true);
      expect(KINDS, where).toContain(r.kind);
      expect(r.founded, where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (r.dissolved != null) expect((r.dissolved as string) >= (r.founded as string), where).toBe(true);
      expect(typeof r.mutualDefence, where).toBe('boolean');
      if (r.mutualDefence) expect(typeof r.clause === 'string' || (r.obligations as string[]).includes('DEFENCE'), where).toBe(true);
      expect(Array.isArray(r.obligations), where).toBe(true);
      for (const o of r.obligations as string[]) expect(OBLIGATIONS, where).toContain(o);
      expect(typeof r.source === 'string' && r.source.length > 0, where).toBe(true);
    }
  });

  it('uses the allowed kinds for the contract codes', async () => {
    const rows = await cypherRows('MATCH (b:Bloc) RETURN b.code AS code, b.kind AS kind');
    const kind: Record<string, unknown> = Object.fromEntries(rows.map((r) => [String(r.code), r.kind]));
    expect(kind).toMatchObject({
      NATO: 'MILITARY_ALLIANCE',
      CSTO: 'MILITARY_ALLIANCE',
      SCO: 'REGIONAL_ORGANISATION',
      ASEAN: 'REGIONAL_ORGANISATION',
      BRICS: 'ECONOMIC_GROUPING',
      CPTPP: 'ECONOMIC_GROUPING',
      AUKUS: 'SECURITY_PARTNERSHIP',
      QUAD: 'SECURITY_PARTNERSHIP',
      JEF: 'SECURITY_PARTNERSHIP',
      FIVE_EYES: 'INTELLIGENCE_SHARING',
      EU: 'POLITICAL_UNION',
      UNION_STATE: 'POLITICAL_UNION',
      B9: 'CAUCUS',
      US_JPN: 'DEFENCE_TREATY',
      US_KOR: 'DEFENCE_TREATY',
      US_PHL: 'DEFENCE_TREATY',
      RUS_PRK: 'DEFENCE_TREATY',
      CHN_PRK: 'DEFENCE_TREATY',
    });
    // A bilateral treaty binds two states on any day (over time a party can be succeeded: the Soviet Union by Russia).
    const parties = await cypherRows(
      `MATCH (b:Bloc {kind: 'DEFENCE_TREATY'})<-[m:MEMBER_OF]-()
       WITH b, m.since AS d
       MATCH (s:State)-[x:MEMBER_OF]->(b) WHERE x.since <= d AND (x.until IS NULL OR x.until > d)
       WITH b, d, count(DISTINCT s) AS n
       RETURN b.code AS code, max(n) AS n`,
    );
    expect(parties.length).toBeGreaterThan(100);
    for (const p of parties) expect(p.n, p.code as string).toBeLessThanOrEqual(2);
  });

  it("uses the allowed values on the seeds' edges", async () => {
    expect(await count("MATCH ()-[t:PERCEIVES_THREAT]->() WHERE NOT t.level IN ['LOW', 'MEDIUM', 'HIGH'] RETURN count(t) AS n")).toBe(0);
    expect(await count('MATCH (a)-[r:PERCEIVES_THREAT|EXTENDS_DETERRENCE|HOSTS_FORCES_OF]->(a) RETURN count(r) AS n')).toBe(0);
    expect(
      await count(
        'MATCH ()-[d:EXTENDS_DETERRENCE]->() WHERE d.via IS NOT NULL AND NOT EXISTS { MATCH (:Bloc {code: d.via}) } RETURN count(d) AS n',
      ),
    ).toBe(0);
    expect(await count('MATCH (g:State)-[:EXTENDS_DETERRENCE]->() WHERE g.nuclearArmed <> true RETURN count(g) AS n')).toBe(0);
  });
});

describe('membership dates', () => {
  it('uses only the allowed statuses, and every membership has a since date', async () => {
    expect(
      await count('MATCH ()-[m:MEMBER_OF]->() WHERE NOT m.status IN $statuses OR m.since IS NULL RETURN count(m) AS n', {
        statuses: STATUSES,
      }),
    ).toBe(0);
  });

  it('stores dates as Neo4j dates, with since <= until', async () => {
    expect(
      await count(
        "MATCH ()-[m:MEMBER_OF]->() WHERE NOT valueType(m.since) STARTS WITH 'DATE' OR (m.until IS NOT NULL AND NOT valueType(m.until) STARTS WITH 'DATE') RETURN count(m) AS n",
      ),
    ).toBe(0);
    expect(await count('MATCH ()-[m:MEMBER_OF]->() WHERE m.until IS NOT NULL AND m.until < m.since RETURN count(m) AS n')).toBe(0);
    expect(await count("MATCH (b:Bloc) WHERE NOT valueType(b.founded) STARTS WITH 'DATE' RETURN count(b) AS n")).toBe(0);
    expect(
      await count(
        "MATCH ()-[r:EXTENDS_DETERRENCE|HOSTS_FORCES_OF]->() WHERE r.since IS NOT NULL AND NOT valueType(r.since) STARTS WITH 'DATE' RETURN count(r) AS n",
      ),
    ).toBe(0);
  });

  it('has no membership before its bloc was founded or after it was dissolved', async () => {
    const rows = await cypherRows(
      `MATCH (s:State)-[m:MEMBER_OF]->(b:Bloc)
       WHERE m.since < b.founded OR (b.dissolved IS NOT NULL AND coalesce(m.until, date('9999-12-31')) > b.dissolved)
       RETURN s.id AS state, b.code AS bloc, m.since AS since`,
    );
    expect(rows).toEqual([]);
  });

  it('never has two memberships of one state in one bloc active at the same time', async () => {
    const rows = await cypherRows(
      `MATCH (s:State)-[a:MEMBER_OF]->(b:Bloc)<-[c:MEMBER_OF]-(s)
       WHERE elementId(a) < elementId(c)
         AND a.since < coalesce(c.until, date('9999-12-31')) AND c.since < coalesce(a.until, date('9999-12-31'))
       RETURN s.id AS state, b.code AS bloc, a.status AS first, c.status AS second`,
    );
    expect(rows).toEqual([]);
  });

  it('records status changes as successive edges (Iran in the SCO, Armenia in the CSTO)', async () => {
    const iran = await cypherRows(
      "MATCH (:State {id: 'IRN'})-[m:MEMBER_OF]->(:Bloc {code: 'SCO'}) RETURN m.status AS status, m.since AS since, m.until AS until ORDER BY since",
    );
    expect(iran).toEqual([
      { status: 'OBSERVER', since: '2005-07-05', until: '2023-07-04' },
      { status: 'MEMBER', since: '2023-07-04', until: null },
    ]);
    expect(await active('CSTO', null, ['FROZEN'])).toEqual(['ARM']);
    expect(await active('CSTO', '2024-02-21')).toContain('ARM');
    expect(await active('CSTO', '2024-02-22')).not.toContain('ARM');
  });
});

describe('bloc membership as of a date', () => {
  it('NATO: 12 founders, every enlargement, 32 today', async () => {
    expect(await active('NATO', '1949-08-23')).toHaveLength(0);
    expect(await active('NATO', '1949-12-31')).toHaveLength(12);
    expect(await active('NATO', '1952-02-18')).toHaveLength(14);
    expect(await active('NATO', '1955-12-31')).toContain('DEU');
    expect(await active('NATO', '1981-12-31')).toHaveLength(15);
    expect(await active('NATO', '1982-12-31')).toHaveLength(16);
    expect(await active('NATO', '1999-12-31')).toHaveLength(19);
    expect(await active('NATO', '2004-12-31')).toHaveLength(26);
    expect(await active('NATO', '2009-12-31')).toHaveLength(28);
    expect(await active('NATO', '2017-12-31')).toHaveLength(29);
    expect(await active('NATO', '2022-01-01')).toHaveLength(30);
    expect(await active('NATO', '2023-04-03')).not.toContain('FIN');
    expect(await active('NATO', '2023-12-31')).toHaveLength(31);
    expect(await active('NATO', '2024-03-07')).toHaveLength(32);
    const today = await active('NATO', null);
    expect(today).toHaveLength(32);
    expect(today).toEqual(expect.arrayContaining(['FIN', 'SWE', 'TUR', 'FRA', 'USA']));
    expect(await active('NATO', null, ['PARTNER'])).toEqual(['AUS', 'JPN', 'KOR', 'NZL']);
  });

  it('CSTO: nine parties in 1994, six after 1999, Uzbekistan back 2006-2012, Armenia frozen today', async () => {
    expect(await active('CSTO', '1994-12-31')).toHaveLength(9);
    expect(await active('CSTO', '2000-01-01')).toEqual(['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK']);
    expect(await active('CSTO', '2010-01-01')).toHaveLength(7);
    expect(await active('CSTO', '2013-01-01', ['SUSPENDED'])).toEqual(['UZB']);
    expect(await active('CSTO', '2024-01-01')).toEqual(['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK']);
    expect(await active('CSTO', null)).toEqual(['BLR', 'KAZ', 'KGZ', 'RUS', 'TJK']);
    expect(await active('CSTO', null, ['MEMBER', 'FROZEN'])).toHaveLength(6);
    expect(await active('CSTO', null, STATUSES)).toHaveLength(7);
  });

  it('SCO: six founders, India and Pakistan 2017, Iran 2023, Belarus 2024', async () => {
    expect(await active('SCO', '2001-06-14')).toHaveLength(0);
    expect(await active('SCO', '2001-12-31')).toEqual(['CHN', 'KAZ', 'KGZ', 'RUS', 'TJK', 'UZB']);
    expect(await active('SCO', '2017-06-08')).toHaveLength(6);
    expect(await active('SCO', '2017-06-09')).toHaveLength(8);
    expect(await active('SCO', '2023-07-03')).not.toContain('IRN');
    expect(await active('SCO', '2023-07-03', ['OBSERVER'])).toEqual(expect.arrayContaining(['IRN', 'BLR', 'MNG', 'AFG']));
    expect(await active('SCO', '2023-07-04')).toHaveLength(9);
    expect(await active('SCO', '2024-07-03')).not.toContain('BLR');
    expect(await active('SCO', '2024-07-04')).toHaveLength(10);
    expect(await active('SCO', '2025-08-31', ['DIALOGUE_PARTNER'])).toContain('TUR');
    expect(await active('SCO', null)).toHaveLength(10);
    const partners = await active('SCO', null, ['PARTNER']);
    expect(partners).toHaveLength(17);
    expect(partners).toEqual(expect.arrayContaining(['TUR', 'LAO', 'MNG', 'ARM', 'AZE']));
    expect(await active('SCO', null, ['OBSERVER', 'DIALOGUE_PARTNER'])).toEqual([]);
  });

  it('BRICS: BRIC 2009, South Africa 2010, the 2024 enlargement, Indonesia 2025, partner countries', async () => {
    expect(await active('BRICS', '2009-06-15')).toHaveLength(0);
    expect(await active('BRICS', '2009-12-31')).toEqual(['BRA', 'CHN', 'IND', 'RUS']);
    expect(await active('BRICS', '2011-01-01')).toHaveLength(5);
    expect(await active('BRICS', '2023-12-31')).toHaveLength(5);
    expect(await active('BRICS', '2024-01-01')).toEqual(['ARE', 'BRA', 'CHN', 'EGY', 'ETH', 'IND', 'IRN', 'RUS', 'ZAF']);
    expect(await active('BRICS', '2025-01-06')).toHaveLength(10);
    expect(await active('BRICS', null)).toHaveLength(10);
    expect(await active('BRICS', null)).not.toContain('SAU');
    expect(await active('BRICS', '2024-12-31', ['PARTNER'])).toHaveLength(0);
    expect(await active('BRICS', null, ['PARTNER'])).toHaveLength(10);
  });

  it('AUKUS, the Quad and the Bucharest Nine', async () => {
    expect(await active('AUKUS', '2021-09-14')).toHaveLength(0);
    expect(await active('AUKUS', null)).toEqual(['AUS', 'GBR', 'USA']);
    expect(await active('QUAD', '2017-11-11')).toHaveLength(0);
    expect(await active('QUAD', null)).toEqual(['AUS', 'IND', 'JPN', 'USA']);
    expect(await active('B9', '2015-11-03')).toHaveLength(0);
    expect(await active('B9', null)).toEqual(['BGR', 'CZE', 'EST', 'HUN', 'LTU', 'LVA', 'POL', 'ROU', 'SVK']);
    // Every B9 member is a NATO member, and B9 is a caucus of NATO.
    const nato = await active('NATO', null);
    for (const id of await active('B9', null)) expect(nato).toContain(id);
    expect(await count("MATCH (:Bloc {code: 'B9'})-[:CAUCUS_OF]->(:Bloc {code: 'NATO'}) RETURN count(*) AS n")).toBe(1);
  });

  it('the EU before and after Brexit, and the other blocs today', async () => {
    expect(await active('EU', '2020-01-31')).toHaveLength(28);
    expect(await active('EU', '2020-02-01')).toHaveLength(27);
    expect(await active('EU', null)).toHaveLength(27);
    expect(await active('ASEAN', null)).toHaveLength(11);
    expect(await active('ASEAN', '2025-10-25')).toHaveLength(10);
    expect(await active('CPTPP', null)).toHaveLength(12);
    expect(await active('ANZUS', null)).toEqual(['AUS', 'USA']);
    expect(await active('ANZUS', null, ['SUSPENDED'])).toEqual(['NZL']);
    expect(await active('ANZUS', '1986-08-10')).toEqual(['AUS', 'NZL', 'USA']);
    expect(await active('FIVE_EYES', null)).toEqual(['AUS', 'CAN', 'GBR', 'NZL', 'USA']);
    expect(await active('JEF', null)).toHaveLength(10);
    expect(await active('UNION_STATE', null)).toEqual(['BLR', 'RUS']);
  });
});

describe("the seeds' special cases", () => {
  it('Turkey hedges: NATO member and SCO partner', async () => {
    expect(await active('NATO', null)).toContain('TUR');
    expect(await active('SCO', null, ['PARTNER'])).toContain('TUR');
  });

  it('the US umbrella covers every other NATO member, Japan, South Korea and Australia', async () => {
    const rows = await cypherRows("MATCH (:State {id: 'USA'})-[d:EXTENDS_DETERRENCE]->(s:State) RETURN s.id AS id, d.via AS via");
    const nato = (await active('NATO', null)).filter((id) => id !== 'USA');
    expect(
      rows
        .filter((r) => r.via === 'NATO')
        .map((r) => r.id)
        .sort(),
    ).toEqual(nato);
    expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining(['JPN', 'KOR', 'AUS']));
  });

  it('records the tripwires and the threats the seeds describe', async () => {
    const hosts = await cypherRows("MATCH (h:State)-[:HOSTS_FORCES_OF]->(g:State) RETURN h.id + '>' + g.id AS pair");
    expect(hosts.map((r) => r.pair)).toEqual(
      expect.arrayContaining(['POL>USA', 'JPN>USA', 'KOR>USA', 'BLR>RUS', 'ARM>RUS', 'EST>GBR', 'LVA>CAN', 'LTU>DEU', 'ESP>USA']),
    );
    const threats = await cypherRows("MATCH (a:State)-[t:PERCEIVES_THREAT {level: 'HIGH'}]->(b:State) RETURN a.id + '>' + b.id AS pair");
    expect(threats.map((r) => r.pair)).toEqual(expect.arrayContaining(['POL>RUS', 'LTU>RUS', 'FIN>RUS', 'JPN>PRK', 'KOR>PRK']));
  });
});

describe('borders', () => {
  it('loads every pair of the generated file, one edge per pair, from the smaller id to the larger', async () => {
    const text = fs.readFileSync(path.join(projectRoot, 'cypher', 'data', '011_borders.cypher'), 'utf8');
    const pairs = text.split('\n').filter((l) => /^\s*\['[A-Z]{3}', '[A-Z]{3}'\]/.test(l)).length;
    expect(pairs).toBeGreaterThan(300);
    expect(await count('MATCH ()-[r:BORDERS]->() RETURN count(r) AS n')).toBe(pairs);
    expect(await count('MATCH (a)-[:BORDERS]->(b) WHERE a.id >= b.id RETURN count(*) AS n')).toBe(0);
  });

  it('answers "which NATO members border Russia or Belarus"', async () => {
    const rows = await cypherRows(
      `MATCH (s:State)-[m:MEMBER_OF {status: 'MEMBER'}]->(:Bloc {code: 'NATO'})
       WHERE m.until IS NULL
       MATCH (s)-[:BORDERS]-(n:State) WHERE n.id IN ['RUS', 'BLR']
       RETURN DISTINCT s.id AS id ORDER BY id`,
    );
    expect(rows.map((r) => r.id)).toEqual(['EST', 'FIN', 'LTU', 'LVA', 'NOR', 'POL']);
  });
});

describe('the whole world', () => {
  // Of the states existing on a day, how many belong to some bloc, treaty or organisation (any status) in force then.
  const inSomeBloc = async (day: string) =>
    (
      await cypherRows(
        `WITH date($day) AS d
     MATCH (s:State) WHERE s.since <= d AND (s.until IS NULL OR s.until > d)
     RETURN count(s) AS states, count(CASE WHEN EXISTS {
       MATCH (s)-[m:MEMBER_OF]->(b:Bloc) WHERE m.since <= d AND (m.until IS NULL OR m.until > d) AND (b.dissolved IS NULL OR b.dissolved > d)
     } THEN 1 END) AS inBloc`,
        { day },
      )
    )[0]!;

  it("at least 185 of today's states belong to some bloc, and at least 120 of the states of 1970-01-01 did", async () => {
    const today = await inSomeBloc('2026-06-01');
    expect(today.states).toBe(197);
    expect(today.inBloc as number).toBeGreaterThanOrEqual(185);
    expect((await inSomeBloc('1970-01-01')).inBloc as number).toBeGreaterThanOrEqual(120);
  });

  it('knows the Cold War alliances: the Warsaw Pact (ATOP 3285), SEATO (3260) and the Baghdad Pact (3275)', async () => {
    const rows = await cypherRows(
      "MATCH (b:Bloc) WHERE b.code IN ['ATOP_3285', 'ATOP_3260', 'ATOP_3275'] RETURN b.code AS code, b.name AS name, COUNT { (b)<-[:MEMBER_OF]-() } AS members ORDER BY code",
    );
    expect(rows.map((r) => [r.code, (r.name as string).split(' (')[0]])).toEqual([
      ['ATOP_3260', 'Southeast Asia Collective Defense Treaty'],
      ['ATOP_3275', 'Pact of Mutual Cooperation between Iraq and Turkey'],
      ['ATOP_3285', 'Treaty of Friendship, Cooperation and Mutual Assistance'],
    ]);
    for (const r of rows) expect(r.members as number, r.code as string).toBeGreaterThanOrEqual(5);
    expect(await active('ATOP_3285', '1970-01-01')).toEqual(['BGR', 'CSK', 'DDR', 'HUN', 'POL', 'ROU', 'SUN']);
    expect(await active('ATOP_3285', '1992-01-01')).toEqual([]);
  });
});

describe('nothing was silently dropped', () => {
  // Every relationship statement fails loudly on a missing endpoint; this compares what Neo4j holds with the tables.
  it('holds one node or relationship for each row of the tables', async () => {
    const { world } = buildWorld(projectRoot);
    const rows = await cypherRows(
      `CALL () { MATCH (s:State) RETURN 'State' AS k, count(s) AS n
                 UNION ALL MATCH (b:Bloc) RETURN 'Bloc' AS k, count(b) AS n
                 UNION ALL MATCH ()-[r:MEMBER_OF]->() RETURN 'MEMBER_OF' AS k, count(r) AS n
                 UNION ALL MATCH ()-[r:CAUCUS_OF]->() RETURN 'CAUCUS_OF' AS k, count(r) AS n
                 UNION ALL MATCH ()-[r:PERCEIVES_THREAT]->() RETURN 'PERCEIVES_THREAT' AS k, count(r) AS n
                 UNION ALL MATCH ()-[r:EXTENDS_DETERRENCE]->() RETURN 'EXTENDS_DETERRENCE' AS k, count(r) AS n
                 UNION ALL MATCH ()-[r:HOSTS_FORCES_OF]->() RETURN 'HOSTS_FORCES_OF' AS k, count(r) AS n
                 UNION ALL MATCH ()-[r:SUCCEEDED_BY]->() RETURN 'SUCCEEDED_BY' AS k, count(r) AS n
                 UNION ALL MATCH ()-[r:BORDERS]->() RETURN 'BORDERS' AS k, count(r) AS n
                 UNION ALL MATCH (:State)-[:SPENT]->(m:MilitaryExpenditure) RETURN 'MilitaryExpenditure' AS k, count(m) AS n
                 UNION ALL MATCH (s:Source) RETURN 'Source' AS k, count(s) AS n }
       RETURN k, n`,
    );
    expect(Object.fromEntries(rows.map((r) => [r.k, r.n]))).toEqual({
      State: world.states.length,
      Bloc: world.blocs.length,
      MEMBER_OF: world.memberships.length,
      CAUCUS_OF: world.caucuses.length,
      PERCEIVES_THREAT: world.threats.length,
      EXTENDS_DETERRENCE: world.deterrence.length,
      HOSTS_FORCES_OF: world.forces.length,
      SUCCEEDED_BY: world.successions.length,
      BORDERS: world.borders.length,
      MilitaryExpenditure: world.milex.length,
      Source: world.sources.length,
    });
  });
});
