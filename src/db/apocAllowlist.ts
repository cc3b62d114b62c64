/**
 * The APOC procedures and functions this project's Neo4j servers load, and the ad hoc `cypher` field may call: one
 * list, used in three places.
 *
 * - The local server writes it as `dbms.security.procedures.allowlist` (src/neo4j-server/localServer.ts), and
 *   `docker-compose.yml` sets the same value as `NEO4J_dbms_security_procedures_allowlist` (a unit test compares
 *   them). Neo4j does not even load an APOC procedure or function the list does not name: for anyone holding the
 *   password, `CALL apoc.load.json(...)` is an unknown procedure. (The list filters plugins only: Neo4j's built-in
 *   procedures, `db.labels` and the rest, are always there.)
 * - The ad hoc policy (adHocPolicy.ts) allows a procedure call of the plan only if it matches, and refuses any
 *   `apoc.*` function outside it (for a server named by NEO4J_URI, which may load all of APOC).
 *
 * What is left out, on purpose: everything that reaches files or URLs (apoc.load.*, apoc.import.*, apoc.export.*,
 * apoc.log.*, apoc.spatial.geocode*, apoc.xml.*), writes (apoc.create.*, apoc.merge.*, apoc.refactor.*,
 * apoc.atomic.*, apoc.nodes.delete/link/collapse, apoc.convert.setJsonProperty, apoc.graph.fromDocument), runs Cypher
 * of its own, in new transactions or in the background, where no plan of ours sees it (apoc.cypher.*, apoc.do.*,
 * apoc.when, apoc.case, apoc.periodic.*, apoc.trigger.*), takes locks or stalls (apoc.lock.*, apoc.util.sleep,
 * apoc.warmup.run), or changes the schema (apoc.schema.assert). Also left out: the namespaces that Neo4j sandboxes
 * unless `dbms.security.procedures.unrestricted` names them (apoc.meta.*, apoc.node.*, apoc.nodes.*, apoc.any.*,
 * apoc.rel.*, apoc.schema.*, apoc.stats.*: they reach the kernel's internals). No APOC name is unrestricted here.
 *
 * Patterns are Neo4j's: `*` matches any characters (dots included), anything else matches itself. Each entry says
 * why it is safe and carries an example the integration tests run through the ad hoc field.
 */

export interface AllowlistEntry {
  /** A name or a glob, exactly as written into `dbms.security.procedures.allowlist`. */
  pattern: string;
  /** Why everything it matches only computes or reads. */
  why: string;
  /** A read-only statement that uses it (tests/integration/apoc.test.ts runs each through the ad hoc field). */
  example: string;
}

export const APOC_ALLOWLIST: readonly AllowlistEntry[] = [
  {
    pattern: 'apoc.version',
    why: 'returns the version string of the APOC library',
    example: 'RETURN apoc.version() AS v',
  },
  {
    pattern: 'apoc.help',
    why: 'lists the loaded APOC procedures and functions with their signatures (only those this list lets in)',
    example: "CALL apoc.help('coll') YIELD name RETURN name LIMIT 1",
  },
  {
    pattern: 'apoc.coll.*',
    why: 'list functions and the procedures split, partition, pairWithOffset, zipToRows, elements: computations on the values given, no graph, file or network access',
    example: 'RETURN apoc.coll.sum([1, 2, 3]) AS v',
  },
  {
    pattern: 'apoc.text.*',
    why: 'string functions (join, replace, fuzzy matching, phonetics, ...) and the procedure phoneticDelta: computations on the values given',
    example: "RETURN apoc.text.join(['a', 'b'], '-') AS v",
  },
  {
    pattern: 'apoc.map.*',
    why: 'map functions on the values given; apoc.map.fromNodes reads nodes of a label in the caller’s (read) transaction',
    example: 'RETURN apoc.map.merge({a: 1}, {b: 2}) AS v',
  },
  {
    pattern: 'apoc.math.*',
    why: 'numeric functions, and the READ-mode procedure apoc.math.regr (a regression over properties of a label)',
    example: 'RETURN apoc.math.sigmoid(0) AS v',
  },
  {
    pattern: 'apoc.number.*',
    why: 'number formatting, parsing, Roman numerals and exact (BigDecimal) arithmetic on the values given',
    example: 'RETURN apoc.number.format(1234567) AS v',
  },
  {
    pattern: 'apoc.date.*',
    why: 'functions that convert, parse and format dates and epochs given (currentTimestamp and systemTimezone read the clock)',
    example: "RETURN apoc.date.format(0, 'ms', 'yyyy-MM-dd') AS v",
  },
  {
    pattern: 'apoc.temporal.*',
    why: 'functions that format temporal values and durations given',
    example: "RETURN apoc.temporal.format(date('2022-02-24'), 'dd MMMM yyyy') AS v",
  },
  {
    pattern: 'apoc.agg.*',
    why: 'aggregation functions (median, percentiles, statistics, first, nth, ...) over the rows of the query itself',
    example: 'UNWIND [1, 2, 3, 4] AS x RETURN apoc.agg.median(x) AS v',
  },
  {
    pattern: 'apoc.convert.from*',
    why: 'JSON text to lists and maps, on the values given',
    example: 'RETURN apoc.convert.fromJsonMap(\'{"a": 1}\') AS v',
  },
  {
    pattern: 'apoc.convert.to*',
    why: 'type conversions and JSON serialisation of the values given, and the procedure toTree (nested maps from the paths given); the write procedure apoc.convert.setJsonProperty matches no pattern',
    example: 'RETURN apoc.convert.toJson([1, 2]) AS v',
  },
  {
    pattern: 'apoc.convert.get*',
    why: 'getJsonProperty and getJsonPropertyMap: read a JSON-encoded property of the node or relationship given',
    example: "MATCH (s:State {id: 'POL'}) RETURN apoc.convert.getJsonProperty(s, 'noSuchProperty') AS v",
  },
  {
    pattern: 'apoc.json.path',
    why: 'evaluates a JSON path on the JSON text given',
    example: 'RETURN apoc.json.path(\'{"a": {"b": 2}}\', \'$.a.b\') AS v',
  },
  {
    pattern: 'apoc.label.exists',
    why: 'whether the node given has a label',
    example: "MATCH (s:State {id: 'POL'}) RETURN apoc.label.exists(s, 'State') AS v",
  },
  {
    pattern: 'apoc.path.*',
    why: 'traversals (expand, expandConfig, subgraphNodes, subgraphAll, spanningTree) that read the graph in the caller’s transaction, and path functions (create, combine, slice, elements) on the paths given',
    example:
      "MATCH (a:State {id: 'POL'}) CALL apoc.path.subgraphNodes(a, {relationshipFilter: 'MEMBER_OF>', maxLevel: 1}) YIELD node RETURN count(node) AS v",
  },
];

/** The value of `dbms.security.procedures.allowlist` (and of `NEO4J_dbms_security_procedures_allowlist`). */
export const APOC_ALLOWLIST_SETTING = APOC_ALLOWLIST.map((e) => e.pattern).join(',');

const matchers = APOC_ALLOWLIST.map((e) => new RegExp(`^${e.pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`));

/** Whether a procedure or function name is one the allowlist lets in (the same globs as Neo4j's). */
export function allowedByApocAllowlist(name: string): boolean {
  return matchers.some((m) => m.test(name));
}
