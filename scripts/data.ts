/**
 * npm run data:check     check the fact tables and that cypher/data is generated from them (part of npm test)
 * npm run data:generate  check, then write the generated scripts of cypher/data
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runData } from '../src/data/check.js';

const mode = process.argv[2] === 'generate' ? 'generate' : 'check';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { problems, stale, written } = runData(root, mode);
for (const p of problems) console.error(`${p.file}:${p.line}: ${p.message}`);
if (problems.length) {
  console.error(`data:${mode}: ${problems.length} problem(s); nothing ${mode === 'generate' ? 'written' : 'compared'}`);
  process.exit(1);
}
if (stale.length) {
  for (const s of stale) console.error(`cypher/data/${s}: stale, not what the tables generate`);
  console.error('data:check: run `npm run data:generate` and commit the result');
  process.exit(1);
}
console.log(
  mode === 'generate'
    ? `data:generate: ${written.length ? `wrote ${written.join(', ')}` : 'cypher/data already up to date'}`
    : 'data:check: the tables are valid and cypher/data is up to date',
);
