/**
 * Look-ahead: what a query selects under a field, so that a resolver can fetch a parent and its children in one
 * Cypher round trip instead of one per level. Only the plain cases are recognised (one selection of the child
 * field, no fragments, no scenario, valid arguments); anything else returns null and the fields resolve the usual
 * way, through the batch loaders (one round trip more per level, never one per object).
 *
 * The child's arguments are read with graphql-js's own getArgumentValues against the schema (variables, defaults
 * and enum values coerced as the field itself will see them).
 */
import {
  getArgumentValues,
  getNamedType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { MembershipStatus } from '../domain/facts.js';
import { parseDateArgument } from './errors.js';

/** The arguments of a dated list field such as `members(asOf, status)` or `memberships(asOf)`. */
export interface DatedSelection {
  asOf: string;
  statuses: MembershipStatus[] | null;
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
  const only = (
    set: SelectionSetNode | undefined,
    long: ReadonlySet<string>,
    nested: Record<string, ReadonlySet<string> | null>,
  ): boolean =>
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

/** A field selected under another, with its definition in the schema. */
interface Child {
  node: FieldNode;
  definition: GraphQLField<unknown, unknown>;
}

/** `bloc(code) { members(asOf, status) }`: the members' arguments. */
export function blocMembersSelection(info: GraphQLResolveInfo, today: string): DatedSelection | null {
  const members = onlyField(info.fieldNodes[0]?.selectionSet, info.returnType, 'members');
  return members ? datedArguments(members, info, today) : null;
}

/**
 * `state(id) { memberships(asOf) { ... bloc { members(asOf, status) } } }`: the memberships' date and, when the
 * blocs' members are selected too, their arguments.
 */
export function stateMembershipsSelection(
  info: GraphQLResolveInfo,
  today: string,
): { asOf: string; members: DatedSelection | null } | null {
  const memberships = onlyField(info.fieldNodes[0]?.selectionSet, info.returnType, 'memberships');
  const dated = memberships && datedArguments(memberships, info, today);
  if (!memberships || !dated || dated.statuses) return null;
  const bloc = onlyField(memberships.node.selectionSet, memberships.definition.type, 'bloc');
  const members = bloc ? onlyField(bloc.node.selectionSet, bloc.definition.type, 'members') : null;
  return { asOf: dated.asOf, members: members ? datedArguments(members, info, today) : null };
}

/**
 * The one field called `name` in a selection set made only of fields, on the object type `parent`; null when it is
 * absent, selected more than once (aliases with other arguments) or when fragments make the selection uncertain.
 */
function onlyField(set: SelectionSetNode | undefined, parent: GraphQLOutputType, name: string): Child | null {
  const selections = set?.selections ?? [];
  if (selections.some((s) => s.kind !== Kind.FIELD)) return null;
  const nodes = selections.filter((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === name);
  const type = getNamedType(parent);
  const definition = isObjectType(type) ? type.getFields()[name] : undefined;
  return nodes.length === 1 && definition ? { node: nodes[0]!, definition } : null;
}

/** `asOf` and `status` of a field, when valid and no scenario is asked for; else null. */
function datedArguments(field: Child, info: GraphQLResolveInfo, today: string): DatedSelection | null {
  try {
    const args = getArgumentValues(field.definition, field.node, info.variableValues);
    if (args.scenario !== undefined && args.scenario !== null) return null;
    const asOf = args.asOf ?? null;
    if (asOf !== null && typeof asOf !== 'string') return null;
    const status: unknown = args.status ?? null;
    const statuses = status === null ? null : Array.isArray(status) ? (status as MembershipStatus[]) : [status as MembershipStatus];
    return { asOf: parseDateArgument(asOf, 'asOf', today), statuses, lean: leanMembers([field.node]) };
  } catch {
    return null; // the field's own resolver reports the bad argument, on that field
  }
}
