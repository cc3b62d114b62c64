/**
 * Look-ahead: what a query selects under a field, so that a resolver can fetch a parent and its children in one
 * Cypher round trip instead of one per level. Only the plain cases are recognised (one selection of the child
 * field, no fragments, no scenario, valid arguments); anything else returns null and the fields resolve the usual
 * way, through the batch loaders (one round trip more per level, never one per object).
 *
 * Read from the syntax tree by hand: graphql's helpers would check the schema's types against another copy of
 * graphql (Apollo loads the CommonJS build, this module the ES one).
 */
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode, type ValueNode } from 'graphql';
import { parseDateArgument } from './errors.js';

/** The arguments of a dated list field such as `members(asOf, status)` or `memberships(asOf)`. */
export interface DatedSelection {
  asOf: string;
  statuses: string[] | null;
  /** True when the selection needs none of the long texts, so a query may leave them out (`leanMembers`). */
  lean: boolean;
}

/** Fields a lean member row cannot answer: the long texts (citations and notes) that make most of a row's bytes. */
const LONG_MEMBERSHIP_FIELDS = new Set(['source', 'note']);
const LONG_STATE_FIELDS = new Set(['milexSource']);

/**
 * True when a `members` selection reads none of the long texts: then the query returns rows without them
 * (`$lean`), a sixth of the bytes for a bloc like NATO. Fragments make the selection uncertain: not lean.
 */
export function leanMembers(fields: readonly FieldNode[]): boolean {
  const only = (set: SelectionSetNode | undefined, long: ReadonlySet<string>, nested: Record<string, ReadonlySet<string> | null>): boolean =>
    (set?.selections ?? []).every((s) => {
      if (s.kind !== Kind.FIELD) return false;
      const name = s.name.value;
      if (long.has(name)) return false;
      const inner = nested[name];
      return inner === undefined || inner === null || only(s.selectionSet, inner, {});
    });
  // Under a member: the membership's fields, its state (lean unless it reads a long state field), its bloc (the
  // parent bloc's full row rides along, so anything goes).
  // Every node of the field: one response key may merge several selections of it.
  return fields.length > 0 && fields.every((f) => only(f.selectionSet, LONG_MEMBERSHIP_FIELDS, { state: LONG_STATE_FIELDS, bloc: null }));
}

/** `bloc(code) { members(asOf, status) }`: the members' arguments. */
export function blocMembersSelection(info: GraphQLResolveInfo, today: string): DatedSelection | null {
  const members = onlyField(info.fieldNodes[0]?.selectionSet, 'members');
  return members ? datedArguments(members, info, today) : null;
}

/**
 * `state(id) { memberships(asOf) { ... bloc { members(asOf, status) } } }`: the memberships' date and, when the
 * blocs' members are selected too, their arguments.
 */
export function stateMembershipsSelection(info: GraphQLResolveInfo, today: string): { asOf: string; members: DatedSelection | null } | null {
  const memberships = onlyField(info.fieldNodes[0]?.selectionSet, 'memberships');
  const dated = memberships && datedArguments(memberships, info, today);
  if (!memberships || !dated || dated.statuses) return null;
  const bloc = onlyField(memberships.selectionSet, 'bloc');
  const members = bloc ? onlyField(bloc.selectionSet, 'members') : null;
  return { asOf: dated.asOf, members: members ? datedArguments(members, info, today) : null };
}

/**
 * The one field called `name` in a selection set made only of fields; null when it is absent, selected more than
 * once (aliases with other arguments) or when fragments make the selection uncertain.
 */
function onlyField(set: SelectionSetNode | undefined, name: string): FieldNode | null {
  const selections = set?.selections ?? [];
  if (selections.some((s) => s.kind !== Kind.FIELD)) return null;
  const fields = selections.filter((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === name);
  return fields.length === 1 ? fields[0]! : null;
}

/** `asOf` and `status` of a field, when plain and valid and no scenario is asked for; else null. */
function datedArguments(field: FieldNode, info: GraphQLResolveInfo, today: string): DatedSelection | null {
  const value = (node: ValueNode | undefined): unknown => {
    if (!node || node.kind === Kind.NULL) return null;
    if (node.kind === Kind.VARIABLE) return info.variableValues[node.name.value] ?? null;
    if (node.kind === Kind.STRING || node.kind === Kind.ENUM) return node.value;
    if (node.kind === Kind.LIST) return node.values.map(value);
    return undefined; // anything else: let the normal path validate it
  };
  const args = new Map(field.arguments?.map((a) => [a.name.value, value(a.value)]) ?? []);
  if (args.has('scenario') && args.get('scenario') !== null) return null;
  const asOf = args.get('asOf') ?? null;
  const status = args.get('status') ?? null;
  if (asOf !== null && typeof asOf !== 'string') return null;
  const statuses = status === null ? null : Array.isArray(status) ? status : [status];
  if (statuses && !statuses.every((x) => typeof x === 'string')) return null;
  try {
    return { asOf: parseDateArgument(asOf, 'asOf', today), statuses: statuses as string[] | null, lean: leanMembers([field]) };
  } catch {
    return null; // the field's own resolver reports the bad date, on that field
  }
}
