/**
 * The typed data-access layer (src/db/queries.ts) and the files it names agree: every file under cypher/queries is
 * declared exactly once, every declaration has its file, and each declares the parameters its file's `:param`
 * lines name (the examples an analyst runs in Neo4j Browser), no more and no fewer.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.js';
import { QUERIES } from '../../src/db/queries.js';

const dir = path.join(projectRoot, 'cypher', 'queries');
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.cypher'))
  .map((f) => path.basename(f, '.cypher'))
  .sort();
const declared = Object.values(QUERIES);

/** The parameters a file's text uses: `$name` outside comments. */
function parametersUsed(name: string): string[] {
  const text = fs.readFileSync(path.join(dir, `${name}.cypher`), 'utf8');
  const code = text
    .split('\n')
    .filter((line) => !/^\s*(\/\/|:param)/.test(line))
    .join('\n');
  return [...new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!))].sort();
}

/** The parameters its `:param` example lines set. */
function parametersExemplified(name: string): string[] {
  const text = fs.readFileSync(path.join(dir, `${name}.cypher`), 'utf8');
  return [...text.matchAll(/^\s*:param\s+([A-Za-z_][A-Za-z0-9_]*)/gm)].map((m) => m[1]!).sort();
}

describe('named queries', () => {
  it('declares every file once, and names no file that does not exist', () => {
    expect(declared.map((q) => q.name).sort()).toEqual(files);
  });

  it.each(declared.map((q) => [q.name, q] as const))('%s declares the parameters its file uses and exemplifies', (name, query) => {
    expect([...query.parameters].sort()).toEqual(parametersUsed(name));
    expect([...query.parameters].sort()).toEqual(parametersExemplified(name));
  });
});
