/**
 * Links that open a named query in Neo4j Browser with its parameters set, so that a reader can check an answer
 * against the rows it was built from. Neo4j Browser's documented URL form pre-fills its editor:
 * `<browser>?cmd=edit&arg=<text>` (https://neo4j.com/docs/browser-manual/current/operations/browser-url-parameters/).
 * The text is what cypher/queries/NAME.cypher holds: one `:param name => value;` line per parameter, then the query,
 * so that running the editor (multi-statement mode, Browser's default) sets the parameters and runs the query.
 * Pure: the query text comes from the runner (src/db reads the files).
 */

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A name as Cypher writes it: bare when it is an identifier, else in backticks (a backtick doubled). */
function cypherName(name: string): string {
  return IDENTIFIER.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/** A string literal in single quotes; quotes, backslashes and control characters escaped (one line whatever it holds). */
function cypherString(text: string): string {
  let quoted = "'";
  for (const c of text) {
    const code = c.codePointAt(0)!;
    // Control characters, line separators and lone surrogates (which no URL can carry) as \uXXXX.
    const control = code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029 || (code >= 0xd800 && code <= 0xdfff);
    quoted += ESCAPES[c] ?? (control ? `\\u${code.toString(16).padStart(4, '0')}` : c);
  }
  return `${quoted}'`;
}

/** A JSON value (what the API passes to its named queries) as a Cypher literal: strings, numbers, booleans, null, lists, maps. */
export function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'null';
    // 1e+21 is JavaScript's spelling; Cypher's is 1e21 (its exponent takes a minus sign, not a plus).
    return String(value).replace('e+', 'e');
  }
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  if (typeof value === 'object')
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${cypherName(k)}: ${cypherLiteral(v)}`)
      .join(', ')}}`;
  return 'null';
}

/** The editor's text: a `:param` line per parameter, a blank line, then the query with a closing semicolon. */
export function browserEditorText(query: string, params: Readonly<Record<string, unknown>>): string {
  const lines = Object.entries(params).map(([name, value]) => `:param ${cypherName(name)} => ${cypherLiteral(value)};`);
  const body = `${query.trim().replace(/;\s*$/, '')};`;
  return lines.length > 0 ? `${lines.join('\n')}\n\n${body}` : body;
}

/** `baseUrl` (Neo4j Browser, e.g. http://127.0.0.1:7474/browser/) opening its editor on the query with its parameters. */
export function neo4jBrowserUrl(baseUrl: string, query: string, params: Readonly<Record<string, unknown>>): string {
  const [withoutHash = ''] = baseUrl.split('#');
  const separator = withoutHash.includes('?') ? (/[?&]$/.test(withoutHash) ? '' : '&') : '?';
  // encodeURIComponent, not URLSearchParams: a space must arrive as %20 (a `+` is a `+` to a plain decodeURIComponent).
  return `${withoutHash}${separator}cmd=edit&arg=${encodeURIComponent(browserEditorText(query, params))}`;
}

/** The query file's name in a `cypher/queries/NAME.cypher` path, as the runner lists what a request ran. */
export function queryNameOf(file: string): string | undefined {
  return /^cypher\/queries\/([A-Za-z0-9_-]+)\.cypher$/.exec(file)?.[1];
}
