/**
 * The alliance network of a date: states as nodes, a tie between two states that are both members (MEMBER or
 * FROZEN) of an active bloc carrying one of the chosen obligations. Its analysis uses graphology and its
 * maintained packages: betweenness centrality (graphology-metrics), Louvain communities
 * (graphology-communities-louvain) and connected components (graphology-components), from which the articulation
 * points follow by their definition: a state is one when removing it leaves more pieces than before.
 */
import { createRequire } from 'node:module';
import { UndirectedGraph } from 'graphology';
import type { GraphFacts } from './facts.js';
import { statusFactor } from './model.js';

// These three packages are CommonJS whose typings declare an ES default export, which TypeScript's NodeNext reading
// cannot call: required, with the signatures this module uses. forEachConnectedComponentOrderWithEdgeFilter is exported but not yet in graphology-components'
// typings (its typed overload of forEachConnectedComponentOrder ignores the filter at run time).
const require = createRequire(import.meta.url);
const louvain = require('graphology-communities-louvain') as (
  graph: UndirectedGraph,
  options: { rng: () => number },
) => Record<string, number>;
const betweennessCentrality = require('graphology-metrics/centrality/betweenness') as (
  graph: UndirectedGraph,
  options: { normalized: boolean },
) => Record<string, number>;
const components = require('graphology-components') as {
  countConnectedComponents(graph: UndirectedGraph): number;
  forEachConnectedComponentOrderWithEdgeFilter(
    graph: UndirectedGraph,
    keep: (edge: string) => boolean,
    callback: (order: number) => void,
  ): void;
};

export type Obligation = 'DEFENCE' | 'OFFENCE' | 'NEUTRALITY' | 'NONAGGRESSION' | 'CONSULTATION';

export interface NetworkTie {
  /** The two states, a < b. */
  a: string;
  b: string;
  /** The blocs that tie them, by code. */
  blocs: string[];
}

/** One state's place in the network. */
export interface StateCentralityValue {
  state: string;
  degree: number;
  betweenness: number;
}

export interface NetworkAnalysis {
  ties: NetworkTie[];
  /** Every tied state, most central first. */
  centrality: StateCentralityValue[];
  articulationPoints: string[];
  /** Largest first, each by id. */
  communities: string[][];
}

/** Does a bloc carry one of the obligations on the facts' date? Its defence clause in effect counts as DEFENCE. */
function carries(bloc: GraphFacts['blocs'][number], obligations: ReadonlySet<string>): boolean {
  if (!bloc.active) return false;
  if (obligations.has('DEFENCE') && bloc.mutualDefence === true) return true;
  return (bloc.obligations ?? []).some((o) => obligations.has(o));
}

/** The ties of the facts' date: every pair of full (MEMBER or FROZEN) members of a bloc carrying an obligation. */
export function networkTies(facts: GraphFacts, obligations: readonly Obligation[]): NetworkTie[] {
  const wanted = new Set<string>(obligations);
  const blocs = new Set(facts.blocs.filter((b) => carries(b, wanted)).map((b) => b.code));
  const states = new Set(facts.states.map((s) => s.id));
  const members = new Map<string, Set<string>>();
  for (const m of facts.memberships) {
    if (!blocs.has(m.bloc) || statusFactor(m.status) <= 0 || !states.has(m.state)) continue;
    members.set(m.bloc, (members.get(m.bloc) ?? new Set()).add(m.state));
  }
  const ties = new Map<string, NetworkTie>();
  for (const [bloc, set] of [...members.entries()].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const ids = [...set].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}|${ids[j]}`;
        const tie = ties.get(key) ?? { a: ids[i]!, b: ids[j]!, blocs: [] };
        tie.blocs.push(bloc);
        ties.set(key, tie);
      }
    }
  }
  return [...ties.values()].sort((x, y) => (x.a === y.a ? (x.b < y.b ? -1 : 1) : x.a < y.a ? -1 : 1));
}

/** A small seeded generator (mulberry32), so that Louvain's random order gives the same communities every time. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Centrality, articulation points and communities of a network given by its ties. */
export function analyseNetwork(ties: readonly NetworkTie[]): NetworkAnalysis {
  const graph = new UndirectedGraph();
  for (const tie of ties) {
    graph.mergeNode(tie.a);
    graph.mergeNode(tie.b);
    graph.mergeEdge(tie.a, tie.b);
  }
  const betweenness = graph.order > 2 ? betweennessCentrality(graph, { normalized: true }) : {};
  const centrality = graph
    .nodes()
    .map((state) => ({ state, degree: graph.degree(state), betweenness: Math.round((betweenness[state] ?? 0) * 1e6) / 1e6 }))
    .sort((x, y) => y.betweenness - x.betweenness || y.degree - x.degree || (x.state < y.state ? -1 : 1));

  // Without a node's edges the node stands alone: one more piece. More than one more: its removal split the rest.
  const pieces = components.countConnectedComponents(graph);
  const articulationPoints = graph
    .nodes()
    .filter((node) => graph.degree(node) >= 2)
    .filter((node) => {
      let count = 0;
      components.forEachConnectedComponentOrderWithEdgeFilter(
        graph,
        (edge) => !graph.hasExtremity(edge, node),
        () => (count += 1),
      );
      return count - 1 > pieces;
    })
    .sort();

  const byCommunity = new Map<number, string[]>();
  if (graph.size > 0) {
    for (const [node, community] of Object.entries(louvain(graph, { rng: seeded(1949) }))) {
      byCommunity.set(community, [...(byCommunity.get(community) ?? []), node]);
    }
  }
  const communities = [...byCommunity.values()].map((ids) => ids.sort()).sort((x, y) => y.length - x.length || (x[0]! < y[0]! ? -1 : 1));
  return { ties: [...ties], centrality, articulationPoints, communities };
}
