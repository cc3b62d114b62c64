#!/usr/bin/env node
/**
 * `npm run build`: compiles what the product serves into dist/ —
 *   src/           -> dist/node        (tsc -p tsconfig.build.json: the API, the CLI)
 *   web/playground -> dist/playground  (vite)
 *   web/dashboard  -> dist/dashboard   (vite)
 * Each output records a hash of its sources (dist/<target>/.source-hash); with --if-stale only the targets whose
 * sources changed are rebuilt, so `npm start`, `npm test` and the bench can call it every time for nothing.
 * Plain JavaScript on purpose: it runs before anything of ours is compiled, and without tsx.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const onlyStale = process.argv.includes('--if-stale');

/** The build targets: where their sources are, what else they depend on, and the command that builds them. */
const TARGETS = [
  {
    name: 'server',
    out: 'dist/node',
    sources: ['src'],
    inputs: ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'],
    command: [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
  },
  ...['playground', 'dashboard'].map((app) => ({
    name: app,
    out: `dist/${app}`,
    sources: [`web/${app}`],
    inputs: ['package-lock.json'],
    command: [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', `web/${app}/vite.config.ts`],
  })),
];

function sourceHash(target) {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(path.relative(root, full)).update(fs.readFileSync(full));
    }
  };
  for (const dir of target.sources) walk(path.join(root, dir));
  for (const file of target.inputs) hash.update(file).update(fs.readFileSync(path.join(root, file)));
  return hash.digest('hex').slice(0, 16);
}

function run(command) {
  return new Promise((resolve, reject) => {
    // Always a production build: under vitest NODE_ENV=test would bundle React's development build, and the stamp
    // would then let `npm start` serve it.
    const child = spawn(process.execPath, command, { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code));
  });
}

for (const target of TARGETS) {
  const stamp = path.join(root, target.out, '.source-hash');
  const wanted = sourceHash(target);
  if (onlyStale && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === wanted) continue;
  const started = Date.now();
  console.log(`Building the ${target.name} (${target.sources.join(', ')} -> ${target.out})…`);
  // A clean output: files of a deleted source must not linger in dist/.
  fs.rmSync(path.join(root, target.out), { recursive: true, force: true });
  const status = await run(target.command);
  if (status !== 0) {
    console.error(`Building the ${target.name} failed; see the output above`);
    process.exit(1);
  }
  fs.writeFileSync(stamp, wanted);
  console.log(`Built the ${target.name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
