/**
 * What the ad hoc `cypher` field may run, decided from Neo4j's own plan of the statement (EXPLAIN: nothing runs),
 * never from its text: a regex sees `LOAD CSV` but not `LOAD/**\/CSV`, the planner sees LoadCSV either way.
 *
 * Allowed: read-only statements (query type "r") whose plan has no operator that reaches outside the graph or
 * administers the server. Refused: LOAD CSV (files and URLs fetched by the database), SHOW / TERMINATE and other
 * administration commands (other clients' transactions, settings, users), procedure calls other than the
 * read-only schema procedures below (db.clearQueryCaches, dbms.*, apoc.*), and batched subqueries.
 */
import type { ResultSummary } from 'neo4j-driver';

/** Procedures an analyst may call: they describe the graph's schema and nothing else. */
export const ALLOWED_PROCEDURES = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
]);

/** Plan operators that reach outside the graph, administer the server, or batch writes. */
const REFUSED_OPERATORS =
  /^(LoadCSV|Show|Terminate|Create|Drop|Alter|Grant|Deny|Revoke|Rename|Start|Stop|Enable|Deallocate|Reallocate|Dry|Wait|TransactionApply|TransactionForeach|AssertAllowed|AssertNot|CheckFrozen)/;

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
    if (operator === 'ProcedureCall') {
      const given: unknown = node.arguments?.Details;
      const details = typeof given === 'string' ? given : '';
      const name = /^([\w.]+)\(/.exec(details)?.[1];
      if (!name || !ALLOWED_PROCEDURES.has(name))
        return `procedure ${name ?? '(unknown)'} is not allowed through the API; allowed: ${[...ALLOWED_PROCEDURES].join(', ')}`;
    }
    stack.push(...(node.children ?? []));
  }
  return null;
}
