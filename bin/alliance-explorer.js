#!/usr/bin/env node
// The package's command: the compiled CLI (dist/node, made by `npm run build`). Plain Node, no TypeScript at run time.
import fs from 'node:fs';

const entry = new URL('../dist/node/cli/main.js', import.meta.url);
if (!fs.existsSync(entry)) {
  console.error('alliance-explorer is not built: run `npm run build` (npm start does it when needed)');
  process.exit(1);
}
await import(entry.href);
