import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.js';
import { parseQueryFile, loadQueryFiles } from '../../src/db/queryFiles.js';
import { readCypherScripts, scriptsHash, splitStatements } from '../../src/loader/cypherScripts.js';

describe('splitStatements', () => {
  it("splits on semicolons and keeps each statement's first line", () => {
    const statements = splitStatements('// header\nRETURN 1;\n\nMATCH (n)\nRETURN n;\n');
    expect(statements).toEqual([
      { text: '// header\nRETURN 1', line: 2 },
      { text: 'MATCH (n)\nRETURN n', line: 4 },
    ]);
  });

  it('ignores semicolons inside strings and comments', () => {
    const statements = splitStatements('RETURN \'a;b\' AS x, "c;d" AS y; // tail; comment\n/* block; */ RETURN `we;ird`;');
    expect(statements.map((s) => s.text)).toEqual(['RETURN \'a;b\' AS x, "c;d" AS y', '// tail; comment\n/* block; */ RETURN `we;ird`']);
  });

  it('keeps URLs inside strings intact', () => {
    expect(splitStatements("SET x.source = 'https://www.nato.int/x;y';")[0]!.text).toBe("SET x.source = 'https://www.nato.int/x;y'");
  });

  it('drops comment-only trailers', () => {
    expect(splitStatements('RETURN 1;\n// the end\n')).toHaveLength(1);
  });
});

describe('the cypher folder', () => {
  it('holds schema before data, in file-name order', () => {
    const scripts = readCypherScripts(projectRoot);
    const phases = scripts.map((s) => s.phase);
    expect(phases.indexOf('data')).toBeGreaterThan(phases.lastIndexOf('schema'));
    const dataFiles = scripts.filter((s) => s.phase === 'data').map((s) => s.file);
    expect(dataFiles).toEqual([...dataFiles].sort());
  });

  it('hash changes when a script changes', () => {
    const scripts = readCypherScripts(projectRoot);
    const changed = scripts.map((s, i) => (i === 0 ? { ...s, content: `${s.content}\n` } : s));
    expect(scriptsHash(changed)).not.toBe(scriptsHash(scripts));
  });

  it('every named query file has :param examples for the parameters it uses', () => {
    const dir = path.join(projectRoot, 'cypher', 'queries');
    for (const [name, text] of loadQueryFiles(dir)) {
      const used = new Set([...text.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]));
      const raw = fs.readFileSync(path.join(dir, `${name}.cypher`), 'utf8');
      const declared = new Set([...raw.matchAll(/^:param\s+(\w+)/gm)].map((m) => m[1]));
      expect(
        [...used].filter((p) => !declared.has(p)),
        `${name}.cypher`,
      ).toEqual([]);
    }
  });

  it('strips :param lines and the trailing semicolon from query files', () => {
    expect(parseQueryFile(':param x => 1;\n// why\nRETURN $x;\n')).toBe('// why\nRETURN $x');
  });
});
