/**
 * The graph is the cypher/ folder: schema scripts first, then data scripts, each in file-name order.
 * Statements are split on semicolons outside strings and comments, as cypher-shell does, and keep
 * their starting line so an error can point at file:line.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface Statement {
  text: string;
  /** 1-based line of the statement's first character in its file. */
  line: number;
}

export interface CypherScript {
  /** Path relative to the project root, e.g. cypher/data/030_blocs.cypher. */
  file: string;
  phase: 'schema' | 'data';
  statements: Statement[];
  content: string;
}

export function splitStatements(source: string): Statement[] {
  const statements: Statement[] = [];
  let current = '';
  let startLine = 0;
  let line = 1;
  let hasCode = false;
  let quote: string | null = null;
  let comment: 'line' | 'block' | null = null;

  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    const next = source[i + 1];
    if (ch === '\n') line++;

    if (comment === 'line') {
      if (ch === '\n') comment = null;
      current += ch;
      continue;
    }
    if (comment === 'block') {
      if (ch === '*' && next === '/') {
        comment = null;
        current += '*/';
        i++;
        continue;
      }
      current += ch;
      continue;
    }
    if (quote) {
      current += ch;
      if (ch === '\\' && quote !== '`' && next !== undefined) {
        current += next;
        if (next === '\n') line++;
        i++;
      } else if (ch === quote) {
        quote = null;
      }
      continue;
    }
    if (ch === '/' && next === '/') {
      comment = 'line';
      current += ch;
      continue;
    }
    if (ch === '/' && next === '*') {
      comment = 'block';
      current += '/*';
      i++;
      continue;
    }
    if (ch === ';') {
      if (hasCode) statements.push({ text: current.trim(), line: startLine });
      current = '';
      hasCode = false;
      continue;
    }
    if (!hasCode && !/\s/.test(ch)) {
      hasCode = true;
      startLine = line;
    }
    if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    current += ch;
  }
  if (hasCode) statements.push({ text: current.trim(), line: startLine });
  return statements;
}

export function readCypherScripts(projectRoot: string): CypherScript[] {
  const scripts: CypherScript[] = [];
  for (const phase of ['schema', 'data'] as const) {
    const directory = path.join(projectRoot, 'cypher', phase);
    if (!fs.existsSync(directory)) continue;
    for (const name of fs
      .readdirSync(directory)
      .filter((f) => f.endsWith('.cypher'))
      .sort()) {
      const content = fs.readFileSync(path.join(directory, name), 'utf8');
      scripts.push({ file: `cypher/${phase}/${name}`, phase, content, statements: splitStatements(content) });
    }
  }
  return scripts;
}

/** One hash over every script's name and content: the graph is current when its stored hash equals this. */
export function scriptsHash(scripts: CypherScript[]): string {
  const hash = createHash('sha256');
  for (const script of scripts) hash.update(script.file).update('\0').update(script.content).update('\0');
  return hash.digest('hex').slice(0, 16);
}
