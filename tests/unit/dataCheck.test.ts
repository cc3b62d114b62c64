/**
 * `npm run data:check` (src/data/): the fact tables are valid and cypher/data is what they generate; and each kind of
 * mistake the check exists for is caught, with the file and line of the row at fault. Every case edits a copy of
 * data/ and cypher/data/ in a temporary folder, never the repository's own.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.js';
import { runData } from '../../src/data/check.js';
import { buildWorld } from '../../src/data/world.js';

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) fs.rmSync(t, { recursive: true, force: true });
});

/** A copy of the tables and the generated scripts, to break on purpose. */
function copy(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'data-check-'));
  temps.push(root);
  fs.cpSync(path.join(projectRoot, 'data'), path.join(root, 'data'), { recursive: true });
  fs.cpSync(path.join(projectRoot, 'cypher', 'data'), path.join(root, 'cypher', 'data'), { recursive: true });
  return root;
}

/** Replaces the one line of a table that starts with `prefix` (a row's key columns) by `edit(line)`. */
function editRow(root: string, table: string, prefix: string, edit: (line: string) => string): number {
  const file = path.join(root, table);
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const at = lines.findIndex((l) => l.startsWith(prefix));
  expect(at, `a row starting ${prefix} in ${table}`).toBeGreaterThan(0);
  lines[at] = edit(lines[at]!);
  fs.writeFileSync(file, lines.join('\n'));
  return at + 1;
}

const appendRow = (root: string, table: string, row: string): number => {
  const file = path.join(root, table);
  const text = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, `${text.endsWith('\n') ? text : `${text}\n`}${row}\n`);
  return text.trimEnd().split('\n').length + 1;
};

const problemsOf = (root: string) => buildWorld(root).problems.map((p) => `${p.file}:${p.line}: ${p.message}`);

describe('data:check', () => {
  it('passes on the repository: valid tables, and cypher/data generated from them', () => {
    const result = runData(projectRoot, 'check');
    expect(result.problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([]);
    expect(result.stale).toEqual([]);
  });

  it('fails on a state id that does not exist, naming the file and line', () => {
    const root = copy();
    const line = editRow(root, 'data/facts/memberships.csv', 'NATO,POL,MEMBER', (l) => l.replace('NATO,POL,', 'NATO,PLX,'));
    expect(problemsOf(root)).toContain(`data/facts/memberships.csv:${line}: state "PLX" is not a state id`);
  });

  it('fails on two overlapping periods of one state in one bloc', () => {
    const root = copy();
    const line = appendRow(root, 'data/facts/memberships.csv', 'NATO,POL,PARTNER,,,1999-01-01,day,2000-01-01,day,nato:news-84445,,x,');
    expect(problemsOf(root).some((p) => p.startsWith(`data/facts/memberships.csv:${line}: membership overlaps the period on line `))).toBe(
      true,
    );
  });

  it('fails on a membership outside the life of its state (East Germany in NATO after 1990)', () => {
    const root = copy();
    const line = appendRow(root, 'data/facts/memberships.csv', 'NATO,DDR,MEMBER,,,1990-01-01,day,,,nato:news-84445,,x,');
    expect(problemsOf(root)).toContain(`data/facts/memberships.csv:${line}: no until: DDR ends on 1990-10-03, the fact must end by then`);
  });

  it('fails on a membership that starts before its state exists (Slovakia in NATO in 1980)', () => {
    const root = copy();
    const line = appendRow(root, 'data/facts/memberships.csv', 'NATO,SVK,APPLICANT,,,1980-01-01,day,1981-01-01,day,nato:news-84445,,x,');
    expect(problemsOf(root)).toContain(`data/facts/memberships.csv:${line}: since 1980-01-01 is before SVK exists (from 1993-01-01)`);
  });

  it('fails on a citation whose title names neither the state nor the bloc, unless the row says why', () => {
    const root = copy();
    // The audit's C1: an article on Armenia's CSTO freeze cited for another state's membership of another bloc.
    const line = editRow(root, 'data/facts/memberships.csv', 'NATO,POL,MEMBER', (l) =>
      l.replace(/,[^,]+:[^,]+,([^,]*),([^,]*),/, ',seed:001_755de6303d100593,$1,,'),
    );
    const expected = `data/facts/memberships.csv:${line}: source seed:001_755de6303d100593 ("NATO's Uncertain Future") names none of POL, NATO`;
    expect(problemsOf(root).some((p) => p.startsWith(expected))).toBe(false); // the title names NATO: not flagged
    editRow(root, 'data/facts/memberships.csv', 'NATO,POL,MEMBER', (l) => l.replace('NATO,POL,MEMBER', 'EU,POL,MEMBER'));
    expect(
      problemsOf(root).some((p) =>
        p.startsWith(
          `data/facts/memberships.csv:${line}: source seed:001_755de6303d100593 ("NATO's Uncertain Future") names none of POL, EU`,
        ),
      ),
    ).toBe(true);
    editRow(root, 'data/facts/memberships.csv', 'EU,POL,MEMBER', (l) =>
      l.replace(/,seed:001_755de6303d100593,([^,]*),,/, ',seed:001_755de6303d100593,$1,the study says so,'),
    );
    expect(problemsOf(root).some((p) => p.includes('names none of POL, EU'))).toBe(false);
  });

  it('fails on a source that is not in the register, and on a date that is not a day', () => {
    const root = copy();
    const line = editRow(root, 'data/facts/forces.csv', 'POL,USA,', (l) =>
      l.replace(/^POL,USA,[^,]+,/, 'POL,USA,2017-02-30,').replace(/,day,([^,]*),([^,]*),[a-z][^,]*,/, ',day,$1,$2,nowhere:page,'),
    );
    const problems = problemsOf(root);
    expect(problems).toContain(`data/facts/forces.csv:${line}: since "2017-02-30" is not an ISO date YYYY-MM-DD`);
    expect(problems).toContain(`data/facts/forces.csv:${line}: source "nowhere:page" is not in the register (data/sources.csv)`);
  });

  it('fails when a generated script is stale, and generate makes it current again', () => {
    const root = copy();
    fs.appendFileSync(path.join(root, 'cypher/data/030_blocs.cypher'), '// edited by hand\n');
    expect(runData(root, 'check').stale).toEqual(['030_blocs.cypher']);
    expect(runData(root, 'generate').written).toEqual(['030_blocs.cypher']);
    expect(runData(root, 'check').stale).toEqual([]);
  });
});
