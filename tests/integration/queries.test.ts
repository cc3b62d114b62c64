/**
 * Every named query in cypher/queries runs as its file says: the `:param` example lines at the top (evaluated
 * by Neo4j itself, as Browser would) are enough to run the query, and the planner uses indexes, not label scans,
 * where a query starts from an id or a code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.js';
import { parseQueryFile } from '../../src/db/queryFiles.js';
import { cypherRows, testDriver, testNeo4j } from '../support/db.js';

const dir = path.join(projectRoot, 'cypher', 'queries');
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.cypher'))
  .sort();

async function exampleParams(text: string): Promise<Record<string, unknown>> {
  const params: Record<string, unknown> = {};
  for (const match of text.matchAll(/^:param\s+(\w+)\s*=>\s*(.+?);?\s*$/gm)) {
    const [row] = await cypherRows(`RETURN ${match[2]} AS value`);
    params[match[1]!] = row!.value;
  }
  return params;
}

describe.each(files)('cypher/queries/%s', (file) => {
  it('runs with its own :param examples and answers something', async () => {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const params = await exampleParams(text);
    const rows = await cypherRows(parseQueryFile(text), params);
    // An example an analyst pastes should show an answer, not an empty table.
    expect(rows.length, `${file} with its :param examples`).toBeGreaterThan(0);
  });

  it('starts from an index when it looks up ids or codes', async () => {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const cypher = parseQueryFile(text);
    if (!/\{(id|code): (id|code|\$\w+)\}/.test(cypher)) return;
    const { summary } = await testDriver().executeQuery(`EXPLAIN ${cypher}`, await exampleParams(text), { database: testNeo4j().database });
    const operators: string[] = [];
    const walk = (plan: { operatorType: string; children: unknown[] }) => {
      operators.push(plan.operatorType);
      plan.children.forEach((c) => walk(c as typeof plan));
    };
    walk(summary.plan as unknown as { operatorType: string; children: unknown[] });
    expect(
      operators.some((o) => /NodeUniqueIndexSeek|NodeIndexSeek/.test(o)),
      `${file}: ${operators.join(' > ')}`,
    ).toBe(true);
  });
});
