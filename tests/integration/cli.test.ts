/** The command line against the test Neo4j: readable output, --json, and exit codes 0 / 2 (bad input) / 1. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.js';
import { testNeo4j } from '../support/db.js';

function cli(...args: string[]) {
  const neo4j = testNeo4j();
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'bin', 'alliance-explorer.js'), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('alliance-explorer CLI', () => {
  it('prints a ranked exposure table', () => {
    const { code, stdout, stderr } = cli('exposure', 'USA', '--limit', '10');
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/Exposure if United States withdraws/);
    expect(stdout).toMatch(/^#\s+ID\s+State\s+Score\s+Level/m);
    expect(stdout).toMatch(/\bPOL\b.*Poland/);
    expect(stdout.trim().split('\n').length).toBe(2 + 2 + 10);
  });

  it('prints JSON with --json, for a past date and a subset of blocs', () => {
    const { code, stdout, stderr } = cli('exposure', 'usa', '--from', 'NATO', '--as-of', '2023-01-01', '--json');
    expect(code, stderr).toBe(0);
    const data = JSON.parse(stdout) as { exposure: { asOf: string; entries: { state: { id: string } }[] } };
    expect(data.exposure.asOf).toBe('2023-01-01');
    expect(data.exposure.entries.map((e) => e.state.id)).toContain('POL');
  });

  it('shows a bloc as of a date', () => {
    const before = cli('bloc', 'NATO', '--as-of', '2022-01-01');
    expect(before.code).toBe(0);
    expect(before.stdout).not.toMatch(/\bFIN\b/);
    expect(cli('bloc', 'nato').stdout).toMatch(/\bFIN\b.*Finland/);
  });

  it('lists blocs and finds paths', () => {
    const blocs = cli('blocs');
    expect(blocs.code).toBe(0);
    expect(blocs.stdout).toMatch(/^NATO\s+North Atlantic Treaty Organization/m);
    const path = cli('path', 'IND', 'RUS');
    expect(path.code).toBe(0);
    expect(path.stdout).toMatch(/1 hop: IND -\[(SCO|BRICS)\]- RUS/);
  });

  it.each([
    [['exposure', 'XYZ'], /XYZ/],
    [['exposure', 'USA', '--as-of', '2023-02-30'], /2023-02-30/],
    [['bloc', 'NOPE'], /NOPE/],
    [['path', 'IND', 'ZZZ'], /ZZZ/],
    [['frobnicate'], /unknown command/],
    [['path', 'IND', 'RUS', '--max-hops', 'x'], /max-hops/],
  ])('exits 2 with the reason on stderr for %j', (args, reason) => {
    const { code, stderr } = cli(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(reason);
  });

  it('has --help on every command, exit 0', () => {
    for (const command of [[], ['exposure'], ['blocs'], ['bloc'], ['path'], ['load'], ['serve'], ['neo4j']]) {
      const { code, stdout } = cli(...command, '--help');
      expect(code, command.join(' ')).toBe(0);
      expect(stdout).toMatch(/Usage: alliance-explorer/);
    }
  });
});
