/** The APOC allowlist: one list for the local server, docker-compose.yml and the ad hoc policy. */
import fs from 'node:fs';
import path from 'node:path';
import type { ResultSummary } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.js';
import { APOC_ALLOWLIST, APOC_ALLOWLIST_SETTING, allowedByApocAllowlist } from '../../src/db/apocAllowlist.js';
import { procedureAllowed, refusalOf, refusalOfMissing } from '../../src/db/adHocPolicy.js';
import { duplicatedJars } from '../../src/neo4j-server/localServer.js';

/**
 * APOC Core 5.26 names that reach files or URLs, write (in the caller's transaction or in new ones), run Cypher of
 * their own, work in the background, lock, or need the kernel's internals. None may be loaded or called.
 */
const DANGEROUS = [
  'apoc.load.json',
  'apoc.load.jsonParams',
  'apoc.load.jsonArray',
  'apoc.load.xml',
  'apoc.import.csv',
  'apoc.import.json',
  'apoc.import.graphml',
  'apoc.export.csv.all',
  'apoc.export.json.query',
  'apoc.export.cypher.all',
  'apoc.export.arrow.stream.all',
  'apoc.periodic.iterate',
  'apoc.periodic.commit',
  'apoc.periodic.submit',
  'apoc.periodic.repeat',
  'apoc.cypher.run',
  'apoc.cypher.runMany',
  'apoc.cypher.runFirstColumnSingle',
  'apoc.cypher.doIt',
  'apoc.do.when',
  'apoc.when',
  'apoc.case',
  'apoc.trigger.add',
  'apoc.trigger.install',
  'apoc.refactor.mergeNodes',
  'apoc.create.node',
  'apoc.create.setProperty',
  'apoc.merge.node',
  'apoc.atomic.add',
  'apoc.lock.nodes',
  'apoc.lock.read.nodes',
  'apoc.schema.assert',
  'apoc.nodes.delete',
  'apoc.nodes.link',
  'apoc.nodes.collapse',
  'apoc.convert.setJsonProperty',
  'apoc.graph.fromDocument',
  'apoc.log.stream',
  'apoc.spatial.geocode',
  'apoc.util.sleep',
  'apoc.warmup.run',
  'apoc.xml.parse',
  'apoc.meta.stats',
  'apoc.example.movies',
];

describe('APOC allowlist', () => {
  it('is the value docker-compose.yml gives the official image', () => {
    const compose = fs.readFileSync(path.join(projectRoot, 'docker-compose.yml'), 'utf8');
    const value = /^\s*NEO4J_dbms_security_procedures_allowlist:\s*'?([^'\n]+)'?\s*$/m.exec(compose)?.[1];
    expect(value).toBe(APOC_ALLOWLIST_SETTING);
    expect(compose).toMatch(/^\s*NEO4J_PLUGINS:\s*'\["apoc"\]'\s*$/m);
    expect(compose).not.toMatch(/^\s*NEO4J_dbms_security_procedures_unrestricted:/m);
  });

  it('says why each entry is safe, and names no namespace twice', () => {
    for (const entry of APOC_ALLOWLIST) {
      expect(entry.pattern).toMatch(/^apoc\.[\w.*]+$/);
      expect(entry.why.length).toBeGreaterThan(20);
      expect(entry.example).toMatch(/apoc\./);
    }
    expect(new Set(APOC_ALLOWLIST.map((e) => e.pattern)).size).toBe(APOC_ALLOWLIST.length);
  });

  it.each(DANGEROUS)('lets in no procedure or function that reaches out, writes or runs Cypher: %s', (name) => {
    expect(allowedByApocAllowlist(name)).toBe(false);
    expect(procedureAllowed(name)).toBe(false);
  });

  it.each([
    'apoc.version',
    'apoc.coll.sum',
    'apoc.coll.split',
    'apoc.text.join',
    'apoc.convert.toJson',
    'apoc.convert.toTree',
    'apoc.path.subgraphNodes',
    'apoc.path.expandConfig',
    'apoc.agg.median',
  ])('lets in %s', (name) => {
    expect(allowedByApocAllowlist(name)).toBe(true);
  });

  it("matches as Neo4j's globs do: a dot is a dot, `*` stands for the rest", () => {
    expect(allowedByApocAllowlist('apoc.collx.sum')).toBe(false);
    expect(allowedByApocAllowlist('apoc.coll')).toBe(false);
    expect(allowedByApocAllowlist('apocXversion')).toBe(false);
    expect(allowedByApocAllowlist('apoc.version.extra')).toBe(false);
    expect(allowedByApocAllowlist('apoc.coll.nested.name')).toBe(true);
  });
});

