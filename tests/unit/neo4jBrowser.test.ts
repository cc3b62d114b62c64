/**
 * The "open in Neo4j Browser" links (src/graphql/neo4jBrowser.ts): Neo4j Browser's documented URL form
 * (`?cmd=edit&arg=…`) carrying one `:param name => literal;` line per parameter, then the query. Each link is read
 * back here as Neo4j Browser would (the URL's `arg`, then each literal parsed as Cypher), and must give back the
 * parameters the API ran the query with: strings of every kind, lists, null, numbers, booleans, maps.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_NEO4J_BROWSER_URL, loadConfig } from '../../src/config/config.js';
import { browserEditorText, cypherLiteral, neo4jBrowserUrl, queryNameOf } from '../../src/graphql/neo4jBrowser.js';

/** A reader of the Cypher literals the builder writes: strings (with escapes), numbers, booleans, null, lists, maps. */
function parseCypherLiteral(text: string): unknown {
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at ${i} in ${text}`);
  };
  const space = () => {
    while (text[i] === ' ') i += 1;
  };
  const value = (): unknown => {
    space();
    const c = text[i];
    if (c === "'") return string();
    if (c === '[') {
      i += 1;
      const list: unknown[] = [];
      space();
      if (text[i] === ']') return ((i += 1), list);
      for (;;) {
        list.push(value());
        space();
        if (text[i] === ',') i += 1;
        else if (text[i] === ']') return ((i += 1), list);
        else fail('expected , or ]');
      }
    }
    if (c === '{') {
      i += 1;
      const map: Record<string, unknown> = {};
      space();
      if (text[i] === '}') return ((i += 1), map);
      for (;;) {
        space();
        let key: string;
        if (text[i] === '`') {
          const end = /^`((?:[^`]|``)*)`/.exec(text.slice(i)) ?? fail('bad quoted name');
          key = end[1]!.replace(/``/g, '`');
          i += end[0].length;
        } else {
          const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i)) ?? fail('expected a name');
          key = name[0];
          i += key.length;
        }
        space();
        if (text[i] !== ':') fail('expected :');
        i += 1;
        // As an own property: an assignment to `__proto__` would set the prototype (fast-check generates that key).
        Object.defineProperty(map, key, { value: value(), enumerable: true, writable: true, configurable: true });
        space();
        if (text[i] === ',') i += 1;
        else if (text[i] === '}') return ((i += 1), map);
        else fail('expected , or }');
      }
    }
    for (const [word, result] of [
      ['null', null],
      ['true', true],
      ['false', false],
    ] as const) {
      if (text.startsWith(word, i)) return ((i += word.length), result);
    }
    const number = /^-?\d+(\.\d+)?(e-?\d+)?/.exec(text.slice(i)) ?? fail('expected a value');
    i += number[0].length;
    return Number(number[0]);
  };
  const string = (): string => {
    i += 1;
    let out = '';
    const escapes: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
    while (text[i] !== "'") {
      if (i >= text.length) fail('unterminated string');
      if (text[i] === '\\') {
        const e = text[i + 1]!;
        if (e === 'u') {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          out += escapes[e] ?? fail(`unknown escape \\${e}`);
          i += 2;
        }
      } else {
        // One UTF-16 unit at a time: a pair is copied whole, as it was written.
        out += text[i];
        i += 1;
      }
    }
    i += 1;
    return out;
  };
  const result = value();
  space();
  if (i !== text.length) fail('trailing text');
  return result;
}

