/**
 * The README's "Build your own dashboard" examples run as written: the JavaScript one (graphql-request, a maintained
 * client library) in Node and the Python one (standard library) in python3, each against a test server, with only
 * the address changed. Both are taken from the README itself, so the README cannot drift from what works.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.js';
import { runProcess as run } from '../support/process.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({});
});
afterAll(async () => {
  await server.close();
});

const readme = fs.readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Build your own dashboard'), readme.indexOf('## Exposure: how it is scored'));
const example = (language: string): string => {
  const match = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(section);
  expect(match, `a ${language} example in the README's "Build your own dashboard"`).not.toBeNull();
  return match![1]!.replaceAll('http://localhost:4000', server.url);
};

describe("the README's client examples", () => {
  it('JavaScript with graphql-request: NATO on the day Poland joined', async () => {
    // In the project folder, so that `graphql-request` resolves from its node_modules as in a user's project.
    const file = path.join(projectRoot, 'test-results', 'readme-example.mjs');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, example('js'));
    const { code, stdout, stderr } = await run(process.execPath, [file]);
    expect(code, stderr).toBe(0);
    expect(stdout.trim()).toBe('North Atlantic Treaty Organization on 1999-03-12: 19 members');
  });

  it('Python with the standard library: the five states most exposed if the US withdraws', async () => {
    const { code, stdout, stderr } = await run('python3', ['-c', example('python')]);
    expect(code, stderr).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(line).toMatch(/^[A-Z]{3} (CRITICAL|HIGH|MEDIUM|LOW|NONE) \d\.\d+$/);
  });
});
