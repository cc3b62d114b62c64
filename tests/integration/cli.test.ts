/**
 * The command line against the test Neo4j: readable output, --json, and exit codes 0 / 2 (bad input) / 1.
 * Most cases run the CLI in-process (runCli, with its own output streams and environment); what only a real
 * process shows, the exit status the shell sees and the streams it writes, is checked by spawning the command.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { runCli } from '../../src/cli/program.js';
import { projectRoot } from '../../src/config/config.js';
import { testNeo4j } from '../support/db.js';
import { runProcess } from '../support/process.js';

const testEnv = () => {
  const neo4j = testNeo4j();
  return { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database };
};

async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: testEnv() });
  return { code, stdout, stderr };
}

/** The installed command, as a shell runs it. */
const spawned = (...args: string[]) =>
  runProcess(process.execPath, [path.join(projectRoot, 'bin', 'alliance-explorer.js'), ...args], testEnv());

describe('alliance-explorer CLI', () => {
  it('prints a ranked exposure table', async () => {
    const { code, stdout, stderr } = await cli('exposure', 'USA', '--limit', '10');
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/Exposure if United States withdraws/);
    expect(stdout).toMatch(/^#\s+ID\s+State\s+Score\s+Level/m);
    expect(stdout).toMatch(/\bPOL\b.*Poland/);
    expect(stdout.trim().split('\n').length).toBe(2 + 2 + 10);
  });

  it('prints JSON with --json, for a past date and a subset of blocs', async () => {
    const { code, stdout, stderr } = await cli('exposure', 'usa', '--from', 'NATO', '--as-of', '2023-01-01', '--json');
    expect(code, stderr).toBe(0);
    const data = JSON.parse(stdout) as { exposure: { asOf: string; entries: { state: { id: string } }[] } };
    expect(data.exposure.asOf).toBe('2023-01-01');
    expect(data.exposure.entries.map((e) => e.state.id)).toContain('POL');
  });

  it("answers the analysts' questions: a timeline, what changed (as CSV), the network", async () => {
    const timeline = await cli('timeline', 'USA', 'POL', '--since', '1998-01-01', '--until', '2000-01-01');
    expect(timeline.code, timeline.stderr).toBe(0);
    expect(timeline.stdout).toMatch(/^1999-03-12\s+tie changed\s+\d/m);
    expect(timeline.stdout).toMatch(/^1998-01-01\s+0\.00\s+NONE/m);
    const changes = await cli('changes', '--since', '2022-01-01', '--until', '2024-12-31', '--bloc', 'NATO', '--csv');
    expect(changes.code, changes.stderr).toBe(0);
    const rows = parse<Record<string, string>>(changes.stdout, { columns: true });
    expect(rows.filter((r) => r.Change === 'JOINED').map((r) => r.ID)).toEqual(expect.arrayContaining(['FIN', 'SWE']));
    expect(rows.every((r) => r.Bloc === 'NATO' && r.Source !== '')).toBe(true);
    const network = await cli('network', '--limit', '5');
    expect(network.code, network.stderr).toBe(0);
    expect(network.stdout).toMatch(/^The DEFENCE network as of \d{4}-\d{2}-\d{2}: \d+ states, \d+ communities/);
    expect(network.stdout.trim().split('\n').length).toBe(2 + 2 + 5);
    const bad = await cli('changes', '--since', '2024-01-01', '--until', '2022-01-01');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/since/);
  });

  it('shows a bloc as of a date', async () => {
    const before = await cli('bloc', 'NATO', '--as-of', '2022-01-01');
    expect(before.code).toBe(0);
    expect(before.stdout).not.toMatch(/\bFIN\b/);
    expect((await cli('bloc', 'nato')).stdout).toMatch(/\bFIN\b.*Finland/);
  });

  it('lists blocs and finds paths', async () => {
    const blocs = await cli('blocs');
    expect(blocs.code).toBe(0);
    expect(blocs.stdout).toMatch(/^NATO\s+North Atlantic Treaty Organization/m);
    const path = await cli('path', 'IND', 'RUS');
    expect(path.code).toBe(0);
    expect(path.stdout).toMatch(/1 hop: IND -\[(SCO|BRICS)\]- RUS/);
  });

  it('lists the states of a past day and shows a former state with its successors', async () => {
    const states = await cli('states', '--as-of', '1980-01-01', '--region', 'Europe');
    expect(states.code, states.stderr).toBe(0);
    expect(states.stdout).toMatch(/^SUN\s+Soviet Union\s+Europe\s+1922-12-30\s+1991-12-26\s+yes\s+yes/m);
    expect(states.stdout).toMatch(/^DDR\s+East Germany/m);
    expect(states.stdout).not.toMatch(/^(EST|SVK)\s/m);
    const soviet = await cli('state', 'SUN', '--as-of', '1985-01-01');
    expect(soviet.code, soviet.stderr).toBe(0);
    expect(soviet.stdout).toMatch(/Soviet Union \(SUN\): exists 1922-12-30 to 1991-12-26/);
    expect(soviet.stdout).toMatch(/to Russia \(RUS\), continuation, 1991-12-26/);
    expect(soviet.stdout).toMatch(/Nuclear-armed: yes · permanent UNSC seat: yes/);
    const poland = await cli('state', 'POL', '--as-of', '1990-06-01');
    expect(poland.stdout).toMatch(/Military expenditure: \$[\d.]+bn in 1990 \(sipri:milex-1949-2018 \(Poland, 1990\)\)/);
    expect((await cli('blocs', '--as-of', '2000-01-01')).stdout).toMatch(/^EU\s+European Union.*\bno$/m);
  });

  it.each([
    [['exposure', 'XYZ'], /XYZ/],
    [['exposure', 'USA', '--as-of', '2023-02-30'], /2023-02-30/],
    [['bloc', 'NOPE'], /NOPE/],
    [['state', 'NOPE'], /NOPE/],
    [['path', 'IND', 'ZZZ'], /ZZZ/],
    [['frobnicate'], /unknown command/],
    [['path', 'IND', 'RUS', '--max-hops', 'x'], /max-hops/],
  ])('exits 2 with the reason on stderr for %j', async (args, reason) => {
    const { code, stderr } = await cli(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(reason);
  });

  it('has --help on every command, exit 0', async () => {
    for (const command of [[], ['exposure'], ['blocs'], ['bloc'], ['states'], ['state'], ['path'], ['load'], ['serve'], ['neo4j']]) {
      const { code, stdout } = await cli(...command, '--help');
      expect(code, command.join(' ')).toBe(0);
      expect(stdout).toMatch(/Usage: alliance-explorer/);
    }
  });

  it('as a process: the table on stdout and exit 0; bad input on stderr and exit 2', async () => {
    const [ok, bad] = await Promise.all([spawned('blocs'), spawned('exposure', 'XYZ')]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/^NATO\s+North Atlantic Treaty Organization/m);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/error: .*XYZ/);
  }, 60_000);
});
