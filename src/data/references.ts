/**
 * The published data sets the tables build on, copied into data/reference/ (provenance in its README):
 * the Correlates of War state system list and SIPRI's military expenditure 1949–2018.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

/** One period of a state in the COW state system: first and last day (COW's end day is inclusive). */
export interface CowPeriod {
  ccode: number;
  abb: string;
  name: string;
  start: string;
  end: string;
}

const pad = (n: string): string => n.padStart(2, '0');

export function readCow(root: string): CowPeriod[] {
  const text = fs.readFileSync(path.join(root, 'data/reference/cow-states-2016.csv'), 'utf8');
  const rows = parse<Record<string, string>>(text, { columns: true, skip_empty_lines: true });
  return rows.map((r) => ({
    ccode: Number(r.ccode),
    abb: r.stateabb!,
    name: r.statenme!,
    start: `${r.styear}-${pad(r.stmonth!)}-${pad(r.stday!)}`,
    end: `${r.endyear}-${pad(r.endmonth!)}-${pad(r.endday!)}`,
  }));
}

/** COW's list ends on 2016-12-31: a period ending then is still open. */
export const COW_END_OF_DATA = '2016-12-31';

export interface SipriSeries {
  name: string;
  /** Current US$ million by year; years without a figure are absent. */
  usdMn: Map<number, number>;
}

/** SIPRI's file is Windows-1252 encoded; blank cells (or '. .' / 'xxx') are no figure. */
export function readSipri(root: string): SipriSeries[] {
  const bytes = fs.readFileSync(path.join(root, 'data/reference/sipri-milex-1949-2018.csv'));
  // Node without full ICU decodes 'windows-1252' as Latin-1, leaving 0x92 (a right single quote in Windows-1252,
  // as in "Côte d’Ivoire") as the control character U+0092: the only byte of that range the file uses.
  const text = new TextDecoder('windows-1252').decode(bytes).replace(/\u0092/g, '\u2019');
  const [head, ...rows] = parse(text, { columns: false, skip_empty_lines: true, relax_column_count: true });
  const years = head!.slice(1).map(Number);
  return rows.map((r) => {
    const usdMn = new Map<number, number>();
    years.forEach((year, i) => {
      const cell = (r[i + 1] ?? '').trim();
      if (/^\d+(\.\d+)?$/.test(cell)) usdMn.set(year, Number(cell));
    });
    return { name: r[0]!.trim(), usdMn };
  });
}

/** The day after a day, both YYYY-MM-DD (COW's inclusive end -> our exclusive until). */
export function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
