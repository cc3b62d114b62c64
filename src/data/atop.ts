/**
 * The ATOP 4.01 alliances in effect at some time since 1949-01-01 as blocs (code ATOP_<atopid>) and memberships,
 * from data/reference/atop-4.01/ (provenance in its README), except those that ARE hand-curated blocs
 * (data/facts/atop-matches.csv: NATO is 3180), which are not generated twice.
 *
 * Conventions, all stated in data/README.md:
 * - ATOP's begin and end days become `since` and `until`; a missing day (or month) gives the first certain day
 *   (the month's or the year's last day for a begin, the next month's or year's first day for an end) and the
 *   precision month (or year).
 * - A member is a COW code; it becomes the state of the graph that holds that code on the day (365 is the Soviet
 *   Union until 1991-12-26, then Russia): a period across such a change is split in two, and the part of a period
 *   before the state's COW entry (West Germany in 1954, Japan in 1951) starts on that entry.
 * - Each member phase is one membership; its obligations are recorded on it where they differ from the alliance's.
 * - The alliance's obligations are those of its alliance-level row; with DEFENCE, the defence clause is ATOP's
 *   defence obligation, in effect from the alliance's begin.
 * - Alliances in effect at the end of 2016 stay open unless a confirmed termination (data/facts/atop-terminations.csv)
 *   ends them or one member's part; their notes say their status after 2016 is ATOP's, not confirmed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { nextDay } from './references.js';
import type { BlocRecord, MembershipRecord, StateRecord } from './world.js';

export const ATOP_SOURCE = 'atop:4.01';
export const ATOP_HORIZON = '1949-01-01';

type Csv = Array<Record<string, string>>;

function read(root: string, file: string): Csv {
  return parse<Record<string, string>>(fs.readFileSync(path.join(root, 'data/reference/atop-4.01', file), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  });
}

const OBLIGATION_FLAGS: Array<[string, string]> = [
  ['defense', 'DEFENCE'],
  ['offense', 'OFFENCE'],
  ['neutral', 'NEUTRALITY'],
  ['nonagg', 'NONAGGRESSION'],
  ['consul', 'CONSULTATION'],
];
const obligationsOf = (r: Record<string, string>): string[] =>
  OBLIGATION_FLAGS.filter(([flag]) => Number(r[flag]) >= 1).map(([, word]) => word);

const pad = (n: number): string => String(n).padStart(2, '0');
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** ATOP's y/m/d as the first day a begin is certain, with its precision. */
function beginOf(y: string, m: string, d: string): { date: string; precision: string } {
  const [Y, M, D] = [Number(y), Number(m), Number(d)];
  if (M >= 1 && D >= 1) return { date: `${Y}-${pad(M)}-${pad(D)}`, precision: 'day' };
  if (M >= 1) return { date: `${Y}-${pad(M)}-${pad(lastDay(Y, M))}`, precision: 'month' };
  return { date: `${Y}-12-31`, precision: 'year' };
}

/** ATOP's y/m/d as the first day an end certainly holds, with its precision; null when still in effect (0). */
function endOf(y: string, m: string, d: string): { date: string; precision: string } | null {
  const [Y, M, D] = [Number(y), Number(m), Number(d)];
  if (!Y) return null;
  if (M >= 1 && D >= 1) return { date: `${Y}-${pad(M)}-${pad(D)}`, precision: 'day' };
  if (M >= 1) return { date: nextDay(`${Y}-${pad(M)}-${pad(lastDay(Y, M))}`), precision: 'month' };
  return { date: `${Y + 1}-01-01`, precision: 'year' };
}

export interface AtopTables {
  names: Map<number, { name: string; source: string; locator: string | null; note: string | null }>;
  matches: Map<number, string>;
  terminations: Array<{
    atopid: number;
    member: string | null;
    until: string;
    untilPrecision: string;
    source: string;
    locator: string | null;
    note: string | null;
  }>;
}

/** A member phase the graph cannot hold: no state of the graph has its COW code on its days. */
export interface AtopDropped {
  atopid: number;
  ccode: number;
  since: string;
  until: string | null;
  reason: string;
}

export interface AtopWorld {
  blocs: BlocRecord[];
  memberships: MembershipRecord[];
  dropped: AtopDropped[];
  /** The ATOP alliances in effect at some time since 1949 (generated or matched). */
  inScope: number[];
}

