/**
 * What the ad hoc `cypher` field may run, decided from Neo4j's own plan of the statement (EXPLAIN: nothing runs),
 * never from its text: a regex sees `LOAD CSV` but not `LOAD/**\/CSV`, the planner sees LoadCSV either way.
 *
 * Allowed: read-only statements (query type "r") whose plan has no operator that reaches outside the graph or
 * administers the server. Refused: LOAD CSV (files and URLs fetched by the database), SHOW / TERMINATE and other
 * administration commands (other clients' transactions, settings, users), procedure calls other than the
 * read-only schema procedures below and the APOC allowlist (apocAllowlist.ts), `apoc.*` functions outside that
 * list, and batched subqueries.
 */
import type { ResultSummary } from 'neo4j-driver';
import { APOC_ALLOWLIST, allowedByApocAllowlist } from './apocAllowlist.js';

/** Built-in procedures an analyst may call: they describe the graph's schema and nothing else. */
export const ALLOWED_PROCEDURES = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
]);

/** Whether the ad hoc field may call this procedure. */
export function procedureAllowed(name: string): boolean {
  return ALLOWED_PROCEDURES.has(name) || (name.startsWith('apoc.') && allowedByApocAllowlist(name));
}

const allowedList = (): string => [...ALLOWED_PROCEDURES, ...APOC_ALLOWLIST.map((e) => e.pattern)].join(', ');

/** Plan operators that reach outside the graph, administer the server, or batch writes. */
const REFUSED_OPERATORS =
  /^(LoadCSV|Show|Terminate|Create|Drop|Alter|Grant|Deny|Revoke|Rename|Start|Stop|Enable|Deallocate|Reallocate|Dry|Wait|TransactionApply|TransactionForeach|AssertAllowed|AssertNot|CheckFrozen)/;

/**
 * Calls of APOC functions in an operator's details (`apoc.coll.sum(xs) AS s`). The planner writes literals as
 * parameters ($autostring_0), so a name inside a string literal does not show here.
 */
const APOC_FUNCTION_CALL = /(?<![\w.`])(apoc(?:\.\w+)+)\s*\(/g;

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/** The reason a statement is refused, or null when the plan is allowed. */
export function refusalOf(summary: Pick<ResultSummary, 'queryType' | 'plan'>): string | null {
  if (summary.queryType !== 'r') return `only read-only queries are allowed (this one is of type "${summary.queryType}")`;
  const plan = summary.plan as unknown as PlanNode | false;
  if (!plan) return 'the database returned no plan for the query';
  const stack: PlanNode[] = [plan];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const operator = node.operatorType.split('@')[0]!;
    if (operator === 'LoadCSV') return 'LOAD CSV is not allowed through the API';
    if (REFUSED_OPERATORS.test(operator)) return `administration and batching commands are not allowed through the API (${operator})`;
    const given: unknown = node.arguments?.Details;
    const details = typeof given === 'string' ? given : '';
    if (operator === 'ProcedureCall') {
      const name = /^([\w.]+)\(/.exec(details)?.[1];
      if (!name || !procedureAllowed(name))
        return `procedure ${name ?? '(unknown)'} is not allowed through the API; allowed: ${allowedList()}`;
    }
    // Functions of a server that loads all of APOC (one named by NEO4J_URI): this project's servers load only the list.
    // (A ProcedureCall's own name passed the check above: an allowed APOC procedure matches the same list.)
    for (const [, name] of details.matchAll(APOC_FUNCTION_CALL)) {
      if (!allowedByApocAllowlist(name!)) return `function ${name} is not allowed through the API; allowed: ${allowedList()}`;
    }
    stack.push(...(node.children ?? []));
  }
  return null;
}

/**
 * A clearer reason for a statement Neo4j refused to plan because it names an APOC procedure or function that the
 * server does not load (this project's servers load only the allowlist), or null for any other refusal.
 * `code` is Neo4j's error code; the name is read from its message, which quotes it.
 */
export function refusalOfMissing(code: string, message: string): string | null {
  const name =
    code === 'Neo.ClientError.Procedure.ProcedureNotFound'
      ? /procedure with the name `([\w.]+)`/.exec(message)?.[1]
      : code === 'Neo.ClientError.Statement.SyntaxError'
        ? /Unknown function '([\w.]+)'/.exec(message)?.[1]
        : undefined;
  if (!name?.startsWith('apoc.')) return null;
  const kind = code === 'Neo.ClientError.Procedure.ProcedureNotFound' ? 'procedure' : 'function';
  // On the list but not there: a server of someone else's (NEO4J_URI) without APOC.
  if (allowedByApocAllowlist(name)) return `${kind} ${name} is not installed on this database (it has no APOC, or not this part of it)`;
  return `${kind} ${name} is not allowed through the API (the database loads only the APOC procedures and functions that compute or read); allowed: ${allowedList()}`;
}
