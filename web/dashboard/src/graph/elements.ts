/**
 * What the alliance graph draws, as plain data (no graph library here): a focus bloc with its members and the other
 * defence blocs and treaties that bind them, or a focus state with its blocs and the allies each binds it to.
 */
import type { BlocKind, MembershipStatus, NetworkQuery, StateGraphQuery } from '../__generated__/operations.js';

export interface GraphNode {
  id: string;
  label: string;
  kind: 'state' | 'bloc';
  /** ISO3 id or bloc code. */
  ref: string;
  /** 0 = the focus, 1 = its direct ties, 2 = blocs or allies around them, 3 = their other members. */
  ring: number;
  nuclear?: boolean;
  blocKind?: BlocKind;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  status: MembershipStatus;
  /** A tie around the focus rather than of it: drawn lighter. */
  around: boolean;
}

export interface GraphModel {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

type Bloc = NetworkQuery['blocs'][number];

const stateNode = (id: string, name: string, ring: number, nuclear: boolean): GraphNode => ({ id: `state:${id}`, label: name, kind: 'state', ref: id, ring, nuclear });
const blocNode = (bloc: { code: string; kind: BlocKind }, ring: number): GraphNode => ({ id: `bloc:${bloc.code}`, label: bloc.code.replace(/_/g, '–'), kind: 'bloc', ref: bloc.code, ring, blocKind: bloc.kind });

/** A bloc, its memberships by status and, with `around`, the other mutual-defence blocs its members belong to. */
export function blocGraph(blocs: readonly Bloc[], code: string, around: boolean): GraphModel {
  const focus = blocs.find((b) => b.code === code);
  if (!focus) return { nodes: [], edges: [] };
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const add = (node: GraphNode) => {
    const known = nodes.get(node.id);
    if (!known || known.ring > node.ring) nodes.set(node.id, node);
  };
  add(blocNode(focus, 0));
  const inFocus = new Set<string>();
  for (const m of focus.members) {
    inFocus.add(m.state.id);
    add(stateNode(m.state.id, m.state.name, 1, m.state.nuclearArmed));
    edges.push({ id: `${m.state.id}>${focus.code}`, source: `state:${m.state.id}`, target: `bloc:${focus.code}`, status: m.status, around: false });
  }
  if (around) {
    for (const other of blocs) {
      if (other.code === focus.code || !other.mutualDefence) continue;
      const shared = other.members.filter((m) => inFocus.has(m.state.id) && m.status === 'MEMBER');
      if (shared.length === 0) continue;
      add(blocNode(other, 2));
      for (const m of other.members) {
        if (!inFocus.has(m.state.id)) add(stateNode(m.state.id, m.state.name, 3, m.state.nuclearArmed));
        edges.push({ id: `${m.state.id}>${other.code}`, source: `state:${m.state.id}`, target: `bloc:${other.code}`, status: m.status, around: true });
      }
    }
  }
  return { nodes: [...nodes.values()], edges };
}

/** A state, the blocs it belongs to (by status) and the allies a mutual-defence bloc or treaty binds it to. */
export function stateGraph(state: NonNullable<StateGraphQuery['state']>, nuclear: ReadonlySet<string>): GraphModel {
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  nodes.set(`state:${state.id}`, stateNode(state.id, state.name, 0, state.nuclearArmed));
  for (const m of state.memberships) {
    nodes.set(`bloc:${m.bloc.code}`, blocNode(m.bloc, 1));
    edges.push({ id: `${state.id}>${m.bloc.code}`, source: `state:${state.id}`, target: `bloc:${m.bloc.code}`, status: m.status, around: false });
  }
  for (const ally of state.allies) {
    nodes.set(`state:${ally.state.id}`, stateNode(ally.state.id, ally.state.name, 2, nuclear.has(ally.state.id)));
    for (const via of ally.via) {
      if (!nodes.has(`bloc:${via.code}`)) continue;
      edges.push({ id: `${ally.state.id}>${via.code}`, source: `state:${ally.state.id}`, target: `bloc:${via.code}`, status: 'MEMBER', around: true });
    }
  }
  return { nodes: [...nodes.values()], edges };
}
