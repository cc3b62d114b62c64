/**
 * The web apps' builds (web/playground -> dist/playground, web/dashboard -> dist/dashboard) are derived from
 * their sources: each is built when missing or older than its sources, so a fresh clone's `npm start` and
 * `npm test` need no extra step, and an unchanged app is not rebuilt.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const WEB_APPS = ['playground', 'dashboard'] as const;

function sourceHash(projectRoot: string, app: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(path.relative(projectRoot, full)).update(fs.readFileSync(full));
    }
  };
  walk(path.join(projectRoot, 'web', app));
  hash.update(fs.readFileSync(path.join(projectRoot, 'package-lock.json')));
  return hash.digest('hex').slice(0, 16);
}

export async function ensureWebBuilt(projectRoot: string, log: (line: string) => void): Promise<void> {
  for (const app of WEB_APPS) {
    const config = path.join(projectRoot, 'web', app, 'vite.config.ts');
    if (!fs.existsSync(config)) continue;
    const stamp = path.join(projectRoot, 'dist', app, '.source-hash');
    const wanted = sourceHash(projectRoot, app);
    if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === wanted) continue;
    log(`Building the ${app} (web/${app} -> dist/${app})…`);
    // Always a production build: under vitest NODE_ENV=test would bundle React's development build, and the
    // stamp would then let `npm start` serve it.
    // A child process awaited, not spawnSync: the caller may start Neo4j meanwhile (the tests' global setup does).
    const status = await new Promise<number | null>((resolve, reject) => {
      const child = spawn('npx', ['vite', 'build', '--config', config], { cwd: projectRoot, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
      child.on('error', reject);
      child.on('exit', (code) => resolve(code));
    });
    if (status !== 0) throw new Error(`Building the ${app} failed; see the output above`);
    fs.writeFileSync(stamp, wanted);
  }
}
