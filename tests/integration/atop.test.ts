/**
 * Every ATOP 4.01 alliance in effect at some time since 1949 is in the loaded graph, with its member periods: the
 * reference file (data/reference/atop-4.01/) is read here on its own, not through the generator, and compared with
 * what Neo4j holds. The differences are the ones the conventions explain (data/README.md, src/data/atop.ts), and the
 * test lists them: member phases before a state's COW entry start on that entry, phases across a change of state
 * (the Soviet Union becoming Russia) are split, phases outside every state's life are left out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.js';
import { buildWorld } from '../../src/data/world.js';
import { cypherRows } from '../support/db.js';

type Csv = Array<Record<string, string>>;
const reference = (file: string): Csv =>
  parse<Record<string, string>>(fs.readFileSync(path.join(projectRoot, 'data/reference/atop-4.01', file), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  });
const matches: Csv = parse<Record<string, string>>(fs.readFileSync(path.join(projectRoot, 'data/facts/atop-matches.csv'), 'utf8'), {
  columns: true,
});

const alliances = reference('atop-alliance-level.csv').filter((a) => a.ineffect === '1' || Number(a.endyr) >= 1949);
const matched = new Map(matches.map((m) => [m.atopid!, m.bloc!]));
const { world } = buildWorld(projectRoot);

describe('ATOP 4.01 in the graph', () => {
  it('holds every alliance in effect since 1949: generated as ATOP_<id>, or matched to a curated bloc', async () => {
    expect(alliances).toHaveLength(544);
    const codes = new Set(
      (await cypherRows("MATCH (b:Bloc) WHERE b.code STARTS WITH 'ATOP_' RETURN b.code AS code")).map((r) => r.code as string),
    );
    const curated = new Set((await cypherRows('MATCH (b:Bloc) RETURN b.code AS code')).map((r) => r.code as string));
    const missing = alliances.filter(
      (a) => !codes.has(`ATOP_${a.atopid}`) && !(matched.has(a.atopid!) && curated.has(matched.get(a.atopid!)!)),
    );
    expect(missing.map((a) => a.atopid)).toEqual([]);
    expect(codes.size + matched.size).toBe(alliances.length);
    // A matched alliance is not generated a second time, and every match says how the curated bloc differs.
    for (const m of matches) {
      expect(codes.has(`ATOP_${m.atopid}`), `ATOP ${m.atopid} is ${m.bloc}`).toBe(false);
      expect(m.note!.length, `the note on ATOP ${m.atopid}`).toBeGreaterThan(10);
    }
  });

  it("holds every member phase (or says why not), from ATOP's entry day or the first day its state exists", async () => {
    const edges = await cypherRows(
      "MATCH (s:State)-[m:MEMBER_OF]->(b:Bloc) WHERE b.code STARTS WITH 'ATOP_' RETURN b.code AS code, s.id AS state, toString(m.since) AS since, toString(m.until) AS until, m.locator AS locator",
    );
    const byAlliance = new Map<string, typeof edges>();
    for (const e of edges) byAlliance.set(e.code as string, [...(byAlliance.get(e.code as string) ?? []), e]);
    const dropped = new Set(world.atopDropped.map((d) => `${d.atopid}|${d.ccode}`));
    const explained: string[] = [];
    const inScope = new Set(alliances.filter((a) => !matched.has(a.atopid!)).map((a) => a.atopid!));
    const pad = (n: string) => n.padStart(2, '0');
    for (const m of reference('atop-member-level.csv')) {
      if (!inScope.has(m.atopid!)) continue;
      const exit = Number(m.yrexit) ? `${m.yrexit}-${pad(m.moexit!)}-${pad(m.dayexit!)}` : null;
      if (exit !== null && exit <= '1949-01-01') continue; // ended before the graph's horizon
      const entry = `${m.yrent}-${pad(m.moent!)}-${pad(m.dayent!)}`;
      // A membership's locator names every member phase it holds: "atopid N, member C, phase P; member C, phase Q".
      const mine = (byAlliance.get(`ATOP_${m.atopid}`) ?? []).filter((e) =>
        new RegExp(`member ${m.member}, phase ${m.phase}(;|$)`).test(e.locator as string),
      );
      if (mine.length === 0) {
        expect(
          dropped.has(`${m.atopid}|${m.member}`),
          `ATOP ${m.atopid} member ${m.member} phase ${m.phase} from ${entry}: not in the graph, and not explained`,
        ).toBe(true);
        explained.push(`ATOP ${m.atopid}, COW ${m.member} from ${entry}: left out (no state of the graph has that code then)`);
        continue;
      }
      // Some membership of that member covers the phase's first day in the graph: ATOP's entry, or the first day
      // the graph can hold it (the horizon, the state's COW entry), never an earlier day than ATOP's.
      const starts = mine.map((e) => e.since as string).sort();
      const start = [entry, '1949-01-01'].sort()[1]!;
      const covering = mine.find((e) => (e.since as string) <= start && (e.until === null || (e.until as string) > start));
      if (!covering) {
        expect(starts[0]! > entry, `ATOP ${m.atopid} member ${m.member} phase ${m.phase}: graph from ${starts[0]}, ATOP ${entry}`).toBe(
          true,
        );
        explained.push(
          `ATOP ${m.atopid}, COW ${m.member}: ATOP ${entry}, the graph ${starts[0]} (${String(mine[0]!.state)} exists from then)`,
        );
      }
      if (mine.length > 1)
        explained.push(`ATOP ${m.atopid}, COW ${m.member}: split between ${[...new Set(mine.map((e) => e.state))].join(' and ')}`);
    }
    // The listed differences, for a reader of the test's output.
    console.log(`ATOP differences explained (${explained.length}):\n${[...new Set(explained)].join('\n')}`);
    expect(world.atopDropped.length).toBeLessThan(20);
  });

  it('maps COW codes to the state of the day: the Soviet Union before 1991-12-26, Russia after', async () => {
    const rows = await cypherRows(
      "MATCH (s:State)-[m:MEMBER_OF]->(b:Bloc) WHERE b.code STARTS WITH 'ATOP_' AND s.id IN ['SUN', 'RUS'] RETURN s.id AS id, min(toString(m.since)) AS first, max(coalesce(toString(m.until), '9999')) AS last",
    );
    const byId = new Map(rows.map((r) => [r.id, r as { first: string; last: string }]));
    expect(byId.get('SUN')!.last <= '1991-12-26').toBe(true);
    expect(byId.get('RUS')!.first >= '1991-12-26').toBe(true);
  });
});