export function buildAtop(root: string, states: StateRecord[], tables: AtopTables): AtopWorld {
  const alliances = read(root, 'atop-alliance-level.csv');
  const members = read(root, 'atop-member-level.csv');
  const byCode = new Map<number, StateRecord[]>();
  for (const s of states) for (const c of s.cow) byCode.set(c, [...(byCode.get(c) ?? []), s]);
  for (const list of byCode.values()) list.sort((a, b) => (a.since ?? '').localeCompare(b.since ?? ''));
  const stateName = new Map(states.map((s) => [s.id, s.name]));

  const inScope = alliances.filter((a) => a.ineffect === '1' || Number(a.endyr) >= 1949);
  const blocs: BlocRecord[] = [];
  const memberships: MembershipRecord[] = [];
  const dropped: AtopDropped[] = [];

  for (const a of inScope) {
    const atopid = Number(a.atopid);
    if (tables.matches.has(atopid)) continue;
    const code = `ATOP_${atopid}`;
    const begin = beginOf(a.begyr!, a.begmo!, a.begday!);
    let end = a.ineffect === '1' ? null : endOf(a.endyr!, a.endmo!, a.endday!);
    const whole = tables.terminations.find((t) => t.atopid === atopid && t.member === null);
    if (whole) end = { date: whole.until, precision: whole.untilPrecision };
    const obligations = obligationsOf(a);
    // Two member codes: a bilateral treaty (ATOP's own `bilat` flag codes something else: 638 of 745 have it).
    const bilateral = Array.from({ length: 59 }, (_, i) => a[`mem${i + 1}`]).filter((c) => c && c !== '0').length === 2;

    // Members: each phase, mapped to the graph's states by date.
    const parts: MembershipRecord[] = [];
    for (const m of members.filter((r) => r.atopid === a.atopid)) {
      const ccode = Number(m.member);
      const since = beginOf(m.yrent!, m.moent!, m.dayent!);
      let until = endOf(m.yrexit!, m.moexit!, m.dayexit!);
      if (!until && end) until = end;
      const own = tables.terminations.find(
        (t) => t.atopid === atopid && t.member !== null && (byCode.get(ccode) ?? []).some((s) => s.id === t.member),
      );
      if (own && (!until || own.until < until.date)) until = { date: own.until, precision: own.untilPrecision };
      if (until && until.date <= ATOP_HORIZON) continue;
      const memberObligations = obligationsOf(m);
      const differs = memberObligations.join(';') !== obligations.join(';');
      const holders = (byCode.get(ccode) ?? []).filter(
        (s) => (s.since === null || until === null || s.since < until.date) && (s.until === null || s.until > since.date),
      );
      if (holders.length === 0) {
        dropped.push({
          atopid,
          ccode,
          since: since.date,
          until: until?.date ?? null,
          reason: byCode.has(ccode) ? 'outside the lifetimes of the states with this COW code' : 'no state of the graph has this COW code',
        });
        continue;
      }
      for (const s of holders) {
        // The part of the phase inside the state's life (and inside the graph's horizon).
        const start = [since.date, s.since ?? since.date, ATOP_HORIZON].sort().at(-1)!;
        const stop = [until?.date, s.until ?? undefined].filter((d): d is string => !!d).sort()[0] ?? null;
        if (stop !== null && stop <= start) continue;
        parts.push({
          bloc: code,
          state: s.id,
          status: 'MEMBER',
          role: null,
          obligations: differs ? memberObligations : null,
          since: start,
          sincePrecision: start === since.date ? since.precision : 'day',
          until: stop,
          untilPrecision: stop === null ? null : stop === until?.date ? until.precision : 'day',
          source: ATOP_SOURCE,
          locator: `atopid ${atopid}, member ${ccode}, phase ${m.phase}`,
          note:
            [
              start !== since.date
                ? `ATOP dates this from ${since.date}; the graph's ${s.id} ${s.since && s.since > since.date ? `exists from ${s.since}` : "starts at the graph's horizon"}.`
                : null,
              stop !== null && stop !== (until?.date ?? null)
                ? `The membership of COW code ${ccode} continues as ${holders.at(-1)!.id}.`
                : null,
              own && stop === own.until
                ? `Ends ${own.until} after ATOP's last year (source: ${own.source}${own.locator ? `, ${own.locator}` : ''}${own.note ? `: ${own.note}` : ''}).`
                : null,
            ]
              .filter(Boolean)
              .join(' ') || null,
        });
      }
    }
    // One state's phases that overlap (ATOP codes a treaty with Czechoslovakia as two parallel phases, one per
    // successor) or follow each other with the same obligations are one membership: the union of the periods, the
    // union of the obligations, every phase in the locator.
    parts.sort((x, y) => x.state.localeCompare(y.state) || (x.since ?? '').localeCompare(y.since ?? ''));
    const merged: MembershipRecord[] = [];
    const later = (x: string | null, y: string | null): string | null => (x === null || y === null ? null : x > y ? x : y);
    for (const p of parts) {
      const last = merged.at(-1);
      const overlaps = last && last.state === p.state && (last.until === null || p.since! < last.until);
      const continues =
        last && last.state === p.state && last.until === p.since && (last.obligations ?? []).join() === (p.obligations ?? []).join();
      if (last && (overlaps || continues) && last.source === p.source) {
        const until = later(last.until, p.until);
        last.untilPrecision = until === p.until ? p.untilPrecision : last.untilPrecision;
        last.until = until;
        if (overlaps && (last.obligations || p.obligations)) {
          last.obligations = OBLIGATION_FLAGS.map(([, w]) => w).filter(
            (w) => (last.obligations ?? obligations).includes(w) || (p.obligations ?? obligations).includes(w),
          );
          if (last.obligations.join(';') === obligations.join(';')) last.obligations = null;
        }
        last.locator = `${last.locator}; ${(p.locator ?? '').replace(/^atopid \d+, /, '')}`;
        continue;
      }
      merged.push({ ...p });
    }
    if (merged.length === 0) continue;
    const founded = begin.date;
    const ids = [...new Set(merged.map((m) => m.state))];
    const named = tables.names.get(atopid);
    const label = `${
      ids.length === 2
        ? ids.map((i) => stateName.get(i) ?? i).join('–')
        : `${ids
            .slice(0, 3)
            .map((i) => stateName.get(i) ?? i)
            .join(', ')}${ids.length > 3 ? ` and ${ids.length - 3} more` : ''}`
    } ${bilateral ? 'treaty' : 'alliance'} of ${begin.date.slice(0, 4)} (ATOP ${atopid})`;
    const defence = obligations.includes('DEFENCE');
    blocs.push({
      code,
      name: named?.name ?? label,
      kind: kindOf(obligations, bilateral),
      aliases: named ? [label] : [],
      signed: null,
      signedPrecision: null,
      founded,
      foundedPrecision: begin.precision,
      dissolved: end?.date ?? null,
      dissolvedPrecision: end?.precision ?? null,
      obligations,
      defenceClause: defence ? 'ATOP: defence obligation' : null,
      defenceSince: defence ? founded : null,
      defenceSincePrecision: defence ? 'day' : null,
      source: named?.source ?? ATOP_SOURCE,
      locator: named?.locator ?? `atopid ${atopid}`,
      note:
        [
          named ? null : "Label built from its members and year: the treaty's name is not confirmed here.",
          a.ineffect === '1' && !whole
            ? "In effect at the end of 2016 in ATOP (its last year): its status since is ATOP's, not confirmed."
            : null,
          whole
            ? `Ended ${whole.until}, after ATOP's last year (source: ${whole.source}${whole.locator ? `, ${whole.locator}` : ''}${whole.note ? `: ${whole.note}` : ''}).`
            : null,
          begin.date < ATOP_HORIZON ? `Its memberships are recorded from ${ATOP_HORIZON}, the graph's horizon.` : null,
          named?.note ?? null,
        ]
          .filter(Boolean)
          .join(' ') || null,
    });
    memberships.push(...merged);
  }
  return { blocs, memberships, dropped, inScope: inScope.map((a) => Number(a.atopid)) };
}

function kindOf(obligations: string[], bilateral: boolean): string {
  if (obligations.includes('DEFENCE') || obligations.includes('OFFENCE')) return bilateral ? 'DEFENCE_TREATY' : 'MILITARY_ALLIANCE';
  if (obligations.includes('NEUTRALITY') || obligations.includes('NONAGGRESSION')) return 'NONAGGRESSION_PACT';
  return 'CONSULTATION_PACT';
}