/** What Neo4j Browser finds in a link: the editor's text, then the parameters of its `:param` lines and the query. */
function readLink(url: string): { base: string; params: Record<string, unknown>; query: string } {
  const parsed = new URL(url);
  expect(parsed.searchParams.get('cmd')).toBe('edit');
  const text = parsed.searchParams.get('arg')!;
  // The documented decoding (decodeURIComponent) and URLSearchParams's agree: spaces travel as %20, never `+`.
  expect(decodeURIComponent(/[?&]arg=([^&]*)/.exec(url)![1]!)).toBe(text);
  const params: Record<string, unknown> = {};
  const lines = text.split('\n');
  let n = 0;
  for (; n < lines.length && lines[n]!.startsWith(':param '); n += 1) {
    const match = /^:param ([A-Za-z_][A-Za-z0-9_]*|`(?:[^`]|``)*`) => (.*);$/.exec(lines[n]!);
    expect(match, lines[n]).not.toBeNull();
    const name = match![1]!.startsWith('`') ? match![1]!.slice(1, -1).replace(/``/g, '`') : match![1]!;
    params[name] = parseCypherLiteral(match![2]!);
  }
  return { base: `${parsed.origin}${parsed.pathname}`, params, query: lines.slice(n).join('\n').trim() };
}

const QUERY = 'MATCH (b:Bloc {code: $code})\nWHERE $asOf IS NOT NULL\nRETURN b';

describe('Neo4j Browser links', () => {
  it('carry the parameters as :param lines and the query, in the documented cmd=edit form', () => {
    const params = { code: 'NATO', asOf: '2022-01-01', statuses: null, lean: false, ids: ['POL', 'JPN'], maxHops: 3 };
    const url = neo4jBrowserUrl(DEFAULT_NEO4J_BROWSER_URL, QUERY, params);
    expect(url.startsWith('http://127.0.0.1:7474/browser/?cmd=edit&arg=')).toBe(true);
    expect(url).not.toMatch(/\+|\s/);
    expect(browserEditorText(QUERY, params)).toBe(
      [
        ":param code => 'NATO';",
        ":param asOf => '2022-01-01';",
        ':param statuses => null;',
        ':param lean => false;',
        ":param ids => ['POL', 'JPN'];",
        ':param maxHops => 3;',
        '',
        `${QUERY};`,
      ].join('\n'),
    );
    const read = readLink(url);
    expect(read.base).toBe('http://127.0.0.1:7474/browser/');
    expect(read.params).toEqual(params);
    expect(read.query).toBe(`${QUERY};`);
  });

  it('round-trip awkward strings, lists, null, numbers and maps', () => {
    const params = {
      quote: 'it\'s "quoted" \\ back\\slashed',
      lines: 'one\ntwo\r\nthree\ttab',
      control: '\u0000\u0007\u001f\u007f\u2028',
      unicode: 'Côte d’Ivoire, 日本, 🇵🇱',
      loneSurrogate: 'a\ud800b',
      url: 'a&b=c#d?e+f %20',
      empty: '',
      list: ['a', null, 1, -2.5, true, ['nested']],
      emptyList: [],
      nothing: null,
      integer: 42,
      negative: -7,
      float: 0.1234,
      tiny: 1e-7,
      huge: 1e21,
      map: { plain: 1, 'needs quoting': 'x', 'back`tick': [null] },
    };
    const { params: back, query } = readLink(neo4jBrowserUrl('https://neo4j.example.org/browser/', 'RETURN $quote', params));
    expect(back).toEqual(params);
    expect(query).toBe('RETURN $quote;');
  });

  it('round-trip any JSON parameters (property test)', () => {
    const json = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown); // -0 becomes 0, as JSON sends it
    fc.assert(
      fc.property(fc.dictionary(fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,8}$/), json), (params) => {
        expect(readLink(neo4jBrowserUrl(DEFAULT_NEO4J_BROWSER_URL, QUERY, params)).params).toEqual(params);
      }),
      // Always tried too: a map key `__proto__` (a counterexample fast-check once found in this test's own reader).
      { numRuns: 300, examples: [[JSON.parse('{"A":{"__proto__":""}}') as Record<string, unknown>]] },
    );
  });

  it('write each literal as Cypher does', () => {
    expect(cypherLiteral("O'Neil")).toBe("'O\\'Neil'");
    expect(cypherLiteral(['NATO', 'EU'])).toBe("['NATO', 'EU']");
    expect(cypherLiteral(null)).toBe('null');
    expect(cypherLiteral(undefined)).toBe('null');
    expect(cypherLiteral(3)).toBe('3');
    expect(cypherLiteral(2.5)).toBe('2.5');
    expect(cypherLiteral(1e21)).toBe('1e21');
    expect(cypherLiteral({ a: 1, 'b c': 'd' })).toBe("{a: 1, `b c`: 'd'}");
  });

  it('keep a base that has a query of its own, and drop its fragment', () => {
    expect(neo4jBrowserUrl('http://h/browser/?dbms=neo4j://h:7687', 'RETURN 1', {})).toBe(
      'http://h/browser/?dbms=neo4j://h:7687&cmd=edit&arg=RETURN%201%3B',
    );
    expect(neo4jBrowserUrl('http://h/browser/#x', 'RETURN 1', {})).toBe('http://h/browser/?cmd=edit&arg=RETURN%201%3B');
  });

  it('name the query of a listed file', () => {
    expect(queryNameOf('cypher/queries/bloc-with-members.cypher')).toBe('bloc-with-members');
    expect(queryNameOf('cypher/queries/../x.cypher')).toBeUndefined();
  });
});

describe('NEO4J_BROWSER_URL', () => {
  it('defaults to the local server’s Neo4j Browser', () => {
    expect(loadConfig({}).neo4jBrowserUrl).toBe('http://127.0.0.1:7474/browser/');
    expect(loadConfig({ NEO4J_BROWSER_URL: 'https://neo4j.example.org/browser/' }).neo4jBrowserUrl).toBe(
      'https://neo4j.example.org/browser/',
    );
  });

  it.each(['neo4j.example.org/browser', 'ftp://h/browser/', 'javascript:alert(1)', 'http://h/browser/#x', 'http://h/a b'])(
    'refuses %s with an error naming the variable',
    (value) => {
      expect(() => loadConfig({ NEO4J_BROWSER_URL: value })).toThrowError(ConfigError);
      expect(() => loadConfig({ NEO4J_BROWSER_URL: value })).toThrowError(/^Invalid NEO4J_BROWSER_URL=/);
    },
  );
});
