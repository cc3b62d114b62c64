/** Direct access to the test Neo4j for integration tests: a real driver, never a mock. */
import { createHash } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { toPlain } from '../../src/db/convert.js';
import { createDriver } from '../../src/db/driver.js';
import type { TestNeo4j } from './neo4jTarget.js';

let driver: Driver | undefined;

export function testNeo4j(): TestNeo4j {
  return inject('neo4j');
}

export function testDriver(): Driver {
  driver ??= createDriver(testNeo4j());
  return driver;
}

export async function closeTestDriver(): Promise<void> {
  await driver?.close();
  driver = undefined;
}

/** Runs a read query and returns plain rows: integers as numbers, dates as 'YYYY-MM-DD' strings. */
export async function cypherRows(query: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const { records } = await testDriver().executeQuery(query, params, { database: testNeo4j().database, routing: neo4j.routing.READ });
  return records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
}

/** A checksum of every node and relationship with their properties: equal before and after = nothing written. */
/** Runs a write in the test database: for tests that set up a state of the graph on purpose, and restore it. */
export async function cypherWrite(query: string, params: Record<string, unknown> = {}): Promise<void> {
  await testDriver().executeQuery(query, params, { database: testNeo4j().database, routing: neo4j.routing.WRITE });
}

export async function graphChecksum(): Promise<string> {
  const nodes = await cypherRows(
    'MATCH (n) WHERE NOT n:LoadState RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props ORDER BY id',
  );
  const rels = await cypherRows(
    'MATCH (a)-[r]->(b) RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS a, elementId(b) AS b, properties(r) AS props ORDER BY id',
  );
  const hash = createHash('sha256');
  for (const row of [...nodes, ...rels])
    hash.update(JSON.stringify(row, Object.keys(row).sort())).update(JSON.stringify(row.props, Object.keys(row.props ?? {}).sort()));
  return `${nodes.length}:${rels.length}:${hash.digest('hex')}`;
}
