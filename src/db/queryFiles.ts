/**
 * The named read queries live in cypher/queries/NAME.cypher so that analysts can paste them into
 * Neo4j Browser unchanged: `:param` example lines at the top (Browser commands, not Cypher), then
 * exactly one query. The API strips the `:param` lines and runs the rest with real parameters.
 */
import fs from 'node:fs';
import path from 'node:path';

export function parseQueryFile(text: string): string {
  const body = text
    .split('\n')
    .filter((line) => !/^\s*:param\b/.test(line))
    .join('\n')
    .trim()
    .replace(/;\s*$/, '');
  if (!body) throw new Error('empty query file');
  return body;
}

export function loadQueryFiles(directory: string): Map<string, string> {
  const queries = new Map<string, string>();
  for (const file of fs
    .readdirSync(directory)
    .filter((f) => f.endsWith('.cypher'))
    .sort()) {
    const name = path.basename(file, '.cypher');
    try {
      queries.set(name, parseQueryFile(fs.readFileSync(path.join(directory, file), 'utf8')));
    } catch (error) {
      throw new Error(`${path.join(directory, file)}: ${(error as Error).message}`, { cause: error });
    }
  }
  return queries;
}
