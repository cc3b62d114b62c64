/**
 * The playground's build is derived from web/playground; build it when missing or older than its sources,
 * so a fresh clone's `npm start` and `npm test` need no extra step.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

function sourceHash(projectRoot: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(path.relative(projectRoot, full)).update(fs.readFileSync(full));
    }
  };
  walk(path.join(projectRoot, 'web', 'playground'));
  hash.update(fs.readFileSync(path.join(projectRoot, 'package-lock.json')));
  return hash.digest('hex').slice(0, 16);
}

export async function ensurePlaygroundBuilt(projectRoot: string, log: (line: string) => void): Promise<void> {
  const stamp = path.join(projectRoot, 'dist', 'playground', '.source-hash');
  const wanted = sourceHash(projectRoot);
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === wanted) return;
  log('Building the playground (web/playground -> dist/playground)…');
  const result = spawnSync('npx', ['vite', 'build', '--config', path.join(projectRoot, 'web', 'playground', 'vite.config.ts')], {
    cwd: projectRoot,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('Building the playground failed; see the output above');
  fs.writeFileSync(stamp, wanted);
}