const plan = (operatorType: string, details: string, children: unknown[] = []) => ({
  operatorType,
  arguments: { Details: details },
  children,
});
const summaryOf = (root: unknown, queryType = 'r') => ({ queryType, plan: root }) as unknown as Pick<ResultSummary, 'queryType' | 'plan'>;

describe('ad hoc policy and APOC', () => {
  it('allows the listed procedures and functions', () => {
    const root = plan('ProduceResults@neo4j', 'v', [
      plan('Projection@neo4j', 'apoc.coll.sum(value) AS v', [
        plan('ProcedureCall@neo4j', 'apoc.coll.split($autolist_0, $autoint_1) :: (value :: LIST<ANY>)'),
      ]),
    ]);
    expect(refusalOf(summaryOf(root))).toBeNull();
  });

  it('refuses a procedure outside the list, naming it', () => {
    const root = plan('ProduceResults@neo4j', 'value', [plan('ProcedureCall@neo4j', 'apoc.load.json($autostring_0) :: (value :: MAP)')]);
    expect(refusalOf(summaryOf(root))).toMatch(
      /^procedure apoc\.load\.json is not allowed through the API; allowed: db\.labels, .*apoc\.coll\.\*/,
    );
  });

  it('refuses a read-only-looking procedure that writes in transactions of its own (apoc.nodes.delete plans as "r")', () => {
    const root = plan('ProduceResults@neo4j', 'value', [
      plan('ProcedureCall@neo4j', 'apoc.nodes.delete($autolist_0, $autoint_1) :: (value :: INTEGER)'),
    ]);
    expect(refusalOf(summaryOf(root))).toMatch(/procedure apoc\.nodes\.delete is not allowed/);
  });

  it('refuses an APOC function outside the list (a server that loads all of APOC)', () => {
    const root = plan('ProduceResults@neo4j', 'x', [plan('Projection@neo4j', 'apoc.cypher.runFirstColumnSingle($autostring_0, {}) AS x')]);
    expect(refusalOf(summaryOf(root))).toMatch(/^function apoc\.cypher\.runFirstColumnSingle is not allowed/);
    const nested = plan('ProduceResults@neo4j', 'value', [
      plan('ProcedureCall@neo4j', 'apoc.coll.split(apoc.cypher.runFirstColumnMany($autostring_0, {}), $autoint_1) :: (value :: LIST<ANY>)'),
    ]);
    expect(refusalOf(summaryOf(nested))).toMatch(/function apoc\.cypher\.runFirstColumnMany is not allowed/);
  });

  it('does not take a property or variable for an APOC function', () => {
    const root = plan('ProduceResults@neo4j', 'x', [
      plan('Projection@neo4j', 'n.apoc AS x, cache[n.apoc.x] AS y, toUpper(myapoc.name) AS z'),
    ]);
    expect(refusalOf(summaryOf(root))).toBeNull();
  });

  it('says which APOC name the database does not load', () => {
    expect(
      refusalOfMissing(
        'Neo.ClientError.Procedure.ProcedureNotFound',
        'There is no procedure with the name `apoc.load.json` registered for this database instance. Please ensure ...',
      ),
    ).toMatch(/^procedure apoc\.load\.json is not allowed through the API/);
    expect(
      refusalOfMissing(
        'Neo.ClientError.Statement.SyntaxError',
        "Unknown function 'apoc.cypher.runFirstColumnSingle' (line 1, column 8 (offset: 7))",
      ),
    ).toMatch(/^function apoc\.cypher\.runFirstColumnSingle is not allowed through the API/);
    expect(
      refusalOfMissing('Neo.ClientError.Procedure.ProcedureNotFound', 'There is no procedure with the name `my.proc` registered'),
    ).toBeNull();
    expect(refusalOfMissing('Neo.ClientError.Statement.SyntaxError', 'Invalid input')).toBeNull();
    // On the list, yet missing: a server without APOC.
    expect(
      refusalOfMissing('Neo.ClientError.Statement.SyntaxError', "Unknown function 'apoc.coll.sum' (line 1, column 8 (offset: 7))"),
    ).toBe('function apoc.coll.sum is not installed on this database (it has no APOC, or not this part of it)');
  });
});

describe('local server plugins', () => {
  it("flags a plugin jar that duplicates one of the server's, whatever its version", () => {
    const server = ['commons-lang3-3.18.0.jar', 'asm-9.7.1.jar', 'neo4j-kernel-5.26.30.jar', '.resolved'];
    const plugins = ['apoc-core-5.26.19.jar', 'commons-lang3-3.12.0.jar', 'asm-9.3.jar', 'opencsv-5.7.1.jar', '.resolved'];
    expect(duplicatedJars(server, plugins)).toEqual(['commons-lang3-3.12.0.jar', 'asm-9.3.jar']);
    expect(duplicatedJars(server, ['apoc-core-5.26.19.jar', 'json-smart-2.5.0.jar'])).toEqual([]);
  });
});
