/**
 * What the alliance graph draws, as plain data (no graph library here): a focus bloc with its members and the other
 * defence blocs and treaties that bind them, or a focus state with its blocs and the allies each binds it to; and
 * around either, the threat, nuclear-umbrella and forces edges touching it, their far ends drawn as outsiders.
 */
import type {
  BlocKind,
  ForcesFragment,
  MembershipStatus,
  BlocGraphQuery,
  StateGraphQuery,
  ThreatFragment,
  ThreatLevel,
  TieStateFragment,
  UmbrellaFragment,
} from '../__generated__/operations.js';
import type { TieKind } from '../model.js';

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
  /** A state drawn only because a threat, umbrella or forces edge reaches it from the focus or its members. */
  outsider?: boolean;
}

export type GraphEdge = {
  id: string;
  source: string;
  target: string;
  /** A tie around the focus rather than of it: drawn lighter. */
  around: boolean;
} & ({ status: MembershipStatus; tie?: undefined; level?: undefined } | { tie: TieKind; level?: ThreatLevel; status?: undefined });

/** A threat, umbrella or forces edge, pointing from → to: at the state feared, the state protected, the host. */
export interface Tie {
  id: string;
  kind: TieKind;
  from: TieStateFragment;
  to: TieStateFragment;
  level?: ThreatLevel;
  since: string | null;
  /** The bloc or treaty an umbrella runs through. */
  via: string | null;
  source: string;
  note: string | null;
}

/** The API's edges as ties, each once however many of the lists it came in. */
export function tiesOf(lists: {
  threats?: readonly ThreatFragment[];
  umbrellas?: readonly UmbrellaFragment[];
  forces?: readonly ForcesFragment[];
}): Tie[] {
  const ties = new Map<string, Tie>();
  const add = (
    kind: TieKind,
    from: TieStateFragment,
    to: TieStateFragment,
    rest: Pick<Tie, 'level' | 'since' | 'via' | 'source' | 'note'>,
  ) => {
    const id = `${kind}:${from.id}>${to.id}`;
    ties.set(id, { id, kind, from, to, ...rest });
  };
  for (const t of lists.threats ?? [])
    add('threat', t.state, t.threat, { level: t.level, since: null, via: null, source: t.source, note: t.note });
  for (const u of lists.umbrellas ?? [])
    add('umbrella', u.guarantor, u.protected, { since: u.since, via: u.via?.code ?? null, source: u.source, note: u.note });
  for (const f of lists.forces ?? []) add('forces', f.foreign, f.host, { since: f.since, via: null, source: f.source, note: f.note });
  return [...ties.values()];
}

/** The ties with at least one end among `states`. */
export function tiesTouching(ties: readonly Tie[], states: ReadonlySet<string>): Tie[] {
  return ties.filter((t) => states.has(t.from.id) || states.has(t.to.id));
}

/**
 * Draws each tie, adding its far end as an outsider (on `ring`) where the picture does not have it yet; `nuclear`
 * says which outsiders are nuclear-armed.
 */
function addTies(
  nodes: Map<string, GraphNode>,
  edges: GraphEdge[],
  ties: readonly Tie[],
  ring: number,
  nuclear: ReadonlySet<string>,
): void {
  for (const tie of ties) {
    for (const end of [tie.from, tie.to]) {
      if (!nodes.has(`state:${end.id}`))
        nodes.set(`state:${end.id}`, { ...stateNode(end.id, end.name, ring, nuclear.has(end.id)), outsider: true });
    }
    edges.push({
      id: tie.id,
      source: `state:${tie.from.id}`,
      target: `state:${tie.to.id}`,
      tie: tie.kind,
      level: tie.level,
      around: false,
    });
  }
}

export interface GraphModel {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

type Bloc = NonNullable<BlocGraphQuery['bloc']>['around'][number];

const stateNode = (id: string, name: string, ring: number, nuclear: boolean): GraphNode => ({
  id: `state:${id}`,
  label: name,
  kind: 'state',
  ref: id,
  ring,
  nuclear,
});
const blocNode = (bloc: { code: string; kind: BlocKind }, ring: number): GraphNode => ({
  id: `bloc:${bloc.code}`,
  label: bloc.code.replace(/_/g, '–'),
  kind: 'bloc',
  ref: bloc.code,
  ring,
  blocKind: bloc.kind,
});

/**
 * A bloc, its memberships by status, with `around` the other mutual-defence blocs its members belong to, and the
 * `ties` given (those touching its members), their far ends outside everything else (ring 4).
 */
export function blocGraph(
  blocs: readonly Bloc[],
  code: string,
  around: boolean,
  ties: readonly Tie[] = [],
  nuclear: ReadonlySet<string> = new Set(),
): GraphModel {
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
    edges.push({
      id: `${m.state.id}>${focus.code}`,
      source: `state:${m.state.id}`,
      target: `bloc:${focus.code}`,
      status: m.status,
      around: false,
    });
  }
  if (around) {
    for (const other of blocs) {
      if (other.code === focus.code || !other.mutualDefence) continue;
      const shared = other.members.filter((m) => inFocus.has(m.state.id) && m.status === 'MEMBER');
      if (shared.length === 0) continue;
      add(blocNode(other, 2));
      for (const m of other.members) {
        if (!inFocus.has(m.state.id)) add(stateNode(m.state.id, m.state.name, 3, m.state.nuclearArmed));
        edges.push({
          id: `${m.state.id}>${other.code}`,
          source: `state:${m.state.id}`,
          target: `bloc:${other.code}`,
          status: m.status,
          around: true,
        });
      }
    }
  }
  addTies(nodes, edges, ties, 4, nuclear);
  return { nodes: [...nodes.values()], edges };
}

/**
 * A state, the blocs it belongs to (by status), the allies a mutual-defence bloc or treaty binds it to, and the
 * `ties` given (its own), their far ends beside the allies (ring 3) unless they are allies already.
 */
export function stateGraph(
  state: NonNullable<StateGraphQuery['state']>,
  nuclear: ReadonlySet<string>,
  ties: readonly Tie[] = [],
): GraphModel {
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  nodes.set(`state:${state.id}`, stateNode(state.id, state.name, 0, state.nuclearArmed));
  for (const m of state.memberships) {
    nodes.set(`bloc:${m.bloc.code}`, blocNode(m.bloc, 1));
    edges.push({
      id: `${state.id}>${m.bloc.code}`,
      source: `state:${state.id}`,
      target: `bloc:${m.bloc.code}`,
      status: m.status,
      around: false,
    });
  }
  for (const ally of state.allies) {
    nodes.set(`state:${ally.state.id}`, stateNode(ally.state.id, ally.state.name, 2, nuclear.has(ally.state.id)));
    for (const via of ally.via) {
      if (!nodes.has(`bloc:${via.code}`)) continue;
      edges.push({
        id: `${ally.state.id}>${via.code}`,
        source: `state:${ally.state.id}`,
        target: `bloc:${via.code}`,
        status: 'MEMBER',
        around: true,
      });
    }
  }
  addTies(nodes, edges, ties, 3, nuclear);
  return { nodes: [...nodes.values()], edges };
}
